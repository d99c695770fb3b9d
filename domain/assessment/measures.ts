/**
 * What the platform's own records suggest for an item measured from data (pure): the town's form shows
 * the figure and this score beside its self-score, and the town explains a difference.
 */
import { tenths, type MeasureKey, type MethodItem } from './method'

/** A suggested score, to one decimal, or null where no rule turns the figure into a score. */
export function suggestedScore(item: MethodItem, measure: MeasureKey, value: number): number | null {
  const max = tenths(item.max)
  const per = tenths(item.deductionPerFinding)
  const cap = tenths(item.cap)
  switch (measure) {
    // Each missing cleaner, each open alert: one finding.
    case 'staffing-gap':
    case 'open-alerts':
      return Math.max(0, max - Math.min(cap, Math.ceil(value) * per)) / 10
    // Coverage earns its share of the maximum, in half points.
    case 'market-coverage':
      return Math.floor((item.max * Math.min(100, Math.max(0, value))) / 100 / 0.5) * 0.5
    default:
      return null
  }
}
