/**
 * Every figure of the registry (domain/metrics/registry.ts), computed from the records for a period (Shanghai days,
 * both included) and optionally one town or one site. Adapter-level reads of only the columns a figure needs
 * (no hooks, no joins); each figure's numerator and denominator are returned with it, so a reader can check it.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { refId } from '../../shared/refs'
import { coveredVillages } from '../../domain/countryside/contracts'
import { daysIn, type MetricKey } from '../../domain/metrics/registry'
import { addUp } from '../../domain/metrics/rollups'
import { isHazardous } from '../../domain/operations/storage'
import { shiftAt } from '../../domain/operations/workOrders'
import { perMille } from '../../domain/shared/rates'
import { shanghaiDay, shanghaiDayStart } from '../../shared/time'
import { readRows, type Row } from '../../db/records'
import { cardCounts, cardCountsFromRecords } from './cardCounts'
import { dailyTotalsIn } from './DailyTotals/rollups'

export type Scope = { from: string; to: string; town?: number | string; site?: number | string }
export type Ratio = { value: number; numerator: number; denominator: number }
export type Figures = {
  scope: Scope
  cardsIssued: { total: number; byChannel: Record<string, number> }
  participants: number
  highestBalance: number
  participationRate: Ratio
  dropOffRate: Ratio
  accuracy: Ratio
  tonnageByCategory: { total: number; byCategory: Record<string, number> }
  devicesByKind: Record<string, number>
  fundsInvested: number
  campaignsByKind: Record<string, number>
  mediaReports: number
  tonnesCleared: number
  assessmentsHeld: number
  subsidiesPaid: number
  marketCoverage: Ratio & { byTown: Record<string, Ratio> }
  sortingCoverage: { compounds: Ratio; villages: Ratio }
  modelVillages: number
  cleanerStaffing: Ratio
  recyclingRate: Ratio
  safeTreatmentRate: Ratio
  /** The district's inspectors (null for a town or a site: shifts are district-wide). */
  inspectorsOnDuty: { day: number; night: number } | null
}
export type FigureKey = Exclude<keyof Figures, 'scope'> & MetricKey

const ratio = (numerator: number, denominator: number): Ratio => ({
  value: perMille(numerator, denominator),
  numerator,
  denominator,
})
const sum = (rows: Row[], field: string) => rows.reduce((s, r) => s + (Number(r[field]) || 0), 0)
const tally = (rows: Row[], field: string) => {
  const out: Record<string, number> = {}
  for (const r of rows) out[String(r[field])] = (out[String(r[field])] ?? 0) + 1
  return out
}
const ONE_DROP = { drops: 1, grams: 0, byCategory: {}, cardDays: 0, cardDrops: 0 }
const ids = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(refId(x as number))) : [])

/**
 * `rollups` (the default): the drops' figures from the daily totals as the records stand (dailyTotalsIn) and the
 * card-day counts the adapter's fast way; `records`: every drop and card-day read and counted — the recount the
 * nightly check, the tests and the benchmark compare the default with.
 */
export type Source = 'rollups' | 'records'

