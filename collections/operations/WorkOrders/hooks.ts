/**
 * Hooks of `work-orders`: opening (source, times, deadlines and the assignee are the server's), the steps
 * open → acknowledged → closed (closing needs a result; who and when are stamped), and what follows — the
 * assignee told, and a closed order's alerts closed with its result.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import {
  openingDeadlines,
  slaFor,
  WORK_ORDER_KINDS,
  WORK_ORDER_STATUSES,
  workOrderStepAllowed,
  type WorkOrderStatus,
} from '../../../domain/operations/workOrders'
import { code } from '../../../domain/publicity/bookings'
import { secureRandom } from '../../../domain/shared/random'
import { shanghaiDay } from '../../../shared/time'
import { labelIn } from '../../../shared/i18n/labels'
import type { WorkOrder } from '../../../payload-types'
import { asPlatform, isPlatformWrite } from '../../../shared/platform'
import { assigneeOnDuty, operationsSettings, tellAboutOrder } from './open'
import { badRequest } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'

const kindName = (kind: string) => WORK_ORDER_KINDS.find((k) => k.value === kind)?.label.zh ?? kind
const statusName = (req: PayloadRequest, s: string) => labelIn(req, WORK_ORDER_STATUSES[s as WorkOrderStatus], s)

export const openWorkOrder: CollectionBeforeChangeHook<WorkOrder> = async ({ data, operation, originalDoc, req }) => {
  const binId = refId('bin' in data ? data.bin : originalDoc?.bin)
  const bin = binId === null ? null : await findRef(req, 'bins', binId)
  if (binId !== null && !bin) throw badRequest(req, 'UNKNOWN_BIN', { id: binId })
  if (bin) data.site = refId(bin.site) as number
  const site = await findRef(req, 'sites', data.site ?? originalDoc?.site)
  const kind = data.kind ?? originalDoc?.kind ?? 'other'
  const title = (reference?: string | null) =>
    [reference, kindName(kind), bin?.deviceId ?? site?.name].filter(Boolean).join(' · ')
  if (operation !== 'create') {
    data.title = title(data.reference ?? originalDoc?.reference)
    return data
  }

  const status = data.status ?? 'open'
  if (status !== 'open') throw badRequest(req, 'WORK_ORDER_STEP', { from: '—', to: statusName(req, status) })
  if (!isPlatformWrite(req)) {
    // A person opens an order by hand; alerts and inspections open theirs through the platform.
    data.source = 'manual'
    data.openedBy = currentUser(req)!.id as number
    if (binId === null && !data.site) throw badRequest(req, 'WORK_ORDER_PLACE')
  }
  const now = new Date()
  const settings = await operationsSettings(req)
  Object.assign(data, {
    status: 'open',
    level: 1,
    overdue: false,
    openedAt: now.toISOString(),
    ...openingDeadlines(now, slaFor(kind, settings.sla)),
    // The Shanghai day it was opened, and six characters no one misreads.
    reference: `GD${shanghaiDay(now).slice(2).replace(/-/g, '')}${code(6, secureRandom)}`,
    assignee: refId(data.assignee) ?? (await assigneeOnDuty(req, now)) ?? null,
  })
  data.title = title(data.reference)
  return data
}

export const stepWorkOrder: CollectionBeforeChangeHook<WorkOrder> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  const from = originalDoc!.status
  const to = data.status ?? from
  if (from === 'closed' && !isPlatformWrite(req)) throw badRequest(req, 'WORK_ORDER_CLOSED')
  if (!workOrderStepAllowed(from, to))
    throw badRequest(req, 'WORK_ORDER_STEP', { from: statusName(req, from), to: statusName(req, to) })
  if (to === from) return data
  const user = (currentUser(req)?.id as number | undefined) ?? null
  const now = new Date().toISOString()
  if (to === 'acknowledged') Object.assign(data, { acknowledgedAt: now, acknowledgedBy: user })
  if (to === 'closed') {
    const result = String(data.result ?? originalDoc!.result ?? '').trim()
    if (!result) throw badRequest(req, 'WORK_ORDER_RESULT_REQUIRED')
    Object.assign(data, { result, closedAt: now, closedBy: user })
    if (!originalDoc!.acknowledgedAt) Object.assign(data, { acknowledgedAt: now, acknowledgedBy: user })
  }
  return data
}

export const afterWorkOrder: CollectionAfterChangeHook<WorkOrder> = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'create') {
    await tellAboutOrder(req, doc, '新工单')
    return doc
  }
  const assignee = refId(doc.assignee)
  if (assignee !== null && String(assignee) !== String(refId(previousDoc?.assignee)))
    await tellAboutOrder(req, doc, '已派给您')
  if (doc.status === 'closed' && previousDoc?.status !== 'closed') {
    const alerts = (doc.alerts ?? []).map((a) => refId(a)!)
    if (alerts.length)
      await asPlatform(req, () =>
        req.payload.update({
          collection: 'alerts',
          where: { and: [{ id: { in: alerts } }, { status: { not_equals: 'closed' } }] },
          data: { status: 'closed', resolution: `工单 ${doc.reference} 办结：${doc.result}` },
          req,
          overrideAccess: true,
          depth: 0,
        }),
      )
  }
  return doc
}
