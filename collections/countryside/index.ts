import type { CollectionConfig } from 'payload'

import { Cleaners } from './Cleaners'
import { CleanupDrives } from './CleanupDrives'
import { SanitationContracts } from './SanitationContracts'
import { SortingTargets } from './SortingTargets'

/** 农村 countryside: cleaners, clean-up drives, sanitation contracts, sorting targets (issue 10; inspections to come). */
export const countrysideCollections: CollectionConfig[] = [Cleaners, CleanupDrives, SanitationContracts, SortingTargets]
