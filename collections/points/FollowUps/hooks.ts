import type { CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../../shared/refs'
import type { FollowUp } from '../../../payload-types'
import { followUpTitle } from '../../../domain/points/titles'
import { conflict } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'

/** At most one open follow-up per card. */
export const oneOpenPerCard: CollectionBeforeChangeHook<FollowUp> = async ({ data, operation, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status ?? 'open'
  const card = refId(data.card ?? originalDoc?.card)
  if (status !== 'open' || card === null) return data
  const open = await req.payload.find({
    collection: 'follow-ups',
    where: {
      and: [
        { card: { equals: card } },
        { status: { equals: 'open' } },
        ...(operation === 'update' && originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (open.docs[0]) {
    throw conflict(req, 'FOLLOW_UP_OPEN', {}, { followUp: open.docs[0].id })
  }
  return data
}

/** The follow-up's title: the card and the period it looks at. */
export const titleFollowUp: CollectionBeforeChangeHook<FollowUp> = async ({ data, originalDoc, req }) => {
  const card = await findRef(req, 'cards', data.card ?? originalDoc?.card)
  if (card)
    data.title = followUpTitle({
      cardNumber: card.cardNumber,
      periodFrom: data.periodFrom ?? originalDoc?.periodFrom,
      periodTo: data.periodTo ?? originalDoc?.periodTo,
    })
  return data
}
