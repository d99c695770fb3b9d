/**
 * Hooks of `visit-slots` and `visit-bookings`: a party takes its size in places; a full slot offers the
 * waiting list; the editor confirms (a code is made) or declines; places freed move the waiting list up
 * in order; the booker is told at each step.
 */
import { randomInt } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { currentUser, hasRole, refId, sameRef } from '../../access/roles'
import { code, HOLDS_PLACES, placesTaken, promotions, type SlotBooking } from '../../domain/publicity/bookings'
import { BOOKING_STATUSES, type BookingStatus } from '../../domain/publicity/kinds'
import { formatShanghai } from '../../domain/shared/time'
import { env } from '../../config/env'
import { labelIn } from '../../i18n/labels'
import type { VisitBooking, VisitSlot } from '../../payload-types'
import { asPlatform, isPlatformWrite } from '../../services/platform'
import { sendMail } from '../../services/system/notify'
import { badRequest, conflict, forbidden, notFound } from '../shared/errors'
import { findRef } from '../shared/lookup'

const random = () => randomInt(0, 1_000_000) / 1_000_000

export const titleSlot: CollectionBeforeChangeHook<VisitSlot> = ({ data, originalDoc, req }) => {
  const starts = data.startsAt ?? originalDoc?.startsAt
  const ends = data.endsAt ?? originalDoc?.endsAt
  if (starts && ends && new Date(ends).getTime() <= new Date(starts).getTime()) throw badRequest(req, 'SLOT_ENDS_FIRST')
  const capacity = data.capacity ?? originalDoc?.capacity
  if (starts && ends) data.title = `${formatShanghai(starts)}–${formatShanghai(ends).slice(11)} · ${capacity} 人`
  return data
}

async function slotBookings(req: Parameters<CollectionBeforeChangeHook>[0]['req'], slot: number | string) {
  const found = await req.payload.find({
    collection: 'visit-bookings',
    where: { slot: { equals: slot } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { size: true, status: true, createdAt: true },
  })
  return found.docs as SlotBooking[]
}

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
    if (size > slot.capacity) throw badRequest(req, 'BEYOND_CAPACITY', { capacity: slot.capacity })
    const free = slot.capacity - placesTaken(await slotBookings(req, slot.id))
    if (size > free) {
      if (!data.waitIfFull) throw conflict(req, 'SLOT_FULL', { free }, { free })
      data.status = 'waiting'
    } else data.status = 'pending'
    data.base = refId(slot.base) as number
    data.reference = code(10, random)
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
  if (to === 'confirmed') data.code = code(6, random)
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
  if (told && doc.email) {
    const body =
      operation === 'update' && previousDoc?.status === 'waiting' && doc.status === 'pending'
        ? `有空位了：您的候补预约已递补，等待基地确认。预约编号：${doc.reference}。`
        : told.body(doc)
    await sendMail(req, {
      to: doc.email,
      name: doc.contactName,
      title: told.title,
      body,
      link: `${env.PUBLIC_URL ?? ''}/bases/booking?ref=${doc.reference}`,
    })
  }
  // Places freed: the waiting list moves up, in order.
  if (
    operation === 'update' &&
    previousDoc &&
    HOLDS_PLACES.includes(previousDoc.status) &&
    !HOLDS_PLACES.includes(doc.status)
  ) {
    const slot = await findRef(req, 'visit-slots', doc.slot)
    if (slot) {
      for (const next of promotions(slot.capacity, await slotBookings(req, slot.id))) {
        await asPlatform(req, () =>
          req.payload.update({
            collection: 'visit-bookings',
            id: next.id,
            data: { status: 'pending' },
            req,
            overrideAccess: true,
            depth: 0,
          }),
        )
      }
    }
  }
  return doc
}
