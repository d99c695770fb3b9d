/** Hooks of `sorting-checks`: a confirmed mis-sort costs the card the rules' penalty, once. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import { FUTURE_TOLERANCE_MS } from '../../../domain/points/dropPlan'
import { postEntry } from '../ledger'
import { isPlatformWrite } from '../../../shared/platform'
import { rulesFor } from '../PointRules/current'
import type { SortingCheck } from '../../../payload-types'
import { checkTitle } from '../../../domain/points/titles'
import { badRequest, forbidden } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'

/**
 * The inspector is whoever records the check; its time may be a little earlier than the entry (the
 * same bound as hand-entered drops), never in the future. A settled check is never changed.
 */
export const stampCheck: CollectionBeforeChangeHook<SortingCheck> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.penaltyPosted) {
    throw forbidden(req, 'CHECK_SETTLED')
  }
  if (operation === 'create' && !isPlatformWrite(req)) data.inspector = currentUser(req)!.id as number
  if (operation === 'create') data.checkedAt ||= new Date().toISOString()
  const moved = data.checkedAt && new Date(data.checkedAt).getTime() !== new Date(originalDoc?.checkedAt ?? 0).getTime()
  if (moved && data.checkedAt && !isPlatformWrite(req)) {
    const at = new Date(data.checkedAt).getTime()
    const rules = await rulesFor(req.payload, new Date(), req)
    if (at > Date.now() + FUTURE_TOLERANCE_MS) throw badRequest(req, 'FUTURE_TIME')
    if (Date.now() - at > rules.manualBackdateDays * 86_400_000) {
      throw badRequest(req, 'TOO_OLD', { days: rules.manualBackdateDays })
    }
  }
  return data
}

export const postPenalty: CollectionAfterChangeHook<SortingCheck> = async ({ doc, req }) => {
  const card = refId(doc.card)
  if (doc.result !== 'mis-sorted' || !doc.confirmed || card === null || doc.penaltyPosted) return doc
  const rules = await rulesFor(req.payload, doc.checkedAt ?? new Date(), req)
  if (rules.misSortPenalty > 0) {
    await postEntry(req, {
      card,
      delta: -rules.misSortPenalty,
      reason: 'penalty',
      cause: `sorting-checks:${doc.id}`,
      at: doc.checkedAt ?? undefined,
      idempotencyKey: `sorting-checks:${doc.id}:penalty`,
      rulesRevision: rules.revision,
      note: doc.note ?? '错投扣分',
    })
  }
  await req.payload.db.updateOne({
    collection: 'sorting-checks',
    id: doc.id,
    data: { penaltyPosted: true },
    req,
    returning: false,
  })
  return { ...doc, penaltyPosted: true }
}

/** The check's title: the site, the card when there is one, the result and the time. */
export const titleCheck: CollectionBeforeChangeHook<SortingCheck> = async ({ data, originalDoc, req }) => {
  const [site, card] = await Promise.all([
    findRef(req, 'sites', data.site ?? originalDoc?.site),
    findRef(req, 'cards', data.card ?? originalDoc?.card),
  ])
  const checkedAt = data.checkedAt ?? originalDoc?.checkedAt
  if (site && checkedAt)
    data.title = checkTitle({
      siteName: site.name,
      cardNumber: card?.cardNumber,
      misSorted: (data.result ?? originalDoc?.result) === 'mis-sorted',
      checkedAt,
    })
  return data
}
