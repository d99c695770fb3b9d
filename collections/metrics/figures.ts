/**
 * Every figure of the registry (domain/metrics/registry.ts), computed from the records for a period (Shanghai days,
 * both included) and optionally one town or one site. Adapter-level reads of only the columns a figure needs
 * (no hooks, no joins); each figure's numerator and denominator are returned with it, so a reader can check it.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { refId } from '../../shared/refs'
import { coveredVillages, roadCoverage, type RoadCoverage } from '../../domain/countryside/contracts'
import { governmentSpending } from '../../domain/metrics/spending'
import { finalKind } from '../../domain/operations/treatment'
import type { MetricKey } from '../../domain/metrics/registry'
import { addUp } from '../../domain/metrics/rollups'
import { isHazardous } from '../../domain/operations/storage'
import { shiftAt } from '../../domain/operations/workOrders'
import { perMille } from '../../domain/shared/rates'
import { shanghaiDay, shanghaiDayStart } from '../../shared/time'
import { readRows, type Row } from '../../db/records'
import { cardCounts, cardCountsFromRecords } from './cardCounts'
import { dailyTotalsIn } from './DailyTotals/rollups'

/** The urban pilot (the sites marked as such), the countryside (the villages, and the sites that stand in them), or the district (everything). */
export type Area = 'urban' | 'countryside'
export type Scope = { from: string; to: string; town?: number | string; site?: number | string; area?: Area }
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
  /** Government money up to `to` from the spending ledger, and by purpose; `all`: whoever paid. */
  fundsInvested: number
  fundsByPurpose: Record<string, number>
  fundsAllPayers: number
  campaignsByKind: Record<string, number>
  /** The campaigns counted, for the names the report gives. */
  campaignList: Array<{ title: string; kind: string; date: string; place: string; site: string | null }>
  mediaReports: number
  mediaOutlets: string[]
  tonnesCleared: number
  assessmentsHeld: number
  subsidiesPaid: number
  marketCoverage: Ratio & { byTown: Record<string, Ratio>; roadsByTown: Record<string, RoadCoverage> }
  /** `unknown`: villages whose state on `to` the records cannot tell (no date for a past day). */
  sortingCoverage: { compounds: Ratio; villages: Ratio & { unknown: number } }
  modelVillages: number
  modelVillagesUnknown: number
  cleanerStaffing: Ratio & { unknown: number }
  recyclingRate: Ratio
  safeTreatmentRate: Ratio
  /** The district's inspectors on `to` (null for a town or a site: shifts are district-wide); planned: a shift plan exists. */
  inspectorsOnDuty: { day: number; night: number; planned: boolean } | null
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

/**
 * The inspectors planned for a Shanghai day (the shift plans of its day, as the scheduler keys them): on the day
 * shift, on the night shift, the people across both, and whether any plan exists for that day.
 */
