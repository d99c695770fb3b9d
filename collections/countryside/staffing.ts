/**
 * Keeps each village's cleaner figures (required, on duty, gap) current: after a cleaner changes, a
 * village's population changes, or the district changes the ratio. The rule is domain/countryside/staffing.
 */
import type { PayloadRequest } from 'payload'

import { cleanersRequired, DEFAULT_STAFFING_RATIO, staffingGap } from '../../domain/countryside/staffing'
import { refreshVillages } from '../places'

export async function staffingRatio(req: PayloadRequest): Promise<number> {
  const settings = await req.payload.findGlobal({ slug: 'countryside-settings', req, depth: 0, overrideAccess: true })
  return settings.staffingRatio ?? DEFAULT_STAFFING_RATIO
}

export async function onDutyIn(req: PayloadRequest, village: number | string): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'cleaners',
    where: { and: [{ village: { equals: village } }, { status: { equals: 'on-duty' } }] },
    req,
    overrideAccess: true,
  })
  return totalDocs
}

/** The figures a village should show, from its population, its cleaners on duty and the ratio. */
export async function staffingOf(
  req: PayloadRequest,
  village: number | string | null,
  population: number,
  ratio?: number,
): Promise<{ cleanersRequired: number; cleanersOnDuty: number; cleanersGap: number }> {
  const required = cleanersRequired(population, ratio ?? (await staffingRatio(req)))
  // A village not saved yet has nobody on duty.
  const onDuty = village === null ? 0 : await onDutyIn(req, village)
  return { cleanersRequired: required, cleanersOnDuty: onDuty, cleanersGap: staffingGap(required, onDuty) }
}

/** Writes a village's figures when they changed (as the platform: these fields are the server's). */
export async function restaff(req: PayloadRequest, villages: Array<number | string>, ratio?: number): Promise<void> {
  const r = ratio ?? (await staffingRatio(req))
  await refreshVillages(req, villages, (village) => staffingOf(req, village.id, village.registeredPopulation ?? 0, r))
}
