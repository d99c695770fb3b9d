/**
 * The work report's periods (pure): cumulative figures run from the start each sentence names; rates run over the
 * period the admin picks — the month, the quarter, the year to date or since the launch — and the sentence says it
 * (“1—11月参与率…”).
 */
import { t } from '../../shared/i18n/labels'

export const REPORT_PERIODS = {
  month: t('本月', 'Month to date'),
  quarter: t('本季度', 'Quarter to date'),
  ytd: t('本年（1月至今）', 'Year to date'),
  launch: t('试点启动以来', 'Since the launch'),
}
export type ReportPeriod = keyof typeof REPORT_PERIODS

export const REPORT_SECTIONS = {
  all: t('城区与农村（全文）', 'Urban and countryside (the whole report)'),
  urban: t('仅城区', 'Urban only'),
  countryside: t('仅农村', 'Countryside only'),
}
export type ReportSections = keyof typeof REPORT_SECTIONS

const month = (d: string) => Number(d.slice(5, 7))
const dayOf = (d: string) => Number(d.slice(8, 10))

/** The first day of the rate period ending on `date` (never before `launch`). */
export function periodStart(period: ReportPeriod, date: string, launch: string): string {
  const y = date.slice(0, 4)
  const start =
    period === 'month'
      ? `${date.slice(0, 7)}-01`
      : period === 'quarter'
        ? `${y}-${String(Math.floor((month(date) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`
        : period === 'ytd'
          ? `${y}-01-01`
          : launch
  return start < launch ? launch : start
}

/** 2026-03-01 → 2026年3月1日 */
export const chineseDay = (d: string) => `${d.slice(0, 4)}年${month(d)}月${dayOf(d)}日`

/** The period as the sentence says it: “11月”, “10—11月”, “1—11月”, “2021年1月以来”; days when it is not whole months. */
export function periodWords(from: string, to: string): string {
  const wholeStart = dayOf(from) === 1
  if (from.slice(0, 4) !== to.slice(0, 4) || !wholeStart)
    return `${chineseDay(from)}至${from.slice(0, 4) === to.slice(0, 4) ? `${month(to)}月${dayOf(to)}日` : chineseDay(to)}`
  const m1 = month(from)
  const m2 = month(to)
  return m1 === m2 ? `${m2}月` : `${m1}—${m2}月`
}

/** A month as the district's documents write it: 元月 for January. */
export const monthWords = (d: string) => (month(d) === 1 ? '元月' : `${month(d)}月`)

const DIGITS = '零一二三四五六七八九'
/** 1–99 in Chinese numerals (三镇, 十二个村). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n)
  if (n < 10) return DIGITS[n]!
  const tens = Math.floor(n / 10)
  return `${tens > 1 ? DIGITS[tens] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`
}

/** A count before a measure word: 两 for 2 (两个场所, 两镇), else as chineseNumber. */
export const chineseCount = (n: number) => (n === 2 ? '两' : chineseNumber(n))
