/** Marks bins offline when they have not spoken for `minutes`; their next message brings them back. */
import type { Payload } from 'payload'

import { forgetDevice } from '../../device-bridge/devices'
import { refreshAttention } from '../../services/devices/attention'
import { inTransaction } from '../../services/transaction'

export async function markOfflineBins(payload: Payload, minutes: number, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - minutes * 60_000).toISOString()
  const result = await payload.update({
    collection: 'bins',
    where: { and: [{ status: { in: ['online', 'full'] } }, { lastSeenAt: { less_than: cutoff } }] },
    data: { status: 'offline' },
    overrideAccess: true,
    depth: 0,
  })
  const ids = result.docs.map((b) => b.deviceId)
  ids.forEach(forgetDevice)
  if (result.docs.length) {
    await inTransaction(payload, (req) =>
      refreshAttention(
        req,
        result.docs.map((b) => b.id),
      ),
    )
  }
  return ids
}
