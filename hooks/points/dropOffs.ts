/**
 * Hooks of `drop-offs` for a drop created through the admin or REST: the same plan as the
 * bulk path decides it; after the row is written, the same writer posts its effects.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { currentUser, refId } from '../../access/roles'
import type { PlannedDrop } from '../../domain/points/dropPlan'
import type { DropOff } from '../../payload-types'
import { applyDropEffects, writerFor, type TallyIds } from '../../services/points/dropWriters'
import { planOne } from '../../services/points/drops'
import { badRequest, conflict, forbidden } from '../shared/errors'

const PLANNED = 'fenleiPlannedDrops'
type Pending = Map<string, { drop: PlannedDrop; tallyIds: TallyIds }>
const pending = (req: PayloadRequest): Pending => ((req.context[PLANNED] as Pending | undefined) ??= new Map())

export const awardDrop: CollectionBeforeChangeHook<DropOff> = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    throw forbidden('DROP_IMMUTABLE', '投放记录不能修改；如有错误请做积分调整。A drop-off cannot be changed.')
  }
  data.idempotencyKey ||= `manual:${crypto.randomUUID()}`
  data.source ||= 'manual'
  data.occurredAt ||= new Date().toISOString()
  const { planned, tallyIds } = await planOne(req, {
    card: refId(data.card) ?? undefined,
    category: data.category ?? '',
    grams: data.grams ?? 0,
    occurredAt: data.occurredAt,
    source: data.source,
    sourceRef: data.sourceRef ?? undefined,
    site: refId(data.site) ?? undefined,
    idempotencyKey: data.idempotencyKey,
  })
  if (planned.status === 'rejected') throw badRequest(planned.code, planned.message)
  if (planned.status === 'duplicate') {
    throw conflict('DUPLICATE_DROP', `幂等键已使用：${data.idempotencyKey}。This drop was already recorded.`)
  }
  const d = planned.drop
  pending(req).set(d.idempotencyKey, { drop: d, tallyIds })
  return {
    ...data,
    occurredAt: d.occurredAt,
    site: d.site as number | null,
    points: d.points,
    balanceAfter: d.balanceAfter,
    outcome: d.outcome,
    rulesRevision: d.rulesRevision,
    recordedBy: (currentUser(req)?.id as number | undefined) ?? null,
  }
}

export const postDropEffects: CollectionAfterChangeHook<DropOff> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !doc.idempotencyKey) return doc
  const item = pending(req).get(doc.idempotencyKey)
  if (!item) return doc
  pending(req).delete(doc.idempotencyKey)
  await applyDropEffects(req, [{ ...item.drop, id: doc.id }], writerFor(req), item.tallyIds)
  return doc
}
