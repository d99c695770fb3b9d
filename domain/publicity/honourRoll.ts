/**
 * 光荣榜 / 流动红旗 (pure): government offices ranked each month by participation — the share of their
 * active cards that dropped at least once in the month — then by accuracy — the share of the month's
 * sorting checks found correct. An office without checks ranks after those with the same participation.
 */
import { perMille } from '../shared/rates'

export type OfficeMonth = {
  site: number | string
  name: string
  cards: number
  activeCards: number
  checks: number
  correct: number
}

export type RollRow = OfficeMonth & {
  rank: number
  /** Per mille (‰), whole: 875 is 87.5 %. */
  participation: number
  accuracy: number | null
}

export function rankOffices(offices: OfficeMonth[]): RollRow[] {
  const rows = offices
    .filter((o) => o.cards > 0)
    .map((o) => ({
      ...o,
      participation: perMille(o.activeCards, o.cards),
      accuracy: o.checks > 0 ? perMille(o.correct, o.checks) : null,
      rank: 0,
    }))
    .sort(
      (a, b) =>
        b.participation - a.participation ||
        (b.accuracy ?? -1) - (a.accuracy ?? -1) ||
        a.name.localeCompare(b.name, 'zh'),
    )
  rows.forEach((r, i) => (r.rank = i + 1))
  return rows
}

/** The month after a `yyyy-MM` month. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** The month before a `yyyy-MM` month. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}
