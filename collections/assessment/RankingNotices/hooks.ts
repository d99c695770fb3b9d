/** Hooks of `ranking-notices`: the table is generated from the period's approved assessments and payouts. */
import type { CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../../shared/refs'
import { GRADES } from '../../../domain/assessment/method'
import { noticeTable } from '../../../domain/assessment/notice'
import { isPeriod, periodLabel } from '../../../domain/assessment/periods'
import type { RankingNotice } from '../../../payload-types'
import { badRequest } from '../../../shared/errors'

export const generateNotice: CollectionBeforeChangeHook<RankingNotice> = async ({ data, originalDoc, req }) => {
  const period = String(data.period ?? originalDoc?.period ?? '')
  if (!isPeriod('quarter', period) && !isPeriod('month', period)) throw badRequest(req, 'INVALID_PERIOD', { period })
  const [assessments, payouts] = await Promise.all([
    req.payload.find({
      collection: 'assessments',
      where: { and: [{ period: { equals: period } }, { status: { equals: 'approved' } }] },
      pagination: false,
      depth: 1,
      req,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: 'subsidy-payouts',
      where: { period: { equals: period } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    }),
  ])
  if (!assessments.docs.length) throw badRequest(req, 'NOTHING_TO_PAY', { period: periodLabel(period) })
  const table = noticeTable(
    assessments.docs.map((a) => ({
      town: typeof a.town === 'object' && a.town ? a.town.name : String(a.town),
      total: a.total ?? 0,
      grade: GRADES[a.grade ?? 'fail'].zh,
      parts: (a.partScores ?? []).map((p) => ({
        key: p.key ?? '',
        name: p.name ?? '',
        score: p.score ?? 0,
        max: p.max ?? 0,
      })),
      amountFen: payouts.docs.find((p) => String(refId(p.town)) === String(refId(a.town)))?.amountFen ?? null,
    })),
  )
  return {
    ...data,
    title: data.title || originalDoc?.title || `关于${periodLabel(period)}农村生活垃圾治理考核结果的通报`,
    table,
    ...(data.status === 'published' && originalDoc?.status !== 'published'
      ? { publishedAt: new Date().toISOString() }
      : {}),
  }
}
