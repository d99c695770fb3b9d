/** Assessment periods (pure): a quarter "2026-Q3" or a month "2026-11", their days and how people say them. */
export type PeriodKind = 'quarter' | 'month'

const QUARTER = /^(\d{4})-Q([1-4])$/
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isPeriod(kind: PeriodKind, period: string): boolean {
  return (kind === 'quarter' ? QUARTER : MONTH).test(period)
}

/** The first and last day (yyyy-MM-dd) of a period. */
export function periodDays(period: string): { from: string; to: string } {
  const q = period.match(QUARTER)
  const m = period.match(MONTH)
  if (!q && !m) throw new Error(`Not a period: ${period}`)
  const year = Number((q ?? m)![1])
  const firstMonth = q ? (Number(q[2]) - 1) * 3 + 1 : Number(m![2])
  const lastMonth = q ? firstMonth + 2 : firstMonth
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` }
}

/** "2026年第3季度", "2026年11月". */
export function periodLabel(period: string): string {
  const q = period.match(QUARTER)
  if (q) return `${q[1]}年第${q[2]}季度`
  const m = period.match(MONTH)
  return m ? `${m[1]}年${Number(m[2])}月` : period
}
