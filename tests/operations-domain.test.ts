/**
 * The operations rules, pure: work orders' levels and deadlines, the inspectors' shifts, and the fill forecast —
 * each figure worked out by hand.
 */
import {
  cardlessDumping,
  forecastFull,
  riseIn,
  shanghaiWeekday,
  weekdayRates,
  type Reading,
} from '../domain/operations/forecast'
import {
  DEFAULT_SLA,
  dueActions,
  openingDeadlines,
  pickAssignee,
  shiftAt,
  slaFor,
  workOrderStepAllowed,
} from '../domain/operations/workOrders'

const at = (iso: string) => new Date(iso)
const min = (base: string, m: number) => new Date(Date.parse(base) + m * 60_000).toISOString()

describe('work orders', () => {
  const opened = '2026-12-01T02:00:00.000Z'
  const sla = { levelMinutes: [60, 240, 720] as [number, number, number], overallMinutes: 24 * 60 }
  const order = { status: 'open', level: 1, openedAt: opened, ...openingDeadlines(opened, sla) }

  test('the time limits: the settings’ row for the kind, else the default of its severity', () => {
    expect(slaFor('smoke', [])).toBe(DEFAULT_SLA.critical)
    expect(slaFor('full', null)).toBe(DEFAULT_SLA.major)
    expect(slaFor('fault-door', undefined)).toBe(DEFAULT_SLA.minor)
    expect(
      slaFor('smoke', [{ kind: 'smoke', level1Minutes: 10, level2Minutes: 20, level3Minutes: 30, overallHours: 2 }]),
    ).toEqual({ levelMinutes: [10, 20, 30], overallMinutes: 120 })
    expect(order.levelDeadline).toBe(min(opened, 60))
    expect(order.deadline).toBe(min(opened, 1440))
  })

  test('escalation: level by level, each level’s time from the last deadline; a late run catches up; level 3 is the last', () => {
    expect(dueActions(order, sla, at(min(opened, 59)), 30).escalate).toBeUndefined()
    expect(dueActions(order, sla, at(min(opened, 60)), 30).escalate).toEqual({
      level: 2,
      levelDeadline: min(opened, 300),
    })
    expect(dueActions(order, sla, at(min(opened, 301)), 30).escalate).toEqual({
      level: 3,
      levelDeadline: min(opened, 1020),
    })
    const atThree = { ...order, level: 3, levelDeadline: min(opened, 1020) }
    expect(dueActions(atThree, sla, at(min(opened, 5000)), 30).escalate).toBeUndefined()
  })

  test('the overall deadline is told once; reminders only until acknowledged; a closed order asks nothing', () => {
    expect(dueActions(order, sla, at(min(opened, 1440)), 30).overdue).toBe(true)
    expect(dueActions({ ...order, overdue: true }, sla, at(min(opened, 1500)), 30).overdue).toBe(false)
    expect(dueActions(order, sla, at(min(opened, 29)), 30).remind).toBe(false)
    expect(dueActions(order, sla, at(min(opened, 30)), 30).remind).toBe(true)
    expect(dueActions({ ...order, remindedAt: min(opened, 30) }, sla, at(min(opened, 45)), 30).remind).toBe(false)
    expect(dueActions({ ...order, status: 'acknowledged' }, sla, at(min(opened, 300)), 30).remind).toBe(false)
    expect(dueActions({ ...order, status: 'closed' }, sla, at(min(opened, 9999)), 30)).toEqual({
      remind: false,
      overdue: false,
    })
  })

  test('steps: open → acknowledged → closed, or open → closed; closed is final', () => {
    expect(workOrderStepAllowed('open', 'acknowledged')).toBe(true)
    expect(workOrderStepAllowed('open', 'closed')).toBe(true)
    expect(workOrderStepAllowed('acknowledged', 'open')).toBe(false)
    expect(workOrderStepAllowed('closed', 'open')).toBe(false)
  })

  test('shifts: day 08:00–20:00 Shanghai; the night belongs to the day it began', () => {
    expect(shiftAt(at('2026-12-01T00:00:00Z'))).toEqual({ day: '2026-12-01', shift: 'day' }) // 08:00
    expect(shiftAt(at('2026-12-01T11:59:00Z'))).toEqual({ day: '2026-12-01', shift: 'day' }) // 19:59
    expect(shiftAt(at('2026-12-01T12:00:00Z'))).toEqual({ day: '2026-12-01', shift: 'night' }) // 20:00
    expect(shiftAt(at('2026-12-01T19:30:00Z'))).toEqual({ day: '2026-12-01', shift: 'night' }) // 03:30 on the 2nd
    expect(shiftAt(at('2026-11-30T23:59:00Z'))).toEqual({ day: '2026-11-30', shift: 'night' }) // 07:59 on the 1st
  })

  test('the inspector with the fewest open orders gets the next; ties to the first listed', () => {
    expect(pickAssignee([], new Map())).toBeUndefined()
    expect(
      pickAssignee(
        [1, 2, 3],
        new Map([
          ['1', 2],
          ['2', 0],
          ['3', 0],
        ]),
      ),
    ).toBe(2)
    expect(pickAssignee([1, 2], new Map())).toBe(1)
  })
})

