/**
 * Hooks of `work-plans`: the way from draft to issued; the consultation keeps a closing time and is
 * closed before approval; who recorded the approval and when (the government's own date is typed);
 * every comment moderated and closed out before issuing; attachments made public with the plan.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import { openCloseOuts, planStepAllowed } from '../../../domain/publicity/consultation'
import { PLAN_STATUSES, type PlanStatus } from '../../../domain/publicity/kinds'
import { labelIn } from '../../../shared/i18n/labels'
import type { WorkPlan } from '../../../payload-types'
import { asPlatform } from '../../../shared/platform'
import { badRequest } from '../../../shared/errors'

export const planWorkflow: CollectionBeforeChangeHook<WorkPlan> = async ({ data, operation, originalDoc, req }) => {
  const from: PlanStatus = operation === 'create' ? 'draft' : (originalDoc?.status ?? 'draft')
  const to: PlanStatus = data.status ?? from
  const name = (s: PlanStatus) => labelIn(req, PLAN_STATUSES[s], s)
  if (!planStepAllowed(from, to)) throw badRequest(req, 'PLAN_STEP', { from: name(from), to: name(to) }, { from, to })
  if (from === 'issued' && operation === 'update') throw badRequest(req, 'PLAN_ISSUED')
  const now = new Date()
  const ends = data.consultationEnds !== undefined ? data.consultationEnds : originalDoc?.consultationEnds
  // An open consultation always has a closing time (moving it to now closes it early).
  if (to === 'consultation' && !ends) throw badRequest(req, 'CONSULTATION_END_REQUIRED')
  if (to === from) return data
  if (to === 'consultation' && new Date(ends!).getTime() <= now.getTime())
    throw badRequest(req, 'CONSULTATION_END_REQUIRED')
  if (to === 'approved') {
    if (new Date(ends!).getTime() > now.getTime()) throw badRequest(req, 'CONSULTATION_STILL_OPEN')
    data.approvedBy = currentUser(req)?.id as number
    data.approvedAt = now.toISOString()
    data.approvedOn ??= originalDoc?.approvedOn ?? now.toISOString()
  }
  if (to === 'issued') {
    const id = originalDoc!.id
    const q = { req, overrideAccess: true } as const
    const pending = await req.payload.count({
      collection: 'plan-comments',
      where: { and: [{ plan: { equals: id } }, { status: { equals: 'pending' } }] },
      ...q,
    })
    if (pending.totalDocs) throw badRequest(req, 'COMMENTS_PENDING', { count: pending.totalDocs })
    const shown = await req.payload.find({
      collection: 'plan-comments',
      where: { and: [{ plan: { equals: id } }, { status: { equals: 'approved' } }] },
      pagination: false,
      depth: 0,
      select: { outcome: true, outcomeReason: true },
      ...q,
    })
    const open = openCloseOuts(shown.docs)
    if (open.length)
      throw badRequest(req, 'CLOSE_OUT_MISSING', { count: open.length }, { comments: open.map((c) => c.id) })
    data.issuedAt = now.toISOString()
  }
  return data
}

/** A plan the public can read brings its attachments with it. */
export const publishAttachments: CollectionAfterChangeHook<WorkPlan> = async ({ doc, req }) => {
  if (doc.status !== 'consultation' && doc.status !== 'issued') return doc
  const ids = (doc.attachments ?? []).map((a) => refId(a as number)).filter((x): x is number => x !== null)
  if (!ids.length) return doc
  await asPlatform(req, () =>
    req.payload.update({
      collection: 'materials',
      where: { and: [{ id: { in: ids } }, { published: { equals: false } }] },
      data: { published: true },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
  return doc
}
