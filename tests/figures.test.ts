/**
 * The figures registry against a small district built here, every figure worked out by hand: cards, participants,
 * the rates for a period and for one town, accuracy, tonnage, devices and funds, campaigns and media, clean-ups,
 * market and sorting coverage, recycling and safe treatment, inspectors on duty. Then the work report: refused
 * before the programme began; for a date, a Word document whose figures, footnotes and fonts are read back.
 * And the Excel exports, read back.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { unzipSync, strFromU8 } from 'fflate'

import { DEMO_PASSWORD } from '../seed/district'
import { shanghaiDay, shanghaiDayStart } from '../shared/time'
import { computeFigures, type Figures } from '../collections/metrics/figures'
import { recordDrops } from '../collections/points/drops'
import { readSheet as readUpload } from '../domain/system/sheets'
import type { MetricDef, MetricKey } from '../domain/metrics/registry'
import { bootPayload, type Booted } from './helpers/boot'

/** GET /figures: the scope's figures, each one's definition, and the targets shown beside them. */
type FiguresAnswer = {
  figures: Figures
  definitions: Record<MetricKey, MetricDef>
  targets: Record<MetricKey, { permille: number; label: string }>
}

let app: Booted
let admin = ''
const ids: Record<string, number> = {}
const DAY = 86_400_000
const today = shanghaiDay(new Date())
const dayAgo = (n: number) => shanghaiDay(new Date(Date.now() - n * DAY))
const at = (n: number) => new Date(shanghaiDayStart(dayAgo(n)).getTime() + 10 * 3600_000).toISOString()
const period = { from: dayAgo(9), to: today }

