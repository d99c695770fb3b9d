/**
 * Raising and clearing alerts — one path for the bridge (alarms, faults, a full compartment, a fault or alarm
 * reported cleared) and the offline job. A repeat of an open alert counts on it (and on its work order); a new
 * alert becomes a work order or joins the open one of its bin and kind (hooks/devices/alerts.ts); a cleared
 * condition closes the alert, noting it on the order, which stays for a person to close with a result.
 */
import type { PayloadRequest } from 'payload'

import type { ALERT_SEVERITIES } from '../../domain/devices/bins'
import { asPlatform } from '../platform'

type Severity = keyof typeof ALERT_SEVERITIES

const openOf = (req: PayloadRequest, bin: number | string, kind: string) =>
  req.payload.find({
    collection: 'alerts',
    where: {
      and: [{ bin: { equals: bin } }, { kind: { equals: kind } }, { status: { in: ['open', 'acknowledged'] } }],
    },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })

export async function raiseAlert(
  req: PayloadRequest,
  a: { bin: number | string; kind: string; severity: Severity; at: string; detail?: string | null },
): Promise<void> {
  const open = (await openOf(req, a.bin, a.kind)).docs[0]
  if (open) {
    await req.payload.db.updateOne({
      collection: 'alerts',
      id: open.id,
      data: { count: { $inc: 1 }, lastAt: a.at },
      req,
      returning: false,
    })
    const order = await req.payload.db.findOne<{ id: number | string }>({
      collection: 'work-orders',
      where: { and: [{ alerts: { in: [open.id] } }, { status: { not_equals: 'closed' } }] },
      req,
    })
    if (order)
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
        severity: a.severity,
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

/** Closes a bin's open alert of a kind because the condition cleared; says whether there was one. */
export async function clearAlert(
  req: PayloadRequest,
  a: { bin: number | string; kind: string; resolution: string },
): Promise<boolean> {
  const open = (await openOf(req, a.bin, a.kind)).docs[0]
  if (!open) return false
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
