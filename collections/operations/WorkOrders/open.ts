/**
 * Work orders in motion: opened from alerts and inspections (or joined, when their bin and kind already have an
 * open order), given to the inspector on duty with the fewest open orders, noted when their alerts repeat or
 * clear, and driven by the clock — escalations, reminders, the overall deadline (jobs/operations/workOrders.ts).
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { refId } from '../../../shared/refs'
import {
  dueActions,
  LEVELS,
  pickAssignee,
  shiftAt,
  slaFor,
  DEFAULT_REMINDER_MINUTES,
  type SlaRow,
} from '../../../domain/operations/workOrders'
import { formatShanghai, shanghaiDayStart } from '../../../shared/time'
import type { Alert, WorkOrder } from '../../../payload-types'
import { asPlatform } from '../../../shared/platform'
import { notify } from '../../system'
import { inTransaction } from '../../../shared/transaction'

export async function operationsSettings(req: PayloadRequest): Promise<{ reminderMinutes: number; sla: SlaRow[] }> {
  const s = await req.payload.findGlobal({ slug: 'operations-settings', req, overrideAccess: true, depth: 0 })
  return { reminderMinutes: s.reminderMinutes ?? DEFAULT_REMINDER_MINUTES, sla: (s.sla ?? []) as SlaRow[] }
}

/** The inspector on duty now with the fewest open orders (none on duty: nobody — every operator is told). */
export async function assigneeOnDuty(req: PayloadRequest, now = new Date()): Promise<number | undefined> {
  const { day, shift } = shiftAt(now)
  const on = await req.payload.db.findOne<{ id: number; inspectors?: Array<number | { id: number }> | null }>({
    collection: 'inspector-shifts',
    where: { and: [{ day: { equals: shanghaiDayStart(day).toISOString() } }, { shift: { equals: shift } }] },
    req,
  })
  const inspectors = (on?.inspectors ?? []).map((i) => refId(i) as number)
  if (!inspectors.length) return undefined
  const open = await req.payload.find({
    collection: 'work-orders',
    where: { and: [{ status: { not_equals: 'closed' } }, { assignee: { in: inspectors } }] },
    select: { assignee: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const counts = new Map<string, number>()
  for (const o of open.docs) counts.set(String(refId(o.assignee)), (counts.get(String(refId(o.assignee))) ?? 0) + 1)
  return pickAssignee(inspectors, counts) as number | undefined
}

/** Adds a line to an order's log (a platform write: people cannot type into the log). */
export async function noteOnOrder(
  req: PayloadRequest,
  order: Pick<WorkOrder, 'id' | 'log'>,
  text: string,
  more: Partial<WorkOrder> = {},
) {
  await asPlatform(req, () =>
    req.payload.update({
      collection: 'work-orders',
      id: order.id,
      data: {
        ...more,
        log: [...(order.log ?? []).map(({ at, text }) => ({ at, text })), { at: new Date().toISOString(), text }],
      },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
}

/** A new alert: joins its bin's open order of the same kind, or opens one. */
export async function orderForAlert(req: PayloadRequest, alert: Alert): Promise<void> {
  const bin = refId(alert.bin)!
  const open = await req.payload.find({
    collection: 'work-orders',
    where: { and: [{ bin: { equals: bin } }, { kind: { equals: alert.kind } }, { status: { not_equals: 'closed' } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const order = open.docs[0]
  if (order && (order.alerts ?? []).some((a) => String(refId(a)) === String(alert.id))) return
  if (order) {
    await noteOnOrder(req, order, `同一设备再次告警，并入本工单：${alert.title ?? ''}`, {
      alerts: [...(order.alerts ?? []).map((a) => refId(a) as number), alert.id],
      alertCount: (order.alertCount ?? 0) + 1,
    })
    return
  }
  await asPlatform(req, () =>
    req.payload.create({
      collection: 'work-orders',
      data: {
        source: 'alert',
        kind: alert.kind,
        bin: bin as number,
        alerts: [alert.id],
        alertCount: alert.count ?? 1,
        description: alert.detail || alert.title || '',
        status: 'open',
      },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
}

/** The open order an alert belongs to, if any. */
export const openOrderOf = (req: PayloadRequest, alert: number | string) =>
  req.payload
    .find({
      collection: 'work-orders',
      where: { and: [{ alerts: { in: [alert] } }, { status: { not_equals: 'closed' } }] },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    .then((r) => r.docs[0])

/** An alert closed (by a person, or by the device reporting it cleared): noted on its open order. */
export async function noteAlertClosed(req: PayloadRequest, alert: Alert): Promise<void> {
  const order = await openOrderOf(req, alert.id)
  if (!order) return
  // A flapping device closes the same alert again and again: one line per ten minutes says so.
  const last = order.log?.at(-1)
  if (last?.text?.startsWith('告警已关闭') && Date.now() - new Date(last.at ?? 0).getTime() < 10 * 60_000) return
  await noteOnOrder(
    req,
    order,
    `告警已关闭（${formatShanghai(alert.closedAt ?? new Date())}）：${alert.resolution ?? ''}`,
  )
}

/** Who hears of an order at a level: its assignee (or every operator when nobody has it); from 2 every operator; at 3 the admins too. */
export function audienceAt(level: number, assignee: number | string | null): Where {
  if (level >= 3) return { role: { in: ['operator', 'admin'] } }
  if (level === 2 || assignee === null) return { role: { equals: 'operator' } }
  return { id: { equals: assignee } }
}

/** Tells the order's audience at its level (`level`: a higher one, e.g. the district when it is overdue). */
export async function tellAboutOrder(req: PayloadRequest, order: WorkOrder, why: string, level = order.level ?? 1) {
  await notify(req, audienceAt(level, refId(order.assignee)), {
    title: `工单 ${order.reference}：${why}`,
    body: `${order.title}\n级别：${LEVELS[(order.level ?? 1) as 1 | 2 | 3].zh}；本级时限 ${formatShanghai(order.levelDeadline!)}；总时限 ${formatShanghai(order.deadline!)}。`,
    link: `/admin/collections/work-orders/${order.id}`,
  })
}

/**
 * The clock: escalates orders whose level ran out, reminds the unacknowledged, tells once when the overall
 * deadline passes. Safe to run twice (a second run finds nothing due) and late (a late run catches up).
 */
export async function runWorkOrderClock(payload: Payload, now = new Date()) {
  const tally = { escalated: 0, reminded: 0, overdue: 0 }
  const open = await payload.find({
    collection: 'work-orders',
    where: { status: { not_equals: 'closed' } },
    select: {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const settings = await inTransaction(payload, (req) => operationsSettings(req))
  for (const { id } of open.docs) {
    await inTransaction(payload, async (req) => {
      // Read again in the transaction: a person may have closed it meanwhile, the bridge added to its log.
      const order = await payload.findByID({ collection: 'work-orders', id, depth: 0, req, overrideAccess: true })
      if (order.status === 'closed') return
      const due = dueActions(
        order as Parameters<typeof dueActions>[0],
        slaFor(order.kind, settings.sla),
        now,
        settings.reminderMinutes,
      )
      if (!due.escalate && !due.remind && !due.overdue) return
      const lines: string[] = []
      const data: Partial<WorkOrder> = {}
      if (due.escalate) {
        Object.assign(data, { level: due.escalate.level, levelDeadline: due.escalate.levelDeadline })
        lines.push(`超过本级时限，升级为${LEVELS[due.escalate.level].zh}`)
        tally.escalated++
      }
      if (due.overdue) {
        data.overdue = true
        lines.push('已超过总时限')
        tally.overdue++
      }
      if (due.remind) {
        data.remindedAt = now.toISOString()
        data.reminders = (order.reminders ?? 0) + 1
        tally.reminded++
      }
      const updated = { ...order, ...data } as WorkOrder
      if (lines.length) await noteOnOrder(req, order, lines.join('；'), data)
      else
        await asPlatform(req, () =>
          payload.update({ collection: 'work-orders', id: order.id, data, req, overrideAccess: true, depth: 0 }),
        )
      // An escalation or the overall deadline: told once to that level's people (the deadline: the district).
      if (lines.length) await tellAboutOrder(req, updated, lines.join('；'), due.overdue ? 3 : (updated.level ?? 1))
      // A reminder: to whoever should acknowledge it (its assignee; nobody's: the operators), not to everyone above.
      if (due.remind) await tellAboutOrder(req, updated, `请尽快接单（第 ${data.reminders} 次提醒）`, 1)
    })
  }
  return tally
}
