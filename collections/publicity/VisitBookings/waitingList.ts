/** Reading a slot's bookings and moving its waiting list up (after a decline, a cancellation, a deletion or more capacity). */
import type { PayloadRequest } from 'payload'

import { promotions, type SlotBooking } from '../../../domain/publicity/bookings'
import { asPlatform } from '../../../shared/platform'

export async function slotBookings(req: PayloadRequest, slot: number | string): Promise<SlotBooking[]> {
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

/** Parties that now fit move up from the waiting list, strictly in order; each is told by its own hook. */
export async function promoteWaiting(
  req: PayloadRequest,
  slot: { id: number | string; capacity: number },
): Promise<number> {
  const next = promotions(slot.capacity, await slotBookings(req, slot.id))
  for (const booking of next) {
    await asPlatform(req, () =>
      req.payload.update({
        collection: 'visit-bookings',
        id: booking.id,
        data: { status: 'pending' },
        req,
        overrideAccess: true,
        depth: 0,
      }),
    )
  }
  return next.length
}
