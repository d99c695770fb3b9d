/**
 * Time rules. Storage is UTC; the programme's days are Asia/Shanghai days (UTC+8, no daylight
 * saving), so "points earned that day" and "card-days" follow the local calendar.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** The Shanghai calendar day of an instant, as YYYY-MM-DD. */
export function shanghaiDay(at: Date | string): string {
  const t = typeof at === 'string' ? new Date(at) : at
  if (Number.isNaN(t.getTime())) throw new Error(`Not a valid time: ${String(at)}`)
  return new Date(t.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** The UTC instant at which a Shanghai day starts. */
export function shanghaiDayStart(day: string): Date {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() - SHANGHAI_OFFSET_MS)
}

/** Formats an instant for people, in Shanghai time: 2026-11-29 12:30. */
export function formatShanghai(at: Date | string): string {
  const t = typeof at === 'string' ? new Date(at) : at
  return new Date(t.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}
