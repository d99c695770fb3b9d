/**
 * Village cleaners (pure): how many a village needs, how many it lacks, how old a cleaner is.
 * Practice (DESIGN §1, §5): one cleaner per 300–500 registered residents; the district sets the ratio.
 */
import { t } from '../../shared/i18n/labels'

/** Registered residents per cleaner, unless the district's settings say otherwise. */
export const DEFAULT_STAFFING_RATIO = 400
/** The oldest a cleaner on duty may be, unless the settings say otherwise. */
export const DEFAULT_CLEANER_AGE_LIMIT = 65

export const CLEANER_CONTRACTS = {
  village: t('村聘', 'Village-employed'),
  market: t('市场化公司', 'Market-based operator'),
}
export const CLEANER_STATUSES = {
  'on-duty': t('在岗', 'On duty'),
  left: t('离岗', 'Left'),
}

/** Cleaners a village needs: ceil(registered population ÷ ratio); none for an empty village. */
export function cleanersRequired(population: number, ratio: number): number {
  if (!Number.isInteger(ratio) || ratio < 1)
    throw new Error(`The staffing ratio must be a whole number ≥ 1, not ${ratio}`)
  return population > 0 ? Math.ceil(population / ratio) : 0
}

/** How many more cleaners a village needs (never negative: more than needed is no gap). */
export function staffingGap(required: number, onDuty: number): number {
  return Math.max(0, required - onDuty)
}

/** Age in whole years on a day (both yyyy-MM-dd, or ISO times: their first ten characters count). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.slice(0, 10).split('-').map(Number) as [number, number, number]
  const [y, m, d] = day.slice(0, 10).split('-').map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

/** Practice (DESIGN §5): 80 % of a cleaner's pay is base, 20 % follows the quarter's appraisal. */
export const PERFORMANCE_SHARE_PERCENT = 20

/** A cleaner's quarter score: 100 less the inspections' deductions, never below zero (tenths kept exact). */
export function quarterScore(deductions: number[]): number {
  const taken = deductions.reduce((s, d) => s + Math.round(d * 10), 0)
  return Math.max(0, 1000 - taken) / 10
}

/** The quarter's pay in fen: three months' base, of which the performance share is paid by the score. */
export function quarterPay(monthlyBaseFen: number, score: number): { baseFen: number; performanceFen: number } {
  const quarter = monthlyBaseFen * 3
  const performance = Math.round((quarter * PERFORMANCE_SHARE_PERCENT) / 100)
  return {
    baseFen: quarter - performance,
    performanceFen: Math.round((performance * Math.round(score * 10)) / 1000),
  }
}
