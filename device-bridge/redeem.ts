/**
 * A gift machine asks to hand out a reward. Idempotent by request id: the answer is kept as a
 * receipt, and a repeat gets the same answer. The redemption itself goes through the
 * `redemptions` collection, so balance and stock are taken together by its hooks.
 */
import { APIError, type Payload } from 'payload'

import { insertRows, writerFor } from '../db/bulk'
import { inTransaction } from '../shared/transaction'
import { refId } from '../shared/refs'
import { servesCard } from '../domain/points/dropPlan'
import type { Device } from '../collections/devices/Bins/directory'
import { fingerprint, type LogRow } from './process'
import { REDEEM_CODES, type RedeemResponseT } from './schemas'

type RedeemBody = { requestId: string; card: string; reward: number | string; quantity: number }

export async function redeemAtMachine(
  payload: Payload,
  device: Device,
  body: RedeemBody,
  raw: unknown,
): Promise<RedeemResponseT> {
  const key = `${device.deviceId}:redeem:${body.requestId}`
  const print = fingerprint([body.card, String(body.reward), body.quantity])
  const log = (response: RedeemResponseT): LogRow => ({
    deviceId: device.deviceId,
    bin: device.id,
    endpoint: 'redeem',
    status: 200,
    code: response.reason ?? null,
    body: raw,
    response,
  })

  const settle = async (run: (req: Parameters<Parameters<typeof inTransaction>[1]>[0]) => Promise<RedeemResponseT>) =>
    inTransaction(payload, async (req) => {
      const earlier = (
        await payload.find({
          collection: 'device-receipts',
          where: { key: { equals: key } },
          limit: 1,
          depth: 0,
          req,
          overrideAccess: true,
        })
      ).docs[0]
      const response: RedeemResponseT = earlier
        ? earlier.fingerprint === print
          ? (earlier.outcome as RedeemResponseT)
          : {
              status: 'declined',
              reason: 'IDEMPOTENCY_CONFLICT',
              message: '同一请求编号的内容不同。This request id was used for a different request.',
            }
        : await run(req)
      const kind = writerFor(req)
      if (!earlier) await insertRows(req, 'device-receipts', [{ key, fingerprint: print, outcome: response }], kind)
      await insertRows(req, 'device-events', [{ receivedAt: new Date().toISOString(), ...log(response) }], kind)
      return response
    })

  try {
    return await settle(async (req) => {
      const card = (
        await payload.find({
          collection: 'cards',
          where: { cardNumber: { equals: body.card } },
          limit: 1,
          depth: 0,
          req,
          overrideAccess: true,
        })
      ).docs[0]
      // A gift machine, like a bin, knows only the cards of the sites it serves.
      if (!card || !servesCard(device.sites, refId(card.site)))
        throw new APIError('未知的智能卡。Unknown card.', 404, { code: 'UNKNOWN_CARD' }, true)
      if (!Number.isInteger(Number(body.reward))) {
        throw new APIError('兑换商品不存在。Unknown reward.', 404, { code: 'UNKNOWN_REWARD' }, true)
      }
      const redemption = await payload.create({
        collection: 'redemptions',
        data: {
          card: card.id,
          reward: Number(body.reward),
          quantity: body.quantity,
          channel: 'gift-machine',
          status: 'completed',
          idempotencyKey: key,
        },
        req,
        overrideAccess: true,
        depth: 0,
      })
      const after = await payload.findByID({ collection: 'cards', id: card.id, depth: 0, req, overrideAccess: true })
      return { status: 'approved', balance: after.balance ?? 0, redemption: redemption.id }
    })
  } catch (err) {
    // The redemption was refused (and its transaction rolled back): record the decline instead.
    const code = err instanceof APIError ? (err.data as { code?: string } | null)?.code : undefined
    const reason = REDEEM_CODES.find((c) => c === code)
    if (!reason) throw err
    return settle(async () => ({
      status: 'declined',
      reason,
      // A decline carries no balance, in its words either.
      message:
        reason === 'INSUFFICIENT_BALANCE'
          ? '积分不足。Not enough points.'
          : err instanceof Error
            ? err.message
            : String(err),
    }))
  }
}
