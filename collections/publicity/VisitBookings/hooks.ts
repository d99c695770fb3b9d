/**
 * Hooks of `visit-bookings`: a party takes its size in places; a full slot (or one with a
 * waiting list) offers the waiting list; the editor confirms (a code is made) or declines; places freed —
 * or added — move the waiting list up in order; the booker is told at each step, the base of each booking.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { env } from '../../../config/env'
import { code, HOLDS_PLACES, placeFor } from '../../../domain/publicity/bookings'
import { BOOKING_STATUSES, type BookingStatus } from '../../../domain/publicity/kinds'
import { secureRandom } from '../../../domain/shared/random'
import type { VisitBooking } from '../../../payload-types'
import { badRequest, conflict, forbidden, notFound } from '../../../shared/errors'
import { labelIn } from '../../../shared/i18n/labels'
import { findRef } from '../../../shared/lookup'
import { isPlatformWrite } from '../../../shared/platform'
import { currentUser, hasRole } from '../../../shared/roles'
import { refId, sameRef } from '../../../shared/refs'
import { notify, sendMail } from '../../system'
import { promoteWaiting, slotBookings } from './waitingList'

/** Which way a booking may move, and who moves it. */
const STEPS: Record<BookingStatus, BookingStatus[]> = {
  pending: ['confirmed', 'declined', 'cancelled'],
  waiting: ['declined', 'cancelled'],
  confirmed: ['attended', 'cancelled'],
  declined: [],
  cancelled: [],
  attended: [],
}

export const bookVisit: CollectionBeforeChangeHook<VisitBooking> = async ({ data, operation, originalDoc, req }) => {
  const user = currentUser(req)
  const name = (s: BookingStatus) => labelIn(req, BOOKING_STATUSES[s], s)
  if (operation === 'create') {
    const slot = await findRef(req, 'visit-slots', data.slot)
    if (!slot) throw notFound(req, 'UNKNOWN_SLOT')
    if (hasRole(user, 'base-editor') && !sameRef(slot.base, user?.educationBase)) throw forbidden(req, 'OTHER_BASE')
    if (new Date(slot.startsAt).getTime() <= Date.now()) throw badRequest(req, 'SLOT_PAST')
    if (data.status && data.status !== 'pending')
      throw badRequest(req, 'BOOKING_STEP', { from: '—', to: name(data.status) })
    const size = data.size ?? 0
    if (size > slot.capacity)
      throw badRequest(req, 'BEYOND_CAPACITY', { capacity: slot.capacity }, { capacity: slot.capacity })
    const place = placeFor(slot.capacity, await slotBookings(req, slot.id), size)
    if (!place.fits && !data.waitIfFull) throw conflict(req, 'SLOT_FULL', { free: place.free }, { free: place.free })
    data.status = place.fits ? 'pending' : 'waiting'
    data.base = refId(slot.base) as number
    data.reference = code(10, secureRandom)
    data.title = `${data.groupName} · ${size} 人`
    return data
  }
  const from = originalDoc!.status
  const to = data.status ?? from
  if (
    (data.slot !== undefined && !sameRef(data.slot, originalDoc!.slot)) ||
    (data.size ?? originalDoc!.size) !== originalDoc!.size
  )
    throw badRequest(req, 'BOOKING_FIXED')
  if (to === from) return data
  // Moving up from the waiting list is the platform's, when places free up.
  const allowed = STEPS[from].includes(to) || (from === 'waiting' && to === 'pending' && isPlatformWrite(req))
  if (!allowed) throw badRequest(req, 'BOOKING_STEP', { from: name(from), to: name(to) })
  const now = new Date().toISOString()
  if (to === 'confirmed') data.code = code(6, secureRandom)
  if (to === 'attended') data.checkedInAt = now
  if (user && to !== 'pending') {
    data.decidedBy = user.id as number
    data.decidedAt = now
  }
  return data
}

const TOLD: Partial<Record<BookingStatus, { title: string; body: (b: VisitBooking) => string }>> = {
  pending: {
    title: '参观预约已收到',
    body: (b) => `您的参观预约（${b.groupName}，${b.size} 人）已收到，等待基地确认。预约编号：${b.reference}。`,
  },
  waiting: {
    title: '参观预约已排入候补',
    body: (b) =>
      `该时段已满，您的预约（${b.groupName}，${b.size} 人）已排入候补，有空位时按顺序递补。预约编号：${b.reference}。`,
  },
  confirmed: {
    title: '参观预约已确认',
    body: (b) => `您的参观预约（${b.groupName}，${b.size} 人）已确认。入场确认码：${b.code}。请在参观时出示。`,
  },
  declined: {
    title: '参观预约未能安排',
    body: (b) => `很抱歉，您的参观预约（${b.groupName}）未能安排。${b.reply ?? ''}`,
  },
}

export const tellBooker: CollectionAfterChangeHook<VisitBooking> = async ({ doc, operation, previousDoc, req }) => {
  const moved = operation === 'create' || previousDoc?.status !== doc.status
  if (!moved) return doc
  const told = TOLD[doc.status]
  const link = `${env.PUBLIC_URL ?? ''}/bases/booking?ref=${doc.reference}`
  if (told && doc.email) {
    const body =
      operation === 'update' && previousDoc?.status === 'waiting' && doc.status === 'pending'
        ? `有空位了：您的候补预约已递补，等待基地确认。预约编号：${doc.reference}。`
        : told.body(doc)
    await sendMail(req, { to: doc.email, name: doc.contactName, title: told.title, body, link })
  }
  // The base's editors learn of a new booking in their inbox.
  if (operation === 'create')
    await notify(
      req,
      { and: [{ role: { equals: 'base-editor' } }, { educationBase: { equals: refId(doc.base) } }] },
      {
        title: `新的参观预约：${doc.groupName}`,
        body: `${doc.groupName}，${doc.size} 人，待确认。`,
        link: `/admin/collections/visit-bookings/${doc.id}`,
      },
    )
  // Places freed: the waiting list moves up, in order.
  if (
    operation === 'update' &&
    previousDoc &&
    HOLDS_PLACES.includes(previousDoc.status) &&
    !HOLDS_PLACES.includes(doc.status)
  ) {
    const slot = await findRef(req, 'visit-slots', doc.slot)
    if (slot) await promoteWaiting(req, slot)
  }
  return doc
}

/** A booking removed by an admin frees its places too. */
export const bookingRemoved: CollectionAfterDeleteHook<VisitBooking> = async ({ doc, req }) => {
  if (!HOLDS_PLACES.includes(doc.status)) return doc
  const slot = await findRef(req, 'visit-slots', doc.slot)
  if (slot) await promoteWaiting(req, slot)
  return doc
}
