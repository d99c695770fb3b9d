/**
 * Raising and clearing alerts — one path for the bridge (alarms, faults, a full compartment, a fault or alarm
 * reported cleared) and the offline job. A repeat of an open alert counts on it (and on its work order); a new
 * alert becomes a work order or joins the open one of its bin and kind (hooks/devices/alerts.ts); a cleared
 * condition closes the alert, noting it on the order, which stays for a person to close with a result. A device
 * that flaps (raised again within minutes of reporting it cleared, its order still open) reopens that alert instead
 * of piling up new ones.
 */
import type { PayloadRequest } from 'payload'

import { alertSeverity } from '../../../domain/devices/bins'
import type { Alert } from '../../../payload-types'
import { openOrderOf, orderForAlert } from '../../operations'
import { asPlatform } from '../../../shared/platform'

/** Raised again within this long of clearing, with its order still open: the same alert, reopened. */
const FLAP_MS = 10 * 60_000

const latestOf = (req: PayloadRequest, bin: number | string, kind: string, statuses: Alert['status'][]) =>
  req.payload
    .find({
      collection: 'alerts',
      where: { and: [{ bin: { equals: bin } }, { kind: { equals: kind } }, { status: { in: statuses } }] },
      sort: '-lastAt',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    .then((r) => r.docs[0])

export async function raiseAlert(
  req: PayloadRequest,
  a: { bin: number | string; kind: string; at: string; detail?: string | null },
): Promise<void> {
  const open = await latestOf(req, a.bin, a.kind, ['open', 'acknowledged'])
  const again =
    open ??
    (await latestOf(req, a.bin, a.kind, ['closed']).then(async (closed) =>
      closed?.closedAt &&
      // Closed by the platform (the device said it cleared), not by a person who looked at it.
      !closed.closedBy &&
      new Date(a.at).getTime() - new Date(closed.closedAt).getTime() < FLAP_MS &&
      (await openOrderOf(req, closed.id))
        ? closed
        : undefined,
    ))
  if (again) {
    if (again.status === 'closed')
      await asPlatform(req, () =>
        req.payload.update({
          collection: 'alerts',
          id: again.id,
          data: { status: 'open', resolution: null, closedAt: null, closedBy: null },
          req,
          overrideAccess: true,
          depth: 0,
        }),
      )
    await req.payload.db.updateOne({
      collection: 'alerts',
      id: again.id,
      data: { count: { $inc: 1 }, lastAt: a.at },
      req,
      returning: false,
    })
    const order = await openOrderOf(req, again.id)
    // An alert open from before work orders (or whose order was deleted) gets one now.
    if (!order) return orderForAlert(req, again)
    await req.payload.db.updateOne({
      collection: 'work-orders',
      id: order.id,
      data: { alertCount: { $inc: 1 } },
      req,
      returning: false,
    })
    return
  }
  await asPlatform(req, () =>
    req.payload.create({
      collection: 'alerts',
      data: {
        bin: a.bin as number,
        kind: a.kind as never,
        severity: alertSeverity(a.kind),
        status: 'open',
        openedAt: a.at,
        lastAt: a.at,
        count: 1,
        detail: a.detail ?? null,
      },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
}

/**
 * Closes a bin's open alert of a kind because the condition cleared (`at`: when the device says it did — a report
 * older than the alert's last raising is stale and changes nothing); says whether it closed one.
 */
export async function clearAlert(
  req: PayloadRequest,
  a: { bin: number | string; kind: string; resolution: string; at?: string },
): Promise<boolean> {
  const open = await latestOf(req, a.bin, a.kind, ['open', 'acknowledged'])
  if (!open) return false
  if (a.at && open.lastAt && new Date(a.at).getTime() < new Date(open.lastAt).getTime()) return false
  await asPlatform(req, () =>
    req.payload.update({
      collection: 'alerts',
      id: open.id,
      data: { status: 'closed', resolution: a.resolution },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
  return true
}
