import type { CollectionConfig } from 'payload'

import { Cleaners } from './Cleaners'
import { CleanupDrives } from './CleanupDrives'
import { SanitationContracts } from './SanitationContracts'

/** 农村 countryside: cleaners, clean-up drives and sanitation contracts (issue 10; inspections to come). */
export const countrysideCollections: CollectionConfig[] = [Cleaners, CleanupDrives, SanitationContracts]
