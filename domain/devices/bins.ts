/** Smart bins, their alarms and faults (pure). */
import { t, type Label } from '../../shared/i18n/labels'
import { formatShanghai } from '../../shared/time'

export const BIN_KINDS = {
  'recyclables-4': t('四分类可回收箱', 'Four-category recyclables box'),
  hazardous: t('有害垃圾箱', 'Hazardous-waste box'),
  'two-category': t('两分类箱', 'Two-category box'),
  'gift-machine': t('礼品兑换机', 'Gift-redemption machine'),
  'pickup-scale': t('上门回收联网秤', 'Pickup scale'),
}
export type BinKind = keyof typeof BIN_KINDS

export const BIN_STATUSES = {
  online: t('在线', 'Online'),
  offline: t('离线', 'Offline'),
  full: t('满箱', 'Full'),
  fault: t('故障', 'Fault'),
  disabled: t('停用', 'Disabled'),
}

export const ALARM_KINDS = ['smoke', 'gas', 'tilt', 'water', 'panic'] as const
export const FAULT_KINDS = ['reader', 'door', 'motor', 'scale'] as const

const alarmLabels: Record<(typeof ALARM_KINDS)[number], Label> = {
  smoke: t('烟雾 / 火警', 'Smoke / fire'),
  gas: t('可燃气体', 'Gas'),
  tilt: t('倾倒', 'Tilt'),
  water: t('进水', 'Water'),
  panic: t('紧急求助', 'Panic'),
}
const faultLabels: Record<(typeof FAULT_KINDS)[number], Label> = {
  reader: t('读卡器故障', 'Reader fault'),
  door: t('投口故障', 'Door fault'),
  motor: t('电机故障', 'Motor fault'),
  scale: t('称重故障', 'Scale fault'),
}

/** An alert's kind: an alarm kind as the device sends it, or `fault-<kind>`. */
export const alertKind = (type: 'alarm' | 'fault', kind: string) => (type === 'alarm' ? kind : `fault-${kind}`)

export const ALERT_KINDS = [
  ...ALARM_KINDS.map((kind) => ({ value: alertKind('alarm', kind), label: alarmLabels[kind] })),
  ...FAULT_KINDS.map((kind) => ({ value: alertKind('fault', kind), label: faultLabels[kind] })),
  // Raised by the platform itself: a compartment at 100 %, a bin silent past the offline limit.
  { value: 'full', label: t('满箱', 'Full') },
  { value: 'offline', label: t('离线', 'Offline') },
]

export const ALERT_SEVERITIES = {
  critical: t('紧急', 'Critical'),
  major: t('重要', 'Major'),
  minor: t('一般', 'Minor'),
}

/** How serious an alarm kind is; faults are minor. */
export const ALARM_SEVERITY: Record<string, keyof typeof ALERT_SEVERITIES> = {
  smoke: 'critical',
  gas: 'critical',
  panic: 'critical',
  water: 'major',
  tilt: 'major',
}

/** How serious an alert of a kind is: alarms by the table above; a full compartment major; faults and offline minor. */
export function alertSeverity(kind: string): keyof typeof ALERT_SEVERITIES {
  return ALARM_SEVERITY[kind] ?? (kind === 'full' ? 'major' : 'minor')
}

export const ALERT_STATUSES = {
  open: t('未处理', 'Open'),
  acknowledged: t('已确认', 'Acknowledged'),
  closed: t('已关闭', 'Closed'),
}

/** A compartment this full needs emptying soon. */
export const NEARLY_FULL_PERCENT = 80

/** Why a bin needs attention (empty: it does not): offline or faulty, nearly full, open alerts. */
export function attentionOf(bin: {
  status?: string | null
  compartments?: Array<{ number: number; fillPercent?: number | null }> | null
  openAlerts?: number | null
}): string[] {
  const reasons: string[] = []
  if (bin.status === 'offline') reasons.push('离线')
  if (bin.status === 'fault') reasons.push('故障')
  const fullest = Math.max(0, ...(bin.compartments ?? []).map((c) => c.fillPercent ?? 0))
  if (fullest >= NEARLY_FULL_PERCENT) reasons.push(`满溢 ${fullest}%`)
  if ((bin.openAlerts ?? 0) > 0) reasons.push(`告警 ${bin.openAlerts}`)
  return reasons
}

/** An alert as a person reads it: "CXN-BIN-01 · 烟雾 / 火警 · 2026-11-29 10:05". */
export function alertTitle(a: { deviceId: string; kind: string; openedAt: string }): string {
  const kind = ALERT_KINDS.find((k) => k.value === a.kind)?.label.zh ?? a.kind
  return `${a.deviceId} · ${kind} · ${formatShanghai(a.openedAt)}`
}
