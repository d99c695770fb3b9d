/**
 * The countryside's and the assessment's rules as pure functions: staffing, method validation (tiers
 * without gaps or overlaps, a balanced pool), scoring with capped deductions, and payouts exact in fen.
 */
import { DEFAULT_METHOD, methodProblem, tierOf, type MethodShape } from '../domain/assessment/method'
import { payoutsByTier, payoutsFromPool, splitFen, type TownResult } from '../domain/assessment/payouts'
import { entriesProblem, scoreAssessment } from '../domain/assessment/scoring'
import { drawSample, sampleSize } from '../domain/assessment/spotChecks'
import { ageOn, cleanersRequired, staffingGap } from '../domain/countryside/staffing'

describe('staffing', () => {
  test('required = ceil(population ÷ ratio); the gap never goes below zero', () => {
    expect(cleanersRequired(2380, 400)).toBe(6)
    expect(cleanersRequired(2400, 400)).toBe(6)
    expect(cleanersRequired(2401, 400)).toBe(7)
    expect(cleanersRequired(0, 400)).toBe(0)
    expect(() => cleanersRequired(100, 0)).toThrow(/ratio/)
    expect(staffingGap(7, 5)).toBe(2)
    expect(staffingGap(5, 7)).toBe(0)
  })
  test('age in whole years on a day', () => {
    expect(ageOn('1961-12-02', '2026-12-01')).toBe(64)
    expect(ageOn('1961-12-01', '2026-12-01')).toBe(65)
    expect(ageOn('1961-12-01T00:00:00.000Z', '2026-11-30')).toBe(64)
  })
})

const method = (patch: Partial<MethodShape>): MethodShape => ({ ...DEFAULT_METHOD, ...patch })

describe('methods', () => {
  test('the default method is sound: 100 points + 5 bonus, tiers 90 / 75', () => {
    expect(methodProblem(DEFAULT_METHOD)).toBeNull()
    expect(tierOf(DEFAULT_METHOD.tiers, 105).grade).toBe('pass')
    expect(tierOf(DEFAULT_METHOD.tiers, 90).grade).toBe('pass')
    expect(tierOf(DEFAULT_METHOD.tiers, 89.9).grade).toBe('basic')
    expect(tierOf(DEFAULT_METHOD.tiers, 74.5).grade).toBe('fail')
  })
  test('tiers with a gap, an overlap or short of the top are refused', () => {
    const gap = method({
      tiers: [
        { from: 90, to: 105, grade: 'pass', sharePercent: 100 },
        { from: 75, to: 85, grade: 'basic', sharePercent: 80 },
        { from: 0, to: 75, grade: 'fail', sharePercent: 0 },
      ],
    })
    expect(methodProblem(gap)).toEqual({ code: 'TIER_GAP', at: 85 })
    const overlap = method({
      tiers: [
        { from: 85, to: 105, grade: 'pass', sharePercent: 100 },
        { from: 75, to: 90, grade: 'basic', sharePercent: 80 },
        { from: 0, to: 75, grade: 'fail', sharePercent: 0 },
      ],
    })
    expect(methodProblem(overlap)).toEqual({ code: 'TIER_OVERLAP', at: 85 })
    const short = method({
      tiers: [
        { from: 75, to: 100, grade: 'pass', sharePercent: 100 },
        { from: 0, to: 75, grade: 'fail', sharePercent: 0 },
      ],
    })
    expect(methodProblem(short)).toEqual({ code: 'TIERS_NOT_COVERING', from: 100, to: 105 })
    const noZero = method({ tiers: [{ from: 10, to: 105, grade: 'pass', sharePercent: 100 }] })
    expect(methodProblem(noZero)).toEqual({ code: 'TIER_GAP', at: 0 })
  })
  test('a pool whose shares of the lost money are not 100 % is refused', () => {
    const pool = method({
      subsidy: 'pool',
      pool: { holdPercent: 20, lastForfeitPercent: 100, toFirstPercent: 60, toOthersPercent: 30 },
    })
    expect(methodProblem(pool)).toEqual({ code: 'POOL_UNBALANCED' })
    expect(methodProblem(method({ subsidy: 'pool', pool: null }))).toEqual({ code: 'POOL_MISSING' })
  })
})

