/** Hooks of `pickup-slots`: the title people read; a booked slot's time is the district's to move. */

import type { CollectionBeforeChangeHook } from 'payload'

import { slotWhen } from '../../../domain/publicity/bookings'
import type { PickupSlot } from '../../../payload-types'
import { badRequest, forbidden } from '../../../shared/errors'
import { isPlatformWrite } from '../../../shared/platform'
import { currentUser, hasRole } from '../../../shared/roles'
import { HOLDS_SLOT } from '../../../domain/operations/pickups'

const moment = (v: string | null | undefined) => (v ? new Date(v).getTime() : null)

export const titlePickupSlot: CollectionBeforeChangeHook<PickupSlot> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const starts = data.startsAt ?? originalDoc?.startsAt
  const ends = data.endsAt ?? originalDoc?.endsAt
  if (starts && ends && new Date(ends).getTime() <= new Date(starts).getTime()) throw badRequest(req, 'SLOT_ENDS_FIRST')
  // A pickup is completed only once its slot has begun: moving a booked slot into the past would skip that.
  const moved = moment(starts) !== moment(originalDoc?.startsAt) || moment(ends) !== moment(originalDoc?.endsAt)
  if (operation === 'update' && moved && !isPlatformWrite(req) && !hasRole(currentUser(req), 'admin')) {
    const booked = await req.payload.count({
      collection: 'pickups',
      where: { and: [{ slot: { equals: originalDoc!.id } }, { status: { in: HOLDS_SLOT } }] },
      req,
      overrideAccess: true,
    })
    if (booked.totalDocs) throw forbidden(req, 'SLOT_BOOKED_TIME', { count: booked.totalDocs })
  }
  if (starts && ends) data.title = `${slotWhen(starts, ends)} · ${data.capacity ?? originalDoc?.capacity} 户`
  return data
}
