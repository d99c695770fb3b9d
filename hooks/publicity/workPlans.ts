/** Hooks of `work-plans`: the way from draft to issued, who approved and when, and the close-out before issuing. */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../access/roles'
import { openCloseOuts, planStepAllowed } from '../../domain/publicity/consultation'
import { PLAN_STATUSES, type PlanStatus } from '../../domain/publicity/kinds'
import { labelIn } from '../../i18n/labels'
import type { WorkPlan } from '../../payload-types'
import { badRequest } from '../shared/errors'

export const planWorkflow: CollectionBeforeChangeHook<WorkPlan> = async ({ data, operation, originalDoc, req }) => {
  const from: PlanStatus = operation === 'create' ? 'draft' : (originalDoc?.status ?? 'draft')
  const to: PlanStatus = data.status ?? from
  const name = (s: PlanStatus) => labelIn(req, PLAN_STATUSES[s], s)
  if (!planStepAllowed(from, to)) throw badRequest(req, 'PLAN_STEP', { from: name(from), to: name(to) }, { from, to })
  if (from === 'issued' && operation === 'update') throw badRequest(req, 'PLAN_ISSUED')
  if (to === from) return data
  const now = new Date()
  if (to === 'consultation') {
    const ends = data.consultationEnds ?? originalDoc?.consultationEnds
    if (!ends || new Date(ends).getTime() <= now.getTime()) throw badRequest(req, 'CONSULTATION_END_REQUIRED')
  }
  if (to === 'approved') {
    data.approvedBy = currentUser(req)?.id as number
    data.approvedAt = now.toISOString()
  }
  if (to === 'issued') {
    const shown = await req.payload.find({
      collection: 'plan-comments',
      where: { and: [{ plan: { equals: originalDoc!.id } }, { status: { equals: 'approved' } }] },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
      select: { outcome: true, outcomeReason: true },
    })
    const pending = await req.payload.count({
      collection: 'plan-comments',
      where: { and: [{ plan: { equals: originalDoc!.id } }, { status: { equals: 'pending' } }] },
      req,
      overrideAccess: true,
    })
    if (pending.totalDocs) throw badRequest(req, 'COMMENTS_PENDING', { count: pending.totalDocs })
    const open = openCloseOuts(shown.docs)
    if (open.length)
      throw badRequest(req, 'CLOSE_OUT_MISSING', { count: open.length }, { comments: open.map((c) => c.id) })
    data.issuedAt = now.toISOString()
  }
  return data
}
