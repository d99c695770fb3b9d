/** Rates as whole per-mille (875 ‰ = 87.5 %), so they stay exact in storage and compare without floats. */
export const perMille = (numerator: number, denominator: number): number =>
  denominator > 0 ? Math.round((numerator * 1000) / denominator) : 0

/** A per-mille rate as people read it: 87.5% (— when there is none). */
export const percentText = (value: number | null): string => (value === null ? '—' : `${(value / 10).toFixed(1)}%`)
