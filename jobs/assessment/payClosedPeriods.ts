/**
 * Computes the payouts of every closed period that has none yet, once a night. A period is closed when
 * every town the method gives a base has an approved assessment for it (a town that has not begun keeps
 * the period open). A period that cannot be paid (a missing base, mixed methods) is logged and the others
 * go on. The computation refuses a period already paid, so running again changes nothing.
 */
import type { Payload } from 'payload'

import { refId } from '../../shared/refs'
import type { Snapshot } from '../../collections/assessment/Assessments/hooks'
import { computePayouts } from '../../collections/assessment/SubsidyPayouts/compute'
import { inTransaction } from '../../shared/transaction'
import { periodClosed } from '../../domain/assessment/payouts'
import { scheduledJob } from '../scheduled'

export async function payClosedPeriods(payload: Payload): Promise<string[]> {
  const [assessments, payouts] = await Promise.all([
    payload.find({ collection: 'assessments', pagination: false, depth: 0 }),
    payload.find({ collection: 'subsidy-payouts', pagination: false, depth: 0, select: { period: true } }),
  ])
  const paid = new Set(payouts.docs.map((p) => p.period))
  const computed: string[] = []
  for (const period of [...new Set(assessments.docs.map((a) => a.period))].sort()) {
    if (paid.has(period)) continue
    const of = assessments.docs.filter((a) => a.period === period)
    const bases = (of[0]!.methodSnapshot as Snapshot).bases.map((b) => String(b.town))
    if (
      !periodClosed(
        of.map((a) => ({ town: String(refId(a.town)), status: a.status })),
        bases,
      )
    )
      continue
    try {
      await inTransaction(payload, (req) => computePayouts(req, period))
      computed.push(period)
    } catch (err) {
      payload.logger.error({ err, msg: `payouts for ${period} could not be computed` })
    }
  }
  return computed
}

/** 02:00 in Shanghai: periods whose assessments are all approved get their payouts. */
export const payClosedPeriodsJob = scheduledJob({
  slug: 'pay-closed-periods',
  label: '计算已结束考核期的奖补',
  cron: '0 18 * * *',
  work: async (payload) => {
    const periods = await payClosedPeriods(payload)
    return periods.length ? `奖补已计算 Payouts computed for ${periods.join(', ')}` : ''
  },
})
