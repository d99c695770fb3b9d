/** Hooks of `visit-slots`: the title people read; a slot that grows moves its waiting list up; a slot with bookings is kept. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { HOLDS_PLACES, placesTaken, slotWhen } from '../../../domain/publicity/bookings'
import type { VisitSlot } from '../../../payload-types'
import { badRequest, conflict } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'
import { promoteWaiting, slotBookings } from '../VisitBookings/waitingList'

/** The slot's title names its base and time; its capacity never drops below the places already held. */
export const titleSlot: CollectionBeforeChangeHook<VisitSlot> = async ({ data, operation, originalDoc, req }) => {
  const starts = data.startsAt ?? originalDoc?.startsAt
  const ends = data.endsAt ?? originalDoc?.endsAt
  if (starts && ends && new Date(ends).getTime() <= new Date(starts).getTime()) throw badRequest(req, 'SLOT_ENDS_FIRST')
  const capacity = data.capacity ?? originalDoc?.capacity ?? 0
  if (operation === 'update' && originalDoc) {
    const held = placesTaken(await slotBookings(req, originalDoc.id))
    if (capacity < held) throw badRequest(req, 'CAPACITY_BELOW_HELD', { held })
  }
  const base = await findRef(req, 'education-bases', data.base ?? originalDoc?.base)
  if (starts && ends) data.title = `${base?.name ?? ''} · ${slotWhen(starts, ends)} · ${capacity} 人`
  return data
}

/** More places: the waiting list moves up. */
export const slotGrew: CollectionAfterChangeHook<VisitSlot> = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'update' && doc.capacity > (previousDoc?.capacity ?? 0)) await promoteWaiting(req, doc)
  return doc
}

/** A slot with parties booked or waiting stays: they are declined or cancelled first. */
export const keepBookedSlot: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const live = (await slotBookings(req, id)).filter((b) => HOLDS_PLACES.includes(b.status) || b.status === 'waiting')
  if (live.length) throw conflict(req, 'SLOT_HAS_BOOKINGS', { count: live.length })
}
