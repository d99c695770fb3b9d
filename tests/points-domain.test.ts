/** The pure points rules, on their own. */
import { pointsToExpire } from '../domain/points/expiry'
import { followUpCandidates } from '../domain/points/followUps'
import {
  awardForDrop,
  checkDrop,
  DEFAULT_RULES,
  fenForPoints,
  nextBalance,
  pointsForFen,
  rulesAt,
  type PointRules,
} from '../domain/points/points'
import { maskPhone } from '../domain/places/sites'
import { checkRedemption, type RewardLike } from '../domain/points/rewards'
import { shanghaiDay, shanghaiDayStart } from '../shared/time'

const rules: PointRules = {
  ...DEFAULT_RULES,
  revision: 3,
  dailyCap: 100,
  categories: [
    { category: 'paper', pointsPerKg: 70, pointsPerDrop: 0, minGrams: 100 },
    { category: 'kitchen', pointsPerKg: 0, pointsPerDrop: 5, minGrams: 100 },
    { category: 'metal', pointsPerKg: 60, pointsPerDrop: 2, minGrams: 50 },
  ],
}

describe('awardForDrop', () => {
  test('per kg, rounded down, plus per drop', () => {
    expect(awardForDrop(rules, { category: 'paper', grams: 1234 }, 0)).toMatchObject({ ok: true, points: 86 }) // 86.38
    expect(awardForDrop(rules, { category: 'paper', grams: 1428 }, 0)).toMatchObject({ points: 99 }) // 99.96
    expect(awardForDrop(rules, { category: 'metal', grams: 1000 }, 0)).toMatchObject({ points: 62 })
    expect(awardForDrop(rules, { category: 'kitchen', grams: 800 }, 0)).toMatchObject({ points: 5 })
  })

  test('nothing below the minimum weight; a category without a rule earns nothing', () => {
    expect(awardForDrop(rules, { category: 'paper', grams: 99 }, 0)).toMatchObject({
      ok: true,
      points: 0,
      belowMinimum: true,
    })
    expect(awardForDrop(rules, { category: 'glass', grams: 500 }, 0)).toMatchObject({ ok: true, points: 0 })
  })

  test('the daily cap limits what is left of the day, never below zero', () => {
    expect(awardForDrop(rules, { category: 'paper', grams: 1000 }, 60)).toMatchObject({
      points: 40,
      uncapped: 70,
      capped: true,
    })
    expect(awardForDrop(rules, { category: 'paper', grams: 1000 }, 100)).toMatchObject({ points: 0, capped: true })
    expect(awardForDrop(rules, { category: 'paper', grams: 1000 }, 150)).toMatchObject({ points: 0 })
    expect(awardForDrop({ ...rules, dailyCap: 0 }, { category: 'paper', grams: 10_000 }, 5000)).toMatchObject({
      points: 700,
      capped: false,
    })
  })

  test('bad drops are refused with a code', () => {
    expect(checkDrop({ category: 'paper', grams: 0 })).toMatchObject({ ok: false, code: 'INVALID_WEIGHT' })
    expect(checkDrop({ category: 'paper', grams: -5 })).toMatchObject({ ok: false, code: 'INVALID_WEIGHT' })
    expect(checkDrop({ category: 'paper', grams: 1.5 })).toMatchObject({ ok: false, code: 'INVALID_WEIGHT' })
    expect(checkDrop({ category: 'paper', grams: 200_001 })).toMatchObject({ ok: false, code: 'INVALID_WEIGHT' })
    expect(checkDrop({ category: 'plutonium', grams: 100 })).toMatchObject({ ok: false, code: 'UNKNOWN_CATEGORY' })
    expect(awardForDrop(rules, { category: 'plutonium', grams: 100 }, 0)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_CATEGORY',
    })
  })
})

describe('rulesAt', () => {
  const v1 = { ...rules, revision: 1, effectiveFrom: '2026-01-01T00:00:00.000Z' }
  const v2 = { ...rules, revision: 2, effectiveFrom: '2026-06-01T00:00:00.000Z' }
  const v3 = { ...rules, revision: 3, effectiveFrom: '2026-06-01T00:00:00.000Z' }
  test('the latest effective version at the instant', () => {
    expect(rulesAt([v2, v1], '2026-03-01T00:00:00Z').revision).toBe(1)
    expect(rulesAt([v1, v2], '2026-06-01T00:00:00Z').revision).toBe(2)
    expect(rulesAt([v1, v3, v2], '2026-07-01T00:00:00Z').revision).toBe(3)
    expect(rulesAt([v1], '2025-01-01T00:00:00Z')).toBe(DEFAULT_RULES)
  })
})

describe('money and balances', () => {
  test('fee deductions: points rounded up, fen rounded down', () => {
    expect(pointsForFen(1000, { pointsPerYuan: 100 })).toBe(1000)
    expect(pointsForFen(1, { pointsPerYuan: 150 })).toBe(2)
    expect(fenForPoints(199, { pointsPerYuan: 100 })).toBe(199)
    expect(fenForPoints(299, { pointsPerYuan: 150 })).toBe(199)
  })

  test('only penalties, adjustments and transfers may end below zero', () => {
    expect(nextBalance(10, -10, 'redemption')).toEqual({ ok: true, balance: 0 })
    expect(nextBalance(10, -11, 'redemption')).toMatchObject({ ok: false, code: 'INSUFFICIENT_BALANCE' })
    expect(nextBalance(5, -10, 'penalty')).toEqual({ ok: true, balance: -5 })
    expect(nextBalance(5, -10, 'adjustment')).toEqual({ ok: true, balance: -5 })
    expect(nextBalance(-5, 3, 'drop-off')).toEqual({ ok: true, balance: -2 })
    expect(() => nextBalance(0, 1.5, 'adjustment')).toThrow()
  })

  test('phones are masked', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskPhone('')).toBe('')
    expect(maskPhone(null)).toBeNull()
  })
})

