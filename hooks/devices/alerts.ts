/** Hooks of `alerts`: who acknowledged or closed an alert, and when, come from the server. */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../access/roles'
import type { Alert } from '../../payload-types'

export const stampAlertStatus: CollectionBeforeChangeHook<Alert> = ({ data, originalDoc, req }) => {
  const user = (currentUser(req)?.id as number | undefined) ?? null
  const now = new Date().toISOString()
  if (data.status === 'acknowledged' && originalDoc?.status === 'open')
    Object.assign(data, { acknowledgedAt: now, acknowledgedBy: user })
  if (data.status === 'closed' && originalDoc?.status !== 'closed')
    Object.assign(data, { closedAt: now, closedBy: user })
  return data
}
