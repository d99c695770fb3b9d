/** A stored method (or an assessment's copy of one) as the pure rules take it. */
import type { MethodShape } from '../../../domain/assessment/method'
import type { AssessmentMethod } from '../../../payload-types'

type Stored = Partial<Pick<AssessmentMethod, 'parts' | 'bonusMax' | 'tiers' | 'subsidy' | 'pool'>>

export function methodShape(doc: Stored): MethodShape {
  return {
    parts: (doc.parts ?? []).map((p) => ({
      key: p.key,
      name: p.name,
      items: (p.items ?? []).map((i) => ({
        key: i.key,
        name: i.name,
        max: i.max,
        deductionPerFinding: i.deductionPerFinding,
        cap: i.cap,
        measure: i.measure ?? null,
      })),
    })),
    bonusMax: doc.bonusMax ?? 0,
    tiers: (doc.tiers ?? []).map((tier) => ({
      from: tier.from,
      to: tier.to,
      grade: tier.grade,
      sharePercent: tier.sharePercent,
    })),
    subsidy: doc.subsidy ?? 'by-tier',
    pool: doc.pool?.holdPercent
      ? {
          holdPercent: doc.pool.holdPercent,
          lastForfeitPercent: doc.pool.lastForfeitPercent ?? 100,
          toFirstPercent: doc.pool.toFirstPercent ?? 100,
          toOthersPercent: doc.pool.toOthersPercent ?? 0,
        }
      : null,
  }
}
