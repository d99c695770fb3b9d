/**
 * Computes the payouts of every closed period that has none yet (a period is closed when all its
 * assessments are approved), once a night. The computation refuses a period already paid, so running the
 * job again changes nothing and creates nothing.
 */
import type { Payload } from 'payload'

import { computePayouts } from '../../services/assessment/payouts'
import { inTransaction } from '../../services/transaction'

export async function payClosedPeriods(payload: Payload): Promise<string[]> {
  const [assessments, payouts] = await Promise.all([
    payload.find({ collection: 'assessments', pagination: false, depth: 0, select: { period: true, status: true } }),
    payload.find({ collection: 'subsidy-payouts', pagination: false, depth: 0, select: { period: true } }),
  ])
  const paid = new Set(payouts.docs.map((p) => p.period))
  const open = new Set(assessments.docs.filter((a) => a.status !== 'approved').map((a) => a.period))
  const closed = [...new Set(assessments.docs.map((a) => a.period))].filter((p) => !paid.has(p) && !open.has(p)).sort()
  for (const period of closed) await inTransaction(payload, (req) => computePayouts(req, period))
  return closed
}