beforeAll(async () => {
  app = await bootPayload()
  const p = app.payload
  await p.create({
    collection: 'users',
    data: { email: 'admin@fig.local', password: 'figures-admin-1', name: '管理员', role: 'admin' },
  })
  admin = await app.rest.login('admin@fig.local', 'figures-admin-1')
  await p.updateGlobal({ slug: 'point-rules', data: { effectiveFrom: '2020-01-01T00:00:00.000Z' } })
  ids.townA = (await p.create({ collection: 'towns', data: { name: '甲镇', kind: 'town' } })).id
  ids.townB = (await p.create({ collection: 'towns', data: { name: '乙镇', kind: 'town' } })).id
  // 甲 and 丙 are the urban pilot (since 1 March); 乙 is not: no urban figure counts it.
  const site = async (
    name: string,
    town: number,
    kind: 'residential' | 'government',
    households: number,
    pilot: boolean,
  ) =>
    (
      await p.create({
        collection: 'sites',
        data: { name, kind, town, households, urbanPilot: pilot, pilotSince: pilot ? '2026-03-01' : undefined },
      })
    ).id
  ids.a = await site('甲小区', ids.townA, 'residential', 10, true)
  ids.b = await site('乙小区', ids.townB, 'residential', 5, false)
  ids.c = await site('丙小区', ids.townA, 'residential', 8, true)
  // The money: the government's equipment and fees for the pilot, a machine the operator bought, the village's bin.
  for (const [payer, purpose, amountFen, area] of [
    ['government', 'equipment', 4_940_000, 'urban'],
    ['government', 'service-fee', 2_150_000, 'urban'],
    ['operator', 'equipment', 2_800_000, 'urban'],
    ['government', 'equipment', 2_150_000, 'countryside'],
  ] as const)
    await p.create({
      collection: 'spending',
      data: { day: '2026-03-01', payer, purpose, amountFen, area, document: `合同 ${purpose}-${amountFen}` },
    })
  const bin = (
    deviceId: string,
    siteId: number,
    kind: 'recyclables-4' | 'hazardous' | 'two-category' | 'gift-machine',
    costFen: number,
    commissionedAt = '2026-03-01T00:00:00.000Z',
  ) =>
    p.create({
      collection: 'bins',
      data: { deviceId, site: siteId, kind, costFen, commissionedAt, status: 'online', audience: 'both' },
    })
  await bin('FA-1', ids.a, 'recyclables-4', 3_680_000)
  await bin('FA-2', ids.a, 'hazardous', 1_260_000)
  await bin('FB-1', ids.b, 'two-category', 2_150_000)
  // Commissioned after the date asked about: not yet invested, not yet a device.
  await bin('FA-3', ids.a, 'gift-machine', 2_800_000, new Date(Date.now() + 30 * DAY).toISOString())
  const card = async (n: string, siteId: number, channel: 'booth' | 'event' | 'door-to-door', status = 'active') =>
    (
      await p.create({
        collection: 'cards',
        data: {
          cardNumber: n,
          site: siteId,
          channel,
          status: status as 'active',
          holderKind: 'household',
          issuedAt: '2026-03-01T00:00:00.000Z',
        },
      })
    ).id
  ids.a1 = await card('FIG00001', ids.a, 'booth')
  ids.a2 = await card('FIG00002', ids.a, 'booth')
  ids.a3 = await card('FIG00003', ids.a, 'event')
  ids.a4 = await card('FIG00004', ids.a, 'door-to-door')
  ids.a5 = await card('FIG00005', ids.a, 'booth', 'cancelled')
  ids.b1 = await card('FIG00006', ids.b, 'booth')
  ids.b2 = await card('FIG00007', ids.b, 'booth')
  let key = 0
  const drop = (c: number, daysAgo: number, category: 'paper' | 'plastic', grams: number) => ({
    card: c,
    category,
    grams,
    occurredAt: at(daysAgo),
    source: 'manual' as const,
    idempotencyKey: `fig-${++key}`,
  })
  const outcomes = await recordDrops(
    p,
    [
      drop(ids.a1, 2, 'paper', 2000),
      drop(ids.a1, 5, 'plastic', 500),
      drop(ids.a2, 5, 'paper', 1500),
      drop(ids.b1, 3, 'paper', 1000),
      // Before the period: a participant of the programme, not of the period.
      drop(ids.a3, 20, 'paper', 3000),
    ],
    { history: true },
  )
  expect(outcomes.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted'])
  for (const [result, n] of [
    ['correct', 3],
    ['mis-sorted', 1],
  ] as const)
    for (let i = 0; i < n; i++)
      await p.create({
        collection: 'sorting-checks',
        data: { site: ids.a, result, checkedAt: at(1), card: ids.a1, source: 'inspector' },
      })
  const campaign = (kind: 'large-event' | 'training', coverage: number, status: 'published' | 'draft' = 'published') =>
    p.create({
      collection: 'campaigns',
      draft: status === 'draft',
      data: {
        title: `${kind} 活动`,
        kind,
        date: at(4),
        _status: status,
        coverage: Array.from({ length: coverage }, (_, i) => ({
          outlet: `报纸${i}`,
          kind: 'newspaper' as const,
          title: `报道${i}`,
        })),
      },
    })
  await campaign('large-event', 2)
  await campaign('training', 1)
  await campaign('training', 0)
  await campaign('large-event', 5, 'draft')
  const village = async (name: string, town: number, runsSorting = false, modelVillage = false) =>
    (
      await p.create({
        collection: 'villages',
        data: { name, town, registeredPopulation: 800, runsSorting, modelVillage },
      })
    ).id
  const v1 = await village('一村', ids.townA, true, true)
  const v2 = await village('二村', ids.townA)
  await village('三村', ids.townA)
  await village('四村', ids.townB)
  await p.create({
    collection: 'sanitation-contracts',
    data: {
      operatorName: '洁美',
      town: ids.townA,
      villages: [v1, v2],
      start: '2026-01-01',
      end: '2027-12-31',
      annualValueFen: 100,
    },
  })
  await p.create({
    collection: 'cleanup-drives',
    data: { town: ids.townA, village: v1, day: at(3), grams: 12_500_000 },
  })
  const facility = async (kind: 'kitchen-plant' | 'transfer-station') =>
    (await p.create({ collection: 'facilities', data: { name: kind, kind } })).id
  const plant = await facility('kitchen-plant')
  const station = await facility('transfer-station')
  await p.create({
    collection: 'collection-runs',
    data: { day: at(2), shift: 'morning', truck: 'kitchen', sites: [ids.a], grams: 1_000_000, destination: plant },
  })
  await p.create({
    collection: 'collection-runs',
    data: {
      day: at(2),
      shift: 'evening',
      truck: 'other',
      sites: [ids.a, ids.b],
      grams: 3_000_000,
      destination: station,
    },
  })
  await p.create({
    collection: 'stock-movements',
    data: { material: 'paper', direction: 'in', grams: 500_000, at: at(2) },
  })
  const ops = await p.create({
    collection: 'users',
    data: { email: 'o@fig.local', password: DEMO_PASSWORD, name: '巡检', role: 'operator' },
  })
  await p.create({ collection: 'inspector-shifts', data: { day: at(0), shift: 'day', inspectors: [ops.id] } })
}, 120_000)
afterAll(async () => {
  await app?.close()
})

test('every figure of the district, worked out by hand', async () => {
  const f = await computeFigures(app.payload, period)
  // Seven cards issued (one since cancelled): booth 4, event 1, door-to-door 1… and 乙镇's two at the booth.
  expect(f.cardsIssued).toEqual({ total: 7, byChannel: { booth: 5, event: 1, 'door-to-door': 1 } })
  // Participants ever: FIG00001, 2, 3 and 6.
  expect(f.participants).toBe(4)
  // In the period the cards 1, 2 and 6 dropped: three households (each card its own) of the 10 + 5 households of
  // the sites that sort (丙 has neither bins nor cards); card-days 1×2 + 2×1 + 6×1 = 4 of 6 cards × 10 days.
  expect(f.participationRate).toEqual({ value: 200, numerator: 3, denominator: 15 })
  expect(f.dropOffRate).toEqual({ value: 67, numerator: 4, denominator: 60 })
  expect(f.accuracy).toEqual({ value: 750, numerator: 3, denominator: 4 })
  // The period's drops (not the one 20 days ago): paper 2000 + 1500 + 1000, plastic 500.
  expect(f.tonnageByCategory).toEqual({ total: 5000, byCategory: { paper: 4500, plastic: 500 } })
  expect(f.devicesByKind).toEqual({ 'recyclables-4': 1, hazardous: 1, 'two-category': 1 })
  // Government money from the ledger, whoever bought the bins: not the operator's machine.
  expect(f.fundsInvested).toBe(4_940_000 + 2_150_000 + 2_150_000)
  expect(f.fundsByPurpose).toEqual({ equipment: 4_940_000 + 2_150_000, 'service-fee': 2_150_000 })
  expect(f.fundsAllPayers).toBe(4_940_000 + 2_150_000 + 2_800_000 + 2_150_000)
  // Published campaigns only: one large event, two trainings; 2 + 1 media reports.
  expect(f.campaignsByKind).toEqual({ 'large-event': 1, training: 2 })
  expect(f.mediaReports).toBe(3)
  expect(f.tonnesCleared).toBe(12_500_000)
  expect(f.marketCoverage).toMatchObject({ value: 500, numerator: 2, denominator: 4 })
  expect(f.marketCoverage.byTown).toEqual({
    [ids.townA!]: { value: 667, numerator: 2, denominator: 3 },
    [ids.townB!]: { value: 0, numerator: 0, denominator: 1 },
  })
  // Compounds with a bin: 甲 and 乙 of three; villages sorting: one of four.
  expect(f.sortingCoverage).toEqual({
    compounds: { value: 667, numerator: 2, denominator: 3 },
    villages: { value: 250, numerator: 1, denominator: 4, unknown: 0 },
  })
  // 一村 is also the model village.
  expect(f.modelVillages).toBe(1)
  // Recycled: 500 kg of paper in + 1 t of kitchen waste to the plant, of 0.5 + 4 t collected. Safely treated: the
  // plant's 1 t; the transfer station treats nothing and (here) names no destination, so its 3 t are not.
  expect(f.recyclingRate).toEqual({ value: 333, numerator: 1_500_000, denominator: 4_500_000 })
  expect(f.safeTreatmentRate).toEqual({ value: 250, numerator: 1_000_000, denominator: 4_000_000 })
  expect(f.inspectorsOnDuty).toEqual({ day: 1, night: 0, planned: true })
  // A town's figures do not carry the district's inspectors.
  expect((await computeFigures(app.payload, { ...period, town: ids.townA })).inspectorsOnDuty).toBeNull()
  // The highest balance ever reached equals a recount from the ledger itself.
  const entries = await app.payload.find({ collection: 'point-entries', pagination: false, depth: 0 })
  expect(f.highestBalance).toBe(Math.max(...entries.docs.map((e) => e.balanceAfter ?? 0)))
  expect(f.highestBalance).toBeGreaterThan(0)
})

test('one town: its cards, its drops and its villages only', async () => {
  const f = await computeFigures(app.payload, { ...period, town: ids.townA })
  expect(f.cardsIssued.total).toBe(5)
  // 甲镇: cards 1–4 active; in the period 1 and 2 dropped (two of 甲's ten households), on 3 card-days of 4 × 10.
  expect(f.participationRate).toEqual({ value: 200, numerator: 2, denominator: 10 })
  expect(f.dropOffRate).toEqual({ value: 75, numerator: 3, denominator: 40 })
  expect(f.marketCoverage).toMatchObject({ numerator: 2, denominator: 3 })
  expect(f.tonnageByCategory.total).toBe(4000)
  // The highest balance among 甲镇's cards only, recounted from their ledger rows.
  const mine = await app.payload.find({
    collection: 'point-entries',
    where: { card: { in: [ids.a1, ids.a2, ids.a3, ids.a4, ids.a5] } },
    pagination: false,
    depth: 0,
  })
  expect(f.highestBalance).toBe(Math.max(...mine.docs.map((e) => e.balanceAfter ?? 0)))
  const b = await computeFigures(app.payload, { ...period, town: ids.townB })
  const theirs = await app.payload.find({
    collection: 'point-entries',
    where: { card: { in: [ids.b1, ids.b2] } },
    pagination: false,
    depth: 0,
  })
  expect(b.highestBalance).toBe(Math.max(...theirs.docs.map((e) => e.balanceAfter ?? 0)))
  expect(b.highestBalance).not.toBe(f.highestBalance)
})

test('over REST: admins read any scope with the definitions; a town official reads their own town only', async () => {
  const res = await app.rest.call<FiguresAnswer>('GET', `/figures?from=${period.from}&to=${period.to}`, {
    token: admin,
  })
  expect(res.status).toBe(200)
  expect(res.body.figures.participants).toBe(4)
  expect(res.body.definitions.participationRate).toMatchObject({ unit: 'permille', version: 2 })
  expect(res.body.definitions.participationRate.basis).toContain('按户')
  // The scopes of the report: the urban pilot counts 甲 and 丙 only.
  const urban = await app.rest.call<FiguresAnswer>('GET', `/figures?from=${period.from}&to=${period.to}&area=urban`, {
    token: admin,
  })
  expect(urban.body.figures.cardsIssued.total).toBe(5)
  expect(urban.body.figures.devicesByKind).toEqual({ 'recyclables-4': 1, hazardous: 1 })
  expect(urban.body.figures.fundsInvested).toBe(4_940_000 + 2_150_000)
  expect(res.body.targets.recyclingRate.permille).toBe(350)
  const town = await app.payload.create({
    collection: 'users',
    data: { email: 't@fig.local', password: 'town-figures-1', name: '甲镇', role: 'town-official', town: ids.townA },
  })
  const token = await app.rest.login(town.email, 'town-figures-1')
  expect(
    (await app.rest.call('GET', `/figures?from=${period.from}&to=${period.to}&town=${ids.townA}`, { token })).status,
  ).toBe(200)
  for (const q of [`town=${ids.townB}`, '', `town=${ids.townA}&site=${ids.a}`, `town=${ids.townA}&area=urban`])
    expect((await app.rest.call('GET', `/figures?from=${period.from}&to=${period.to}&${q}`, { token })).status).toBe(
      403,
    )
  expect((await app.rest.call('GET', `/figures?from=${period.from}&to=${period.to}`)).status).toBe(403)
  const bad = await app.rest.call('GET', `/figures?from=yesterday&to=${period.to}`, { token: admin })
  expect([bad.status, bad.body.errors[0].data.code]).toEqual([400, 'INVALID_QUERY'])
})

test('the work report: refused before the programme began; for a date, a Word document and a PDF with every figure footnoted', async () => {
  const early = await app.rest.call('GET', '/work-report?date=2026-01-15', { token: admin })
  expect(early.status).toBe(400)
  expect(early.body.errors[0].data.code).toBe('REPORT_BEFORE_PROGRAMME')
  expect(early.body.errors[0].message).toBe(
    '2026-01-15 早于本区垃圾分类工作开始的日期（2026-03-01），没有可汇报的数据。',
  )
  const res = await app.rest.raw('GET', `/work-report?date=${today}`, { token: admin })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('wordprocessingml')
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
  const xml = strFromU8(files['word/document.xml']!)
  const text = xml.replace(/<w:footnoteReference[^>]*\/>/g, '[*]').replace(/<[^>]+>/g, '')
  // （一） counts the urban pilot only (甲 and 丙, not 乙), from its launch; the names come from the records.
  expect(text).toContain('试点于2026年3月启动，试点范围为甲小区、丙小区两个场所')
  expect(text).toContain('共投入政府资金7.09[*]万元（其中设施设备4.94万元，运营服务费2.15万元）')
  expect(text).toContain('投放全自动四分类可回收箱1[*]套，有毒有害垃圾投放箱1[*]套。')
  expect(text).toContain('共发放智能分类卡5[*]张（设点发卡3张、活动发卡1张、上门发卡1张），其中3[*]人参与投放')
  expect(text).toContain(`${Number(today.slice(5, 7))}月完成参与率`)
  expect(text).toContain('2026年来共清理积存垃圾12[*]余吨')
  expect(text).toContain('开展垃圾分类的行政村（社区）1[*]个，覆盖率25.0%[*]，已创建分类处理示范村1[*]个')
  expect(text).toMatch(/已组织大型宣传活动1\[\*\]场，专题培训2\[\*\]场/)
  // What the records lack is said, not printed as 0.
  expect(text).toContain('【待补：转运站的转运去向】')
  expect(text).toContain('下一步工作安排')
  // Every figure has its footnote, each naming its definition.
  const notes = strFromU8(files['word/footnotes.xml']!)
  const refs = (xml.match(/<w:footnoteReference /g) ?? []).length
  expect(refs).toBeGreaterThan(20)
  expect((notes.match(/<w:footnote w:id="\d+">/g) ?? []).length).toBe(refs)
  expect(notes).toContain('参与率 = 统计期内有投放记录的户数')
  // Chinese set in an East Asian font, not left to a fallback.
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"')
  expect((await app.rest.call('GET', `/work-report?date=${today}`, {})).status).toBe(403)

  // The same report as a PDF: a serif CJK face embedded, and its text read back by a PDF reader (pdf.js).
  const pdf = await app.rest.raw('GET', `/work-report?date=${today}&format=pdf`, { token: admin })
  expect(pdf.status).toBe(200)
  expect(pdf.headers.get('content-type')).toBe('application/pdf')
  expect(pdf.headers.get('content-disposition')).toContain('.pdf')
  const bytes = new Uint8Array(await pdf.arrayBuffer())
  const raw = Buffer.from(bytes).toString('latin1')
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifCJK/)
  // Only the glyphs used: not the fonts' tens of megabytes.
  expect(bytes.length).toBeLessThan(600_000)
  const file = path.join(app.dir, 'report.pdf')
  fs.writeFileSync(file, bytes)
  const pages = JSON.parse(
    execFileSync(process.execPath, [path.resolve('tests/helpers/pdf-text.mjs'), file], {
      env: { ...process.env, NODE_OPTIONS: '' },
    }).toString(),
  ) as string[]
  expect(pages.length).toBeGreaterThan(1)
  pages.forEach((page, i) => expect(page.replace(/\s+/g, '')).toContain(`—${i + 1}—`))
  const flat = pages.join('').replace(/\s+/g, '')
  expect(flat).toContain('城乡生活垃圾分类工作情况汇报')
  expect(flat).toContain('共投入政府资金7.09[1]万元')
  expect(flat).toContain('共发放智能分类卡5')
  expect(flat).toContain('人参与投放')
  expect(flat).toContain('共清理积存垃圾12')
  expect(flat).toContain('下一步工作安排')
  // Every figure numbered, and every number's definition in the notes.
  expect(flat).toContain('注释')
  expect(flat).toContain(`[${refs}]`)
  expect(flat).toContain('参与率=统计期内有投放记录的户数')
  const refused = await app.rest.call('GET', `/work-report?date=${today}&format=pages`, { token: admin })
  expect(refused.status).toBe(400)
})

