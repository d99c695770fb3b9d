/**
 * A town's assessment scored under its method (pure): item scores, part sums, the bonus, the total, the
 * tier. Never typed by anyone: hooks, the payout job and the notice call these.
 */
import { oneDecimal, tenths, tierOf, type Grade, type MethodItem, type MethodShape } from './method'

export type Finding = { deduction?: number | null }
export type ItemEntry = {
  key: string
  selfScore?: number | null
  reviewScore?: number | null
  findings?: Finding[] | null
}

export type EntryProblem =
  | { code: 'UNKNOWN_ITEM'; key: string }
  | { code: 'ITEM_TWICE'; key: string }
  | { code: 'SCORE_OUT_OF_RANGE'; key: string; max: number }
  | { code: 'ITEMS_MISSING'; keys: string[] }

/**
 * What is wrong with a town's item entries, or null: an item the method does not have, an item twice, a
 * score below zero, above the item's maximum or with more than one decimal; on submission, every item
 * needs a self-score.
 */
export function entriesProblem(
  method: MethodShape,
  entries: ItemEntry[],
  o: { complete: boolean; bonus?: number | null },
): EntryProblem | null {
  const items = new Map(method.parts.flatMap((p) => p.items).map((i) => [i.key, i]))
  const seen = new Set<string>()
  for (const entry of entries) {
    const item = items.get(entry.key)
    if (!item) return { code: 'UNKNOWN_ITEM', key: entry.key }
    if (seen.has(entry.key)) return { code: 'ITEM_TWICE', key: entry.key }
    seen.add(entry.key)
    for (const score of [entry.selfScore, entry.reviewScore]) {
      if (score === null || score === undefined) continue
      if (score < 0 || tenths(score) > tenths(item.max) || !oneDecimal(score))
        return { code: 'SCORE_OUT_OF_RANGE', key: entry.key, max: item.max }
    }
  }
  const bonus = o.bonus ?? 0
  if (bonus < 0 || tenths(bonus) > tenths(method.bonusMax) || !oneDecimal(bonus))
    return { code: 'SCORE_OUT_OF_RANGE', key: 'bonus', max: method.bonusMax }
  if (o.complete) {
    const given = new Set(entries.filter((e) => e.selfScore !== null && e.selfScore !== undefined).map((e) => e.key))
    const missing = [...items.keys()].filter((key) => !given.has(key))
    if (missing.length) return { code: 'ITEMS_MISSING', keys: missing }
  }
  return null
}

/** What findings take from an item, in tenths: each its own deduction or the item's, together at most the cap. */
export function deductionTenths(item: MethodItem, findings: Finding[] = []): number {
  const sum = findings.reduce((s, f) => s + tenths(f.deduction ?? item.deductionPerFinding), 0)
  return Math.min(tenths(item.cap), sum)
}

/**
 * An item's score: the district's score where it reviewed, else the town's; less what the findings take;
 * never below zero.
 */
export function itemScoreTenths(item: MethodItem, entry: ItemEntry | undefined): number {
  const given = entry?.reviewScore ?? entry?.selfScore ?? 0
  return Math.max(0, tenths(given) - deductionTenths(item, entry?.findings ?? []))
}

export type Scored = {
  parts: Array<{ key: string; name: string; score: number; max: number }>
  bonus: number
  total: number
  grade: Grade
  sharePercent: number
}

/** The whole assessment: part sums, the bonus (at most the method's), the total and its tier. */
export function scoreAssessment(method: MethodShape, entries: ItemEntry[], bonus = 0): Scored {
  const byKey = new Map(entries.map((e) => [e.key, e]))
  const parts = method.parts.map((part) => ({
    key: part.key,
    name: part.name,
    score: part.items.reduce((s, item) => s + itemScoreTenths(item, byKey.get(item.key)), 0) / 10,
    max: part.items.reduce((s, item) => s + tenths(item.max), 0) / 10,
  }))
  const bonusTenths = Math.min(Math.max(0, tenths(bonus)), tenths(method.bonusMax))
  const total = (parts.reduce((s, p) => s + tenths(p.score), 0) + bonusTenths) / 10
  const tier = tierOf(method.tiers, total)
  return { parts, bonus: bonusTenths / 10, total, grade: tier.grade, sharePercent: tier.sharePercent }
}