describe('Shanghai days', () => {
  test('a day runs from 16:00 UTC to 16:00 UTC', () => {
    expect(shanghaiDay('2026-11-28T15:59:59Z')).toBe('2026-11-28')
    expect(shanghaiDay('2026-11-28T16:00:00Z')).toBe('2026-11-29')
    expect(shanghaiDayStart('2026-11-29').toISOString()).toBe('2026-11-28T16:00:00.000Z')
  })
})

describe('checkRedemption', () => {
  const goods: RewardLike = { kind: 'goods', pointsCost: 30, audience: 'residents', stock: 5, active: true }
  const now = new Date('2026-11-29T04:00:00Z')
  const resident = { status: 'active', holderKind: 'household' as const }
  test('points by kind', () => {
    expect(checkRedemption(goods, resident, 2, now, rules)).toEqual({ ok: true, points: 60, unitPoints: 30 })
    expect(checkRedemption({ ...goods, kind: 'fee-deduction', feeFen: 500 }, resident, 1, now, rules)).toMatchObject({
      points: 500,
    })
    // Honours are awarded by the district, never redeemed (issue 19: any office card took one for 0 points).
    expect(checkRedemption({ ...goods, kind: 'honour', audience: 'both' }, resident, 1, now, rules)).toMatchObject({
      ok: false,
      code: 'HONOUR_AWARDED',
    })
  })
  test('refusals', () => {
    expect(checkRedemption(goods, resident, 6, now, rules)).toMatchObject({ code: 'OUT_OF_STOCK' })
    expect(checkRedemption(goods, resident, 0, now, rules)).toMatchObject({ code: 'INVALID_QUANTITY' })
    expect(checkRedemption(goods, { status: 'lost', holderKind: 'household' }, 1, now, rules)).toMatchObject({
      code: 'CARD_NOT_ACTIVE',
    })
    expect(checkRedemption(goods, { status: 'active', holderKind: 'office' }, 1, now, rules)).toMatchObject({
      code: 'WRONG_AUDIENCE',
    })
    expect(checkRedemption({ ...goods, activeUntil: '2026-11-01T00:00:00Z' }, resident, 1, now, rules)).toMatchObject({
      code: 'OUTSIDE_WINDOW',
    })
    expect(checkRedemption({ ...goods, activeFrom: '2026-12-01T00:00:00Z' }, resident, 1, now, rules)).toMatchObject({
      code: 'OUTSIDE_WINDOW',
    })
    expect(checkRedemption({ ...goods, active: false }, resident, 1, now, rules)).toMatchObject({
      code: 'REWARD_INACTIVE',
    })
  })
})

test('follow-up candidates: few points in the period or a negative balance', () => {
  const cards = [
    { id: 1, cardNumber: 'A1', holderName: '张三', balance: 50 },
    { id: 2, cardNumber: 'A2', holderName: '李四', balance: -10 },
    { id: 3, cardNumber: 'A3', officeName: '区政府', balance: 0 },
    // A blank card nobody holds yet: nobody to call.
    { id: 4, cardNumber: 'A4', balance: 0 },
  ]
  const earned = new Map([
    ['1', 40],
    ['2', 40],
  ])
  const out = followUpCandidates(cards, earned, 10)
  expect(out.map((c) => [c.cardNumber, c.why])).toEqual([
    ['A2', 'negative-balance'],
    ['A3', 'few-points'],
  ])
})

describe('pointsToExpire', () => {
  const cutoff = new Date('2026-10-01T00:00:00Z')
  const line = (delta: number, createdAt: string) => ({ delta, createdAt })
  test('old points not yet spent expire; spending takes the oldest first', () => {
    const lines = [
      line(100, '2026-09-01T00:00:00Z'),
      line(-30, '2026-09-15T00:00:00Z'),
      line(50, '2026-10-10T00:00:00Z'),
    ]
    expect(pointsToExpire(lines, cutoff, 120)).toBe(70)
    expect(pointsToExpire([...lines, line(-80, '2026-10-12T00:00:00Z')], cutoff, 40)).toBe(0)
    expect(pointsToExpire([line(100, '2026-09-01T00:00:00Z'), line(-70, '2026-11-01T00:00:00Z')], cutoff, 30)).toBe(30)
  })
  test('never more than the balance, never negative', () => {
    expect(pointsToExpire([line(100, '2026-09-01T00:00:00Z')], cutoff, 40)).toBe(40)
    expect(pointsToExpire([line(-10, '2026-09-01T00:00:00Z')], cutoff, -10)).toBe(0)
    expect(pointsToExpire([line(100, '2026-10-02T00:00:00Z')], cutoff, 100)).toBe(0)
  })
})
