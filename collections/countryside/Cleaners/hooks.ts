/**
 * Hooks of `cleaners`: the phone is kept masked beside the full number; every change re-computes the
 * staffing of the villages it touches.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../../shared/refs'
import { maskPhone } from '../../../domain/places/sites'
import type { Cleaner } from '../../../payload-types'
import { restaff } from '../staffing'

/** The masked copy others read follows the full number. */
export const maskCleanerPhone: CollectionBeforeChangeHook<Cleaner> = ({ data }) => {
  if (data.phone !== undefined) data.phoneMasked = maskPhone(data.phone) ?? null
  return data
}

/** An import restaffs each village once at its end, not once per row (services/imports/imports.ts). */
export const RESTAFF_LATER = 'fenleiRestaffLater'

export const restaffAfterChange: CollectionAfterChangeHook<Cleaner> = async ({ doc, previousDoc, req }) => {
  if (req.context?.[RESTAFF_LATER]) return doc
  const villages = [refId(doc.village), refId(previousDoc?.village)].filter((v): v is number => v !== null)
  await restaff(req, villages)
  return doc
}

export const restaffAfterDelete: CollectionAfterDeleteHook<Cleaner> = async ({ doc, req }) => {
  const village = refId(doc.village)
  if (village !== null) await restaff(req, [village])
  return doc
}
