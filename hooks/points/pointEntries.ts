/** Hooks of the append-only points ledger (`point-entries`). */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser, hasRole, refId } from '../../access/roles'
import { nextBalance } from '../../domain/points/points'
import type { PointEntry } from '../../payload-types'
import { isPlatformWrite } from '../../services/platform'
import { badRequest, conflict, forbidden } from '../shared/errors'
import { mustFind } from '../shared/lookup'

/**
 * A new entry: only the platform itself posts, except an admin's manual adjustment with a
 * written reason. The balance rule is checked on the card's balance read inside this
 * transaction, then the card moves by an atomic increment and the entry records the result.
 */
export const applyEntry: CollectionBeforeChangeHook<PointEntry> = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    throw forbidden(
      'LEDGER_APPEND_ONLY',
      '积分流水只能追加，不能修改；请另记一笔冲正。Ledger entries cannot be changed.',
    )
  }
  const internal = isPlatformWrite(req)
  const user = currentUser(req)
  if (!internal) {
    if (!hasRole(user, 'admin')) {
      throw forbidden('LEDGER_ADMIN_ONLY', '只有管理员可以手工调整积分。Only admins post manual adjustments.')
    }
    if (data.reason !== 'adjustment') {
      throw badRequest('ADJUSTMENT_ONLY', '手工记账只能是「调整」。A manual entry must be an adjustment.')
    }
    if (!String(data.note ?? '').trim()) {
      throw badRequest('REASON_REQUIRED', '手工调整必须填写原因。An adjustment needs a written reason.')
    }
    data.idempotencyKey ||= `adjustment:${crypto.randomUUID()}`
    data.cause ||= `users:${user?.id}`
  }
  const delta = data.delta
  if (typeof delta !== 'number' || !Number.isInteger(delta) || delta === 0) {
    throw badRequest('INVALID_DELTA', '积分变动必须是非零整数。The delta must be a non-zero whole number.')
  }
  const cardId = refId(data.card)
  if (cardId === null) throw badRequest('CARD_REQUIRED', '必须指定智能卡。A card is required.')
  const card = await mustFind(req, 'cards', cardId, 'UNKNOWN_CARD', `智能卡 ${cardId} 不存在。Unknown card.`)

  const existing = await req.payload.find({
    collection: 'point-entries',
    where: { idempotencyKey: { equals: data.idempotencyKey } },
    limit: 1,
    depth: 0,
    req,
  })
  if (existing.docs[0]) {
    throw conflict('DUPLICATE_ENTRY', `幂等键已使用：${data.idempotencyKey}。This entry was already posted.`)
  }

  const result = nextBalance(card.balance ?? 0, delta, data.reason ?? 'adjustment')
  if (!result.ok) throw conflict(result.code, result.message)

  await req.payload.db.updateOne({
    collection: 'cards',
    id: cardId,
    data: { balance: { $inc: delta } },
    req,
    returning: false,
  })
  data.balanceAfter = result.balance
  data.actor = (user?.id as number | undefined) ?? null
  return data
}
