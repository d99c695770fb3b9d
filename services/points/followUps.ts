/**
 * The cards an operator should call or visit: active cards that earned at most the threshold
 * (default: the rules' follow-up threshold) in the period, or whose balance is negative.
 */
import type { Payload } from 'payload'

import { refId } from '../../access/roles'
import { followUpCandidates, type Candidate } from '../../domain/points/followUps'
import { rulesFor } from './rules'

export async function findCandidates(
  payload: Payload,
  period: { from: string; to: string; threshold?: number },
): Promise<Array<Candidate & { openFollowUp: boolean }>> {
  const threshold = period.threshold ?? (await rulesFor(payload, new Date())).followUpThreshold
  const [cards, days, open] = await Promise.all([
    payload.find({
      collection: 'cards',
      where: { status: { equals: 'active' } },
      pagination: false,
      depth: 0,
      select: { cardNumber: true, holderName: true, officeName: true, balance: true },
    }),
    payload.find({
      collection: 'card-days',
      where: { and: [{ day: { greater_than_equal: period.from } }, { day: { less_than_equal: period.to } }] },
      pagination: false,
      depth: 0,
      select: { card: true, points: true },
    }),
    payload.find({
      collection: 'follow-ups',
      where: { status: { equals: 'open' } },
      pagination: false,
      depth: 0,
      select: { card: true },
    }),
  ])
  const earned = new Map<string, number>()
  for (const d of days.docs) {
    const key = String(refId(d.card))
    earned.set(key, (earned.get(key) ?? 0) + (d.points ?? 0))
  }
  const openCards = new Set(open.docs.map((f) => String(refId(f.card))))
  const summaries = cards.docs.map((c) => ({
    id: c.id,
    cardNumber: c.cardNumber,
    holderName: c.holderName,
    officeName: c.officeName,
    balance: c.balance ?? 0,
  }))
  return followUpCandidates(summaries, earned, threshold).map((c) => ({
    ...c,
    openFollowUp: openCards.has(String(c.id)),
  }))
}
