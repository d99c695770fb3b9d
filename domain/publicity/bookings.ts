/** Visits to an education base (pure): places a party takes, the waiting list, the code shown at the door. */
import { formatShanghai } from '../../shared/time'
import type { BookingStatus } from './kinds'

/** What a booking may hold: the public form's checks and the collection's fields read these. */
export const BOOKING_LIMITS = { groupName: 80, contactName: 40, size: { min: 1, max: 500 } } as const

export type SlotBooking = { id: number | string; size: number; status: BookingStatus; createdAt: string }

/** Statuses that hold places in a slot. */
export const HOLDS_PLACES: BookingStatus[] = ['pending', 'confirmed', 'attended']

export const placesTaken = (bookings: SlotBooking[]) =>
  bookings.filter((b) => HOLDS_PLACES.includes(b.status)).reduce((sum, b) => sum + b.size, 0)

/**
 * Who moves up from the waiting list when places free up: strictly in the order they asked, each while
 * their whole party fits (the first that does not fit keeps its place at the head — nobody jumps it).
 */
export function promotions(capacity: number, bookings: SlotBooking[]): SlotBooking[] {
  let free = capacity - placesTaken(bookings)
  const waiting = bookings
    .filter((b) => b.status === 'waiting')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || String(a.id).localeCompare(String(b.id)))
  const out: SlotBooking[] = []
  for (const b of waiting) {
    if (b.size > free) break
    out.push(b)
    free -= b.size
  }
  return out
}

/** Letters and digits that cannot be misread aloud at a door (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A random code of `length` characters from a random source (crypto's in the service, a seeded one in tests). */
export function code(length: number, random: () => number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)]
  return out
}

/** A slot's time as people read it, in Shanghai: 2026-12-03 09:30–11:00. */
export function slotWhen(startsAt: string, endsAt: string): string {
  return `${formatShanghai(startsAt)}–${formatShanghai(endsAt).slice(11)}`
}

/** A newcomer waits when the party does not fit, or when others already wait (nobody jumps the list). */
export function placeFor(capacity: number, bookings: SlotBooking[], size: number): { fits: boolean; free: number } {
  const free = bookings.some((b) => b.status === 'waiting') ? 0 : capacity - placesTaken(bookings)
  return { fits: size <= free, free: Math.max(0, free) }
}
