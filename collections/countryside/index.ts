import type { CollectionConfig } from 'payload'

/** 农村 countryside: cleaners, inspections, clean-up drives, sanitation contracts (issue 10). */
export const countrysideCollections: CollectionConfig[] = []
