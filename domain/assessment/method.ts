/**
 * An assessment method (考评办法) as data (pure): parts of scored items, a bonus, tiers that turn a total
 * into a grade and a subsidy share, and the subsidy's shape. Scores are kept in tenths of a point inside
 * these functions (0.5-point deductions add up exactly); records hold them as numbers with one decimal.
 */
import { t } from '../../shared/i18n/labels'

export type MethodItem = {
  key: string
  name: string
  /** The most this item scores. */
  max: number
  /** Points taken per finding (0.5–5 in practice). */
  deductionPerFinding: number
  /** The most all findings together take from this item. */
  cap: number
  /** A figure the platform measures for this item, shown beside the town's self-score. */
  measure?: MeasureKey | null
}
export type MethodPart = { key: string; name: string; items: MethodItem[] }
/** A tier covers totals from `from` (inclusive) to `to` (exclusive; the top tier includes its `to`). */
export type Tier = { from: number; to: number; grade: Grade; sharePercent: number }
export type PoolRule = {
  /** Share of each town's base held back into the pool. */
  holdPercent: number
  /** Share of its held-back amount the last-ranked town loses. */
  lastForfeitPercent: number
  /** Of what is lost, the share that goes to the first-ranked town(s)… */
  toFirstPercent: number
  /** …and the share spread over the other towns in proportion to their base. Together: 100. */
  toOthersPercent: number
}
export type MethodShape = {
  parts: MethodPart[]
  bonusMax: number
  tiers: Tier[]
  subsidy: 'by-tier' | 'pool'
  pool?: PoolRule | null
}

export const GRADES = {
  pass: t('合格', 'Pass'),
  basic: t('基本合格', 'Basic pass'),
  fail: t('不合格', 'Fail'),
}
export type Grade = keyof typeof GRADES

export const SUBSIDY_SHAPES = {
  'by-tier': t('按档次拨付', 'By tier'),
  pool: t('考核资金池（排名奖惩）', 'Held-back pool with rank rules'),
}

export const PERIOD_KINDS = { quarter: t('季度', 'Quarter'), month: t('月度', 'Month') }

/** Figures the platform holds that an item may be measured by (pre-filled on a town's form). */
export const MEASURES = {
  'staffing-gap': t('保洁员缺口（人）', 'Cleaner staffing gap (people)'),
  'cleanup-tonnes': t('积存垃圾清理（吨）', 'Accumulated waste cleared (t)'),
  'market-coverage': t('市场化保洁覆盖率（%）', 'Market-based coverage (%)'),
  'open-alerts': t('未处理设备告警（条）', 'Open bin alerts'),
}
export type MeasureKey = keyof typeof MEASURES

/** The default method (DESIGN §5): 100 points over four parts, +5 bonus, tiers 90 / 75. */
export const DEFAULT_METHOD: MethodShape = {
  parts: [
    {
      key: 'organisation',
      name: '组织发动',
      items: [
        { key: 'leadership', name: '领导重视、专班推进', max: 10, deductionPerFinding: 2, cap: 10 },
        { key: 'publicity', name: '宣传发动、入户指导', max: 10, deductionPerFinding: 1, cap: 10 },
      ],
    },
    {
      key: 'systems',
      name: '体系建设',
      items: [
        {
          key: 'cleaners',
          name: '保洁员按比例配备',
          max: 15,
          deductionPerFinding: 1,
          cap: 15,
          measure: 'staffing-gap',
        },
        {
          key: 'market',
          name: '市场化保洁',
          max: 10,
          deductionPerFinding: 2,
          cap: 10,
          measure: 'market-coverage',
        },
        { key: 'facilities', name: '收运设施完好', max: 10, deductionPerFinding: 1, cap: 10, measure: 'open-alerts' },
      ],
    },
    {
      key: 'results',
      name: '治理成效',
      items: [
        {
          key: 'cleanup',
          name: '积存垃圾清理',
          max: 15,
          deductionPerFinding: 2,
          cap: 15,
          measure: 'cleanup-tonnes',
        },
        { key: 'environment', name: '村容村貌、无乱堆乱放', max: 20, deductionPerFinding: 0.5, cap: 20 },
      ],
    },
    {
      key: 'model-villages',
      name: '示范村创建',
      items: [{ key: 'model', name: '示范村创建达标', max: 10, deductionPerFinding: 5, cap: 10 }],
    },
  ],
  bonusMax: 5,
  tiers: [
    { from: 90, to: 105, grade: 'pass', sharePercent: 100 },
    { from: 75, to: 90, grade: 'basic', sharePercent: 80 },
    { from: 0, to: 75, grade: 'fail', sharePercent: 0 },
  ],
  subsidy: 'by-tier',
  pool: { holdPercent: 20, lastForfeitPercent: 100, toFirstPercent: 100, toOthersPercent: 0 },
}

