/** Hooks of `plan-comments`: hiding needs a reason, an outcome other than adopted needs one; who moderated and when. */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import type { PlanComment } from '../../../payload-types'
import { badRequest } from '../../../shared/errors'

export const moderateComment: CollectionBeforeChangeHook<PlanComment> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  const status = data.status ?? originalDoc?.status
  const hiddenReason = data.hiddenReason !== undefined ? data.hiddenReason : originalDoc?.hiddenReason
  if (status === 'hidden' && !hiddenReason?.trim()) throw badRequest(req, 'HIDE_REASON_REQUIRED')
  const outcome = data.outcome !== undefined ? data.outcome : originalDoc?.outcome
  const reason = data.outcomeReason !== undefined ? data.outcomeReason : originalDoc?.outcomeReason
  if (outcome && outcome !== 'adopted' && !reason?.trim()) throw badRequest(req, 'OUTCOME_REASON_REQUIRED')
  if (status !== originalDoc?.status) {
    data.moderatedBy = currentUser(req)?.id as number
    data.moderatedAt = new Date().toISOString()
  }
  return data
}
