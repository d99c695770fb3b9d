/**
 * Hooks of `cleaner-inspections`: an inspection checks its own town's cleaners (age against the limit computed,
 * the inspector the server's).
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ageOn, DEFAULT_CLEANER_AGE_LIMIT } from '../../../domain/countryside/staffing'
import type { CleanerInspection } from '../../../payload-types'
import { badRequest } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'
import { currentUser, hasRole } from '../../../shared/roles'
import { sameRef } from '../../../shared/refs'

/** Another town's cleaner: a town official is not told whom the number belongs to. */
export const notHere = (req: PayloadRequest, name: string) =>
  hasRole(currentUser(req), 'town-official')
    ? badRequest(req, 'UNKNOWN_CLEANER')
    : badRequest(req, 'CLEANER_NOT_IN_TOWN', { name })

export const checkInspection: CollectionBeforeChangeHook<CleanerInspection> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const town = data.town ?? originalDoc?.town
  const day = String(data.day ?? originalDoc?.day ?? new Date().toISOString()).slice(0, 10)
  const settings = await req.payload.findGlobal({ slug: 'countryside-settings', req, depth: 0, overrideAccess: true })
  const limit = settings.cleanerAgeLimit ?? DEFAULT_CLEANER_AGE_LIMIT
  const rows = []
  const given = data.rows ?? originalDoc?.rows ?? []
  if (!Array.isArray(given) || given.some((r) => !r || typeof r !== 'object'))
    throw badRequest(req, 'INVALID_REQUEST', { path: 'rows' })
  for (const row of given) {
    const cleaner = await findRef(req, 'cleaners', row.cleaner)
    if (!cleaner) throw badRequest(req, 'UNKNOWN_CLEANER')
    if (!sameRef(cleaner.town, town)) throw notHere(req, cleaner.name)
    rows.push({ ...row, ageWithinLimit: ageOn(cleaner.birthDate, day) <= limit })
  }
  if (operation === 'create') data.inspector = (currentUser(req)?.id as number | undefined) ?? null
  return { ...data, rows }
}
