/** What an audit row says of a change (pure): the fields that changed, before → after, masked. */
import { refId } from '../../shared/refs'
import { maskPhone } from '../places/sites'

export type Change = { field: string; before: unknown; after: unknown }

/** Never stored, not even masked: bookkeeping of Payload and of the platform. */
const SKIP = new Set(['updatedAt', 'createdAt', 'sessions', 'loginAttempts', 'lockUntil', 'hash', 'salt'])
const SECRET = /secret|password|token|hash|salt/i
const PHONE = /phone/i

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    if ('docs' in value) return undefined // a join field: the other side's records, not this one's data
    if ('id' in value && 'createdAt' in value) return refId(value as { id: number }) // a populated relationship
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  }
  return value
}

export function maskValue(field: string, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value
  if (SECRET.test(field)) return '***'
  if (PHONE.test(field) && typeof value === 'string') return maskPhone(value)
  return value
}

/** The changed top-level fields between two versions of a record (either may be absent). */
export function diffRecord(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Change[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: Change[] = []
  for (const field of keys) {
    if (SKIP.has(field) || field === 'id') continue
    const a = plain(before?.[field])
    const b = plain(after?.[field])
    if (a === undefined && b === undefined) continue
    const same = JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
    if (same) continue
    changes.push({ field, before: maskValue(field, a ?? null), after: maskValue(field, b ?? null) })
  }
  return changes
}

export function auditSummary(operation: string, collection: string, id: string | number, changes: Change[]): string {
  const fields = changes.map((c) => c.field).join(', ')
  return `${operation} ${collection} #${id}${fields ? `: ${fields}` : ''}`
}
