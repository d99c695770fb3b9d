/**
 * Keeps each bin's "needs attention" mark (offline or faulty, a compartment ≥ 80 % full, open alerts) so
 * that the bins list can filter on it. Called wherever one of those changes: the bridge, the offline
 * job, and staff acknowledging or closing an alert.
 */
import type { PayloadRequest } from 'payload'

import { attentionOf } from '../../../domain/devices/bins'

export async function refreshAttention(req: PayloadRequest, binIds: Array<number | string>): Promise<void> {
  for (const id of new Set(binIds.map(String))) {
    const bin = await req.payload.db.findOne<{
      id: number
      status?: string
      compartments?: Array<{ number: number; fillPercent?: number }>
    }>({
      collection: 'bins',
      where: { id: { equals: id } },
      req,
    })
    if (!bin) continue
    const open = await req.payload.db.count({
      collection: 'alerts',
      where: { and: [{ bin: { equals: id } }, { status: { in: ['open', 'acknowledged'] } }] },
      req,
    })
    const reasons = attentionOf({ ...bin, openAlerts: open.totalDocs })
    await req.payload.db.updateOne({
      collection: 'bins',
      id,
      data: { openAlerts: open.totalDocs, needsAttention: reasons.length > 0, attention: reasons.join('、') || null },
      req,
      returning: false,
    })
  }
}
