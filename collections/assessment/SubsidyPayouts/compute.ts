/**
 * The payout job: for a closed period (every assessment approved), each town's subsidy from the method's
 * shape, exact in fen, written in one transaction. Run again, it refuses and writes nothing.
 */
import type { PayloadRequest } from 'payload'

import { refId } from '../../../shared/refs'
import { payoutsByTier, payoutsFromPool, type TownResult } from '../../../domain/assessment/payouts'
import { periodLabel } from '../../../domain/assessment/periods'
import type { Snapshot } from '../Assessments/hooks'
import { badRequest, conflict } from '../../../shared/errors'
import { asPlatform } from '../../../shared/platform'

export async function computePayouts(req: PayloadRequest, period: string): Promise<{ created: number }> {
  const label = periodLabel(period)
  const existing = await req.payload.count({
    collection: 'subsidy-payouts',
    where: { period: { equals: period } },
    req,
    overrideAccess: true,
  })
  if (existing.totalDocs) throw conflict(req, 'PAYOUTS_EXIST', { period: label })
  const assessments = await req.payload.find({
    collection: 'assessments',
    where: { period: { equals: period } },
    pagination: false,
    depth: 1,
    req,
    overrideAccess: true,
  })
  if (!assessments.docs.length) throw badRequest(req, 'NOTHING_TO_PAY', { period: label })
  if (assessments.docs.some((a) => a.status !== 'approved'))
    throw badRequest(req, 'PERIOD_NOT_CLOSED', { period: label })
  const snapshots = assessments.docs.map((a) => a.methodSnapshot as Snapshot)
  const method = snapshots[0]!
  if (snapshots.some((s) => String(s.id) !== String(method.id) || s.version !== method.version))
    throw badRequest(req, 'METHODS_DIFFER', { period: label })

  const results: TownResult[] = assessments.docs.map((a) => {
    const town = typeof a.town === 'object' ? a.town : null
    const base = method.bases.find((b) => String(b.town) === String(town?.id ?? a.town))
    if (!base) throw badRequest(req, 'NO_BASE', { town: town?.name ?? String(a.town) })
    return {
      town: String(town?.id ?? a.town),
      total: a.total ?? 0,
      baseFen: base.baseFen,
      sharePercent: a.sharePercent ?? 0,
    }
  })
  const payouts =
    method.subsidy === 'pool' && method.pool ? payoutsFromPool(results, method.pool) : payoutsByTier(results)
  await asPlatform(req, async () => {
    for (const p of payouts) {
      const assessment = assessments.docs.find((a) => String(refId(a.town)) === p.town)!
      await req.payload.create({
        collection: 'subsidy-payouts',
        data: {
          town: Number(p.town),
          period,
          assessment: assessment.id,
          rank: p.rank,
          total: assessment.total ?? 0,
          grade: assessment.grade ?? null,
          baseFen: p.baseFen,
          heldFen: p.heldFen,
          amountFen: p.amountFen,
          status: 'computed',
        },
        req,
        overrideAccess: true,
        depth: 0,
      })
    }
  })
  return { created: payouts.length }
}
