/**
 * Plans a batch of drops (pure): which are accepted, duplicates or rejected, the points each
 * earns, the balance after, the day tallies and the ledger entries to write. Every write path —
 * the collection hook for a single manual drop and the bulk writer for the bridge — carries
 * out a plan made here, so the rules live in one place.
 */
import type { MessageParams } from '../../shared/i18n/messages'
import { audienceAdmits, type Audience } from '../shared/audience'
import { shanghaiDay } from '../../shared/time'
import { LedgerCursor } from './ledger'
import { awardForDrop, checkDrop, rulesAt, type PointRules } from './points'

export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000

export type DropInput = {
  /** The card, by id or by its printed number. */
  card?: number | string
  cardNumber?: string
  category: string
  grams: number
  occurredAt: string
  source: 'device' | 'pickup' | 'manual'
  /** Bin device id, pickup number, … */
  sourceRef?: string
  site?: number | string
  idempotencyKey: string
  /** Why a person entered it by hand (required for manual drops). */
  note?: string
  /** The person who entered it (manual drops). */
  recordedBy?: number | string
  /** The bin that weighed it: what it may report, whom it serves, since when it works. */
  device?: {
    categories: string[]
    audience: Audience
    commissionedAt?: string | null
    /** The sites whose cards it takes: any other card is unknown to it. */
    sites: Array<number | string>
  }
}

export type CardState = {
  id: number | string
  cardNumber: string
  status: string
  balance: number
  site: number | string | null
  holderKind: 'household' | 'office'
  issuedAt?: string | null
  /** The sequence number of the card's last ledger entry. */
  ledgerSeq: number
}
export type ExistingDrop = {
  id: number | string
  card: number | string
  category: string
  grams: number
  occurredAt: string
  points: number
  balanceAfter: number
  outcome: string
}

export type PlanState = {
  now: Date
  rules: PointRules[]
  cardsById: Map<string, CardState>
  cardsByNumber: Map<string, CardState>
  /** Drops already stored, by idempotency key. */
  existing: Map<string, ExistingDrop>
  /** Points already earned, by `${cardId}|${day}`. */
  earned: Map<string, number>
  /** Importing history (the demo seed, a migration): no bound on how far back a drop may be dated. */
  history?: boolean
}

/** Why a drop is refused, one code each (the device protocol lists them as an enum). */
export const REJECT_CODES = [
  'UNKNOWN_CARD',
  'CARD_NOT_ACTIVE',
  'UNKNOWN_CATEGORY',
  'INVALID_WEIGHT',
  'INVALID_TIME',
  'FUTURE_TIME',
  'IDEMPOTENCY_CONFLICT',
  'MISSING_KEY',
  'TOO_OLD',
  'BEFORE_CARD_ISSUED',
  'BEFORE_COMMISSIONED',
  'CATEGORY_NOT_IN_BIN',
  'WRONG_AUDIENCE',
] as const
export type RejectCode = (typeof REJECT_CODES)[number]

export type PlannedDrop = {
  card: number | string
  site: number | string | null
  category: string
  grams: number
  occurredAt: string
  source: DropInput['source']
  sourceRef?: string
  idempotencyKey: string
  note?: string
  recordedBy?: number | string
  cardNumber: string
  points: number
  balanceAfter: number
  /** The card's ledger sequence number of this drop's entry (when it earns points). */
  entrySeq: number
  outcome: 'counted' | 'below-minimum' | 'capped'
  rulesRevision: number
  day: string
}

export type Planned =
  | { status: 'accepted'; drop: PlannedDrop }
  | { status: 'duplicate'; of: ExistingDrop | PlannedDrop }
  | { status: 'rejected'; code: RejectCode; params: MessageParams }

export const tallyKey = (card: number | string, day: string) => `${card}|${day}`

function sameContent(
  a: { card: number | string; category: string; grams: number; occurredAt: string },
  card: CardState | undefined,
  input: DropInput,
): boolean {
  return (
    (card === undefined || String(a.card) === String(card.id)) &&
    a.category === input.category &&
    a.grams === input.grams &&
    new Date(a.occurredAt).getTime() === new Date(input.occurredAt).getTime()
  )
}

/** Whether a bin serving `sites` takes a card of `site`. */
export const servesCard = (sites: ReadonlyArray<number | string>, site: number | string | null | undefined) =>
  site !== null && site !== undefined && sites.some((s) => String(s) === String(site))

export function findCard(state: PlanState, input: Pick<DropInput, 'card' | 'cardNumber'>): CardState | undefined {
  if (input.card !== undefined && input.card !== null && input.card !== '')
    return state.cardsById.get(String(input.card))
  return input.cardNumber ? state.cardsByNumber.get(input.cardNumber) : undefined
}

const DAY_MS = 86_400_000

