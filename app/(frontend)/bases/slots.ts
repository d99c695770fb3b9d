/** Upcoming slots of a base with the places left in each (bookings themselves stay with the base). */
import type { Payload } from 'payload'

import { refId } from '../../../shared/refs'
import { placesTaken, slotWhen, type SlotBooking } from '../../../domain/publicity/bookings'

export type OpenSlot = { id: number | string; when: string; startsAt: string; capacity: number; free: number }

export async function upcomingSlots(payload: Payload, where: { base?: number | string; slot?: number | string }) {
  const slots = await payload.find({
    collection: 'visit-slots',
    where: {
      and: [
        { startsAt: { greater_than: new Date().toISOString() } },
        ...(where.base !== undefined ? [{ base: { equals: where.base } }] : []),
        ...(where.slot !== undefined ? [{ id: { equals: where.slot } }] : []),
      ],
    },
    sort: 'startsAt',
    limit: 30,
    depth: 0,
    overrideAccess: false,
  })
  const ids = slots.docs.map((s) => s.id)
  const bookings = ids.length
    ? await payload.find({
        collection: 'visit-bookings',
        where: { slot: { in: ids } },
        select: { slot: true, size: true, status: true, createdAt: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    : { docs: [] }
  return slots.docs.map((s): OpenSlot & { base: number | string } => ({
    id: s.id,
    base: refId(s.base)!,
    when: slotWhen(s.startsAt, s.endsAt),
    startsAt: s.startsAt,
    capacity: s.capacity,
    free:
      s.capacity - placesTaken(bookings.docs.filter((b) => String(refId(b.slot)) === String(s.id)) as SlotBooking[]),
  }))
}
