/** Hooks of `cleaner-appraisals`: an appraisal's score and pay come from the quarter's inspections, never typed. */
import type { CollectionBeforeChangeHook } from 'payload'

import { isPeriod, periodDays } from '../../../domain/assessment/periods'
import { quarterPay, quarterScore } from '../../../domain/countryside/staffing'
import type { CleanerAppraisal } from '../../../payload-types'
import { badRequest, conflict } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'
import { refId, sameRef } from '../../../shared/refs'
import { notHere } from '../CleanerInspections/hooks'

export const computeAppraisal: CollectionBeforeChangeHook<CleanerAppraisal> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const quarter = String(data.quarter ?? originalDoc?.quarter ?? '')
  if (!isPeriod('quarter', quarter)) throw badRequest(req, 'INVALID_PERIOD', { period: quarter })
  const cleaner = await findRef(req, 'cleaners', data.cleaner ?? originalDoc?.cleaner)
  if (!cleaner) throw badRequest(req, 'UNKNOWN_CLEANER')
  const town = data.town ?? originalDoc?.town
  if (town && !sameRef(town, cleaner.town)) throw notHere(req, cleaner.name)
  if (operation === 'create') {
    const twice = await req.payload.count({
      collection: 'cleaner-appraisals',
      where: { and: [{ cleaner: { equals: cleaner.id } }, { quarter: { equals: quarter } }] },
      req,
      overrideAccess: true,
    })
    if (twice.totalDocs) throw conflict(req, 'APPRAISAL_EXISTS', { name: cleaner.name, quarter })
  }
  const days = periodDays(quarter)
  const inspections = await req.payload.find({
    collection: 'cleaner-inspections',
    where: {
      and: [
        { town: { equals: refId(cleaner.town) } },
        { day: { greater_than_equal: days.from } },
        { day: { less_than_equal: `${days.to}T23:59:59.999Z` } },
      ],
    },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const deductions = inspections.docs.flatMap((i) =>
    (i.rows ?? []).filter((r) => sameRef(r.cleaner, cleaner.id)).map((r) => r.deduction ?? 0),
  )
  const score = quarterScore(deductions)
  const pay = quarterPay(cleaner.basePayFen ?? 0, score)
  return {
    ...data,
    town: refId(cleaner.town) as number,
    title: `${cleaner.name} · ${quarter}`,
    findings: deductions.length,
    score,
    basePartFen: pay.baseFen,
    performanceFen: pay.performanceFen,
    totalFen:
      pay.baseFen +
      pay.performanceFen +
      (('adjustmentFen' in data ? data.adjustmentFen : originalDoc?.adjustmentFen) ?? 0),
  }
}
