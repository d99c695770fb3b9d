/**
 * Fill forecasts (pure). From a compartment's fill reports: how fast it fills on each weekday (percentage points
 * per hour; a fall is an emptying, not a negative rate), when it will be full, and whether it fills while its card
 * drop-offs stay flat — waste put in without a card.
 */
import { t } from '../../shared/i18n/labels'
import { shanghaiDay } from '../../shared/time'

export type Reading = { at: string; percent: number }

const HOUR = 3600_000
/** Pairs of reports further apart than this say nothing about a rate (the bin was off, or idle). */
const MAX_GAP_HOURS = 24

/** Shanghai weekday, 0 = Sunday. */
export const shanghaiWeekday = (at: Date | string) => new Date(new Date(at).getTime() + 8 * HOUR).getUTCDay()

/** Fill rate per Shanghai weekday (points per hour; null: no data that day), and over all days. */
export function weekdayRates(readings: Reading[]): { byWeekday: Array<number | null>; overall: number | null } {
  const rise = Array<number>(7).fill(0)
  const hours = Array<number>(7).fill(0)
  const sorted = [...readings].sort((a, b) => a.at.localeCompare(b.at))
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!
    const b = sorted[i]!
    const h = (new Date(b.at).getTime() - new Date(a.at).getTime()) / HOUR
    // A fall is an emptying; time spent full says nothing of how fast it fills.
    if (h <= 0 || h > MAX_GAP_HOURS || b.percent < a.percent || a.percent >= 100) continue
    const day = shanghaiWeekday(a.at)
    rise[day]! += b.percent - a.percent
    hours[day]! += h
  }
  const totalHours = hours.reduce((x, y) => x + y, 0)
  return {
    byWeekday: rise.map((r, d) => (hours[d]! > 0 ? r / hours[d]! : null)),
    overall: totalHours > 0 ? rise.reduce((x, y) => x + y, 0) / totalHours : null,
  }
}

export const FULL_WHEN = {
  today: t('今天', 'Today'),
  tomorrow: t('明天', 'Tomorrow'),
  'in-two-days': t('后天', 'In two days'),
  later: t('三天后', 'Later'),
  unknown: t('数据不足', 'Not enough data'),
}
export type FullWhen = keyof typeof FULL_WHEN

/** When a compartment at `percent` now will be full, stepping hour by hour with each weekday's rate (up to a week). */
export function forecastFull(
  percent: number,
  rates: { byWeekday: Array<number | null>; overall: number | null },
  now: Date,
): { fullAt: string | null; when: FullWhen } {
  if (percent >= 100) return { fullAt: now.toISOString(), when: 'today' }
  if (rates.overall === null || rates.overall <= 0) return { fullAt: null, when: 'unknown' }
  let level = percent
  for (let h = 0; h < 24 * 7; h++) {
    const at = new Date(now.getTime() + h * HOUR)
    const rate = rates.byWeekday[shanghaiWeekday(at)] ?? rates.overall
    if (level + rate >= 100) {
      const fullAt = new Date(at.getTime() + ((100 - level) / rate) * HOUR)
      return { fullAt: fullAt.toISOString(), when: dayOffset(now, fullAt) }
    }
    level += rate
  }
  return { fullAt: null, when: 'later' }
}

function dayOffset(now: Date, at: Date): FullWhen {
  const days = Math.round(
    (new Date(`${shanghaiDay(at)}T00:00:00Z`).getTime() - new Date(`${shanghaiDay(now)}T00:00:00Z`).getTime()) /
      (24 * HOUR),
  )
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : days === 2 ? 'in-two-days' : 'later'
}

/** Rise (points) over a window: the sum of increases between consecutive reports inside it. */
export function riseIn(readings: Reading[], from: Date, to: Date): number {
  const inside = readings
    .filter((r) => {
      const at = new Date(r.at).getTime()
      return at >= from.getTime() && at <= to.getTime()
    })
    .sort((a, b) => a.at.localeCompare(b.at))
  let rise = 0
  for (let i = 1; i < inside.length; i++) rise += Math.max(0, inside[i]!.percent - inside[i - 1]!.percent)
  return rise
}

/** A rise this large in a day is worth looking at. */
export const CARDLESS_MIN_RISE = 20

/**
 * Filling without cards: over the last day the compartment rose by `rise` points while `drops` card drops went
 * in; over the days before, `baselineRise` points came with `baselineDrops` drops. Flagged when the rise is at
 * least CARDLESS_MIN_RISE and more than twice what the drops would explain (or there were none at all).
 */
export function cardlessDumping(o: {
  rise: number
  drops: number
  baselineRise: number
  baselineDrops: number
}): string | null {
  if (o.rise < CARDLESS_MIN_RISE) return null
  if (o.drops === 0) return `24 小时内满溢度上升 ${o.rise} 个百分点，但没有刷卡投放`
  if (o.baselineDrops === 0 || o.baselineRise === 0) return null
  const perDrop = o.baselineRise / o.baselineDrops
  const explained = o.drops * perDrop
  if (o.rise <= 2 * explained + 5) return null
  return `24 小时内满溢度上升 ${o.rise} 个百分点，刷卡投放 ${o.drops} 次只能解释约 ${Math.round(explained)} 个百分点`
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']
/** "一 2.1 · 二 1.8 · …" in points per hour, as a person reads the weekly pattern. */
export const describeRates = (byWeekday: Array<number | null>) =>
  [1, 2, 3, 4, 5, 6, 0]
    .map((d) => `${WEEKDAYS[d]} ${byWeekday[d] === null ? '—' : byWeekday[d]!.toFixed(1)}`)
    .join(' · ')