describe('fill forecast', () => {
  // 2026-11-30 is a Monday; readings every hour.
  const series = (from: string, hours: number, start: number, perHour: number): Reading[] =>
    Array.from({ length: hours + 1 }, (_, k) => ({ at: min(from, k * 60), percent: start + k * perHour }))

  test('rates per Shanghai weekday; an emptying and time spent full are not rates; gaps over a day are ignored', () => {
    expect(shanghaiWeekday('2026-11-30T16:00:00Z')).toBe(2) // Tuesday 00:00 in Shanghai
    const monday = series('2026-11-30T00:00:00Z', 10, 10, 2) // 08:00–18:00 Monday: 2 points an hour
    const emptied = [{ at: '2026-11-30T11:00:00.000Z', percent: 3 }]
    const full = [
      { at: '2026-12-03T00:00:00.000Z', percent: 100 },
      { at: '2026-12-03T05:00:00.000Z', percent: 100 },
    ]
    const r = weekdayRates([...monday, ...emptied, ...full])
    expect(r.byWeekday[1]).toBe(2)
    expect(r.byWeekday[3]).toBeNull()
    expect(r.overall).toBe(2)
    expect(
      weekdayRates([
        { at: '2026-11-01T00:00:00Z', percent: 0 },
        { at: '2026-11-03T00:00:00Z', percent: 50 },
      ]).overall,
    ).toBeNull()
  })

  test('when it will be full: hour by hour with each weekday’s rate', () => {
    const now = at('2026-12-01T00:00:00Z') // Tuesday 08:00 Shanghai
    // 4 points an hour every day: from 60 %, 10 hours — 18:00 today.
    const flat = { byWeekday: Array(7).fill(4), overall: 4 }
    expect(forecastFull(60, flat, now)).toEqual({ fullAt: '2026-12-01T10:00:00.000Z', when: 'today' })
    // 1 point an hour: 40 hours — Wednesday 24:00 is Thursday 00:00 Shanghai, in two days.
    expect(forecastFull(60, { byWeekday: Array(7).fill(1), overall: 1 }, now)).toEqual({
      fullAt: '2026-12-02T16:00:00.000Z',
      when: 'in-two-days',
    })
    // Tuesday has no data: the overall rate stands in.
    const noTuesday = { byWeekday: [2, 2, null, 2, 2, 2, 2], overall: 2 }
    expect(forecastFull(80, noTuesday, now).fullAt).toBe('2026-12-01T10:00:00.000Z')
    expect(forecastFull(100, flat, now)).toEqual({ fullAt: now.toISOString(), when: 'today' })
    expect(forecastFull(50, { byWeekday: Array(7).fill(null), overall: null }, now)).toEqual({
      fullAt: null,
      when: 'unknown',
    })
  })

  test('rise in a window sums the increases; an emptying does not subtract', () => {
    const r = [
      { at: '2026-12-01T00:00:00Z', percent: 40 },
      { at: '2026-12-01T02:00:00Z', percent: 90 },
      { at: '2026-12-01T03:00:00Z', percent: 5 },
      { at: '2026-12-01T05:00:00Z', percent: 25 },
    ]
    expect(riseIn(r, at('2026-12-01T00:00:00Z'), at('2026-12-01T06:00:00Z'))).toBe(70)
    expect(riseIn(r, at('2026-12-01T02:30:00Z'), at('2026-12-01T06:00:00Z'))).toBe(20)
  })

  test('filling without cards: a large rise the card drops do not explain', () => {
    // Usually 2 points a drop.
    const usual = { baselineRise: 140, baselineDrops: 70 }
    expect(cardlessDumping({ rise: 19, drops: 0, ...usual })).toBeNull()
    expect(cardlessDumping({ rise: 20, drops: 0, ...usual })).toBe('24 小时内满溢度上升 20 个百分点，但没有刷卡投放')
    // 10 drops explain 20 points; up to 2 × 20 + 5 = 45 passes.
    expect(cardlessDumping({ rise: 45, drops: 10, ...usual })).toBeNull()
    expect(cardlessDumping({ rise: 46, drops: 10, ...usual })).toBe(
      '24 小时内满溢度上升 46 个百分点，刷卡投放 10 次只能解释约 20 个百分点',
    )
    // No history to compare with, but some drops: not flagged.
    expect(cardlessDumping({ rise: 60, drops: 3, baselineRise: 0, baselineDrops: 0 })).toBeNull()
  })
})
