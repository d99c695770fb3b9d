/** Hooks of `sorting-checks`: a confirmed mis-sort costs the card the rules' penalty, once. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { currentUser, refId } from '../../access/roles'
import { postEntry } from '../../services/points/ledger'
import { rulesFor } from '../../services/points/rules'
import type { SortingCheck } from '../../payload-types'
import { forbidden } from '../shared/errors'

export const stampCheck: CollectionBeforeChangeHook<SortingCheck> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.inspector ??= (currentUser(req)?.id as number | undefined) ?? null
    data.checkedAt ||= new Date().toISOString()
  } else if (originalDoc?.penaltyPosted) {
    throw forbidden(
      'CHECK_SETTLED',
      '已扣分的检查记录不能修改；如有错误请做积分调整。This check was settled; correct it with an adjustment.',
    )
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
