/** Hooks of `cards`. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { maskPhone } from '../../../domain/places/sites'
import { cardTitle } from '../../../domain/points/titles'
import { refId } from '../../../shared/refs'
import type { Card } from '../../../payload-types'
import { markDaysDirty } from '../../metrics'
import { readRows } from '../../../db/records'
import { forbidden } from '../../../shared/errors'

/**
 * Keeps the masked copy that non-admins read (138****1234), the last four digits people search by, and the
 * card's title ("CXN002399 · 张三 · 尾号5678"). The full phone is an admin's to change: anyone who cannot read it
 * and names it in an update is refused by the house rules, whatever the value (hooks/serverFields.ts).
 */
export const keepMaskedPhone: CollectionBeforeChangeHook<Card> = ({ data, operation, originalDoc, req }) => {
  if (
    operation === 'update' &&
    originalDoc?.replacedBy &&
    data.status === 'active' &&
    originalDoc.status !== 'active'
  ) {
    throw forbidden(req, 'CARD_REPLACED')
  }
  const phone = data.phone === undefined ? originalDoc?.phone : data.phone
  data.phoneMasked = maskPhone(phone) ?? null
  data.phoneLast4 = phone ? phone.slice(-4) : null
  const merged = { ...originalDoc, ...data }
  data.label = cardTitle({
    cardNumber: merged.cardNumber ?? '',
    holderName: merged.holderName,
    officeName: merged.officeName,
    phoneLast4: data.phoneLast4,
  })
  return data
}

/**
 * A card moved to another site: the daily totals count its drops for the site of its cards (每日汇总), so the
 * days it dropped are recounted at the next keeping run (services/metrics/rollups.ts).
 */
export const recountMovedCard: CollectionAfterChangeHook<Card> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || String(refId(doc.site)) === String(refId(previousDoc?.site))) return doc
  const days = await readRows(req.payload, 'card-days', { card: { equals: doc.id } }, { select: { day: true }, req })
  await markDaysDirty(
    req,
    days.map((d) => String(d.day)),
  )
  return doc
}
