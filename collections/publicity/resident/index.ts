/** What a resident sees of their own card: balance, the last twenty ledger entries, the rewards they can afford. */
import type { Payload } from 'payload'

import { LEDGER_REASONS } from '../../../domain/points/points'
import { audienceAdmits } from '../../../domain/shared/audience'
import { unitPoints } from '../../../domain/points/rewards'
import { rulesFor } from '../../points'

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
  // What each reward really costs (a fee deduction is priced by the rules, not by its pointsCost of 0); honours
  // are awarded, not redeemed, so never "within reach".
  const [offered, rules] = await Promise.all([
    payload.find({
      collection: 'rewards',
      where: { and: [{ active: { equals: true } }, { kind: { not_equals: 'honour' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    rulesFor(payload, new Date()),
  ])
  const balance = card.balance ?? 0
  const affordable = offered.docs
    .map((r) => ({ r, cost: unitPoints(r, rules) }))
    .filter(({ r, cost }) => cost > 0 && cost <= balance && (r.stock === null || r.stock === undefined || r.stock > 0))
    .sort((a, b) => b.cost - a.cost)
    .slice(0, 20)
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
    rewards: affordable
      .filter(({ r }) => audienceAdmits(r.audience, card.holderKind === 'office' ? 'office' : 'household'))
      .map(({ r, cost }) => ({ name: r.name, pointsCost: cost })),
  }
}
