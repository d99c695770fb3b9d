/**
 * Subsidy payouts (奖补资金) from scored assessments (pure), exact in fen: by tier (each town its base
 * times its tier's share), or from a held-back pool (each town's share held back; the last-ranked lose
 * theirs, which goes to the first-ranked and/or the others) — nothing created or lost by rounding.
 */
import type { PoolRule } from './method'

export type TownResult = { town: string; total: number; baseFen: number; sharePercent: number }
export type Payout = { town: string; baseFen: number; heldFen: number; amountFen: number; rank: number }

/** Splits `amount` fen by whole-number weights, largest remainder first (ties: in the order given). */
export function splitFen(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0)
  if (sum === 0) return weights.map(() => 0)
  const exact = weights.map((w) => (amount * w) / sum)
  const out = exact.map(Math.floor)
  let left = amount - out.reduce((s, x) => s + x, 0)
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    out[i]! += 1
    left -= 1
  }
  return out
}

/** Ranks by total (highest first); equal totals share a rank. */
function ranked(results: TownResult[]): Array<TownResult & { rank: number }> {
  const sorted = [...results].sort((a, b) => b.total - a.total || a.town.localeCompare(b.town))
  return sorted.map((r) => ({ ...r, rank: 1 + sorted.filter((o) => o.total > r.total).length }))
}

/** By tier: base × the tier's share, rounded half up to the fen. */
export function payoutsByTier(results: TownResult[]): Payout[] {
  return ranked(results).map((r) => ({
    town: r.town,
    baseFen: r.baseFen,
    heldFen: 0,
    amountFen: Math.round((r.baseFen * r.sharePercent) / 100),
    rank: r.rank,
  }))
}

/**
 * From a pool: every town has `holdPercent` of its base held back and gets it back, except the
 * last-ranked, who lose `lastForfeitPercent` of theirs; what they lose goes `toFirstPercent` to the
 * first-ranked (in equal parts) and `toOthersPercent` to the towns in between (by base; to the first when
 * there are none). All towns level: nobody wins or loses. The payouts always sum to the bases.
 */
export function payoutsFromPool(results: TownResult[], rule: PoolRule): Payout[] {
  if (rule.toFirstPercent + rule.toOthersPercent !== 100) throw new Error('POOL_UNBALANCED')
  const rows = ranked(results)
  const best = Math.max(...rows.map((r) => r.total))
  const worst = Math.min(...rows.map((r) => r.total))
  const held = rows.map((r) => Math.round((r.baseFen * rule.holdPercent) / 100))
  const level = best === worst
  const isFirst = rows.map((r) => !level && r.total === best)
  const isLast = rows.map((r) => !level && r.total === worst)
  const lost = rows.map((_, i) => (isLast[i] ? Math.round((held[i]! * rule.lastForfeitPercent) / 100) : 0))
  const forfeited = lost.reduce((s, x) => s + x, 0)
  const middle = rows.map((_, i) => !isFirst[i] && !isLast[i])
  const toOthers = middle.some(Boolean) ? Math.round((forfeited * rule.toOthersPercent) / 100) : 0
  const toFirst = forfeited - toOthers
  const firstShares = splitFen(
    toFirst,
    rows.map((_, i) => (isFirst[i] ? 1 : 0)),
  )
  const otherShares = splitFen(
    toOthers,
    rows.map((r, i) => (middle[i] ? r.baseFen : 0)),
  )
  const out = rows.map((r, i) => ({
    town: r.town,
    baseFen: r.baseFen,
    heldFen: held[i]!,
    amountFen: r.baseFen - lost[i]! + firstShares[i]! + otherShares[i]!,
    rank: r.rank,
  }))
  const paid = out.reduce((s, p) => s + p.amountFen, 0)
  const bases = rows.reduce((s, r) => s + r.baseFen, 0)
  if (paid !== bases) throw new Error('POOL_UNBALANCED')
  return out
}

/**
 * A period is closed when every town the method gives a base has an approved assessment for it, and none of the
 * period's assessments is still open. Until then nothing is paid: paying the towns assessed first would leave the
 * others nothing to be paid from (a pool) and lock the period.
 */
export function periodClosed(
  assessments: ReadonlyArray<{ town: string; status: string }>,
  baseTowns: ReadonlyArray<string>,
): boolean {
  if (!assessments.length || assessments.some((a) => a.status !== 'approved')) return false
  const approved = new Set(assessments.map((a) => a.town))
  return baseTowns.every((town) => approved.has(town))
}
