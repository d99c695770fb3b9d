import type { CollectionConfig } from 'payload'

import { AssessmentMethods } from './AssessmentMethods'
import { Assessments } from './Assessments'
import { RankingNotices } from './RankingNotices'
import { SpotChecks } from './SpotChecks'
import { SubsidyPayouts } from './SubsidyPayouts'

/** 考核 assessment: methods, town assessments and spot checks, subsidy payouts and ranking notices (issue 10). */
export const assessmentCollections: CollectionConfig[] = [
  AssessmentMethods,
  Assessments,
  SpotChecks,
  SubsidyPayouts,
  RankingNotices,
]
