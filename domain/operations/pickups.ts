/** Door-to-door pickups (pure): their way, the cancellation cut-off, and a weight far from the household's usual. */
import { t } from '../../shared/i18n/labels'

export const PICKUP_STATUSES = {
  booked: t('已预约', 'Booked'),
  assigned: t('已派单', 'Assigned'),
  done: t('已完成', 'Done'),
  cancelled: t('已取消', 'Cancelled'),
  'no-show': t('未遇（无人在家）', 'No-show'),
}
export type PickupStatus = keyof typeof PICKUP_STATUSES

export const PICKUP_VIA = { phone: t('电话预约', 'By phone'), online: t('网上预约', 'Online') }

const STEPS: Record<PickupStatus, PickupStatus[]> = {
  booked: ['assigned', 'cancelled'],
  assigned: ['done', 'cancelled', 'no-show'],
  done: [],
  cancelled: [],
  'no-show': [],
}
export const pickupStepAllowed = (from: PickupStatus, to: PickupStatus) => from === to || STEPS[from].includes(to)

/** Hours before the slot starts after which a booking is no longer cancelled (the collector is on the way). */
export const CANCEL_CUTOFF_HOURS = 2
export const cancellable = (slotStartsAt: string, now: Date) =>
  new Date(slotStartsAt).getTime() - now.getTime() > CANCEL_CUTOFF_HOURS * 3_600_000

/**
 * The most one pickup may weigh, all categories together (grams). A household's clear-out is a few dozen kilos; 400 kg
 * typed in was 145 points from nothing. Beyond it, the collector books a second pickup or the district enters it.
 */
export const MAX_PICKUP_GRAMS = 100_000

/** Why a person may not mark a pickup done now, or null (pure: hooks call it). */
export function completionRefusal(o: {
  now: Date
  slotStartsAt: string
  /** The person marking it done, and the pickup's collector. */
  by: number | string
  collector: number | string | null
  byAdmin: boolean
  totalGrams: number
  reason: string | null | undefined
  /** Readings the connected scale sent (through the bridge): no reason needed. */
  fromScale?: boolean
}): 'PICKUP_BEFORE_SLOT' | 'PICKUP_NOT_COLLECTOR' | 'PICKUP_TOO_HEAVY' | 'PICKUP_REASON_REQUIRED' | null {
  if (o.now.getTime() < new Date(o.slotStartsAt).getTime()) return 'PICKUP_BEFORE_SLOT'
  if (!o.byAdmin && String(o.by) !== String(o.collector ?? '')) return 'PICKUP_NOT_COLLECTOR'
  if (o.totalGrams > MAX_PICKUP_GRAMS) return 'PICKUP_TOO_HEAVY'
  if (!o.fromScale && !o.reason?.trim()) return 'PICKUP_REASON_REQUIRED'
  return null
}

/** Places a slot's bookings take (households). */
export const HOLDS_SLOT: PickupStatus[] = ['booked', 'assigned', 'done']

/**
 * A total far from the household's usual pickups (more than three times, or under a third, of the median of
 * at least two earlier ones) is flagged for review — never refused: households do clear out their attics.
 */
export function unusualWeight(total: number, earlier: number[]): string | null {
  if (earlier.length < 2) return null
  const sorted = [...earlier].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  if (total > median * 3)
    return `本次 ${total / 1000} kg，是该户以往中位数 ${median / 1000} kg 的 ${(total / median).toFixed(1)} 倍`
  if (total * 3 < median) return `本次 ${total / 1000} kg，不到该户以往中位数 ${median / 1000} kg 的三分之一`
  return null
}
