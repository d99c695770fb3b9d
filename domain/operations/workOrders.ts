/**
 * Work orders (工单) and the inspectors' shifts (pure). An order has three levels; each level has its own time
 * (the SLA of its kind), and when a level's time runs out the order escalates to the next — told to more senior
 * people — while the overall deadline, fixed when the order was opened, keeps running across escalations. An
 * order not yet acknowledged is reminded at intervals. It moves open → acknowledged → closed (or open →
 * closed), and closes only with a result.
 */
import { ALERT_KINDS, ALERT_SEVERITIES, alertSeverity } from '../devices/bins'
import { t, type Label } from '../../shared/i18n/labels'

export const WORK_ORDER_STATUSES = {
  open: t('待接单', 'Open'),
  acknowledged: t('处理中', 'Acknowledged'),
  closed: t('已办结', 'Closed'),
}
export type WorkOrderStatus = keyof typeof WORK_ORDER_STATUSES

export const WORK_ORDER_SOURCES = {
  alert: t('设备告警', 'Alert'),
  inspection: t('巡检发现', 'Inspection'),
  manual: t('人工派单', 'By hand'),
}

/** An order's kind: an alert's kind, or what an inspection or a person found. */
export const WORK_ORDER_KINDS = [
  ...ALERT_KINDS,
  { value: 'inspection', label: t('巡检问题', 'Inspection finding') },
  { value: 'other', label: t('其他', 'Other') },
]

/** Who is told at each level: 1 the assignee (or every operator), 2 every operator, 3 the admins too. */
export const LEVELS: Record<1 | 2 | 3, Label> = {
  1: t('一级（责任人）', 'Level 1 (assignee)'),
  2: t('二级（运营单位）', 'Level 2 (operator)'),
  3: t('三级（区城管局）', 'Level 3 (district)'),
}

export type Sla = { levelMinutes: [number, number, number]; overallMinutes: number }

/** The district's defaults, by how serious the kind is (minutes per level; overall). Settings override per kind. */
export const DEFAULT_SLA: Record<keyof typeof ALERT_SEVERITIES, Sla> = {
  critical: { levelMinutes: [60, 60, 120], overallMinutes: 4 * 60 },
  major: { levelMinutes: [60, 240, 720], overallMinutes: 24 * 60 },
  minor: { levelMinutes: [240, 720, 1440], overallMinutes: 48 * 60 },
}
export const DEFAULT_REMINDER_MINUTES = 30

export type SlaRow = {
  kind: string
  level1Minutes: number
  level2Minutes: number
  level3Minutes: number
  overallHours: number
}

/** The SLA of a kind: the settings' row for it, else the default of its severity. */
export function slaFor(kind: string, rows: SlaRow[] | null | undefined): Sla {
  const row = rows?.find((r) => r.kind === kind)
  // An order's kind is an alert's kind, or an inspection's or a person's (minor).
  if (!row) return DEFAULT_SLA[alertSeverity(kind)]
  return {
    levelMinutes: [row.level1Minutes, row.level2Minutes, row.level3Minutes],
    overallMinutes: row.overallHours * 60,
  }
}

const plus = (at: Date | string, minutes: number) => new Date(new Date(at).getTime() + minutes * 60_000).toISOString()

/** A new order's level 1 deadline and overall deadline. */
export function openingDeadlines(openedAt: Date | string, sla: Sla): { levelDeadline: string; deadline: string } {
  return { levelDeadline: plus(openedAt, sla.levelMinutes[0]), deadline: plus(openedAt, sla.overallMinutes) }
}

export type OrderClock = {
  status: string
  level: number
  levelDeadline: string
  deadline: string
  overdue?: boolean | null
  openedAt: string
  remindedAt?: string | null
}

export type DueActions = {
  /** The level it should now be at, and that level's deadline (absent: no escalation due). */
  escalate?: { level: 1 | 2 | 3; levelDeadline: string }
  /** An unacknowledged order whose reminder is due. */
  remind: boolean
  /** The overall deadline has just been found passed (told once). */
  overdue: boolean
}

/**
 * What the clock asks of an order at `now`. Late runs catch up: an order two levels behind goes straight to the
 * level it should be at, each level's time counted from the previous level's deadline, not from the run.
 */
export function dueActions(order: OrderClock, sla: Sla, now: Date, reminderMinutes: number): DueActions {
  const none: DueActions = { remind: false, overdue: false }
  if (order.status === 'closed') return none
  let level = order.level as 1 | 2 | 3
  let levelDeadline = order.levelDeadline
  while (level < 3 && new Date(levelDeadline).getTime() <= now.getTime()) {
    level = (level + 1) as 2 | 3
    levelDeadline = plus(levelDeadline, sla.levelMinutes[level - 1]!)
  }
  const since = order.remindedAt ?? order.openedAt
  return {
    escalate: level !== order.level ? { level, levelDeadline } : undefined,
    remind: order.status === 'open' && now.getTime() - new Date(since).getTime() >= reminderMinutes * 60_000,
    overdue: !order.overdue && new Date(order.deadline).getTime() <= now.getTime(),
  }
}

const STEPS: Record<WorkOrderStatus, WorkOrderStatus[]> = {
  open: ['open', 'acknowledged', 'closed'],
  acknowledged: ['acknowledged', 'closed'],
  closed: ['closed'],
}
export const workOrderStepAllowed = (from: string, to: string) =>
  (STEPS[from as WorkOrderStatus] ?? []).includes(to as WorkOrderStatus)

/** Inspectors' shifts: day 08:00–20:00 Shanghai; the night shift starts at 20:00 and belongs to the day it starts. */
export const INSPECTOR_SHIFTS = {
  day: t('白班 08:00–20:00', 'Day 08:00–20:00'),
  night: t('夜班 20:00–次日08:00', 'Night 20:00–08:00'),
}
export type InspectorShift = keyof typeof INSPECTOR_SHIFTS

/** The shift on duty at `now`: its Shanghai day and which shift. */
export function shiftAt(now: Date): { day: string; shift: InspectorShift } {
  const shanghai = new Date(now.getTime() + 8 * 3600_000)
  const hour = shanghai.getUTCHours()
  if (hour >= 8 && hour < 20) return { day: shanghai.toISOString().slice(0, 10), shift: 'day' }
  const start = hour >= 20 ? shanghai : new Date(shanghai.getTime() - 24 * 3600_000)
  return { day: start.toISOString().slice(0, 10), shift: 'night' }
}

/** Of the inspectors on duty, the one with the fewest open orders (ties: the first listed). */
export function pickAssignee(
  onDuty: Array<number | string>,
  openOrders: Map<string, number>,
): number | string | undefined {
  let best: number | string | undefined
  for (const id of onDuty)
    if (best === undefined || (openOrders.get(String(id)) ?? 0) < (openOrders.get(String(best)) ?? 0)) best = id
  return best
}

export const BIN_LOG_KINDS = { cleaning: t('清洁', 'Cleaning'), inspection: t('巡检', 'Inspection') }
export const BIN_LOG_OUTCOMES = {
  ok: t('正常', 'OK'),
  problem: t('发现问题（自动派单）', 'Problem (opens a work order)'),
}
