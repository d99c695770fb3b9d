/** POST /api/public/bookings — a party books a visit slot of an education base (or joins its waiting list). */
import { z } from 'zod'

import { BOOKING_LIMITS } from '../../../../domain/publicity/bookings'
import { parseWith } from '../../../../shared/endpoint'
import { parseId } from '../../../../shared/refs'
import { contactPhone, id, optionalEmail, publicAct, text } from '../../../../shared/publicForm'

const bookingInput = z.object({
  slot: id,
  groupName: text(BOOKING_LIMITS.groupName).min(1),
  size: z.coerce.number().int().min(BOOKING_LIMITS.size.min).max(BOOKING_LIMITS.size.max),
  contactName: text(BOOKING_LIMITS.contactName).min(1),
  contactPhone,
  email: optionalEmail,
  waitIfFull: z
    .union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true'),
})

export const publicBooking = publicAct(
  '/public/bookings',
  'booking',
  async (req, body) => {
    const input = parseWith(req, bookingInput, body)
    const doc = await req.payload.create({
      collection: 'visit-bookings',
      // Ids are numbers on SQLite and strings on MongoDB; the generated types know only the former.
      data: { ...input, slot: input.slot as number, status: 'pending' },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return {
      json: { reference: doc.reference, status: doc.status },
      back: `/bases/booking?ref=${doc.reference}`,
    }
  },
  (body) => `/bases/slot/${parseId(body.slot) ?? ''}#book`,
)
