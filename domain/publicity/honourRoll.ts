/**
 * 光荣榜 / 流动红旗 (pure): government offices ranked each month by participation — the share of their
 * active cards that dropped at least once in the month — then by accuracy — the share of the month's
 * sorting checks found correct. An office without checks ranks after those with the same participation.
 */
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

const perMille = (n: number, d: number) => (d > 0 ? Math.round((n * 1000) / d) : 0)

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

export const percent = (perMilleValue: number | null) =>
  perMilleValue === null ? '—' : `${(perMilleValue / 10).toFixed(1)}%`

/** The month before a `yyyy-MM` month. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}
