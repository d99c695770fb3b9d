import type { CollectionConfig } from 'payload'

import { CleanerAppraisals } from './CleanerAppraisals'
import { CleanerInspections } from './CleanerInspections'
import { Cleaners } from './Cleaners'
import { CleanupDrives } from './CleanupDrives'
import { SanitationContracts } from './SanitationContracts'
import { SortingTargets } from './SortingTargets'

/** 农村 countryside: cleaners, inspections and appraisals, clean-up drives, sanitation contracts, sorting targets (issue 10). */
export const countrysideCollections: CollectionConfig[] = [
  Cleaners,
  CleanerInspections,
  CleanerAppraisals,
  CleanupDrives,
  SanitationContracts,
  SortingTargets,
]
