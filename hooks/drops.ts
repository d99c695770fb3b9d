/** Hooks of `drop-offs`: award on create (whatever the path), then tally the day and post points. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { currentUser, refId } from '../access/roles'
import { evaluateDrop, takeEvaluation, type DropInput, type Evaluation } from '../services/drops'
import { postEntry } from '../services/ledger'
import { badRequest, forbidden } from './errors'

const APPLIED = 'fenleiDropApplied'
type Applied = Map<string, Extract<Evaluation, { ok: true }>>

function applied(req: PayloadRequest): Applied {
  return ((req.context[APPLIED] as Applied | undefined) ??= new Map())
}

export const awardDrop: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    throw forbidden('DROP_IMMUTABLE', '投放记录不能修改；如有错误请做积分调整。A drop-off cannot be changed.')
  }
  data.idempotencyKey ||= `manual:${crypto.randomUUID()}`
  data.source ||= 'manual'
  data.occurredAt ||= new Date().toISOString()
  const input: DropInput = {
    card: refId(data.card) ?? undefined,
    category: data.category,
    grams: data.grams,
    occurredAt: data.occurredAt,
    source: data.source,
    idempotencyKey: data.idempotencyKey,
  }
  const ev = takeEvaluation(req, data.idempotencyKey) ?? (await evaluateDrop(req, input))
  if (!ev.ok) throw badRequest(ev.code, ev.message)
  data.points = ev.award.points
  data.outcome = ev.award.belowMinimum ? 'below-minimum' : ev.award.capped ? 'capped' : 'counted'
  data.rulesRevision = ev.rules.revision
  data.site ??= refId(ev.card.site as never)
  data.recordedBy = currentUser(req)?.id ?? null
  applied(req).set(data.idempotencyKey, ev)
  return data
}

export const tallyAndPost: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const ev = applied(req).get(doc.idempotencyKey)
  applied(req).delete(doc.idempotencyKey)
  if (!ev) return doc
  if (ev.cardDayId !== null) {
    await req.payload.db.updateOne({
      collection: 'card-days',
      id: ev.cardDayId,
      data: { drops: { $inc: 1 }, grams: { $inc: doc.grams }, points: { $inc: doc.points } },
      req,
      returning: false,
    })
  } else {
    await req.payload.create({
      collection: 'card-days',
      data: { card: ev.card.id as number, day: ev.day, drops: 1, grams: doc.grams, points: doc.points },
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  if (doc.points > 0) {
    await postEntry(req, {
      card: ev.card.id,
      delta: doc.points,
      reason: 'drop-off',
      cause: `drop-offs:${doc.id}`,
      idempotencyKey: `drop:${doc.idempotencyKey}`,
      rulesRevision: ev.rules.revision,
    })
  }
  return doc
}
