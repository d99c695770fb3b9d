/**
 * Collection runs (pure): kitchen waste on green trucks, other waste on yellow, twice a day. A site's
 * schedule names the shifts it expects; a shift not run by its deadline (Shanghai time) is a missed run.
 */
import { t } from '../../shared/i18n/labels'

export const SHIFTS = { morning: t('早班', 'Morning'), evening: t('晚班', 'Evening') }
export type Shift = keyof typeof SHIFTS

export const TRUCKS = {
  kitchen: t('厨余垃圾车（绿色）', 'Kitchen waste (green truck)'),
  other: t('其他垃圾车（黄色）', 'Other waste (yellow truck)'),
}

/** By when (Shanghai hour) a shift's run should have been recorded. */
export const SHIFT_DEADLINE_HOUR: Record<Shift, number> = { morning: 12, evening: 22 }

/** The shifts of a Shanghai day whose deadline has passed at `now`. */
export function shiftsDue(day: string, now: Date): Shift[] {
  return (Object.keys(SHIFT_DEADLINE_HOUR) as Shift[]).filter(
    (s) => new Date(`${day}T${String(SHIFT_DEADLINE_HOUR[s]).padStart(2, '0')}:00:00+08:00`).getTime() <= now.getTime(),
  )
}

/** Sites expecting a shift that no run of that day and shift served. */
export function missedRuns(
  sites: Array<{ id: number | string; expectedShifts?: string[] | null }>,
  runs: Array<{ shift: string; sites: Array<number | string> }>,
  shifts: Shift[],
): Array<{ site: number | string; shift: Shift }> {
  const served = new Set(runs.flatMap((r) => r.sites.map((s) => `${r.shift}:${s}`)))
  return shifts.flatMap((shift) =>
    sites
      .filter((s) => s.expectedShifts?.includes(shift) && !served.has(`${shift}:${s.id}`))
      .map((s) => ({ site: s.id, shift })),
  )
}
