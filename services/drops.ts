/**
 * Recording drop-offs: the one path for the device bridge, pickups, the seed and the manual
 * REST endpoint. Each drop is checked (card, category, weight, time), awarded by the pure
 * `awardForDrop` against the rules in force when it happened and the points the card already
 * earned that Shanghai day, then written with its ledger entry — idempotently by its key.
 */
import type { Payload, PayloadRequest } from 'payload'

import { awardForDrop, checkDrop, type Award, type PointRules } from '../domain/points'
import { shanghaiDay } from '../domain/time'
import { rulesFor } from './rules'
import { inTransaction } from './transaction'

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
}

export type RejectCode =
  | 'UNKNOWN_CARD'
  | 'CARD_NOT_ACTIVE'
  | 'UNKNOWN_CATEGORY'
  | 'INVALID_WEIGHT'
  | 'INVALID_TIME'
  | 'FUTURE_TIME'
  | 'IDEMPOTENCY_CONFLICT'
  | 'MISSING_KEY'

export type DropOutcome =
  | { status: 'accepted' | 'duplicate'; dropId: number | string; points: number; balance: number; outcome: string }
  | { status: 'rejected'; code: RejectCode; message: string }

type CardDoc = { id: number | string; cardNumber: string; status: string; balance?: number | null; site?: unknown }

export type Evaluation =
  | { ok: true; key: string; card: CardDoc; rules: PointRules; day: string; earnedToday: number; award: Extract<Award, { ok: true }>; cardDayId: number | string | null }
  | { ok: false; code: RejectCode; message: string }

const reject = (code: RejectCode, message: string): Evaluation => ({ ok: false, code, message })

async function findCard(req: PayloadRequest, input: Pick<DropInput, 'card' | 'cardNumber'>): Promise<CardDoc | null> {
  if (input.card !== undefined && input.card !== null && input.card !== '') {
    return (await req.payload.findByID({ collection: 'cards', id: input.card, depth: 0, req, overrideAccess: true, disableErrors: true })) as CardDoc | null
  }
  if (!input.cardNumber) return null
  const found = await req.payload.find({
    collection: 'cards',
    where: { cardNumber: { equals: input.cardNumber } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return (found.docs[0] as CardDoc | undefined) ?? null
}

/** Everything about a drop that can be decided before writing it. Reads inside `req`'s transaction. */
export async function evaluateDrop(req: PayloadRequest, input: DropInput): Promise<Evaluation> {
  if (!input.idempotencyKey) return reject('MISSING_KEY', '缺少幂等键。An idempotency key is required.')
  const checked = checkDrop(input)
  if (!checked.ok) return reject(checked.code, checked.message)
  const at = new Date(input.occurredAt)
  if (!input.occurredAt || Number.isNaN(at.getTime())) return reject('INVALID_TIME', '投放时间无效。Invalid time.')
  if (at.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    return reject('FUTURE_TIME', '投放时间在未来。The drop is dated in the future.')
  }
  const card = await findCard(req, input)
  if (!card) return reject('UNKNOWN_CARD', `未知的智能卡 ${input.cardNumber ?? input.card}。Unknown card.`)
  if (card.status !== 'active') {
    return reject('CARD_NOT_ACTIVE', `智能卡 ${card.cardNumber} 已${card.status === 'lost' ? '挂失' : '注销'}。The card is ${card.status}.`)
  }
  const rules = await rulesFor(req.payload, at, req)
  const day = shanghaiDay(at)
  const tally = await req.payload.find({
    collection: 'card-days',
    where: { and: [{ card: { equals: card.id } }, { day: { equals: day } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const earnedToday = tally.docs[0]?.points ?? 0
  const award = awardForDrop(rules, input, earnedToday)
  if (!award.ok) return reject(award.code, award.message)
  return { ok: true, key: input.idempotencyKey, card, rules, day, earnedToday, award, cardDayId: tally.docs[0]?.id ?? null }
}

const EVALUATION = 'fenleiDropEvaluation'

/** Hands a fresh evaluation to the drop-off hook of the create that follows. */
export function takeEvaluation(req: PayloadRequest, key: string): Evaluation | undefined {
  const ev = req.context?.[EVALUATION] as Evaluation | undefined
  if (ev && ev.ok && ev.key === key) {
    delete req.context[EVALUATION]
    return ev
  }
  return undefined
}

function sameDrop(
  existing: { card: unknown; category: string; grams: number; occurredAt: string },
  cardId: number | string | undefined,
  input: DropInput,
): boolean {
  const existingCard = typeof existing.card === 'object' && existing.card !== null ? (existing.card as { id: unknown }).id : existing.card
  return (
    (cardId === undefined || String(existingCard) === String(cardId)) &&
    existing.category === input.category &&
    existing.grams === input.grams &&
    new Date(existing.occurredAt).getTime() === new Date(input.occurredAt).getTime()
  )
}

/** Records one drop inside `req`'s transaction. Never throws for bad input: it rejects. */
export async function recordDropIn(req: PayloadRequest, input: DropInput): Promise<DropOutcome> {
  const { payload } = req
  if (input.idempotencyKey) {
    const existing = await payload.find({
      collection: 'drop-offs',
      where: { idempotencyKey: { equals: input.idempotencyKey } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const first = existing.docs[0]
    if (first) {
      const card = input.card ?? (input.cardNumber ? (await findCard(req, input))?.id : undefined)
      if (!sameDrop(first, card, input)) {
        return { status: 'rejected', code: 'IDEMPOTENCY_CONFLICT', message: '同一幂等键的内容不同。This key was used for a different drop.' }
      }
      const cardDoc = await findCard(req, { card: (first.card as number) ?? undefined })
      return { status: 'duplicate', dropId: first.id, points: first.points ?? 0, balance: cardDoc?.balance ?? 0, outcome: first.outcome ?? 'counted' }
    }
  }
  const ev = await evaluateDrop(req, input)
  if (!ev.ok) return { status: 'rejected', code: ev.code, message: ev.message }
  req.context[EVALUATION] = ev
  const drop = await payload.create({
    collection: 'drop-offs',
    data: {
      card: ev.card.id as number,
      category: input.category as never,
      grams: input.grams,
      occurredAt: new Date(input.occurredAt).toISOString(),
      source: input.source,
      sourceRef: input.sourceRef,
      site: (input.site ?? undefined) as number | undefined,
      idempotencyKey: input.idempotencyKey,
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return {
    status: 'accepted',
    dropId: drop.id,
    points: drop.points ?? 0,
    balance: (ev.card.balance ?? 0) + (drop.points ?? 0),
    outcome: drop.outcome ?? 'counted',
  }
}

/**
 * Records a batch of drops in one transaction; bad ones are rejected without stopping the
 * others. Should the batch's transaction fail for an unexpected reason, each drop is retried in
 * a transaction of its own so that nothing valid is lost.
 */
export async function recordDrops(
  payload: Payload,
  inputs: DropInput[],
  options: { user?: PayloadRequest['user'] } = {},
): Promise<DropOutcome[]> {
  try {
    return await inTransaction(payload, async (req) => {
      const outcomes: DropOutcome[] = []
      for (const input of inputs) outcomes.push(await recordDropIn(req, input))
      return outcomes
    }, options)
  } catch (batchError) {
    if (inputs.length === 1) throw batchError
    const outcomes: DropOutcome[] = []
    for (const input of inputs) {
      outcomes.push(await inTransaction(payload, (req) => recordDropIn(req, input), options))
    }
    return outcomes
  }
}
