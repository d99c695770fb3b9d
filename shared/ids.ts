/** A record id as it comes from a URL or a form: digits (SQLite) become a number, a MongoDB ObjectId stays text. */
export function parseId(raw: unknown): number | string | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : null
  if (typeof raw !== 'string') return null
  if (/^\d{1,12}$/.test(raw)) return Number(raw)
  return /^[a-f0-9]{24}$/.test(raw) ? raw : null
}