describe('scoring', () => {
  const all = DEFAULT_METHOD.parts.flatMap((p) => p.items)
  const full = all.map((i) => ({ key: i.key, selfScore: i.max }))

  test('self-scores above the maximum, below zero, with two decimals or on unknown items are refused', () => {
    expect(entriesProblem(DEFAULT_METHOD, [{ key: 'leadership', selfScore: 10.5 }], { complete: false })).toEqual({
      code: 'SCORE_OUT_OF_RANGE',
      key: 'leadership',
      max: 10,
    })
    expect(entriesProblem(DEFAULT_METHOD, [{ key: 'leadership', selfScore: -1 }], { complete: false })?.code).toBe(
      'SCORE_OUT_OF_RANGE',
    )
    expect(entriesProblem(DEFAULT_METHOD, [{ key: 'leadership', selfScore: 9.25 }], { complete: false })?.code).toBe(
      'SCORE_OUT_OF_RANGE',
    )
    expect(entriesProblem(DEFAULT_METHOD, [{ key: 'nope', selfScore: 1 }], { complete: false })?.code).toBe(
      'UNKNOWN_ITEM',
    )
    expect(entriesProblem(DEFAULT_METHOD, full, { complete: true, bonus: 6 })?.code).toBe('SCORE_OUT_OF_RANGE')
  })
  test('a submission needs every item', () => {
    expect(entriesProblem(DEFAULT_METHOD, full.slice(1), { complete: true })).toEqual({
      code: 'ITEMS_MISSING',
      keys: ['leadership'],
    })
    expect(entriesProblem(DEFAULT_METHOD, full, { complete: true })).toBeNull()
  })
  test('findings take their deduction, capped per item; the review score wins over the self-score', () => {
    const entries = full.map((e) =>
      e.key === 'environment'
        ? { ...e, findings: Array.from({ length: 5 }, () => ({})) } // 5 × 0.5 = 2.5
        : e.key === 'leadership'
          ? { ...e, findings: [{ deduction: 5 }, { deduction: 5 }, { deduction: 5 }] } // 15, capped at 10
          : e.key === 'publicity'
            ? { ...e, reviewScore: 7.5 }
            : e,
    )
    const scored = scoreAssessment(DEFAULT_METHOD, entries, 3)
    expect(scored.parts.find((p) => p.key === 'organisation')).toMatchObject({ score: 7.5, max: 20 })
    expect(scored.parts.find((p) => p.key === 'results')).toMatchObject({ score: 32.5, max: 35 })
    // 100 − 10 − 2.5 − 2.5 + 3
    expect(scored).toMatchObject({ total: 88, bonus: 3, grade: 'basic', sharePercent: 80 })
  })
})

