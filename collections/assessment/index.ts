import type { CollectionConfig } from 'payload'

/** 考核 assessment: methods, town assessments, ranking notices and subsidy payouts (issue 10). */
export const assessmentCollections: CollectionConfig[] = []
