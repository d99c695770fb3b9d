/** Marks bins offline (an offline alert each) when they have not spoken for `minutes`; their next message brings them back and clears it. */
import type { Payload } from 'payload'

import { forgetDevice } from '../../collections/devices/Bins/directory'
import { formatShanghai } from '../../shared/time'
import { raiseAlert } from '../../collections/devices/Alerts/raise'
import { refreshAttention } from '../../collections/devices/Bins/attention'
import { inTransaction } from '../../shared/transaction'
import { env } from '../../config/env'
import { scheduledJob } from '../scheduled'

export async function markOfflineBins(payload: Payload, minutes: number, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - minutes * 60_000).toISOString()
  // One transaction: a bin is marked offline together with its alert, or not at all (a later run tries again).
  const docs = await inTransaction(payload, async (req) => {
    const result = await payload.update({
      collection: 'bins',
      where: { and: [{ status: { in: ['online', 'full'] } }, { lastSeenAt: { less_than: cutoff } }] },
      data: { status: 'offline' },
      overrideAccess: true,
      depth: 0,
      req,
    })
    // Each silent bin raises an offline alert — a work order for the inspector on duty; its next message clears it.
    for (const bin of result.docs)
      await raiseAlert(req, {
        bin: bin.id,
        kind: 'offline',
        at: now.toISOString(),
        detail: `超过 ${minutes} 分钟未通信（最后通信 ${bin.lastSeenAt ? formatShanghai(bin.lastSeenAt) : '—'}）`,
      })
    if (result.docs.length)
      await refreshAttention(
        req,
        result.docs.map((b) => b.id),
      )
    return result.docs
  })
  const ids = docs.map((b) => b.deviceId)
  ids.forEach(forgetDevice)
  return ids
}

/** Every minute: bins silent for OFFLINE_AFTER_MINUTES go offline. */
export const markOfflineJob = scheduledJob({
  slug: 'mark-offline',
  label: '设备离线检测',
  cron: '* * * * *',
  quiet: true,
  work: async (payload) => {
    const ids = await markOfflineBins(payload, env.OFFLINE_AFTER_MINUTES)
    return ids.length ? `离线 Marked offline: ${ids.join(', ')}` : ''
  },
})