describe('payouts', () => {
  const towns: TownResult[] = [
    { town: '湾里街道', total: 96, baseFen: 50_000_00, sharePercent: 100 },
    { town: '二坝镇', total: 88.5, baseFen: 40_000_01, sharePercent: 80 },
    { town: '汤沟镇', total: 72, baseFen: 30_000_00, sharePercent: 0 },
    { town: '白茆镇', total: 91, baseFen: 33_333_33, sharePercent: 100 },
  ]

  test('by tier: base × share, to the fen', () => {
    const out = Object.fromEntries(payoutsByTier(towns).map((p) => [p.town, p.amountFen]))
    expect(out).toEqual({ 湾里街道: 50_000_00, 二坝镇: 32_000_01, 汤沟镇: 0, 白茆镇: 33_333_33 })
  })

  test('from a pool: the last loses its held share, the first gains it; the sum is the sum of bases', () => {
    const out = payoutsFromPool(towns, {
      holdPercent: 20,
      lastForfeitPercent: 100,
      toFirstPercent: 100,
      toOthersPercent: 0,
    })
    const by = Object.fromEntries(out.map((p) => [p.town, p]))
    expect(by['汤沟镇']).toMatchObject({ rank: 4, heldFen: 6_000_00, amountFen: 24_000_00 })
    expect(by['湾里街道']).toMatchObject({ rank: 1, amountFen: 56_000_00 })
    expect(by['二坝镇']!.amountFen).toBe(40_000_01)
    expect(out.reduce((s, p) => s + p.amountFen, 0)).toBe(towns.reduce((s, t) => s + t.baseFen, 0))
  })

  test('fen-exact under any split: random pools never create or lose a fen', () => {
    let seed = 7
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let run = 0; run < 500; run++) {
      const results = Array.from({ length: 2 + rand(6) }, (_, i) => ({
        town: `T${i}`,
        total: rand(6) * 10 + 50,
        baseFen: 1 + rand(10_000_000),
        sharePercent: 100,
      }))
      const toFirst = rand(101)
      const out = payoutsFromPool(results, {
        holdPercent: 1 + rand(100),
        lastForfeitPercent: rand(101),
        toFirstPercent: toFirst,
        toOthersPercent: 100 - toFirst,
      })
      expect(out.reduce((s, p) => s + p.amountFen, 0)).toBe(results.reduce((s, r) => s + r.baseFen, 0))
      for (const p of out) expect(Number.isInteger(p.amountFen)).toBe(true)
    }
  })

  test('level towns: nobody wins or loses; a bad split is refused', () => {
    const level = towns.map((t) => ({ ...t, total: 90 }))
    const out = payoutsFromPool(level, {
      holdPercent: 20,
      lastForfeitPercent: 100,
      toFirstPercent: 100,
      toOthersPercent: 0,
    })
    expect(Object.fromEntries(out.map((p) => [p.town, p.amountFen]))).toEqual(
      Object.fromEntries(level.map((t) => [t.town, t.baseFen])),
    )
    expect(() =>
      payoutsFromPool(towns, { holdPercent: 20, lastForfeitPercent: 100, toFirstPercent: 50, toOthersPercent: 40 }),
    ).toThrow('POOL_UNBALANCED')
    expect(splitFen(10, [1, 1, 1])).toEqual([4, 3, 3])
  })
})

describe('spot checks', () => {
  const villages = Array.from({ length: 23 }, (_, i) => i + 1)
  test('at least 10 % (rounded up, at least one), the same sample from the same seed, another from another', () => {
    expect(sampleSize(23, 10)).toBe(3)
    expect(sampleSize(23, 5)).toBe(3)
    expect(sampleSize(4, 10)).toBe(1)
    expect(sampleSize(0, 10)).toBe(0)
    const a = drawSample(villages, 'c0ffee', 10)
    expect(a).toHaveLength(3)
    expect(drawSample([...villages].reverse(), 'c0ffee', 10)).toEqual(a)
    expect(new Set(a).size).toBe(3)
    const others = new Set(['1', '2', '3', '4', '5'].map((s) => drawSample(villages, s, 10).join()))
    expect(others.size).toBeGreaterThan(1)
  })
  test('every village is drawn about as often as the others', () => {
    const hits = new Map<string, number>()
    for (let i = 0; i < 2300; i++)
      for (const v of drawSample(villages, `s${i}`, 10)) hits.set(v, (hits.get(v) ?? 0) + 1)
    // 2300 draws × 3 of 23: 300 each on average.
    for (const v of villages) expect(hits.get(String(v))).toBeGreaterThan(200)
    for (const v of villages) expect(hits.get(String(v))).toBeLessThan(400)
  })
})
