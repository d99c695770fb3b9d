/** Hooks of `redemptions`: balance and stock are taken together, and given back on cancel. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../../shared/refs'
import { checkRedemption, type CardLike, type RewardLike } from '../../../domain/points/rewards'
import { redemptionTitle } from '../../../domain/points/titles'
import { postEntry } from '../ledger'
import { rulesFor } from '../PointRules/current'
import { isPlatformWrite } from '../../../shared/platform'
import type { Redemption } from '../../../payload-types'
import { badRequest, conflict, forbidden } from '../../../shared/errors'
import { mustFind } from '../../../shared/lookup'

export const checkRedemptionChange: CollectionBeforeChangeHook<Redemption> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update') {
    const onlyCancel =
      originalDoc?.status === 'completed' &&
      data.status === 'cancelled' &&
      (['card', 'reward', 'quantity', 'points', 'channel'] as const).every(
        (f) => data[f] === undefined || String(refId(data[f])) === String(refId(originalDoc[f])),
      )
    if (!onlyCancel) {
      throw forbidden(req, 'REDEMPTION_IMMUTABLE')
    }
    data.cancelledAt = new Date().toISOString()
    return data
  }
  if (data.channel === 'gift-machine' && !isPlatformWrite(req)) {
    throw forbidden(req, 'GIFT_MACHINE_ONLY', {}, { field: 'channel' })
  }
  const card = await mustFind(req, 'cards', data.card, 'UNKNOWN_CARD')
  const reward = await mustFind(req, 'rewards', data.reward, 'UNKNOWN_REWARD')
  const now = new Date()
  const rules = await rulesFor(req.payload, now, req)
  const check = checkRedemption(reward as RewardLike, card as CardLike, data.quantity ?? 1, now, rules)
  if (!check.ok) {
    throw check.code === 'OUT_OF_STOCK'
      ? conflict(req, check.code, check.params)
      : badRequest(req, check.code, check.params)
  }
  data.quantity ??= 1
  data.points = check.points
  data.status = 'completed'
  data.idempotencyKey ||= `redemption:${crypto.randomUUID()}`
  data.title = redemptionTitle({ cardNumber: card.cardNumber, rewardName: reward.name })
  return data
}

/** Takes stock and points on create; gives both back when a completed redemption is cancelled. */
export const settleRedemption: CollectionAfterChangeHook<Redemption> = async ({ doc, previousDoc, operation, req }) => {
  const cancelled = operation === 'update' && previousDoc?.status === 'completed' && doc.status === 'cancelled'
  if (operation !== 'create' && !cancelled) return doc
  // Taking moves stock and points out of the card's reach; cancelling moves them back.
  const sign = cancelled ? 1 : -1
  const rewardId = refId(doc.reward)!
  const reward = await req.payload.findByID({
    collection: 'rewards',
    id: rewardId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (reward.stock !== null && reward.stock !== undefined) {
    await req.payload.db.updateOne({
      collection: 'rewards',
      id: rewardId,
      data: { stock: { $inc: sign * doc.quantity } },
      req,
      returning: false,
    })
  }
  const points = doc.points ?? 0
  if (points > 0) {
    await postEntry(req, {
      card: refId(doc.card)!,
      delta: sign * points,
      reason: cancelled ? 'refund' : 'redemption',
      cause: `redemptions:${doc.id}`,
      idempotencyKey: `${doc.idempotencyKey}:${cancelled ? 'refund' : 'take'}`,
      note: cancelled ? `撤销兑换 ${reward.name}` : reward.name,
    })
  }
  return doc
}
