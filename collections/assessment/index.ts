import type { CollectionConfig } from 'payload'

import { AssessmentMethods } from './AssessmentMethods'
import { Assessments } from './Assessments'
import { RankingNotices } from './RankingNotices'
import { SubsidyPayouts } from './SubsidyPayouts'

/** 考核 assessment: methods, town assessments and subsidy payouts and ranking notices (issue 10). */
export const assessmentCollections: CollectionConfig[] = [
  AssessmentMethods,
  Assessments,
  SubsidyPayouts,
  RankingNotices,
]
