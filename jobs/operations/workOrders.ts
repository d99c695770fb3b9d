/** Every five minutes: work orders whose level ran out escalate, unacknowledged ones are reminded, overdue ones told once. */
import type { Payload } from 'payload'

import { runWorkOrderClock } from '../../collections/operations/WorkOrders/open'
import { scheduledJob } from '../scheduled'

export async function driveWorkOrders(payload: Payload, now = new Date()): Promise<string> {
  const r = await runWorkOrderClock(payload, now)
  return r.escalated + r.reminded + r.overdue
    ? `工单：升级 ${r.escalated}，提醒 ${r.reminded}，超总时限 ${r.overdue}`
    : ''
}

/** Every five minutes: escalations when a level's time runs out, reminders until acknowledged, the overall deadline. */
export const workOrdersJob = scheduledJob({
  slug: 'work-orders',
  label: '工单升级与提醒',
  cron: '*/5 * * * *',
  quiet: true,
  work: (payload) => driveWorkOrders(payload),
})
