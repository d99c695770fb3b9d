/** Record ids and references between records: an id as a URL or form sends it, a relationship value as it comes (a bare id, or the record populated). */

export type Ref = number | string | { id: number | string } | null | undefined

/** The id of a relationship value, whether it came populated or as a bare id. */
export function refId(value: Ref): number | string | null {
  if (value === null || value === undefined || value === '') return null
  return typeof value === 'object' ? value.id : value
}

export function sameRef(a: Ref, b: Ref): boolean {
  const x = refId(a)
  const y = refId(b)
  return x !== null && y !== null && String(x) === String(y)
}

/** A record id as it comes from a URL or a form: digits (SQLite) become a number, a MongoDB ObjectId stays text. */
export function parseId(raw: unknown): number | string | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : null
  if (typeof raw !== 'string') return null
  if (/^\d{1,12}$/.test(raw)) return Number(raw)
  return /^[a-f0-9]{24}$/.test(raw) ? raw : null
}