/** The cells of an exported sheet, row by row (inline strings and numbers). */
/** An exported workbook read back by the importer's own bounded reader (shared strings and all). */
function readSheet(bytes: Uint8Array): string[][] {
  return readUpload(bytes, 'export.xlsx').rows.map((r) => r.cells)
}

test('Excel exports: Chinese headers and labels, the list’s own filters and sort, each role its own rows', async () => {
  const res = await app.rest.raw('GET', `/exports/cards?where[site][equals]=${ids.a}&sort=cardNumber`, { token: admin })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('spreadsheetml')
  const rows = readSheet(new Uint8Array(await res.arrayBuffer()))
  expect(rows[0]!.slice(0, 2)).toEqual(['卡号', '持卡类型'])
  // 甲小区's five cards, in card-number order, select values as their Chinese labels.
  expect(rows.slice(1).map((r) => r[0])).toEqual(['FIG00001', 'FIG00002', 'FIG00003', 'FIG00004', 'FIG00005'])
  // Holder, office and phone are empty for this card: the cells are there, empty.
  expect(rows[5]).toEqual(['FIG00005', '居民家庭', '', '', '', '甲小区', '设点发卡', '注销', '0', '2026-03-01 08:00'])
  // A town official exports their own town's cards only, whatever the filter says.
  const token = await app.rest.login('t@fig.local', 'town-figures-1')
  const theirs = readSheet(new Uint8Array(await (await app.rest.raw('GET', '/exports/cards', { token })).arrayBuffer()))
  expect(
    theirs
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(['FIG00001', 'FIG00002', 'FIG00003', 'FIG00004', 'FIG00005'])
  // The list's search box, over the fields the list searches.
  const searched = await app.rest.raw('GET', '/exports/cards?search=FIG00003', { token: admin })
  expect(
    readSheet(new Uint8Array(await searched.arrayBuffer()))
      .slice(1)
      .map((r) => r[0]),
  ).toEqual(['FIG00003'])
  const payouts = await app.rest.raw('GET', '/exports/subsidy-payouts', { token: admin })
  expect(readSheet(new Uint8Array(await payouts.arrayBuffer()))[0]).toContain('奖补金额（元）')
  expect((await app.rest.call('GET', '/exports/cards', {})).status).toBe(403)
  const unknown = await app.rest.call('GET', '/exports/users', { token: admin })
  expect([unknown.status, unknown.body.errors[0].data.code]).toEqual([404, 'UNKNOWN_EXPORT'])
})

describe('the daily totals (每日汇总)', () => {
  const rowsOf = async (day: string) =>
    (
      await app.payload.find({
        collection: 'daily-totals',
        where: { day: { equals: day } },
        sort: 'site',
        pagination: false,
        depth: 0,
      })
    ).docs.map((r) => ({
      site: r.site,
      drops: r.drops,
      grams: r.grams,
      byCategory: r.byCategory,
      cardDays: r.cardDays,
      cardDrops: r.cardDrops,
    }))

  /** The scheduler's job that keeps the totals (reading a figure never writes them). */
  const keep = async () => {
    const { runNamedJob } = await import('../jobs/clock')
    expect((await runNamedJob(app.payload, 'daily-totals')).status).toBe('succeeded')
  }

  test('a day worked out by hand; every scope’s figures equal a recount from the records', async () => {
    await computeFigures(app.payload, period)
    await keep()
    // Five days ago at 甲小区: FIG00001 500 g plastic, FIG00002 1500 g paper.
    expect(await rowsOf(dayAgo(5))).toEqual([
      { site: ids.a, drops: 2, grams: 2000, byCategory: { plastic: 500, paper: 1500 }, cardDays: 2, cardDrops: 2 },
    ])
    for (const scope of [
      period,
      { from: dayAgo(30), to: dayAgo(3) },
      { ...period, town: ids.townA },
      { ...period, site: ids.b },
    ]) {
      const fast = await computeFigures(app.payload, scope)
      const recount = await computeFigures(app.payload, scope, { source: 'records' })
      expect(fast).toEqual(recount)
    }
  })

  test('a drop uploaded late for an old day is in the figures at once, and in its day’s row', async () => {
    const before = await computeFigures(app.payload, { from: dayAgo(12), to: dayAgo(12) })
    expect(before.tonnageByCategory.total).toBe(0)
    const [late] = await recordDrops(
      app.payload,
      [
        {
          card: ids.b2!,
          category: 'plastic',
          grams: 750,
          occurredAt: at(12),
          source: 'manual',
          idempotencyKey: 'fig-late-1',
        },
      ],
      { history: true },
    )
    expect(late!.status).toBe('accepted')
    const after = await computeFigures(app.payload, { from: dayAgo(12), to: dayAgo(12) })
    expect(after.tonnageByCategory).toEqual({ total: 750, byCategory: { plastic: 750 } })
    // Read, not written: the day's row comes with the job.
    expect(await rowsOf(dayAgo(12))).toEqual([])
    await keep()
    expect(await rowsOf(dayAgo(12))).toEqual([
      { site: ids.b, drops: 1, grams: 750, byCategory: { plastic: 750 }, cardDays: 1, cardDrops: 1 },
    ])
    // The scheduler's job, twice in a row: the same rows.
    const { runNamedJob } = await import('../jobs/clock')
    const everything = async () =>
      (await app.payload.find({ collection: 'daily-totals', sort: 'day', pagination: false, depth: 0 })).docs.map(
        (r) => [r.day, r.site, r.drops, r.grams, r.cardDays, r.cardDrops],
      )
    const rows = await everything()
    expect((await runNamedJob(app.payload, 'daily-totals')).status).toBe('succeeded')
    expect((await runNamedJob(app.payload, 'daily-totals')).status).toBe('succeeded')
    expect(await everything()).toEqual(rows)
  })

  test('a card moved to another site: its days recounted for the new site, no drift for the nightly check', async () => {
    const moved = await app.rest.call('PATCH', `/cards/${ids.b1}`, { token: admin, body: { site: ids.c } })
    expect(moved.status).toBe(200)
    for (const scope of [
      period,
      { ...period, town: ids.townA },
      { ...period, town: ids.townB },
      { ...period, site: ids.c },
    ]) {
      const fast = await computeFigures(app.payload, scope)
      expect(fast).toEqual(await computeFigures(app.payload, scope, { source: 'records' }))
    }
    // Three days ago FIG00006 dropped 1000 g at 乙小区's bins: still where it went in, now 丙小区's card.
    await keep()
    const rows = await rowsOf(dayAgo(3))
    expect(rows.find((r) => r.site === ids.b)).toMatchObject({ drops: 1, grams: 1000, cardDays: 0, cardDrops: 0 })
    expect(rows.find((r) => r.site === ids.c)).toMatchObject({ drops: 0, grams: 0, cardDays: 1, cardDrops: 1 })
    const { checkRollups } = await import('../collections/metrics/DailyTotals/rollups')
    expect((await checkRollups(app.payload)).rollupDrift).toEqual([])
    expect((await app.rest.call('PATCH', `/cards/${ids.b1}`, { token: admin, body: { site: ids.b } })).status).toBe(200)
    expect(await computeFigures(app.payload, { ...period, town: ids.townB })).toEqual(
      await computeFigures(app.payload, { ...period, town: ids.townB }, { source: 'records' }),
    )
  })

  test('the nightly check finds an injected drift: totals rewritten from the records, card-days reported and left', async () => {
    const { runNamedJob } = await import('../jobs/clock')
    const clean = await runNamedJob(app.payload, 'check-figures')
    expect(clean.status).toBe('succeeded')
    expect(clean.detail).toContain('每日汇总不一致 0 天')
    const good = await rowsOf(dayAgo(5))
    // The drops of this file were recorded within the last minutes, which every keeping run recounts (its overlap
    // for transactions still open): recorded an hour ago, the drift below is left for the check to find.
    await app.payload.db.updateMany({
      collection: 'drop-offs',
      where: {},
      data: { createdAt: new Date(Date.now() - 3600_000).toISOString() },
    })
    const [row] = (
      await app.payload.find({ collection: 'daily-totals', where: { day: { equals: dayAgo(5) } }, depth: 0 })
    ).docs
    await app.payload.db.updateOne({ collection: 'daily-totals', id: row!.id, data: { grams: row!.grams + 1 } })
    const [cardDay] = (
      await app.payload.find({
        collection: 'card-days',
        where: { and: [{ card: { equals: ids.a2 } }, { day: { equals: dayAgo(5) } }] },
        depth: 0,
      })
    ).docs
    await app.payload.db.updateOne({ collection: 'card-days', id: cardDay!.id, data: { drops: cardDay!.drops + 1 } })

    const found = await runNamedJob(app.payload, 'check-figures')
    expect(found.detail).toContain('每日汇总不一致 1 天')
    expect(found.detail).toContain('投放日统计不一致 1 条')
    expect(await rowsOf(dayAgo(5))).toEqual(good)
    const left = await app.payload.findByID({ collection: 'card-days', id: cardDay!.id, depth: 0 })
    expect(left.drops).toBe(cardDay!.drops + 1)
    const told = await app.payload.find({
      collection: 'notifications',
      where: { title: { like: '数据核对' } },
      depth: 0,
    })
    expect(told.docs.length).toBeGreaterThan(0)
    expect(told.docs[0]!.body).toContain(`投放日 ${dayAgo(5)}`)
    const state = await app.payload.findGlobal({ slug: 'figures-state', depth: 0 })
    expect(state.checkResult).toContain('投放日统计不一致 1 条')
    // Put back, so the figures above stay true for whoever runs next.
    await app.payload.db.updateOne({ collection: 'card-days', id: cardDay!.id, data: { drops: cardDay!.drops } })
  })

  test('read by admins only; written by nobody, over REST and GraphQL', async () => {
    const [row] = (await app.payload.find({ collection: 'daily-totals', limit: 1, depth: 0 })).docs
    expect((await app.rest.call('GET', '/daily-totals', { token: admin })).body.totalDocs).toBeGreaterThan(0)
    const ops = await app.rest.login('o@fig.local', DEMO_PASSWORD)
    expect((await app.rest.call('GET', '/daily-totals', { token: ops })).status).toBe(403)
    expect((await app.rest.call('GET', '/daily-totals')).status).toBe(403)
    // A town official (made in the REST test above) reads neither, not even their own town's rows.
    const town = await app.rest.login('t@fig.local', 'town-figures-1')
    expect((await app.rest.call('GET', `/daily-totals?where[site][equals]=${ids.a}`, { token: town })).status).toBe(403)
    expect((await app.rest.call('GET', '/globals/figures-state', { token: town })).status).toBe(403)
    expect(
      (await app.rest.graphql('{ FiguresState { checkResult } }', { token: town })).body.data?.FiguresState ?? null,
    ).toBeNull()
    expect((await app.rest.call('GET', '/globals/figures-state', { token: ops })).status).toBe(403)
    for (const token of [admin, ops]) {
      const made = await app.rest.call('POST', '/daily-totals', { token, body: { day: today, drops: 9, grams: 9 } })
      expect(made.status).toBe(403)
      const changed = await app.rest.call('PATCH', `/daily-totals/${row!.id}`, { token, body: { grams: 1 } })
      expect(changed.status).toBe(403)
      expect((await app.rest.call('DELETE', `/daily-totals/${row!.id}`, { token })).status).toBe(403)
      expect(
        (await app.rest.call('POST', '/globals/figures-state', { token, body: { checkResult: '一切正常' } })).status,
      ).toBe(403)
      const gql = await app.rest.graphql(`mutation { createDailyTotal(data: { day: "${today}" }) { id } }`, { token })
      expect(gql.body.errors?.length).toBeGreaterThan(0)
    }
    const gqlRead = await app.rest.graphql('{ DailyTotals { totalDocs } }', { token: ops })
    expect(gqlRead.body.data?.DailyTotals ?? null).toBeNull()
    expect((await app.payload.findByID({ collection: 'daily-totals', id: row!.id, depth: 0 })).grams).toBe(row!.grams)
    expect(await app.payload.count({ collection: 'daily-totals', where: { drops: { equals: 9 } } })).toEqual({
      totalDocs: 0,
    })
  })
})

describe('issue 20: the report says what the district means', () => {
  test('a household with two cards counts once; a card issued on the last day adds one day to 投放率', async () => {
    const p = app.payload
    const before = await computeFigures(p, { ...period, area: 'urban' })
    // Independent count from the raw records: 甲's ten households (丙 has neither bins nor cards yet), its four
    // active cards over the ten days.
    expect(before.participationRate).toMatchObject({ numerator: 2, denominator: 10 })
    expect(before.dropOffRate).toMatchObject({ numerator: 3, denominator: 40 })
    const issuedAt = shanghaiDayStart(today).toISOString()
    const flat = { building: '1', unit: '2', room: '301' }
    const twins = []
    for (const n of ['FIG00101', 'FIG00102'])
      twins.push(
        (
          await p.create({
            collection: 'cards',
            data: {
              cardNumber: n,
              site: ids.c!,
              channel: 'booth',
              status: 'active',
              holderKind: 'household',
              issuedAt,
              ...flat,
            },
          })
        ).id,
      )
    const when = new Date(Math.max(Date.now() - 1000, Date.parse(issuedAt) + 1000)).toISOString()
    const out = await recordDrops(
      p,
      twins.map((card, i) => ({
        card,
        category: 'paper' as const,
        grams: 500,
        occurredAt: when,
        source: 'manual' as const,
        idempotencyKey: `twin-${i}`,
      })),
      { history: true },
    )
    expect(out.map((o) => o.status)).toEqual(['accepted', 'accepted'])
    const after = await computeFigures(p, { ...period, area: 'urban' })
    // One household more (the two cards share 1-2-301), of 丙's eight households now sorting too.
    expect(after.participationRate).toMatchObject({ numerator: 3, denominator: 18 })
    // Each new card: one possible day (today), one card-day with a drop.
    expect(after.dropOffRate).toMatchObject({ numerator: 5, denominator: 42 })
    // The records' form counts the same.
    const recount = await computeFigures(p, { ...period, area: 'urban' }, { source: 'records' })
    expect(recount.participationRate).toEqual(after.participationRate)
    expect(recount.dropOffRate).toEqual(after.dropOffRate)
    // 乙 (not in the pilot) is in no urban figure.
    expect(after.cardsIssued.total).toBe(7)
    expect((await computeFigures(p, period)).cardsIssued.total).toBe(9)
  })

  test('a transfer station’s waste counts at its destination', async () => {
    const p = app.payload
    const station = (await p.find({ collection: 'facilities', where: { kind: { equals: 'transfer-station' } } }))
      .docs[0]!
    const plant = await p.create({ collection: 'facilities', data: { name: '焚烧厂', kind: 'incineration' } })
    await p.update({ collection: 'facilities', id: station.id, data: { sendsTo: plant.id } })
    const f = await computeFigures(p, period)
    expect(f.safeTreatmentRate).toEqual({ value: 1000, numerator: 4_000_000, denominator: 4_000_000 })
    // Recycling: what went on to be burnt is not recycled.
    expect(f.recyclingRate).toEqual({ value: 333, numerator: 1_500_000, denominator: 4_500_000 })
  })

  test('a report for a date before the shift plan says so; the preview lists what is missing; downloads are kept', async () => {
    const past = dayAgo(9)
    const res = await app.rest.call<{
      blocks: Array<{ segments: Array<string | { text: string }> }>
      missing: Array<{ item: string; what: string; where: string }>
    }>('POST', '/work-report/preview', {
      token: admin,
      body: { date: past, period: 'month', sections: 'all', prose: { linkage: '联动文字由管理员改写。' } },
    })
    expect(res.status).toBe(200)
    const words = res.body.blocks
      .map((b) => b.segments.map((s) => (typeof s === 'string' ? s : s.text)).join(''))
      .join('\n')
    expect(words).toContain(`【待补：${past} 的巡检排班】`)
    expect(words).not.toContain('配备0名白班')
    expect(words).toContain('联动文字由管理员改写。')
    expect(res.body.missing).toContainEqual({
      item: '（一）6',
      what: `${past} 的巡检排班`,
      where: '/admin/collections/inspector-shifts',
    })
    // Bad input: refused with a clear code, nothing kept.
    const copies = async () => (await app.payload.count({ collection: 'report-copies' })).totalDocs
    const none = await copies()
    for (const body of [
      { date: today, period: 'week', sections: 'all', format: 'docx' },
      { date: today, period: 'month', sections: 'all', format: 'docx', prose: { nextSteps: '…' } },
      { date: '2026-02-30', period: 'month', sections: 'all', format: 'pdf' },
    ]) {
      const bad = await app.rest.call('POST', '/work-report/download', { token: admin, body })
      expect([bad.status, bad.body.errors[0].data.code]).toEqual([400, 'INVALID_REQUEST'])
    }
    const ops = await app.rest.login('o@fig.local', DEMO_PASSWORD)
    expect(
      (
        await app.rest.call('POST', '/work-report/preview', {
          token: ops,
          body: { date: today, period: 'month', sections: 'all' },
        })
      ).status,
    ).toBe(403)
    expect(await copies()).toBe(none)
    // A download: exactly the previewed draft, kept with who, when and the settings.
    const file = await app.rest.raw('POST', '/work-report/download', {
      token: admin,
      body: {
        date: past,
        period: 'ytd',
        sections: 'urban',
        format: 'docx',
        prose: { linkage: '联动文字由管理员改写。' },
      },
    })
    expect([file.status, file.status === 200 ? '' : await file.text()]).toEqual([200, ''])
    const bytes = new Uint8Array(await file.arrayBuffer())
    const text = strFromU8(unzipSync(bytes)['word/document.xml']!).replace(/<[^>]+>/g, '')
    expect(text).toContain('联动文字由管理员改写。')
    expect(text).not.toContain('农村垃圾治理情况')
    const kept = (await app.payload.find({ collection: 'report-copies', sort: '-createdAt', limit: 1, depth: 0 }))
      .docs[0]!
    expect(kept).toMatchObject({ period: 'ytd', sections: 'urban', format: 'docx', bytes: bytes.length })
    expect(kept.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect((kept.prose as Record<string, string>).linkage).toBe('联动文字由管理员改写。')
    const again = await app.rest.raw('GET', `/work-report/copies/${kept.id}`, { token: admin })
    expect(again.status).toBe(200)
    expect(strFromU8(unzipSync(new Uint8Array(await again.arrayBuffer()))['word/document.xml']!)).toContain(
      '联动文字由管理员改写。',
    )
    // The ledger and the kept copies: admins read; nobody writes a copy; other roles see neither.
    expect((await app.rest.call('POST', '/report-copies', { token: admin, body: { date: today } })).status).toBe(403)
    for (const token of [ops, await app.rest.login('t@fig.local', 'town-figures-1')]) {
      expect((await app.rest.call('GET', '/spending', { token })).status).toBe(403)
      expect((await app.rest.call('GET', '/report-copies', { token })).status).toBe(403)
      const gql = await app.rest.graphql('{ Spendings { totalDocs } }', { token })
      expect(gql.body.data?.Spendings ?? null).toBeNull()
    }
    expect((await app.rest.call('GET', '/spending')).status).toBe(403)
  })

  test('only the district puts a site in the urban pilot; a report for tomorrow is refused; a copy that is not there is 404', async () => {
    const town = await app.rest.login('t@fig.local', 'town-figures-1')
    const sites = async () => (await app.payload.count({ collection: 'sites' })).totalDocs
    const before = await sites()
    // A town official creates sites of their own town, but not into the pilot: refused with a code, nothing written.
    for (const body of [
      { name: '丁小区', kind: 'residential', town: ids.townA, urbanPilot: true },
      { name: '丁小区', kind: 'residential', town: ids.townA, pilotSince: '2026-03-01' },
    ]) {
      const made = await app.rest.call('POST', '/sites', { token: town, body })
      expect([made.status, made.body.errors[0].data.code]).toEqual([403, 'ADMIN_ONLY_FIELD'])
    }
    const gql = await app.rest.graphql(
      `mutation { createSite(data: { name: "丁小区", kind: residential, town: ${ids.townA}, urbanPilot: true }) { id } }`,
      { token: town },
    )
    expect(gql.body.errors?.[0]?.message).toContain('城区生活垃圾分类试点')
    expect(await sites()).toBe(before)
    // Nor takes one out, or moves its start.
    for (const body of [{ urbanPilot: false }, { pilotSince: '2026-01-01' }]) {
      const changed = await app.rest.call('PATCH', `/sites/${ids.a}`, { token: town, body })
      expect([changed.status, changed.body.errors[0].data.code]).toEqual([403, 'ADMIN_ONLY_FIELD'])
    }
    const a = await app.payload.findByID({ collection: 'sites', id: ids.a!, depth: 0 })
    expect([a.urbanPilot, a.pilotSince?.slice(0, 10)]).toEqual([true, '2026-03-01'])
    // Other fields of their own site stay theirs; a site made without the pilot's fields is fine.
    expect((await app.rest.call('PATCH', `/sites/${ids.a}`, { token: town, body: { contactName: '王' } })).status).toBe(
      200,
    )
    const plain = await app.rest.call('POST', '/sites', {
      token: town,
      body: { name: '戊小区', kind: 'residential', town: ids.townA, urbanPilot: false },
    })
    expect(plain.status).toBe(201)
    await app.payload.delete({ collection: 'sites', id: plain.body.doc.id })
    // A report dated after today: nothing to report yet.
    const tomorrow = shanghaiDay(new Date(Date.now() + DAY))
    const future = await app.rest.call('POST', '/work-report/preview', {
      token: admin,
      body: { date: tomorrow, period: 'month', sections: 'all' },
    })
    expect([future.status, future.body.errors[0].data.code]).toEqual([400, 'REPORT_IN_FUTURE'])
    expect((await app.rest.call('GET', `/work-report?date=${tomorrow}`, { token: admin })).status).toBe(400)
    const missing = await app.rest.call('GET', '/work-report/copies/999999', { token: admin })
    expect([missing.status, missing.body.errors[0].data.code]).toEqual([404, 'REPORT_COPY_NOT_FOUND'])
    // Nobody writes a kept copy or the ledger over GraphQL either, admins included for the copies.
    const copy = await app.rest.graphql(`mutation { createReportCopy(data: { date: "${today}" }) { id } }`, {
      token: admin,
    })
    expect(copy.body.errors?.length).toBeGreaterThan(0)
    const spend = await app.rest.graphql(
      `mutation { createSpending(data: { day: "${today}", area: urban, payer: government, purpose: cards, amountFen: 1, document: "x" }) { id } }`,
      { token: town },
    )
    expect(spend.body.errors?.length).toBeGreaterThan(0)
    expect((await app.payload.count({ collection: 'spending', where: { document: { equals: 'x' } } })).totalDocs).toBe(
      0,
    )
  })

  test('staffing for a past date: from the hiring and leaving dates, or said to be unknown', async () => {
    const p = app.payload
    const village = await p.create({
      collection: 'villages',
      data: { name: '六村', town: ids.townB!, registeredPopulation: 800 },
    })
    const cleaner = (name: string, data: { hiredOn: string; status: 'on-duty' | 'left'; leftOn?: string }) =>
      p.create({
        collection: 'cleaners',
        data: {
          name,
          town: ids.townB!,
          village: village.id,
          birthDate: '1970-01-01',
          contractKind: 'village',
          ...data,
        },
      })
    await cleaner('在岗', { hiredOn: '2026-03-01', status: 'on-duty' })
    await cleaner('后离岗', { hiredOn: '2026-03-01', status: 'left', leftOn: dayAgo(5) })
    await cleaner('后聘用', { hiredOn: dayAgo(2), status: 'on-duty' })
    const then = { from: dayAgo(20), to: dayAgo(9), town: ids.townB! }
    // Nine days ago: the first two were on duty (the second left since), the third not yet hired.
    expect((await computeFigures(p, then)).cleanerStaffing).toMatchObject({ numerator: 2, unknown: 0 })
    // Today: the village's own count as it stands — the first and the third.
    expect((await computeFigures(p, { ...period, town: ids.townB! })).cleanerStaffing).toMatchObject({ numerator: 2 })
    // One who left on a day nobody wrote down: the past cannot be read back, and the report says so.
    await cleaner('离岗无日期', { hiredOn: '2026-03-01', status: 'left' })
    expect((await computeFigures(p, then)).cleanerStaffing).toMatchObject({ unknown: 1 })
    const res = await app.rest.call<{ missing: Array<{ item: string; what: string }> }>(
      'POST',
      '/work-report/preview',
      {
        token: admin,
        body: { date: dayAgo(9), period: 'month', sections: 'countryside' },
      },
    )
    expect(res.body.missing.map((m) => `${m.item} ${m.what}`)).toContainEqual(
      expect.stringMatching(/^（二）1 1名保洁员的聘用或离岗日期/),
    )
  })
})
