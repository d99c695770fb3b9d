/**
 * Expires points older than the rules' `expiryDays` (0 = never), once a day. Each expiry is a
 * ledger entry keyed by card and Shanghai day, so a second run on the same day posts nothing.
 */
import type { Payload } from 'payload'

import { refId } from '../../shared/refs'
import { pointsToExpire, type LedgerLine } from '../../domain/points/expiry'
import { shanghaiDay } from '../../shared/time'
import { postEntry } from '../../collections/points/ledger'
import { rulesFor } from '../../collections/points/PointRules/current'
import { inTransaction } from '../../shared/transaction'
import { scheduledJob } from '../scheduled'

export async function expirePoints(payload: Payload, now = new Date()): Promise<{ cards: number; points: number }> {
  const rules = await rulesFor(payload, now)
  if (!rules.expiryDays) return { cards: 0, points: 0 }
  const cutoff = new Date(now.getTime() - rules.expiryDays * 86_400_000)
  const day = shanghaiDay(now)
  const cards = await payload.find({
    collection: 'cards',
    where: { balance: { greater_than: 0 } },
    pagination: false,
    depth: 0,
    select: { balance: true },
  })
  const entries = await payload.find({
    collection: 'point-entries',
    where: { card: { in: cards.docs.map((c) => c.id) } },
    pagination: false,
    depth: 0,
    select: { card: true, delta: true, createdAt: true },
  })
  const byCard = new Map<string, LedgerLine[]>()
  for (const e of entries.docs) {
    const key = String(refId(e.card))
    byCard.set(key, [...(byCard.get(key) ?? []), { delta: e.delta, createdAt: e.createdAt }])
  }
  const keyOf = (card: number | string) => `expiry:${card}:${day}`
  const done = new Set(
    entries.docs.length
      ? (
          await payload.find({
            collection: 'point-entries',
            where: { idempotencyKey: { in: cards.docs.map((c) => keyOf(c.id)) } },
            pagination: false,
            depth: 0,
            select: { idempotencyKey: true },
          })
        ).docs.map((e) => e.idempotencyKey)
      : [],
  )
  let count = 0
  let total = 0
  for (const card of cards.docs) {
    const amount = pointsToExpire(byCard.get(String(card.id)) ?? [], cutoff, card.balance ?? 0)
    const key = keyOf(card.id)
    if (amount <= 0 || done.has(key)) continue
    await inTransaction(payload, (req) =>
      postEntry(req, {
        card: card.id,
        delta: -amount,
        reason: 'expiry',
        cause: `point-rules:${rules.revision}`,
        idempotencyKey: key,
        rulesRevision: rules.revision,
        note: `积分过期（${rules.expiryDays} 天前获得）`,
      }),
    )
    count++
    total += amount
  }
  return { cards: count, points: total }
}

/** 03:00 in Shanghai: points older than the rules' expiry expire. */
export const expirePointsJob = scheduledJob({
  slug: 'expire-points',
  label: '积分过期',
  cron: '0 19 * * *',
  work: async (payload) => {
    const result = await expirePoints(payload)
    return result.cards ? `过期 ${result.points} 分，${result.cards} 张卡` : ''
  },
})
