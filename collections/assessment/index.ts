/**
 * 考核 assessment: the versioned assessment methods (考评办法), each town's assessment from draft to approval, the
 * district's spot checks, the subsidy payouts (奖补资金) of a closed period and the ranking notices (考核通报).
 *
 * Offers the others: `computePayouts` (a closed period's payouts, from the seed, the job and the endpoint).
 */
import { areaPlugin } from '../../plugins/area'
import { payClosedPeriodsJob } from '../../jobs/assessment/payClosedPeriods'
import { AssessmentMethods } from './AssessmentMethods'
import { Assessments } from './Assessments'
import { RankingNotices } from './RankingNotices'
import { SpotChecks } from './SpotChecks'
import { SubsidyPayouts } from './SubsidyPayouts'

export const assessmentArea = areaPlugin(() => ({
  collections: [AssessmentMethods, Assessments, SpotChecks, SubsidyPayouts, RankingNotices],
  jobs: [payClosedPeriodsJob],
}))

export { computePayouts } from './SubsidyPayouts/compute'
