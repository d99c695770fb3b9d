/** Hooks of `subsidy-payouts`: computed → approved → paid, each by an admin; paid with a date and a voucher. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import { periodLabel } from '../../../domain/assessment/periods'
import { formatYuan } from '../../../domain/points/titles'
import type { SubsidyPayout } from '../../../payload-types'
import { isPlatformWrite } from '../../../shared/platform'
import { notify } from '../../system'
import { forbidden } from '../../../shared/errors'

const NEXT: Record<string, string[]> = {
  computed: ['computed', 'approved'],
  approved: ['approved', 'paid'],
  paid: ['paid'],
}

export const payoutSteps: CollectionBeforeChangeHook<SubsidyPayout> = ({ data, originalDoc, operation, req }) => {
  if (operation === 'create' || isPlatformWrite(req)) return data
  const from = originalDoc?.status ?? 'computed'
  const to = data.status ?? from
  if (!NEXT[from]!.includes(to) || from === 'paid') throw forbidden(req, 'PAYOUT_TRANSITION')
  if (
    to === 'paid' &&
    (!(data.paidOn ?? originalDoc?.paidOn) || !String(data.voucher ?? originalDoc?.voucher ?? '').trim())
  )
    throw forbidden(req, 'PAYOUT_TRANSITION')
  if (to === 'approved' && from === 'computed')
    Object.assign(data, { approvedBy: currentUser(req)?.id ?? null, approvedAt: new Date().toISOString() })
  return data
}

/** The town is told when its payout is approved. */
export const tellAboutPayout: CollectionAfterChangeHook<SubsidyPayout> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'approved' || previousDoc?.status === 'approved') return doc
  await notify(
    req,
    { and: [{ role: { equals: 'town-official' } }, { town: { equals: refId(doc.town) } }] },
    {
      title: `${periodLabel(doc.period)} 奖补资金已审批`,
      body: `${periodLabel(doc.period)} 考核奖补资金 ${formatYuan(doc.amountFen ?? 0)} 已审批，将按程序拨付。`,
      link: `/admin/collections/subsidy-payouts/${doc.id}`,
    },
  )
  return doc
}
