/** The publicity rules as pure functions: bookings and the waiting list, consultation, the honour roll, the resident pass, limits, the map. */
import { code, placesTaken, promotions, type SlotBooking } from '../domain/publicity/bookings'
import { consultationOpen, openCloseOuts, planStepAllowed } from '../domain/publicity/consultation'
import { previousMonth, rankOffices } from '../domain/publicity/honourRoll'
import { percentText as percent } from '../domain/shared/rates'
import { mapView } from '../domain/publicity/map'
import { issuePass, readPass } from '../domain/publicity/residentPass'
import { prng } from '../domain/shared/random'
import { WindowLimiter } from '../domain/system/windowLimit'

const b = (id: number, size: number, status: SlotBooking['status'], minute = 0): SlotBooking => ({
  id,
  size,
  status,
  createdAt: `2026-12-01T08:${String(minute).padStart(2, '0')}:00.000Z`,
})

describe('visit bookings', () => {
  test('a party takes its size; declined, cancelled and waiting parties hold no places', () => {
    expect(
      placesTaken([
        b(1, 10, 'pending'),
        b(2, 5, 'confirmed'),
        b(3, 7, 'attended'),
        b(4, 9, 'waiting'),
        b(5, 3, 'declined'),
      ]),
    ).toBe(22)
  })
  test('the waiting list moves up strictly in order: a party that does not fit keeps the head', () => {
    const list = [b(1, 20, 'confirmed'), b(2, 8, 'waiting', 2), b(3, 2, 'waiting', 1), b(4, 5, 'waiting', 3)]
    expect(promotions(30, list).map((x) => x.id)).toEqual([3, 2])
    expect(promotions(25, list).map((x) => x.id)).toEqual([3])
    expect(promotions(20, list)).toEqual([])
  })
  test('codes use letters and digits that cannot be misread', () => {
    const c = code(200, prng(7))
    expect(c).toMatch(/^[2-9A-HJKMNP-Z]{200}$/)
  })
})

describe('consultation', () => {
  const now = new Date('2026-12-01T00:00:00Z')
  test('open only in consultation and before its closing time', () => {
    expect(consultationOpen({ status: 'consultation', consultationEnds: '2026-12-02T00:00:00Z' }, now)).toBe(true)
    expect(consultationOpen({ status: 'consultation', consultationEnds: '2026-11-30T00:00:00Z' }, now)).toBe(false)
    expect(consultationOpen({ status: 'issued', consultationEnds: '2026-12-02T00:00:00Z' }, now)).toBe(false)
  })
  test('a plan moves one step at a time (or back to draft from consultation)', () => {
    expect(planStepAllowed('draft', 'consultation')).toBe(true)
    expect(planStepAllowed('consultation', 'draft')).toBe(true)
    expect(planStepAllowed('draft', 'issued')).toBe(false)
    expect(planStepAllowed('approved', 'consultation')).toBe(false)
    expect(planStepAllowed('approved', 'issued')).toBe(true)
  })
  test('close-out: every shown comment needs an outcome, and a reason unless adopted', () => {
    const open = openCloseOuts([
      { id: 1, outcome: 'adopted' },
      { id: 2, outcome: 'partly', outcomeReason: ' ' },
      { id: 3, outcome: 'not-adopted', outcomeReason: '已有规定' },
      { id: 4, outcome: null },
    ])
    expect(open.map((r) => r.id)).toEqual([2, 4])
  })
})

describe('honour roll', () => {
  test('ranked by participation, then accuracy (no checks last), offices without cards left out', () => {
    const rows = rankOffices([
      { site: 1, name: '甲', cards: 10, activeCards: 8, checks: 0, correct: 0 },
      { site: 2, name: '乙', cards: 10, activeCards: 8, checks: 4, correct: 3 },
      { site: 3, name: '丙', cards: 4, activeCards: 4, checks: 2, correct: 1 },
      { site: 4, name: '丁', cards: 0, activeCards: 0, checks: 0, correct: 0 },
    ])
    expect(rows.map((r) => [r.name, r.rank, r.participation, r.accuracy])).toEqual([
      ['丙', 1, 1000, 500],
      ['乙', 2, 800, 750],
      ['甲', 3, 800, null],
    ])
    expect(percent(875)).toBe('87.5%')
    expect(percent(null)).toBe('—')
    expect(previousMonth('2026-01')).toBe('2025-12')
    expect(previousMonth('2026-11')).toBe('2026-10')
  })
})

describe('the resident pass', () => {
  test('valid for its card until it expires; a forged, altered or foreign pass is nothing', () => {
    const pass = issuePass('secret-a', 42, 1_000)
    expect(readPass('secret-a', pass, 2_000)).toBe('42')
    expect(readPass('secret-a', pass, 1_000 + 10 * 60_000 + 1)).toBeNull()
    expect(readPass('secret-b', pass, 2_000)).toBeNull()
    expect(readPass('secret-a', pass.replace(/^42\./, '43.'), 2_000)).toBeNull()
    expect(readPass('secret-a', 'garbage', 2_000)).toBeNull()
    expect(readPass('secret-a', undefined, 2_000)).toBeNull()
  })
})

describe('limits', () => {
  test('at most max acts per key in the window; other keys unaffected; the window slides', () => {
    const limit = new WindowLimiter(2, 60_000)
    expect(limit.take('a', 0)).toBe(0)
    expect(limit.take('a', 1_000)).toBe(0)
    expect(limit.take('a', 2_000)).toBe(58)
    expect(limit.take('b', 2_000)).toBe(0)
    expect(limit.take('a', 60_001)).toBe(0)
  })
})

describe('the disclosure map', () => {
  const sites = [
    { latitude: 31.3526, longitude: 118.4331 },
    { latitude: 31.4267, longitude: 118.3214 },
    { latitude: 31.3794, longitude: 118.4012 },
  ]
  test('every site lands inside the picture, at the largest zoom that fits', () => {
    const view = mapView(sites, 800, 520, 40)
    for (const s of sites) {
      const p = view.place(s)
      expect(p.x).toBeGreaterThanOrEqual(40 - 1e-6)
      expect(p.x).toBeLessThanOrEqual(760 + 1e-6)
      expect(p.y).toBeGreaterThanOrEqual(40 - 1e-6)
      expect(p.y).toBeLessThanOrEqual(480 + 1e-6)
    }
    expect(mapView(sites, 1600, 1040, 40).zoom).toBe(view.zoom + 1)
    expect(view.tiles).toEqual([])
  })
  test('with a tile URL, the tiles under the picture, each once, placed where they fall', () => {
    const view = mapView(sites, 800, 520, 40, 'https://tiles.example/{z}/{x}/{y}.png')
    expect(view.tiles.length).toBeGreaterThanOrEqual(12)
    expect(new Set(view.tiles.map((t) => t.href)).size).toBe(view.tiles.length)
    expect(view.tiles[0]!.href).toMatch(new RegExp(`^https://tiles.example/${view.zoom}/\\d+/\\d+\\.png$`))
    for (const t of view.tiles) {
      expect(t.x).toBeGreaterThan(-256)
      expect(t.x).toBeLessThan(800)
      expect(t.y).toBeGreaterThan(-256)
      expect(t.y).toBeLessThan(520)
    }
  })
})
