/**
 * The payout computation, for the nightly job and the admin's button alike: for a closed period (every town the
 * method gives a base assessed and approved: domain/assessment/payouts.ts#periodClosed), each town's subsidy from
 * the method's shape, exact in fen, written in one transaction. Run again, it refuses and writes nothing — unless an
 * admin recomputes with a reason while no payout of the period is approved yet: then each payout takes the new
 * figures and keeps the earlier ones in its history. An approved or paid payout never changes.
 */
import type { PayloadRequest } from 'payload'

import { refId } from '../../../shared/refs'
import { payoutsByTier, payoutsFromPool, periodClosed, type TownResult } from '../../../domain/assessment/payouts'
import { currentUser } from '../../../shared/roles'
import { periodLabel } from '../../../domain/assessment/periods'
import type { Snapshot } from '../Assessments/hooks'
import { badRequest, conflict } from '../../../shared/errors'
import { asPlatform } from '../../../shared/platform'

export async function computePayouts(
  req: PayloadRequest,
  period: string,
  o: { reason?: string } = {},
): Promise<{ created: number; recomputed: number }> {
  const label = periodLabel(period)
  const existing = (
    await req.payload.find({
      collection: 'subsidy-payouts',
      where: { period: { equals: period } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs
  const reason = o.reason?.trim()
  if (existing.some((p) => p.status !== 'computed')) throw conflict(req, 'PAYOUTS_LOCKED', { period: label })
  if (existing.length && !reason) throw conflict(req, 'PAYOUTS_EXIST', { period: label })
  const assessments = await req.payload.find({
    collection: 'assessments',
    where: { period: { equals: period } },
    pagination: false,
    depth: 1,
    req,
    overrideAccess: true,
  })
  if (!assessments.docs.length) throw badRequest(req, 'NOTHING_TO_PAY', { period: label })
  const snapshots = assessments.docs.map((a) => a.methodSnapshot as Snapshot)
  const method = snapshots[0]!
  const states = assessments.docs.map((a) => ({ town: String(refId(a.town)), status: a.status }))
  if (
    !periodClosed(
      states,
      method.bases.map((b) => String(b.town)),
    )
  )
    throw badRequest(req, 'PERIOD_NOT_CLOSED', { period: label })
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
  const by = currentUser(req)?.id ?? null
  const at = new Date().toISOString()
  let created = 0
  let recomputed = 0
  await asPlatform(req, async () => {
    for (const p of payouts) {
      const assessment = assessments.docs.find((a) => String(refId(a.town)) === p.town)!
      const figures = {
        assessment: assessment.id,
        rank: p.rank,
        total: assessment.total ?? 0,
        grade: assessment.grade ?? null,
        baseFen: p.baseFen,
        heldFen: p.heldFen,
        amountFen: p.amountFen,
      }
      const earlier = existing.find((e) => String(refId(e.town)) === p.town)
      if (earlier) {
        const history = [
          ...(earlier.history ?? []).map(({ id: _id, ...h }) => h),
          {
            at,
            by: typeof by === 'number' ? by : null,
            reason: reason ?? '',
            rank: earlier.rank ?? null,
            total: earlier.total ?? null,
            amountFen: earlier.amountFen ?? 0,
          },
        ]
        await req.payload.update({
          collection: 'subsidy-payouts',
          id: earlier.id,
          data: { ...figures, history },
          req,
          overrideAccess: true,
          depth: 0,
        })
        recomputed++
      } else {
        await req.payload.create({
          collection: 'subsidy-payouts',
          data: { town: Number(p.town), period, ...figures, status: 'computed' },
          req,
          overrideAccess: true,
          depth: 0,
        })
        created++
      }
    }
  })
  return { created, recomputed }
}