export async function computeFigures(payload: Payload, scope: Scope, o: { source?: Source } = {}): Promise<Figures> {
  const fromRecords = o.source === 'records'
  const read = (collection: CollectionSlug, where: Where, select: Record<string, true>) =>
    readRows(payload, collection, where, { select })
  const start = shanghaiDayStart(scope.from).toISOString()
  const end = shanghaiDayStart(shanghaiDay(new Date(shanghaiDayStart(scope.to).getTime() + 36 * 3600_000)))
  const until = end.toISOString()
  const within = (field: string): Where => ({
    and: [{ [field]: { greater_than_equal: start } }, { [field]: { less_than: until } }],
  })

  // The places in scope: a site, a town's sites (and villages), or the district.
  const sites = await read(
    'sites',
    scope.site !== undefined
      ? { id: { equals: scope.site } }
      : scope.town !== undefined
        ? { town: { equals: scope.town } }
        : {},
    { kind: true, town: true },
  )
  const scoped = scope.site !== undefined || scope.town !== undefined
  const siteIds = sites.map((s) => s.id)
  const bySite = (field = 'site'): Where => (scoped ? { [field]: { in: siteIds } } : {})
  // The countryside's figures (villages, clean-ups, assessments, payouts) are a town's: a site's are its town's.
  const town = scope.town ?? (scope.site !== undefined ? (refId(sites[0]?.town as number) ?? -1) : undefined)
  const villages = await read('villages', town !== undefined ? { town: { equals: town } } : {}, {
    town: true,
    runsSorting: true,
    modelVillage: true,
    cleanersRequired: true,
    cleanersOnDuty: true,
  })
  const byTown: Where = town !== undefined ? { town: { equals: town } } : {}

  const cardQuery = { from: scope.from, to: scope.to, until, ...(scoped ? { sites: siteIds } : {}) }
  const [counts, checks, tonnage, bins, campaigns, cleanups, assessments, payouts] = await Promise.all([
    fromRecords ? cardCountsFromRecords(payload, cardQuery) : cardCounts(payload, cardQuery),
    read('sorting-checks', { and: [bySite(), within('checkedAt')] }, { result: true }),
    fromRecords
      ? read('drop-offs', { and: [bySite(), within('occurredAt')] }, { category: true, grams: true }).then((drops) =>
          addUp(
            drops.map((d) => ({
              ...ONE_DROP,
              grams: Number(d.grams) || 0,
              byCategory: { [String(d.category)]: Number(d.grams) || 0 },
            })),
          ),
        )
      : dailyTotalsIn(payload, { from: scope.from, to: scope.to, ...(scoped ? { sites: siteIds } : {}) }).then(addUp),
    read('bins', bySite(), { kind: true, costFen: true, commissionedAt: true, site: true }),
    scoped
      ? Promise.resolve([])
      : read(
          'campaigns',
          { and: [within('date'), { _status: { equals: 'published' } }] },
          {
            kind: true,
            coverage: true,
          },
        ),
    read(
      'cleanup-drives',
      { and: [byTown, within('day')] },
      {
        grams: true,
      },
    ),
    read(
      'assessments',
      { and: [byTown, { status: { in: ['submitted', 'approved'] } }] },
      { period: true, submittedAt: true },
    ),
    read('subsidy-payouts', { and: [byTown, { status: { equals: 'paid' } }, within('paidOn')] }, { amountFen: true }),
  ])

  // Cards: issued (by channel) and active; who dropped (cardCounts.ts) — the period's participants among the active
  // cards (the denominator's cards), so a rate is never above 100 %.
  const active = counts.active

  const commissioned = bins.filter((b) => !b.commissionedAt || String(b.commissionedAt) < until)
  const devicesByKind = tally(commissioned, 'kind')

  // Treatment: where collected waste went, by the destination facility's kind.
  const [runs, stockIn, facilities] = await Promise.all([
    read('collection-runs', within('day'), { grams: true, destination: true, sites: true }),
    read('stock-movements', { and: [within('at'), { direction: { equals: 'in' } }] }, { grams: true, material: true }),
    read('facilities', {}, { kind: true }),
  ])
  const facilityKind = new Map(facilities.map((f) => [String(f.id), String(f.kind)]))
  const scopedRuns = scoped ? runs.filter((r) => ids(r.sites).some((s) => siteIds.map(String).includes(s))) : runs
  const runGrams = sum(scopedRuns, 'grams')
  const toKind = (kinds: string[]) =>
    sum(
      scopedRuns.filter((r) => kinds.includes(facilityKind.get(String(refId(r.destination as number))) ?? '')),
      'grams',
    )
  const recyclablesIn = scoped
    ? 0
    : sum(
        stockIn.filter((m) => !isHazardous(String(m.material))),
        'grams',
      )

  // Countryside: market coverage per town, sorting coverage, staffing.
  const contracts = await read('sanitation-contracts', {}, { start: true, end: true, villages: true })
  const covered = coveredVillages(
    contracts.map((c) => ({ start: String(c.start), end: String(c.end), villages: ids(c.villages) })),
    scope.to,
  )
  const townsOf = new Map<string, Row[]>()
  for (const v of villages)
    townsOf.set(String(refId(v.town as number)), [...(townsOf.get(String(refId(v.town as number))) ?? []), v])
  const marketByTown = Object.fromEntries(
    [...townsOf].map(([town, vs]) => [town, ratio(vs.filter((v) => covered.has(String(v.id))).length, vs.length)]),
  )
  const compounds = sites.filter((s) => s.kind === 'residential')
  // The bins in scope stand at the sites in scope: a compound sorts when one of them stands there.
  const withBins = new Set(bins.map((b) => String(refId(b.site as number))))

  const { day: shiftDay } = shiftAt(new Date(`${scope.to}T12:00:00+08:00`))
  const shifts = await read(
    'inspector-shifts',
    { day: { equals: shanghaiDayStart(shiftDay).toISOString() } },
    {
      shift: true,
      inspectors: true,
    },
  )
  const onShift = (s: string) => new Set(shifts.filter((x) => x.shift === s).flatMap((x) => ids(x.inspectors))).size

  return {
    scope,
    cardsIssued: { total: counts.total, byChannel: counts.byChannel },
    participants: counts.participants,
    highestBalance: counts.highestBalance,
    participationRate: ratio(counts.activeParticipants, active),
    dropOffRate: ratio(counts.activeCardDays, active * daysIn(scope.from, scope.to)),
    accuracy: ratio(checks.filter((c) => c.result === 'correct').length, checks.length),
    tonnageByCategory: { total: tonnage.grams, byCategory: tonnage.byCategory },
    devicesByKind,
    fundsInvested: sum(commissioned, 'costFen'),
    campaignsByKind: tally(campaigns, 'kind'),
    mediaReports: campaigns.reduce((n, c) => n + (Array.isArray(c.coverage) ? c.coverage.length : 0), 0),
    tonnesCleared: sum(cleanups, 'grams'),
    assessmentsHeld: new Set(
      assessments
        .filter((a) => a.submittedAt && String(a.submittedAt) >= start && String(a.submittedAt) < until)
        .map((a) => a.period),
    ).size,
    subsidiesPaid: sum(payouts, 'amountFen'),
    marketCoverage: {
      ...ratio(villages.filter((v) => covered.has(String(v.id))).length, villages.length),
      byTown: marketByTown,
    },
    sortingCoverage: {
      compounds: ratio(compounds.filter((s) => withBins.has(String(s.id))).length, compounds.length),
      villages: ratio(villages.filter((v) => v.runsSorting).length, villages.length),
    },
    modelVillages: villages.filter((v) => v.modelVillage).length,
    cleanerStaffing: ratio(sum(villages, 'cleanersOnDuty'), sum(villages, 'cleanersRequired')),
    recyclingRate: ratio(recyclablesIn + toKind(['kitchen-plant', 'recycling']), recyclablesIn + runGrams),
    safeTreatmentRate: ratio(
      toKind(['kitchen-plant', 'incineration', 'transfer-station', 'hazardous-centre']),
      runGrams,
    ),
    inspectorsOnDuty: scoped ? null : { day: onShift('day'), night: onShift('night') },
  }
}
