/** Hooks of `alerts`: who acknowledged or closed an alert, and when, come from the server. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import { refreshAttention } from '../Bins/attention'
import { noteAlertClosed, orderForAlert } from '../../operations'
import { isPlatformWrite } from '../../../shared/platform'
import { alertTitle } from '../../../domain/devices/bins'
import { forbidden } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'
import type { Alert } from '../../../payload-types'

/** Acknowledging or closing an alert changes whether its bin needs attention. */
export const refreshBinAttention: CollectionAfterChangeHook<Alert> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== previousDoc?.status) await refreshAttention(req, [refId(doc.bin)!])
  return doc
}

/** An alert only moves forward: open → acknowledged → closed (or open → closed); a closed alert is final. */
const FORWARD: Record<string, string[]> = {
  open: ['open', 'acknowledged', 'closed'],
  acknowledged: ['acknowledged', 'closed'],
  closed: [],
}

export const stampAlertStatus: CollectionBeforeChangeHook<Alert> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && !isPlatformWrite(req)) {
    const from = originalDoc?.status ?? 'open'
    if (!FORWARD[from]!.includes(data.status ?? from) || from === 'closed') throw forbidden(req, 'ALERT_CLOSED')
  }
  const user = (currentUser(req)?.id as number | undefined) ?? null
  const now = new Date().toISOString()
  if (data.status === 'acknowledged' && originalDoc?.status === 'open')
    Object.assign(data, { acknowledgedAt: now, acknowledgedBy: user })
  if (data.status === 'closed' && originalDoc?.status !== 'closed')
    Object.assign(data, { closedAt: now, closedBy: user })
  return data
}

/** The alert's title: its bin, kind and time, as staff say it. */
export const titleAlert: CollectionBeforeChangeHook<Alert> = async ({ data, originalDoc, req }) => {
  const bin = await findRef(req, 'bins', data.bin ?? originalDoc?.bin)
  const openedAt = data.openedAt ?? originalDoc?.openedAt
  if (bin && openedAt)
    data.title = alertTitle({ deviceId: bin.deviceId, kind: data.kind ?? originalDoc?.kind ?? '', openedAt })
  return data
}

/** A new alert becomes a work order (or joins its bin's open one of the kind); a closed one is noted on its order. */
export const alertToWorkOrder: CollectionAfterChangeHook<Alert> = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'create') await orderForAlert(req, doc)
  else if (doc.status === 'closed' && previousDoc?.status !== 'closed') await noteAlertClosed(req, doc)
  return doc
}
