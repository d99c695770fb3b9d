/** Every five minutes: work orders whose level ran out escalate, unacknowledged ones are reminded, overdue ones told once. */
import type { Payload } from 'payload'

import { runWorkOrderClock } from '../../collections/operations/WorkOrders/open'

export async function driveWorkOrders(payload: Payload, now = new Date()): Promise<string> {
  const r = await runWorkOrderClock(payload, now)
  return r.escalated + r.reminded + r.overdue
    ? `工单：升级 ${r.escalated}，提醒 ${r.reminded}，超总时限 ${r.overdue}`
    : ''
}
