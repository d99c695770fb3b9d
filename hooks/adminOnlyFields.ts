/**
 * Fields only the district (an admin) changes, on records others may edit: a village's registered population (it
 * feeds the town's own measured score); a bin's device id, kind, site and commissioning and the other sites it serves
 * (each decides which cards and records a bin's secret reaches); a site's place in the urban pilot (it decides
 * which sites the district's work report counts). Anyone else naming a changed value
 * is refused with ADMIN_ONLY_FIELD, never silently dropped; the audit row of every change keeps the history. The
 * platform's own writes (seed, jobs) pass.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { forbidden } from '../shared/errors'
import { labelIn, type Label } from '../shared/i18n/labels'
import { isPlatformWrite } from '../shared/platform'
import { refId } from '../shared/refs'
import { currentUser, hasRole } from '../shared/roles'

/** A value as it means: related records by id, lists in order of their ids, empties alike. */
const normal = (v: unknown): string => {
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return ''
  if (Array.isArray(v)) return JSON.stringify(v.map((x) => String(refId(x as never) ?? x)).sort())
  if (typeof v === 'object') return String(refId(v as never))
  return String(v)
}

/**
 * `onCreate`: a record others may also create is refused when it names a value for the field at all (false, empty
 * and nothing pass), so a new record cannot carry what an edit could not.
 */
export const adminOnlyFields =
  (fields: Array<{ name: string; label: Label; onCreate?: boolean }>): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (isPlatformWrite(req) || hasRole(currentUser(req), 'admin')) return data
    if (operation !== 'update' && operation !== 'create') return data
    for (const field of fields) {
      if (!(field.name in data)) continue
      if (operation === 'create' && (!field.onCreate || data[field.name] === false || !normal(data[field.name])))
        continue
      if (operation === 'update' && normal(data[field.name]) === normal(originalDoc?.[field.name])) continue
      throw forbidden(req, 'ADMIN_ONLY_FIELD', { field: labelIn(req, field.label, field.name) }, { field: field.name })
    }
    return data
  }
