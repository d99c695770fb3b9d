/** What a resident sees of their own card: balance, the last twenty ledger entries, the rewards they can afford. */
import type { Payload } from 'payload'

import { LEDGER_REASONS } from '../../../domain/points/points'
import { audienceAdmits } from '../../../domain/shared/audience'

export type ResidentView = {
  cardNumber: string
  holder: string
  balance: number
  entries: Array<{ at: string; delta: number; kind: string; note: string }>
  rewards: Array<{ name: string; pointsCost: number }>
}

const maskName = (name: string | null | undefined) =>
  name ? `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}` : ''

export async function residentView(payload: Payload, cardId: number | string): Promise<ResidentView | null> {
  const card = await payload.findByID({
    collection: 'cards',
    id: cardId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!card || card.status !== 'active') return null
  const entries = await payload.find({
    collection: 'point-entries',
    where: { card: { equals: card.id } },
    sort: '-createdAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  const rewards = await payload.find({
    collection: 'rewards',
    where: { and: [{ active: { equals: true } }, { pointsCost: { less_than_equal: card.balance ?? 0 } }] },
    sort: '-pointsCost',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  return {
    cardNumber: card.cardNumber,
    holder: maskName(card.holderName ?? card.officeName),
    balance: card.balance ?? 0,
    entries: entries.docs.map((e) => ({
      at: e.createdAt,
      delta: e.delta,
      kind: LEDGER_REASONS[e.reason]?.zh ?? e.reason,
      note: e.note ?? '',
    })),
    rewards: rewards.docs
      .filter((r) => audienceAdmits(r.audience, card.holderKind === 'office' ? 'office' : 'household'))
      .map((r) => ({ name: r.name, pointsCost: r.pointsCost ?? 0 })),
  }
}