/** Tenths of a point, as whole numbers: 92.5 → 925. */
export const tenths = (points: number): number => Math.round(points * 10)
/** Whether a score has at most one decimal (92.5 yes, 92.55 no). */
export const oneDecimal = (points: number): boolean => Math.abs(points * 10 - Math.round(points * 10)) < 1e-9

export type MethodProblem =
  | { code: 'TIER_GAP' | 'TIER_OVERLAP'; at: number }
  | { code: 'TIERS_NOT_COVERING'; from: number; to: number }
  | { code: 'METHOD_NO_ITEMS' }
  | { code: 'ITEM_KEY_TWICE'; key: string }
  | { code: 'ITEM_RULE'; key: string }
  | { code: 'POOL_UNBALANCED' }
  | { code: 'POOL_MISSING' }

/** The highest total a town can reach under the method: the items' maxima plus the bonus. */
export function maxTotal(method: Pick<MethodShape, 'parts' | 'bonusMax'>): number {
  return (
    (method.parts.reduce((sum, p) => sum + p.items.reduce((s, i) => s + tenths(i.max), 0), 0) +
      tenths(method.bonusMax)) /
    10
  )
}

/**
 * What is wrong with a method, or null. Tiers must cover 0 … the highest total without a gap or an
 * overlap; item keys are unique and each item's rule makes sense; a pool's shares of what is lost add up
 * to 100 %, so the payouts sum to the pool.
 */
export function methodProblem(method: MethodShape): MethodProblem | null {
  const items = method.parts.flatMap((p) => p.items)
  if (items.length === 0) return { code: 'METHOD_NO_ITEMS' }
  const keys = new Set<string>()
  for (const item of items) {
    if (keys.has(item.key)) return { code: 'ITEM_KEY_TWICE', key: item.key }
    keys.add(item.key)
    const sane =
      item.max > 0 &&
      item.deductionPerFinding > 0 &&
      item.cap > 0 &&
      item.cap <= item.max &&
      [item.max, item.deductionPerFinding, item.cap].every(oneDecimal)
    if (!sane) return { code: 'ITEM_RULE', key: item.key }
  }
  const tiers = [...method.tiers].sort((a, b) => a.from - b.from)
  const top = tenths(maxTotal(method))
  if (tiers.length === 0) return { code: 'TIERS_NOT_COVERING', from: 0, to: top / 10 }
  if (tenths(tiers[0]!.from) > 0) return { code: 'TIER_GAP', at: 0 }
  for (let i = 1; i < tiers.length; i++) {
    const end = tenths(tiers[i - 1]!.to)
    const start = tenths(tiers[i]!.from)
    if (start > end) return { code: 'TIER_GAP', at: end / 10 }
    if (start < end) return { code: 'TIER_OVERLAP', at: start / 10 }
  }
  for (const tier of tiers) if (tenths(tier.to) <= tenths(tier.from)) return { code: 'TIER_OVERLAP', at: tier.from }
  if (tenths(tiers.at(-1)!.to) < top) return { code: 'TIERS_NOT_COVERING', from: tiers.at(-1)!.to, to: top / 10 }
  if (method.subsidy === 'pool') {
    if (!method.pool) return { code: 'POOL_MISSING' }
    if (method.pool.toFirstPercent + method.pool.toOthersPercent !== 100) return { code: 'POOL_UNBALANCED' }
  }
  return null
}

/** The tier a total falls in (the top tier includes its upper bound). */
export function tierOf(tiers: Tier[], total: number): Tier {
  const sorted = [...tiers].sort((a, b) => a.from - b.from)
  const x = tenths(total)
  const found = sorted.find((tier, i) =>
    i === sorted.length - 1 ? x >= tenths(tier.from) : x >= tenths(tier.from) && x < tenths(tier.to),
  )
  if (!found) throw new Error(`No tier for a total of ${total}`)
  return found
}
