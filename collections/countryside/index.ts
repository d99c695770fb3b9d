import type { CollectionConfig } from 'payload'

import { Cleaners } from './Cleaners'

/** 农村 countryside: cleaners (issue 10; inspections, clean-up drives and contracts to come). */
export const countrysideCollections: CollectionConfig[] = [Cleaners]
