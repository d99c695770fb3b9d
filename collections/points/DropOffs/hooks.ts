/**
 * Hooks of `drop-offs` for a drop created through the admin or REST: the same plan as the
 * bulk path decides it; after the row is written, the same writer posts its effects.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import type { PlannedDrop } from '../../../domain/points/dropPlan'
import { categoriesForSiteKind, categoryLabels, isCategory } from '../../../domain/points/points'
import { dropTitle } from '../../../domain/points/titles'
import type { DropOff } from '../../../payload-types'
import { applyDropEffects, type TallyIds } from './writers'
import { writerFor } from '../../../db/bulk'
import { planOne } from '../drops'
import { isPlatformWrite } from '../../../shared/platform'
import { badRequest, conflict, forbidden } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'

const PLANNED = 'fenleiPlannedDrops'
type Pending = Map<string, { drop: PlannedDrop; tallyIds: TallyIds }>
const pending = (req: PayloadRequest): Pending => ((req.context[PLANNED] as Pending | undefined) ??= new Map())

export const awardDrop: CollectionBeforeChangeHook<DropOff> = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    throw forbidden(req, 'DROP_IMMUTABLE')
  }
  // A drop a person enters here is manual, theirs, at the card's site, with their written reason.
  const user = currentUser(req)
  const manual = !isPlatformWrite(req)
  if (manual && String(data.note ?? '').trim().length < 2) {
    throw badRequest(req, 'NOTE_REQUIRED')
  }
  const input = {
    card: refId(data.card) ?? undefined,
    category: data.category ?? '',
    grams: data.grams ?? 0,
    occurredAt: data.occurredAt || new Date().toISOString(),
    source: manual ? ('manual' as const) : (data.source ?? 'manual'),
    sourceRef: manual ? undefined : (data.sourceRef ?? undefined),
    site: manual ? undefined : (refId(data.site) ?? undefined),
    idempotencyKey: manual
      ? `manual:${user!.id}:${crypto.randomUUID()}`
      : data.idempotencyKey || `manual:${crypto.randomUUID()}`,
    note: data.note ?? undefined,
    recordedBy: manual ? user!.id : undefined,
  }
  const { planned, tallyIds } = await planOne(req, input)
  if (planned.status === 'rejected') throw badRequest(req, planned.code, planned.params)
  if (planned.status === 'duplicate') {
    throw conflict(req, 'DUPLICATE_DROP')
  }
  const d = planned.drop
  if (manual) await refuseCategoryOfOtherKind(req, d)
  pending(req).set(d.idempotencyKey, { drop: d, tallyIds })
  return {
    ...data,
    occurredAt: d.occurredAt,
    source: d.source,
    sourceRef: d.sourceRef ?? null,
    site: d.site as number | null,
    idempotencyKey: d.idempotencyKey,
    title: dropTitle(d),
    points: d.points,
    balanceAfter: d.balanceAfter,
    outcome: d.outcome,
    rulesRevision: d.rulesRevision,
    recordedBy: (d.recordedBy as number | undefined) ?? null,
  }
}

/** A drop entered by hand uses the categories of its site's kind (rural sites sort 两次四分). */
async function refuseCategoryOfOtherKind(req: PayloadRequest, d: PlannedDrop): Promise<void> {
  const site = await findRef(req, 'sites', d.site as number | undefined)
  if (site && isCategory(d.category) && !categoriesForSiteKind(site.kind).includes(d.category)) {
    const category = categoryLabels[d.category][req.i18n?.language === 'en' ? 'en' : 'zh']
    throw badRequest(req, 'CATEGORY_NOT_FOR_SITE', { site: site.name, category })
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
