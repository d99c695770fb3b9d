import type { CollectionConfig } from 'payload'

import { AssessmentMethods } from './AssessmentMethods'
import { Assessments } from './Assessments'
import { SubsidyPayouts } from './SubsidyPayouts'

/** 考核 assessment: methods, town assessments and subsidy payouts (issue 10; the ranking notice to come). */
export const assessmentCollections: CollectionConfig[] = [AssessmentMethods, Assessments, SubsidyPayouts]
