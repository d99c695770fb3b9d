/** Hooks of `subsidy-payouts`: computed → approved → paid, each by an admin; paid with a date and a voucher. */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../access/roles'
import type { SubsidyPayout } from '../../payload-types'
import { isPlatformWrite } from '../../services/platform'
import { forbidden } from '../shared/errors'

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
