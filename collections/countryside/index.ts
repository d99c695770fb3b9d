/**
 * 农村 countryside: village cleaners (保洁员) and their staffing against the population, the towns' inspections and
 * quarterly appraisals of them, clean-up drives, sanitation contracts (市场化保洁) and the towns' sorting targets, with
 * the district's countryside settings.
 *
 * Offers the others: `restaff` / `staffingOf` (a village's cleaner figures), `coverageOf` / `markVillages` (market
 * coverage from the contracts running).
 */
import { areaPlugin } from '../../plugins/area'
import { CleanerAppraisals } from './CleanerAppraisals'
import { CleanerInspections } from './CleanerInspections'
import { Cleaners } from './Cleaners'
import { CleanupDrives } from './CleanupDrives'
import { CountrysideSettings } from './CountrysideSettings'
import { SanitationContracts } from './SanitationContracts'
import { SortingTargets } from './SortingTargets'

export const countrysideArea = areaPlugin(() => ({
  collections: [Cleaners, CleanerInspections, CleanerAppraisals, CleanupDrives, SanitationContracts, SortingTargets],
  globals: [CountrysideSettings],
}))

export { restaff, staffingOf } from './staffing'
export { coverageOf, markVillages } from './SanitationContracts/coverage'