/**
 * A drop may not be dated before its card was issued or its bin commissioned, nor further back than
 * the rules allow (hand entries and pickups a couple of days, a device's offline backlog about a week):
 * otherwise old dates would let points be minted day after day past the daily cap.
 */
function lateness(
  input: DropInput,
  card: CardState,
  at: Date,
  state: PlanState,
): { code: RejectCode; params: MessageParams } | null {
  if (card.issuedAt && at.getTime() < new Date(card.issuedAt).getTime()) {
    return {
      code: 'BEFORE_CARD_ISSUED',
      params: {},
    }
  }
  const commissioned = input.device?.commissionedAt
  if (commissioned && at.getTime() < new Date(commissioned).getTime()) {
    return {
      code: 'BEFORE_COMMISSIONED',
      params: {},
    }
  }
  if (state.history) return null
  const now = rulesAt(state.rules, state.now)
  const days = input.source === 'device' ? now.deviceBacklogDays : now.manualBackdateDays
  if (state.now.getTime() - at.getTime() > days * DAY_MS) {
    return {
      code: 'TOO_OLD',
      params: { days },
    }
  }
  return null
}

/** Plans the inputs in order; the state's balances and tallies move as drops are accepted. */
export function planDrops(inputs: DropInput[], state: PlanState): Planned[] {
  const inBatch = new Map<string, PlannedDrop>()
  // The ledger rule, as for every other posting: each drop that earns points is the card's next entry.
  const cards = new Map([...state.cardsById.values(), ...state.cardsByNumber.values()].map((c) => [String(c.id), c]))
  const ledger = new LedgerCursor((id) => {
    const card = cards.get(String(id))!
    return { balance: card.balance, seq: card.ledgerSeq }
  })
  const earned = new Map(state.earned)
  return inputs.map((input): Planned => {
    const reject = (code: RejectCode, params: MessageParams = {}): Planned => ({ status: 'rejected', code, params })
    if (!input.idempotencyKey) return reject('MISSING_KEY')
    const card = findCard(state, input)
    const earlier = state.existing.get(input.idempotencyKey) ?? inBatch.get(input.idempotencyKey)
    if (earlier) {
      return sameContent(earlier, card, input) ? { status: 'duplicate', of: earlier } : reject('IDEMPOTENCY_CONFLICT')
    }
    const checked = checkDrop(input)
    if (!checked.ok) return reject(checked.code, checked.params)
    const at = new Date(input.occurredAt)
    if (!input.occurredAt || Number.isNaN(at.getTime())) return reject('INVALID_TIME')
    if (at.getTime() > state.now.getTime() + FUTURE_TOLERANCE_MS) {
      return reject('FUTURE_TIME')
    }
    if (!card) return reject('UNKNOWN_CARD')
    // A bin knows only the cards of the sites it serves: another site's card is answered as unknown, before its
    // state is looked at, so a bin (or a stolen secret) learns nothing of the district's other cards.
    if (input.device && !servesCard(input.device.sites, card.site)) return reject('UNKNOWN_CARD')
    if (card.status !== 'active') {
      return reject('CARD_NOT_ACTIVE')
    }
    const late = lateness(input, card, at, state)
    if (late) return reject(late.code, late.params)
    if (input.device) {
      if (!input.device.categories.includes(input.category)) {
        return reject('CATEGORY_NOT_IN_BIN', { category: input.category })
      }
      if (!audienceAdmits(input.device.audience, card.holderKind)) {
        return reject('WRONG_AUDIENCE')
      }
    }
    const rules = rulesAt(state.rules, at)
    const day = shanghaiDay(at)
    const key = tallyKey(card.id, day)
    const award = awardForDrop(rules, input, earned.get(key) ?? 0)
    if (!award.ok) return reject(award.code, award.params)
    earned.set(key, (earned.get(key) ?? 0) + award.points)
    // A drop that earns points is the card's next ledger entry; one that earns none posts no entry.
    const entry = award.points !== 0 ? ledger.post(card.id, award.points, 'drop-off') : null
    // A drop's points are never negative, so the rule never refuses one.
    if (entry && !entry.ok) throw new Error('A drop would lower a balance: its award is wrong')
    const { balance: balanceAfter, seq } = ledger.position(card.id)
    const drop: PlannedDrop = {
      card: card.id,
      site: input.site ?? card.site,
      category: input.category,
      grams: input.grams,
      occurredAt: at.toISOString(),
      source: input.source,
      sourceRef: input.sourceRef,
      idempotencyKey: input.idempotencyKey,
      note: input.note,
      recordedBy: input.recordedBy,
      cardNumber: card.cardNumber,
      entrySeq: seq,
      points: award.points,
      balanceAfter,
      outcome: award.belowMinimum ? 'below-minimum' : award.capped ? 'capped' : 'counted',
      rulesRevision: rules.revision,
      day,
    }
    inBatch.set(input.idempotencyKey, drop)
    return { status: 'accepted', drop }
  })
}
