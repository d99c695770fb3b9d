/** Hooks of `pickup-slots`: the title people read. */

import type { CollectionBeforeChangeHook } from 'payload'

import { slotWhen } from '../../../domain/publicity/bookings'
import type { PickupSlot } from '../../../payload-types'
import { badRequest } from '../../../shared/errors'

export const titlePickupSlot: CollectionBeforeChangeHook<PickupSlot> = ({ data, originalDoc, req }) => {
  const starts = data.startsAt ?? originalDoc?.startsAt
  const ends = data.endsAt ?? originalDoc?.endsAt
  if (starts && ends && new Date(ends).getTime() <= new Date(starts).getTime()) throw badRequest(req, 'SLOT_ENDS_FIRST')
  if (starts && ends) data.title = `${slotWhen(starts, ends)} · ${data.capacity ?? originalDoc?.capacity} 户`
  return data
}