export async function inspectorsOn(
  payload: Payload,
  day: string,
): Promise<{ day: number; night: number; people: number; planned: boolean }> {
  const { day: shiftDay } = shiftAt(new Date(`${day}T12:00:00+08:00`))
  const shifts = await readRows(
    payload,
    'inspector-shifts',
    { day: { equals: shanghaiDayStart(shiftDay).toISOString() } },
    { select: { shift: true, inspectors: true } },
  )
  const on = (which?: string) =>
    new Set(shifts.filter((x) => !which || x.shift === which).flatMap((x) => ids(x.inspectors))).size
  return { day: on('day'), night: on('night'), people: on(), planned: shifts.length > 0 }
}

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
  // A report for a past day reads the state of that day; today's state is the records as they stand.
  const past = scope.to < shanghaiDay(new Date())

  // The places in scope: a site, a town's sites (and villages), the urban pilot, the countryside, or the district.
  const siteWhere: Where[] = [
    ...(scope.site !== undefined ? [{ id: { equals: scope.site } }] : []),
    ...(scope.town !== undefined ? [{ town: { equals: scope.town } }] : []),
    ...(scope.area === 'urban' ? [{ urbanPilot: { equals: true } }] : []),
    ...(scope.area === 'countryside'
      ? [{ and: [{ kind: { equals: 'village' } }, { urbanPilot: { not_equals: true } }] }]
      : []),
  ]
  const sites = await read('sites', siteWhere.length ? { and: siteWhere } : {}, {
    kind: true,
    town: true,
    households: true,
  })
  const scoped = scope.site !== undefined || scope.town !== undefined || scope.area !== undefined
  const siteIds = sites.map((s) => s.id)
  const bySite = (field = 'site'): Where => (scoped ? { [field]: { in: siteIds } } : {})
  // The countryside's figures (villages, clean-ups, assessments, payouts) are a town's: a site's are its town's.
  // The urban pilot has none.
  const rural = scope.area !== 'urban'
  const town = scope.town ?? (scope.site !== undefined ? (refId(sites[0]?.town as number) ?? -1) : undefined)
  const byTown: Where = town !== undefined ? { town: { equals: town } } : {}
  /** A countryside read: none for the urban pilot. */
  const ruralRead = (collection: CollectionSlug, where: Where, select: Record<string, true>) =>
    rural ? read(collection, where, select) : Promise.resolve([] as Row[])
  const villages = await ruralRead('villages', byTown, {
    town: true,
    runsSorting: true,
    schemeSince: true,
    modelVillage: true,
    modelSince: true,
    cleanersRequired: true,
    cleanersOnDuty: true,
  })

  const cardQuery = { from: scope.from, to: scope.to, until, ...(scoped ? { sites: siteIds } : {}) }
  const campaignArea: Where =
    scope.area === 'urban'
      ? { or: [{ area: { in: ['urban', 'district'] } }, { area: { exists: false } }] }
      : scope.area === 'countryside'
        ? { area: { equals: 'countryside' } }
        : {}
  const [counts, checks, tonnage, bins, campaigns, cleanups, assessments, payouts, spending] = await Promise.all([
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
    read('bins', bySite(), { kind: true, commissionedAt: true, site: true }),
    scope.site !== undefined || scope.town !== undefined
      ? Promise.resolve([])
      : read(
          'campaigns',
          { and: [within('date'), { _status: { equals: 'published' } }, campaignArea] },
          { kind: true, coverage: true, title: true, date: true, place: true, site: true },
        ),
    ruralRead('cleanup-drives', { and: [byTown, within('day')] }, { grams: true }),
    ruralRead(
      'assessments',
      { and: [byTown, { status: { in: ['submitted', 'approved'] } }] },
      { period: true, submittedAt: true },
    ),
    ruralRead(
      'subsidy-payouts',
      { and: [byTown, { status: { equals: 'paid' } }, within('paidOn')] },
      { amountFen: true, period: true },
    ),
    // Money is cumulative to `to` from the programme's first payment, whatever the period.
    read(
      'spending',
      {
        and: [
          { day: { less_than: until } },
          ...(scope.area ? [{ area: { equals: scope.area } }] : []),
          ...(scope.site !== undefined || scope.town !== undefined ? [{ site: { in: siteIds } }] : []),
        ],
      },
      { payer: true, purpose: true, amountFen: true },
    ),
  ])

  const commissioned = bins.filter((b) => !b.commissionedAt || String(b.commissionedAt) < until)
  const devicesByKind = tally(commissioned, 'kind')

  // Treatment: where collected waste ended up — a transfer station passes on its destination's kind.
  const [runs, stockIn, facilities] = await Promise.all([
    read('collection-runs', within('day'), { grams: true, destination: true, sites: true }),
    read('stock-movements', { and: [within('at'), { direction: { equals: 'in' } }] }, { grams: true, material: true }),
    read('facilities', {}, { kind: true, sendsTo: true }),
  ])
  const facility = new Map(
    facilities.map((f) => [String(f.id), { kind: String(f.kind), sendsTo: refId(f.sendsTo as number) }]),
  )
  const scopedRuns = scoped ? runs.filter((r) => ids(r.sites).some((s) => siteIds.map(String).includes(s))) : runs
  const runGrams = sum(scopedRuns, 'grams')
  const toKind = (kinds: string[]) =>
    sum(
      scopedRuns.filter((r) => kinds.includes(finalKind(facility, refId(r.destination as number)) ?? '')),
      'grams',
    )
  const recyclablesIn = scoped
    ? 0
    : sum(
        stockIn.filter((m) => !isHazardous(String(m.material))),
        'grams',
      )

  // Countryside: market coverage per town (villages, and the roads the contracts keep), sorting, staffing.
  const [contracts, towns, cleaners] = await Promise.all([
    ruralRead(
      'sanitation-contracts',
      {},
      {
        start: true,
        end: true,
        villages: true,
        town: true,
        seatRoadMetres: true,
        mainRoadMetres: true,
      },
    ),
    ruralRead('towns', town !== undefined ? { id: { equals: town } } : {}, {
      seatRoadMetres: true,
      mainRoadMetres: true,
    }),
    past
      ? read('cleaners', { village: { in: villages.map((v) => v.id) } }, { hiredOn: true, status: true, leftOn: true })
      : Promise.resolve([]),
  ])
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
  const roadsByTown = Object.fromEntries(
    towns.map((t) => [
      String(t.id),
      roadCoverage(
        { seatRoadMetres: Number(t.seatRoadMetres) || 0, mainRoadMetres: Number(t.mainRoadMetres) || 0 },
        contracts
          .filter((c) => String(refId(c.town as number)) === String(t.id))
          .map((c) => ({
            start: String(c.start),
            end: String(c.end),
            seatRoadMetres: Number(c.seatRoadMetres) || 0,
            mainRoadMetres: Number(c.mainRoadMetres) || 0,
          })),
        scope.to,
      ),
    ]),
  )
  const compounds = sites.filter((s) => s.kind === 'residential')
  // The bins in scope stand at the sites in scope: a compound sorts when one of them stands there.
  const withBins = new Set(commissioned.map((b) => String(refId(b.site as number))))
  // Households covered: those of the sites in scope where sorting had begun by `to` (a bin there, or a card).
  const coveredSites = sites.filter((s) => withBins.has(String(s.id)) || counts.sitesWithCards.has(String(s.id)))
  const households = sum(coveredSites, 'households')

  // A village's state on `to`: from its dates for a past day; a state without a date cannot be read back.
  const onDay = (flag: unknown, since: unknown) =>
    !flag ? 'no' : !past ? 'yes' : !since ? 'unknown' : shanghaiDay(String(since)) <= scope.to ? 'yes' : 'no'
  const sorting = villages.map((v) => onDay(v.runsSorting, v.schemeSince))
  const model = villages.map((v) => onDay(v.modelVillage, v.modelSince))
  const staffUnknown = cleaners.filter((c) => !c.hiredOn || (c.status !== 'on-duty' && !c.leftOn)).length
  const onDutyThen = cleaners.filter(
    (c) =>
      c.hiredOn &&
      shanghaiDay(String(c.hiredOn)) <= scope.to &&
      (c.leftOn ? shanghaiDay(String(c.leftOn)) > scope.to : c.status === 'on-duty'),
  ).length

  const duty = await inspectorsOn(payload, scope.to)
  const funds = governmentSpending(
    spending.map((r) => ({ payer: String(r.payer), purpose: String(r.purpose), amountFen: Number(r.amountFen) || 0 })),
  )
  const outlets = [
    ...new Set(
      campaigns.flatMap((c) =>
        Array.isArray(c.coverage) ? c.coverage.map((x) => String((x as { outlet?: unknown }).outlet ?? '')) : [],
      ),
    ),
  ].filter(Boolean)

  return {
    scope,
    cardsIssued: { total: counts.total, byChannel: counts.byChannel },
    participants: counts.participants,
    highestBalance: counts.highestBalance,
    participationRate: ratio(Math.min(counts.activeHouseholds, households), households),
    dropOffRate: ratio(counts.activeCardDays, counts.activeCardDaysPossible),
    accuracy: ratio(checks.filter((c) => c.result === 'correct').length, checks.length),
    tonnageByCategory: { total: tonnage.grams, byCategory: tonnage.byCategory },
    devicesByKind,
    fundsInvested: funds.total,
    fundsByPurpose: funds.byPurpose,
    fundsAllPayers: sum(spending, 'amountFen'),
    campaignsByKind: tally(campaigns, 'kind'),
    campaignList: campaigns
      .map((c) => ({
        title: String(c.title),
        kind: String(c.kind),
        date: shanghaiDay(String(c.date)),
        place: String(c.place ?? ''),
        site: c.site ? String(refId(c.site as number)) : null,
      }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    mediaReports: campaigns.reduce((n, c) => n + (Array.isArray(c.coverage) ? c.coverage.length : 0), 0),
    mediaOutlets: outlets,
    tonnesCleared: sum(cleanups, 'grams'),
    // A round of assessment: a period with a town's assessment submitted in the window, or paid out in it.
    assessmentsHeld: new Set([
      ...assessments
        .filter((a) => a.submittedAt && String(a.submittedAt) >= start && String(a.submittedAt) < until)
        .map((a) => String(a.period)),
      ...payouts.map((p) => String(p.period)),
    ]).size,
    subsidiesPaid: sum(payouts, 'amountFen'),
    marketCoverage: {
      ...ratio(villages.filter((v) => covered.has(String(v.id))).length, villages.length),
      byTown: marketByTown,
      roadsByTown,
    },
    sortingCoverage: {
      compounds: ratio(compounds.filter((s) => withBins.has(String(s.id))).length, compounds.length),
      villages: {
        ...ratio(sorting.filter((x) => x === 'yes').length, villages.length),
        unknown: sorting.filter((x) => x === 'unknown').length,
      },
    },
    modelVillages: model.filter((x) => x === 'yes').length,
    modelVillagesUnknown: model.filter((x) => x === 'unknown').length,
    cleanerStaffing: {
      ...ratio(past ? onDutyThen : sum(villages, 'cleanersOnDuty'), sum(villages, 'cleanersRequired')),
      unknown: staffUnknown,
    },
    recyclingRate: ratio(recyclablesIn + toKind(['kitchen-plant', 'recycling']), recyclablesIn + runGrams),
    safeTreatmentRate: ratio(toKind(['kitchen-plant', 'incineration', 'hazardous-centre']), runGrams),
    inspectorsOnDuty:
      scope.site !== undefined || scope.town !== undefined
        ? null
        : { day: duty.day, night: duty.night, planned: duty.planned },
  }
}
