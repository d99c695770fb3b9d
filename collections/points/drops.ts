/**
 * Recording drop-offs: loads what the plan needs in one go, plans the batch with the pure
 * `planDrops` (domain/dropPlan), and writes it in one transaction. The device bridge, pickups,
 * the seed and the staff REST endpoint all come through `recordDrops`; a single manual drop
 * created through the admin takes the same plan in the collection's hook.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { refId } from '../../shared/refs'
import {
  planDrops,
  tallyKey,
  type CardState,
  type DropInput,
  type ExistingDrop,
  type PlanState,
  type Planned,
  type RejectCode,
} from '../../domain/points/dropPlan'
import { shanghaiDay } from '../../shared/time'
import type { MessageParams } from '../../shared/i18n/messages'
import { applyDropEffects, insertDrops, type TallyIds } from './DropOffs/writers'
import { writerFor, type WriterKind } from '../../db/bulk'
import { rulesHistory } from './PointRules/current'
import { readRows } from '../../db/records'
import { inTransaction } from '../../shared/transaction'

export type { DropInput } from '../../domain/points/dropPlan'

export type DropOutcome =
  | { status: 'accepted' | 'duplicate'; dropId: number | string; points: number; balance: number; outcome: string }
  | { status: 'rejected'; code: RejectCode; params: MessageParams }

const idOf = (v: unknown): number | string => refId(v as Parameters<typeof refId>[0])!

/** Adapter-level read inside the transaction: no hooks or access to run per row on the hot path. */
export const rows = (
  req: PayloadRequest,
  collection: 'drop-offs' | 'cards' | 'card-days' | 'follow-ups',
  where: Where,
) => readRows(req.payload, collection, where, { req })

/** Reads, inside `req`'s transaction, the cards, earlier drops and day tallies a batch touches. */
export async function loadDropState(
  req: PayloadRequest,
  inputs: DropInput[],
  history = false,
): Promise<PlanState & { tallyIds: TallyIds }> {
  const keys = [...new Set(inputs.map((i) => i.idempotencyKey).filter(Boolean))]
  const ids = [...new Set(inputs.map((i) => i.card).filter((c) => c !== undefined && c !== null && c !== ''))] as (
    number | string
  )[]
  const numbers = [...new Set(inputs.map((i) => i.cardNumber).filter(Boolean))] as string[]
  const [existing, cards, rules] = await Promise.all([
    keys.length ? rows(req, 'drop-offs', { idempotencyKey: { in: keys } }) : Promise.resolve([]),
    ids.length || numbers.length
      ? rows(req, 'cards', {
          or: [
            ...(ids.length ? [{ id: { in: ids } }] : []),
            ...(numbers.length ? [{ cardNumber: { in: numbers } }] : []),
          ],
        })
      : Promise.resolve([]),
    rulesHistory(req.payload, req),
  ])
  const cardsById = new Map<string, CardState>()
  const cardsByNumber = new Map<string, CardState>()
  for (const c of cards) {
    const state: CardState = {
      id: c.id,
      cardNumber: c.cardNumber as string,
      status: c.status as string,
      balance: (c.balance as number | null) ?? 0,
      site: c.site ? idOf(c.site) : null,
      holderKind: c.holderKind === 'office' ? 'office' : 'household',
      issuedAt: (c.issuedAt as string | null) ?? null,
      ledgerSeq: (c.ledgerSeq as number | null) ?? 0,
    }
    cardsById.set(String(c.id), state)
    cardsByNumber.set(state.cardNumber, state)
  }
  const days = [
    ...new Set(
      inputs
        .map((i) => {
          try {
            return shanghaiDay(i.occurredAt)
          } catch {
            return ''
          }
        })
        .filter(Boolean),
    ),
  ]
  const tallies =
    cardsById.size && days.length
      ? await rows(req, 'card-days', { and: [{ card: { in: [...cardsById.keys()] } }, { day: { in: days } }] })
      : []
  const earned = new Map<string, number>()
  const tallyIds: TallyIds = new Map()
  for (const t of tallies) {
    const key = tallyKey(idOf(t.card), t.day as string)
    earned.set(key, (t.points as number | null) ?? 0)
    tallyIds.set(key, t.id)
  }
  const existingByKey = new Map<string, ExistingDrop>()
  for (const d of existing) {
    existingByKey.set(d.idempotencyKey as string, {
      id: d.id,
      card: idOf(d.card),
      category: d.category as string,
      grams: d.grams as number,
      occurredAt: d.occurredAt as string,
      points: (d.points as number | null) ?? 0,
      balanceAfter: (d.balanceAfter as number | null) ?? 0,
      outcome: (d.outcome as string | null) ?? 'counted',
    })
  }
  return { now: new Date(), rules, cardsById, cardsByNumber, existing: existingByKey, earned, tallyIds, history }
}

/** Plans one drop for the collection hook (a manual drop through the admin or REST). */
export async function planOne(
  req: PayloadRequest,
  input: DropInput,
): Promise<{ planned: Planned; tallyIds: TallyIds }> {
  const state = await loadDropState(req, [input])
  return { planned: planDrops([input], state)[0]!, tallyIds: state.tallyIds }
}

/** Records drops inside `req`'s transaction: plan, then the four bulk writes. */
export async function recordDropsIn(
  req: PayloadRequest,
  inputs: DropInput[],
  options: RecordOptions = {},
): Promise<DropOutcome[]> {
  const state = await loadDropState(req, inputs, options.history)
  const plan = planDrops(inputs, state)
  const accepted = plan.flatMap((p) => (p.status === 'accepted' ? [p.drop] : []))
  const kind = writerFor(req, options.writer)
  const stored = accepted.length ? await insertDrops(req, accepted, kind) : []
  if (stored.length) await applyDropEffects(req, stored, kind, state.tallyIds)
  const ids = new Map(stored.map((d) => [d.idempotencyKey, d.id]))
  return plan.map((p): DropOutcome => {
    if (p.status === 'rejected') return p
    const d = p.status === 'accepted' ? p.drop : p.of
    const id = 'id' in d ? d.id : ids.get(d.idempotencyKey)!
    return { status: p.status, dropId: id, points: d.points, balance: d.balanceAfter, outcome: d.outcome }
  })
}

/**
 * Records a batch of drops in one transaction; bad ones are rejected without stopping the
 * others, and repeats (same key, same content) return the first outcome.
 */
export type RecordOptions = {
  writer?: WriterKind
  /** Importing history (demo seed, data migration): drops may be dated any time after their card was issued. */
  history?: boolean
}

export function recordDrops(
  payload: Payload,
  inputs: DropInput[],
  options: RecordOptions = {},
): Promise<DropOutcome[]> {
  return inTransaction(payload, (req) => recordDropsIn(req, inputs, options))
}
