/**
 * The countryside and the town assessment over REST (and GraphQL where a role might slip through), as
 * each role: cleaners and the staffing gap, methods refused when their tiers or pool do not add up, the
 * assessment workflow draft → submitted → returned → submitted → approved with evidence, and the payout
 * job — every bad input refused with a code and nothing written.
 */
import { strFromU8, unzipSync } from 'fflate'
import type { Payload } from 'payload'

import { DEFAULT_METHOD } from '../domain/assessment/method'
import { payClosedPeriods } from '../jobs/assessment/payClosedPeriods'
import { drawSample } from '../domain/assessment/spotChecks'
import type { NoticeTable } from '../domain/assessment/notice'
import type {
  Assessment,
  Cleaner,
  CleanerInspection,
  Notification,
  Outbox,
  RankingNotice,
  SpotCheck,
  SubsidyPayout,
  Village,
} from '../payload-types'
import type { Present, With } from './helpers/api'
import { bootPayload, type Booted } from './helpers/boot'
import { person, town } from './helpers/fixtures'

/** An assessment as the REST API answers it: its items always there, each with its maximum from the method. */
type Answered = With<Assessment, { items: Array<NonNullable<Assessment['items']>[number] & { max: number }> }>

let app: Booted
let payload: Payload
const tokens: Record<'admin' | 'town' | 'otherTown' | 'operator', string> = {
  admin: '',
  town: '',
  otherTown: '',
  operator: '',
}
const ids: Record<string, number> = {}
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

const methodBody = (extra: Record<string, unknown> = {}) => ({
  name: '测试考评办法',
  periodKind: 'quarter',
  parts: DEFAULT_METHOD.parts,
  bonusMax: 5,
  tiers: DEFAULT_METHOD.tiers,
  subsidy: 'by-tier',
  bases: [
    { town: ids.townA, baseFen: 100_000_00 },
    { town: ids.townB, baseFen: 80_000_01 },
  ],
  ...extra,
})
const allItems = DEFAULT_METHOD.parts.flatMap((p) => p.items)

async function upload(token: string, name: string): Promise<number> {
  const form = new FormData()
  form.append('file', new File([PNG], name, { type: 'image/png' }))
  form.append('_payload', JSON.stringify({ alt: name, area: 'assessment' }))
  const res = await app.rest.call('POST', '/media', { token, form })
  expect(res.status).toBe(201)
  return res.body.doc.id
}

const count = async (collection: 'assessments' | 'assessment-methods' | 'subsidy-payouts' | 'cleaners') =>
  (await payload.count({ collection })).totalDocs
const village = (id: number) => payload.findByID({ collection: 'villages', id, depth: 0 })

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  tokens.admin = (await person(app, 'admin', { email: 'a@t.local', name: '区管理员' })).token
  const a = await town(app, '甲镇', { villages: [{ name: '甲村', registeredPopulation: 1000 }] })
  const b = await town(app, '乙镇', { villages: [{ name: '乙村', registeredPopulation: 450 }] })
  ids.townA = a.id
  ids.townB = b.id
  ids.villageA = a.villages['甲村']!
  ids.villageB = b.villages['乙村']!
  tokens.town = (await person(app, 'town-official', { email: 't@t.local', town: ids.townA })).token
  tokens.otherTown = (await person(app, 'town-official', { email: 'u@t.local', town: ids.townB })).token
  tokens.operator = (await person(app, 'operator', { email: 'o@t.local' })).token
})
afterAll(async () => {
  await app?.close()
})

describe('cleaners and staffing', () => {
  test('a village needs ceil(population ÷ ratio) cleaners; the gap follows the roster and the ratio', async () => {
    expect(await village(ids.villageA)).toMatchObject({ cleanersRequired: 3, cleanersOnDuty: 0, cleanersGap: 3 })
    const hired = await app.rest.call('POST', '/cleaners', {
      token: tokens.town,
      body: { name: '王桂兰', village: ids.villageA, birthDate: '1968-05-01', phone: '13955550001' },
    })
    expect(hired.status).toBe(201)
    expect(hired.body.doc).toMatchObject({ town: { id: ids.townA }, status: 'on-duty', phoneMasked: '139****0001' })
    await app.rest.call('POST', '/cleaners', {
      token: tokens.admin,
      body: { name: '李德明', town: ids.townA, village: ids.villageA, birthDate: '1970-01-01' },
    })
    expect(await village(ids.villageA)).toMatchObject({ cleanersOnDuty: 2, cleanersGap: 1 })
    // The district changes the ratio: every village is recomputed.
    const ratio = await app.rest.call('POST', '/globals/countryside-settings', {
      token: tokens.admin,
      body: { staffingRatio: 500 },
    })
    expect(ratio.status).toBe(200)
    expect(await village(ids.villageA)).toMatchObject({ cleanersRequired: 2, cleanersGap: 0 })
    await app.rest.call('PATCH', `/cleaners/${hired.body.doc.id}`, { token: tokens.town, body: { status: 'left' } })
    expect(await village(ids.villageA)).toMatchObject({ cleanersOnDuty: 1, cleanersGap: 1 })
    const short = await app.rest.call<{ docs: Village[] }>('GET', '/villages?where[cleanersGap][greater_than]=0', {
      token: tokens.admin,
    })
    expect(short.body.docs.map((v: { name: string }) => v.name)).toContain('甲村')
    // Only admins set the ratio; nobody types the figures.
    expect(
      (await app.rest.call('POST', '/globals/countryside-settings', { token: tokens.town, body: { staffingRatio: 1 } }))
        .status,
    ).toBe(403)
    const typed = await app.rest.call('PATCH', `/villages/${ids.villageA}`, {
      token: tokens.admin,
      body: { cleanersGap: 0 },
    })
    expect(typed.status).toBe(403)
    expect(typed.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
  })

  test('the phone is masked for operators and other towns; a cleaner cannot be put in another town’s village', async () => {
    const asOperator = await app.rest.call<{ docs: Cleaner[] }>('GET', '/cleaners?depth=0', { token: tokens.operator })
    expect(asOperator.body.docs.length).toBeGreaterThan(0)
    expect(asOperator.body.docs.every((c) => c.phone === undefined)).toBe(true)
    const own = await app.rest.call('GET', '/cleaners?where[name][equals]=王桂兰&depth=0', { token: tokens.town })
    expect(own.body.docs[0]).toMatchObject({ phone: '13955550001', age: expect.any(Number) })
    const before = await count('cleaners')
    const wrong = await app.rest.call('POST', '/cleaners', {
      token: tokens.admin,
      body: { name: '错村', town: ids.townA, village: ids.villageB, birthDate: '1970-01-01' },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.code).toBe('VILLAGE_NOT_IN_TOWN')
    expect(await count('cleaners')).toBe(before)
  })
})

describe('cleaner inspections and appraisals', () => {
  test('an inspection checks its own town’s cleaners; the quarter’s appraisal scores and pays from it', async () => {
    const old = await app.rest.call('POST', '/cleaners', {
      token: tokens.town,
      body: { name: '赵长江', village: ids.villageA, birthDate: '1950-03-01', basePayFen: 2_400_00 },
    })
    const young = await app.rest.call('POST', '/cleaners', {
      token: tokens.town,
      body: { name: '孙玉珍', village: ids.villageA, birthDate: '1975-03-01', basePayFen: 2_400_00 },
    })
    const otherTown = await app.rest.call('POST', '/cleaners', {
      token: tokens.otherTown,
      body: { name: '乙镇保洁员', village: ids.villageB, birthDate: '1975-03-01' },
    })
    const foreign = await app.rest.call('POST', '/cleaner-inspections', {
      token: tokens.town,
      body: { day: '2026-08-10', rows: [{ cleaner: otherTown.body.doc.id }] },
    })
    // Another town's cleaner: refused without saying whose the number is.
    expect(foreign.body.errors[0].data.code).toBe('UNKNOWN_CLEANER')
    expect(JSON.stringify(foreign.body)).not.toContain('乙镇保洁员')
    const inspected = await app.rest.call<{ doc: Present<CleanerInspection, 'rows'> }>('POST', '/cleaner-inspections', {
      token: tokens.town,
      body: {
        day: '2026-08-10',
        rows: [
          { cleaner: old.body.doc.id, onDuty: false, findings: '不在岗', deduction: 5 },
          { cleaner: young.body.doc.id, findings: '路边有积存垃圾', deduction: 2.5 },
        ],
      },
    })
    expect(inspected.status).toBe(201)
    expect(inspected.body.doc.rows.map((r) => r.ageWithinLimit)).toEqual([false, true])
    expect(inspected.body.doc.inspector).toMatchObject({ email: 't@t.local' })
    const appraised = await app.rest.call('POST', '/cleaner-appraisals', {
      token: tokens.town,
      body: {
        cleaner: young.body.doc.id,
        quarter: '2026-Q3',
        adjustmentFen: -100_00,
        adjustmentReason: '群众投诉一次',
      },
    })
    expect(appraised.status).toBe(201)
    // 97.5 points: 3 × ¥2,400 = ¥7,200; 80 % base ¥5,760; 20 % × 97.5 % = ¥1,404; less the ¥100 penalty.
    expect(appraised.body.doc).toMatchObject({
      title: '孙玉珍 · 2026-Q3',
      score: 97.5,
      findings: 1,
      basePartFen: 5_760_00,
      performanceFen: 1_404_00,
      totalFen: 7_064_00,
    })
    const twice = await app.rest.call('POST', '/cleaner-appraisals', {
      token: tokens.town,
      body: { cleaner: young.body.doc.id, quarter: '2026-Q3' },
    })
    expect([twice.status, twice.body.errors[0].data.code]).toEqual([409, 'APPRAISAL_EXISTS'])
    const typed = await app.rest.call('PATCH', `/cleaner-appraisals/${appraised.body.doc.id}`, {
      token: tokens.town,
      body: { score: 100 },
    })
    expect(typed.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    const theirs = await app.rest.call('POST', '/cleaner-appraisals', {
      token: tokens.town,
      body: { cleaner: otherTown.body.doc.id, quarter: '2026-Q3' },
    })
    expect(theirs.status).toBe(400)
    expect(theirs.body.errors[0].data.code).toBe('UNKNOWN_CLEANER')
    // Cleaners leave; they are never deleted (their inspections and appraisals name them).
    expect((await app.rest.call('DELETE', `/cleaners/${old.body.doc.id}`, { token: tokens.admin })).status).toBe(403)
    for (const c of [old, young])
      await app.rest.call('PATCH', `/cleaners/${c.body.doc.id}`, { token: tokens.town, body: { status: 'left' } })
  })
})

describe('sanitation contracts and clean-up drives', () => {
  test('coverage comes from the contracts running today; bad dates and other towns’ villages are refused', async () => {
    const before = (await payload.count({ collection: 'sanitation-contracts' })).totalDocs
    const body = {
      operatorName: '洁美环境',
      villages: [ids.villageA],
      start: '2026-01-01',
      end: '2027-12-31',
      annualValueFen: 360_000_00,
    }
    const backwards = await app.rest.call('POST', '/sanitation-contracts', {
      token: tokens.town,
      body: { ...body, start: '2027-01-01', end: '2026-01-01' },
    })
    expect(backwards.body.errors[0].data.code).toBe('CONTRACT_DATES')
    const foreign = await app.rest.call('POST', '/sanitation-contracts', {
      token: tokens.town,
      body: { ...body, villages: [ids.villageB] },
    })
    expect(foreign.body.errors[0].data.code).toBe('VILLAGE_NOT_IN_TOWN')
    expect((await payload.count({ collection: 'sanitation-contracts' })).totalDocs).toBe(before)
    expect((await app.rest.call('GET', `/towns/${ids.townA}`, { token: tokens.admin })).body.marketCoverage).toBe(0)
    const ok = await app.rest.call('POST', '/sanitation-contracts', { token: tokens.town, body })
    expect(ok.status).toBe(201)
    expect((await app.rest.call('GET', `/towns/${ids.townA}`, { token: tokens.admin })).body.marketCoverage).toBe(100)
    expect(await village(ids.villageA)).toMatchObject({ marketContract: true })
    // Typed by hand: refused.
    const typed = await app.rest.call('PATCH', `/villages/${ids.villageB}`, {
      token: tokens.admin,
      body: { marketContract: true },
    })
    expect(typed.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    // A contract that has ended no longer covers.
    await app.rest.call('PATCH', `/sanitation-contracts/${ok.body.doc.id}`, {
      token: tokens.admin,
      body: { end: '2026-02-01' },
    })
    expect((await app.rest.call('GET', `/towns/${ids.townA}`, { token: tokens.admin })).body.marketCoverage).toBe(0)
    expect(await village(ids.villageA)).toMatchObject({ marketContract: false })
    await app.rest.call('PATCH', `/sanitation-contracts/${ok.body.doc.id}`, {
      token: tokens.admin,
      body: { end: '2027-12-31' },
    })
  })

  test('a clean-up drive is weighed in kilograms to the gram and reads as people say it', async () => {
    const drive = await app.rest.call('POST', '/cleanup-drives', {
      token: tokens.town,
      body: { village: ids.villageA, day: '2026-08-22', grams: 3_250_000, volunteers: 24 },
    })
    expect(drive.status).toBe(201)
    expect(drive.body.doc.title).toBe('甲镇 甲村 · 2026-08-22 · 3.25 t')
    const zero = await app.rest.call('POST', '/cleanup-drives', {
      token: tokens.town,
      body: { village: ids.villageA, day: '2026-08-23', grams: 0 },
    })
    expect(zero.status).toBe(400)
  })
})

describe('sorting targets', () => {
  test('the district sets a town’s target; the progress is computed from its villages, never typed', async () => {
    const set = await app.rest.call('POST', '/sorting-targets', {
      token: tokens.admin,
      body: { town: ids.townA, byDate: '2026-12-31', sharePercent: 50, modelVillages: 1 },
    })
    expect(set.status).toBe(201)
    const read = async () =>
      (await app.rest.call('GET', `/sorting-targets/${set.body.doc.id}`, { token: tokens.town })).body
    expect(await read()).toMatchObject({
      villageCount: 1,
      sorting: 0,
      sortingPercent: 0,
      modelVillagesNow: 0,
      met: false,
    })
    await app.rest.call('PATCH', `/villages/${ids.villageA}`, {
      token: tokens.town,
      body: {
        runsSorting: true,
        sortingScheme: 'two-time-four-category',
        schemeSince: '2026-05-01',
        modelVillage: true,
      },
    })
    expect(await read()).toMatchObject({ sorting: 1, sortingPercent: 100, modelVillagesNow: 1, met: true })
    const typed = await app.rest.call('PATCH', `/sorting-targets/${set.body.doc.id}`, {
      token: tokens.admin,
      body: { sortingPercent: 7 },
    })
    expect(typed.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    const byTown = await app.rest.call('POST', '/sorting-targets', {
      token: tokens.town,
      body: { town: ids.townA, byDate: '2026-12-31', sharePercent: 1, modelVillages: 0 },
    })
    expect(byTown.status).toBe(403)
    const other = await app.rest.call('GET', `/sorting-targets/${set.body.doc.id}`, { token: tokens.otherTown })
    expect([403, 404]).toContain(other.status)
  })
})

describe('assessment methods', () => {
  test('tiers with a gap or an overlap, and a pool that would not sum, are refused; only admins write methods', async () => {
    const before = await count('assessment-methods')
    const gap = await app.rest.call('POST', '/assessment-methods', {
      token: tokens.admin,
      body: methodBody({
        tiers: [
          { from: 90, to: 105, grade: 'pass', sharePercent: 100 },
          { from: 0, to: 80, grade: 'fail', sharePercent: 0 },
        ],
      }),
    })
    expect(gap.status).toBe(400)
    expect(gap.body.errors[0]).toMatchObject({
      message: '档次之间有空档：80 分不属于任何档次。',
      data: { code: 'TIER_GAP' },
    })
    const overlap = await app.rest.call('POST', '/assessment-methods', {
      token: tokens.admin,
      lang: 'en',
      body: methodBody({
        tiers: [
          { from: 85, to: 105, grade: 'pass', sharePercent: 100 },
          { from: 0, to: 90, grade: 'fail', sharePercent: 0 },
        ],
      }),
    })
    expect(overlap.body.errors[0]).toMatchObject({
      message: 'The tiers overlap at 85 points.',
      data: { code: 'TIER_OVERLAP' },
    })
    const pool = await app.rest.call('POST', '/assessment-methods', {
      token: tokens.admin,
      body: methodBody({
        subsidy: 'pool',
        pool: { holdPercent: 20, lastForfeitPercent: 100, toFirstPercent: 50, toOthersPercent: 30 },
      }),
    })
    expect(pool.body.errors[0].data.code).toBe('POOL_UNBALANCED')
    const byTown = await app.rest.call('POST', '/assessment-methods', { token: tokens.town, body: methodBody() })
    expect(byTown.status).toBe(403)
    expect(await count('assessment-methods')).toBe(before)
    const ok = await app.rest.call('POST', '/assessment-methods', { token: tokens.admin, body: methodBody() })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.version).toBe(1)
    ids.method = ok.body.doc.id
  })
})

describe('the assessment workflow', () => {
  const fill = (items: Array<Record<string, unknown>>, score: (max: number) => number, evidence: number[] = []) =>
    items.map((i) => ({ ...i, selfScore: score(i.max as number), evidence }))

  test('a town drafts with the platform’s figures pre-filled, and is refused what is not theirs', async () => {
    const created = await app.rest.call<{ doc: Answered }>('POST', '/assessments', {
      token: tokens.town,
      body: { period: '2026-Q3', method: ids.method },
    })
    expect(created.status).toBe(201)
    const doc = created.body.doc
    ids.assessment = doc.id
    expect(doc).toMatchObject({ town: { id: ids.townA }, status: 'draft', title: '甲镇 · 2026年第3季度' })
    expect(doc.items).toHaveLength(allItems.length)
    const cleaners = doc.items.find((i: { key: string }) => i.key === 'cleaners')
    // 甲村 lacks one cleaner: one finding's worth off 15.
    expect(cleaners).toMatchObject({ measured: 1, suggested: 14 })
    expect(cleaners!.recordsLink).toContain('cleanersGap')
    const byKey = (key: string) => doc.items.find((i: { key: string }) => i.key === key)
    // The town's one village is under a running contract; 3.25 t cleared in the quarter.
    expect(byKey('market')).toMatchObject({ measured: 100, suggested: 10 })
    expect(byKey('cleanup')).toMatchObject({ measured: 3.3, suggested: null })

    const bad: Array<[Record<string, unknown>, number, string]> = [
      [{ period: '2026-Q3', method: ids.method }, 409, 'ASSESSMENT_EXISTS'],
      [{ period: '2026-13', method: ids.method }, 400, 'INVALID_PERIOD'],
      [{ period: '2026-Q4', method: ids.method, town: ids.townB }, 403, 'OTHER_TOWN'],
      [{ period: '2026-Q4', method: ids.method, status: 'approved' }, 403, 'BAD_TRANSITION'],
    ]
    const before = await count('assessments')
    for (const [body, status, code] of bad) {
      const res = await app.rest.call('POST', '/assessments', { token: tokens.town, body })
      expect([res.status, res.body.errors[0].data.code]).toEqual([status, code])
    }
    expect(await count('assessments')).toBe(before)

    const stored = await payload.findByID({ collection: 'assessments', id: doc.id })
    const tries: Array<[Record<string, unknown>, string]> = [
      [{ items: fill(doc.items, (max) => max + 1) }, 'SCORE_OUT_OF_RANGE'],
      [{ items: fill(doc.items, () => -1) }, 'SCORE_OUT_OF_RANGE'],
      [{ items: [...doc.items, { key: 'made-up', selfScore: 5 }] }, 'UNKNOWN_ITEM'],
      [{ items: doc.items.map((i: object) => ({ ...i, reviewScore: 1 })) }, 'REVIEW_BY_DISTRICT'],
      // The town cannot read the district's bonus, so naming it is refused whatever the value (no oracle).
      [{ reviewBonus: 5 }, 'UNREADABLE_FIELD'],
      [{ items: fill(doc.items.slice(1), (max) => max), status: 'submitted' }, 'ITEMS_MISSING'],
      [{ total: 100 }, 'SERVER_SET_FIELD'],
      [{ status: 'approved' }, 'BAD_TRANSITION'],
    ]
    for (const [body, code] of tries) {
      const res = await app.rest.call('PATCH', `/assessments/${doc.id}`, { token: tokens.town, body })
      expect(res.body.errors?.[0]?.data?.code).toBe(code)
    }
    expect(await payload.findByID({ collection: 'assessments', id: doc.id })).toEqual(stored)
    // The other town sees none of it.
    const other = await app.rest.call('GET', `/assessments/${doc.id}`, { token: tokens.otherTown })
    expect([403, 404]).toContain(other.status)
    const gql = await app.rest.graphql(
      `mutation { updateAssessment(id: ${doc.id}, data: { reviewBonus: 5 }) { id } }`,
      { token: tokens.town },
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
  })

  test('submitted with evidence, returned with a reason, resubmitted, approved with evidenced findings', async () => {
    const doc = (await app.rest.call<Answered>('GET', `/assessments/${ids.assessment}?depth=0`, { token: tokens.town }))
      .body
    const photo = await upload(tokens.town, 'self.png')
    const submitted = await app.rest.call<{ doc: Answered }>('PATCH', `/assessments/${doc.id}`, {
      token: tokens.town,
      body: { items: fill(doc.items, (max) => max, [photo]), selfBonus: 2, status: 'submitted' },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc).toMatchObject({ status: 'submitted', selfTotal: 102, total: 102, grade: 'pass' })
    // Locked for the town now; the review is the district's, and unseen by the town until it is finished.
    await app.rest.call('PATCH', `/assessments/${doc.id}`, {
      token: tokens.admin,
      body: { items: submitted.body.doc.items.map((i: object) => ({ ...i, reviewScore: 1 })) },
    })
    const peek = (await app.rest.call<Answered>('GET', `/assessments/${doc.id}?depth=0`, { token: tokens.town })).body
    expect(peek.items[0].reviewScore).toBeUndefined()
    expect(peek).not.toHaveProperty('returnReason')
    await app.rest.call('PATCH', `/assessments/${doc.id}`, {
      token: tokens.admin,
      body: { items: submitted.body.doc.items.map((i: object) => ({ ...i, reviewScore: null })) },
    })
    const late = await app.rest.call('PATCH', `/assessments/${doc.id}`, { token: tokens.town, body: { selfBonus: 5 } })
    expect(late.body.errors[0].data.code).toBe('ASSESSMENT_LOCKED')
    const tamper = await app.rest.call('PATCH', `/assessments/${doc.id}`, {
      token: tokens.admin,
      body: { items: fill(submitted.body.doc.items, () => 0) },
    })
    expect(tamper.body.errors[0].data.code).toBe('SELF_SCORE_BY_TOWN')
    const noReason = await app.rest.call('PATCH', `/assessments/${doc.id}`, {
      token: tokens.admin,
      body: { status: 'returned' },
    })
    expect(noReason.body.errors[0].data.code).toBe('RETURN_NEEDS_REASON')
    const returned = await app.rest.call<{ doc: Answered }>('PATCH', `/assessments/${doc.id}`, {
      token: tokens.admin,
      body: { status: 'returned', returnReason: '示范村创建自评过高，请补充材料' },
    })
    expect(returned.body.doc.status).toBe('returned')
    // Clearing the district's words is the district's too.
    const erase = await app.rest.call('PATCH', `/assessments/${doc.id}`, {
      token: tokens.town,
      body: { returnReason: null },
    })
    expect(erase.body.errors[0].data.code).toBe('REVIEW_BY_DISTRICT')
    const again = await app.rest.call('PATCH', `/assessments/${doc.id}`, {
      token: tokens.town,
      body: {
        items: returned.body.doc.items.map((i: { key: string }) => (i.key === 'model' ? { ...i, selfScore: 8 } : i)),
        status: 'submitted',
      },
    })
    expect(again.body.doc).toMatchObject({ status: 'submitted', selfTotal: 100 })

    const items = again.body.doc.items as Array<{ key: string; findings?: unknown[] }>
    const withFinding = (evidence: number[]) =>
      items.map((i) =>
        i.key === 'environment'
          ? {
              ...i,
              findings: [
                { text: '村口积存垃圾', evidence },
                { text: '河道漂浮物', evidence },
              ],
            }
          : i,
      )
    const bare = await app.rest.call('PATCH', `/assessments/${doc.id}`, {
      token: tokens.admin,
      body: { items: withFinding([]) },
    })
    expect(bare.body.errors[0].data.code).toBe('FINDING_NEEDS_EVIDENCE')
    const evidence = await upload(tokens.admin, 'finding.png')
    const approved = await app.rest.call<{ doc: Present<Assessment, 'history'> }>('PATCH', `/assessments/${doc.id}`, {
      token: tokens.admin,
      body: { items: withFinding([evidence]), reviewBonus: 1, status: 'approved' },
    })
    expect(approved.status).toBe(200)
    // 98 (model 8) − 2 × 0.5 + 1 bonus
    expect(approved.body.doc).toMatchObject({ status: 'approved', total: 98, grade: 'pass', sharePercent: 100 })
    expect(approved.body.doc.history.map((h) => h.to)).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'approved',
    ])
    expect(approved.body.doc.history[2]).toMatchObject({ note: '示范村创建自评过高，请补充材料' })
    // Who was told: the district of the submissions, the town of the return and the approval.
    const inbox = async (token: string) =>
      (await app.rest.call('GET', '/notifications?sort=createdAt&limit=50', { token })).body.docs as Array<{
        id: number
        title: string
        body: string
      }>
    expect((await inbox(tokens.admin)).map((n) => n.title)).toEqual([
      '甲镇 · 2026年第3季度 考核已提交',
      '甲镇 · 2026年第3季度 考核已提交',
    ])
    const townInbox = await inbox(tokens.town)
    expect(townInbox.map((n) => n.title)).toEqual([
      '甲镇 · 2026年第3季度 考核被退回',
      '甲镇 · 2026年第3季度 考核已审定',
    ])
    expect(townInbox[0]!.body).toContain('示范村创建自评过高')
    expect(await inbox(tokens.otherTown)).toEqual([])
    // Without SMTP the mail is kept for admins to read, never marked sent.
    const outbox = await app.rest.call<{ docs: Outbox[] }>('GET', '/outbox?limit=50', { token: tokens.admin })
    expect(outbox.body.docs.length).toBe(4)
    expect(outbox.body.docs.every((m: { status: string }) => m.status === 'kept')).toBe(true)
    expect((await app.rest.call('GET', '/outbox', { token: tokens.town })).status).toBe(403)
    // The recipient marks a message read (the time is the server's); nothing else of it changes.
    const read = await app.rest.call('PATCH', `/notifications/${townInbox[0]!.id}`, {
      token: tokens.town,
      body: { read: true },
    })
    expect(read.body.doc).toMatchObject({ read: true, readAt: expect.any(String) })
    const rewrite = await app.rest.call('PATCH', `/notifications/${townInbox[0]!.id}`, {
      token: tokens.town,
      body: { title: '改过的标题' },
    })
    expect(rewrite.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    const foreign = await app.rest.call('PATCH', `/notifications/${townInbox[1]!.id}`, {
      token: tokens.otherTown,
      body: { read: true },
    })
    expect([403, 404]).toContain(foreign.status)

    const afterApproval = await app.rest.call('PATCH', `/assessments/${doc.id}`, {
      token: tokens.admin,
      body: { reviewBonus: 5 },
    })
    expect(afterApproval.status).toBe(403)
  })

  test('a submitted assessment’s evidence is locked: neither its uploader nor an admin replaces, re-captions or deletes it (REST and GraphQL)', async () => {
    // Issue 19: the town deleted the photo behind its approved assessment, and the evidence list went empty.
    const stored = await payload.findByID({ collection: 'assessments', id: ids.assessment, depth: 0 })
    expect(stored.status).toBe('approved')
    const photo = Number((stored.items ?? []).flatMap((i) => (i.evidence ?? []) as number[])[0])
    const file = await payload.findByID({ collection: 'media', id: photo, depth: 0 })
    const form = new FormData()
    form.append('file', new File([PNG, Buffer.from('other')], 'other.png', { type: 'image/png' }))
    form.append('_payload', JSON.stringify({}))
    for (const token of [tokens.town, tokens.admin]) {
      const replaced = await app.rest.call('PATCH', `/media/${photo}`, { token, form })
      const captioned = await app.rest.call('PATCH', `/media/${photo}`, { token, body: { alt: '改过' } })
      const deleted = await app.rest.call('DELETE', `/media/${photo}`, { token })
      for (const res of [replaced, captioned, deleted])
        expect([res.status, res.body.errors[0].data.code]).toEqual([403, 'FILE_LOCKED'])
      const gql = await app.rest.graphql(`mutation { deleteMedia(id: ${photo}) { id } }`, { token })
      expect(gql.body.errors[0].message).toMatch(/已随记录锁定/)
    }
    expect(await payload.findByID({ collection: 'media', id: photo, depth: 0 })).toEqual(file)
    // The bytes too: Payload unlinks a replaced file before any change hook, so the refusal comes before it.
    const served = await app.rest.raw('GET', `/media/file/${file.filename}`, { token: tokens.admin })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true)
    expect(await payload.findByID({ collection: 'assessments', id: ids.assessment, depth: 0 })).toEqual(stored)
    // A file only a draft uses is not deleted from under it either (the draft would lose it): FILE_IN_USE.
    const draftPhoto = await upload(tokens.town, 'draft.png')
    const draft = await app.rest.call<{ doc: Answered }>('POST', '/assessments', {
      token: tokens.town,
      body: { period: '2025-Q1', method: ids.method },
    })
    expect(draft.status).toBe(201)
    const withPhoto = await app.rest.call('PATCH', `/assessments/${draft.body.doc.id}`, {
      token: tokens.town,
      body: { items: fill(draft.body.doc.items, () => 0, [draftPhoto]) },
    })
    expect(withPhoto.status).toBe(200)
    const gone = await app.rest.call('DELETE', `/media/${draftPhoto}`, { token: tokens.town })
    expect([gone.status, gone.body.errors[0].data.code]).toEqual([403, 'FILE_IN_USE'])
    // Its uploader may still re-caption it while the assessment is a draft.
    const caption = await app.rest.call('PATCH', `/media/${draftPhoto}`, { token: tokens.town, body: { alt: '村口' } })
    expect(caption.status).toBe(200)
  })
})

describe('spot checks', () => {
  test('the district draws a recorded, reproducible sample; the seed and the sample are never typed; towns see nothing', async () => {
    for (let i = 0; i < 9; i++)
      await payload.create({
        collection: 'villages',
        data: { name: `甲镇抽查村${i}`, town: ids.townA, registeredPopulation: 300 },
      })
    const drawn = await app.rest.call<{ doc: With<SpotCheck, { seed: string; villages: Village[] }> }>(
      'POST',
      '/spot-checks',
      {
        token: tokens.admin,
        body: { town: ids.townA, period: '2026-Q3', sharePercent: 20 },
      },
    )
    expect(drawn.status).toBe(201)
    const doc = drawn.body.doc
    expect(doc.seed).toMatch(/^[0-9a-f]{16}$/)
    const townVillages = (
      await payload.find({ collection: 'villages', where: { town: { equals: ids.townA } }, limit: 100 })
    ).docs
    expect(doc.villages).toHaveLength(2) // 20 % of 10
    const again = drawSample(
      townVillages.map((v) => v.id),
      doc.seed,
      20,
    )
    expect(doc.villages.map((v: { id: number }) => String(v.id))).toEqual(again)
    const typed = await app.rest.call('POST', '/spot-checks', {
      token: tokens.admin,
      body: { town: ids.townA, period: '2026-Q3', seed: 'chosen' },
    })
    expect(typed.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    const low = await app.rest.call('POST', '/spot-checks', {
      token: tokens.admin,
      body: { town: ids.townA, period: '2026-Q3', sharePercent: 5 },
    })
    expect(low.status).toBe(400)
    expect((await app.rest.call('GET', '/spot-checks', { token: tokens.town })).status).toBe(403)
    expect(
      (
        await app.rest.call('POST', '/spot-checks', {
          token: tokens.town,
          body: { town: ids.townA, period: '2026-Q3' },
        })
      ).status,
    ).toBe(403)
  })
})

describe('payouts', () => {
  test('computed once for a closed period, exact in fen; towns read their own; admins approve and pay', async () => {
    // Issue 19: with one of the towns assessed, the button paid that town and locked the period for the others.
    // A town that has not begun keeps the period open, for the button as for the nightly job.
    const oneOfTwo = await app.rest.call('POST', '/subsidy-payouts/compute', {
      token: tokens.admin,
      body: { period: '2026-Q3' },
    })
    expect([oneOfTwo.status, oneOfTwo.body.errors[0].data.code]).toEqual([400, 'PERIOD_NOT_CLOSED'])
    expect(await count('subsidy-payouts')).toBe(0)
    // The second town's assessment is still a draft: the period is not closed.
    const b = await app.rest.call<{ doc: Answered }>('POST', '/assessments', {
      token: tokens.otherTown,
      body: { period: '2026-Q3', method: ids.method },
    })
    expect(b.status).toBe(201)
    // The nightly job waits for the period to close.
    expect(await payClosedPeriods(payload)).toEqual([])
    const early = await app.rest.call('POST', '/subsidy-payouts/compute', {
      token: tokens.admin,
      body: { period: '2026-Q3' },
    })
    expect(early.body.errors[0].data.code).toBe('PERIOD_NOT_CLOSED')
    expect(await count('subsidy-payouts')).toBe(0)
    await app.rest.call('PATCH', `/assessments/${b.body.doc.id}`, {
      token: tokens.otherTown,
      body: {
        items: b.body.doc.items.map((i: { max: number }) => ({ ...i, selfScore: i.max * 0.8 })),
        status: 'submitted',
      },
    })
    const approveB = await app.rest.call('PATCH', `/assessments/${b.body.doc.id}`, {
      token: tokens.admin,
      body: { status: 'approved' },
    })
    expect(approveB.body.doc).toMatchObject({ total: 80, grade: 'basic', sharePercent: 80 })

    const byTown = await app.rest.call('POST', '/subsidy-payouts/compute', {
      token: tokens.town,
      body: { period: '2026-Q3' },
    })
    expect(byTown.status).toBe(403)
    // Closed now: the nightly job computes it once; run again, or asked by hand, nothing new is made.
    expect(await payClosedPeriods(payload)).toEqual(['2026-Q3'])
    expect(await count('subsidy-payouts')).toBe(2)
    expect(await payClosedPeriods(payload)).toEqual([])
    const twice = await app.rest.call('POST', '/subsidy-payouts/compute', {
      token: tokens.admin,
      body: { period: '2026-Q3' },
    })
    expect([twice.status, twice.body.errors[0].data.code]).toEqual([409, 'PAYOUTS_EXIST'])
    expect(await count('subsidy-payouts')).toBe(2)
    // Not approved yet, it may be recomputed with a reason: the same figures, the earlier ones in its history.
    const again = await app.rest.call<{ created: number; recomputed: number }>('POST', '/subsidy-payouts/compute', {
      token: tokens.admin,
      body: { period: '2026-Q3', reason: '核对基数后重算' },
    })
    expect([again.status, again.body.created, again.body.recomputed]).toEqual([201, 0, 2])
    const kept = await payload.find({ collection: 'subsidy-payouts', depth: 0, sort: 'rank' })
    expect(kept.docs.map((p) => (p.history ?? []).map((h) => [h.reason, h.amountFen]))).toEqual([
      [['核对基数后重算', 100_000_00]],
      [['核对基数后重算', 64_000_01]],
    ])
    const forgedHistory = await app.rest.call('PATCH', `/subsidy-payouts/${kept.docs[0]!.id}`, {
      token: tokens.admin,
      body: { history: [] },
    })
    expect(forgedHistory.body.errors[0].data.code).toBe('SERVER_SET_FIELD')

    const all = await payload.find({ collection: 'subsidy-payouts', depth: 0, sort: 'rank' })
    expect(all.docs.map((p) => [p.town, p.rank, p.amountFen])).toEqual([
      [ids.townA, 1, 100_000_00],
      [ids.townB, 2, 64_000_01],
    ])
    const own = await app.rest.call<{ docs: SubsidyPayout[] }>('GET', '/subsidy-payouts?depth=0', {
      token: tokens.town,
    })
    expect(own.body.docs.map((p) => p.town)).toEqual([ids.townA])

    const payout = all.docs[0]!
    const steps: Array<[string, Record<string, unknown>, number]> = [
      [tokens.town, { status: 'approved' }, 403],
      [tokens.admin, { status: 'paid', paidOn: '2026-12-01', voucher: 'V1' }, 403],
      [tokens.admin, { amountFen: 1 }, 403],
      [tokens.admin, { status: 'approved' }, 200],
      [tokens.admin, { status: 'paid' }, 403],
      [tokens.admin, { status: 'paid', paidOn: '2026-12-01', voucher: '财付 2026-12-001' }, 200],
      [tokens.admin, { status: 'approved' }, 403],
    ]
    for (const [token, body, status] of steps) {
      const res = await app.rest.call('PATCH', `/subsidy-payouts/${payout.id}`, { token, body })
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status])
    }
    // Paid, it never changes, whatever the reason.
    const late = await app.rest.call('POST', '/subsidy-payouts/compute', {
      token: tokens.admin,
      body: { period: '2026-Q3', reason: '再算一次' },
    })
    expect([late.status, late.body.errors[0].data.code]).toEqual([409, 'PAYOUTS_LOCKED'])
    // The ranking notice: generated from the approved assessments and the payouts.
    const noticeByTown = await app.rest.call('POST', '/ranking-notices', {
      token: tokens.town,
      body: { period: '2026-Q3' },
    })
    expect(noticeByTown.status).toBe(403)
    const empty = await app.rest.call('POST', '/ranking-notices', { token: tokens.admin, body: { period: '2025-Q1' } })
    expect(empty.body.errors[0].data.code).toBe('NOTHING_TO_PAY')
    const notice = await app.rest.call<{ doc: With<RankingNotice, { table: NoticeTable }> }>(
      'POST',
      '/ranking-notices',
      { token: tokens.admin, body: { period: '2026-Q3' } },
    )
    expect(notice.status).toBe(201)
    expect(notice.body.doc.title).toBe('关于2026年第3季度农村生活垃圾治理考核结果的通报')
    const table = notice.body.doc.table
    expect(table.rows.map((r) => [r.rank, r.town, r.total, r.amountFen])).toEqual([
      [1, '甲镇', 98, 100_000_00],
      [2, '乙镇', 80, 64_000_01],
    ])
    expect(table.averageTotal).toBe(89)
    expect(table.averages.find((a: { key: string }) => a.key === 'organisation')).toMatchObject({
      average: 18,
      max: 20,
    })
    // A draft is the district's; once published every signed-in user reads it.
    expect([403, 404]).toContain(
      (await app.rest.call('GET', `/ranking-notices/${notice.body.doc.id}`, { token: tokens.town })).status,
    )
    await app.rest.call('PATCH', `/ranking-notices/${notice.body.doc.id}`, {
      token: tokens.admin,
      body: { status: 'published' },
    })
    // As a Word document: a zip whose document holds the table, the Chinese fonts set.
    const docx = await app.rest.call('GET', `/ranking-notices/${notice.body.doc.id}/docx`, { token: tokens.town })
    expect(docx.status).toBe(200)
    const raw = await (
      await app.rest.raw('GET', `/ranking-notices/${notice.body.doc.id}/docx`, { token: tokens.town })
    ).arrayBuffer()
    const files = unzipSync(new Uint8Array(raw))
    const xml = strFromU8(files['word/document.xml']!)
    expect(xml).toContain('关于2026年第3季度农村生活垃圾治理考核结果的通报')
    expect(xml).toContain('甲镇')
    expect(xml).toContain('¥100,000.00')
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"')
    expect((await app.rest.call('GET', `/ranking-notices/999999/docx`, { token: tokens.admin })).status).toBe(404)
    expect((await app.rest.call('GET', `/ranking-notices/${notice.body.doc.id}/docx`)).status).toBe(403)
    const forged = await app.rest.call('PATCH', `/ranking-notices/${notice.body.doc.id}`, {
      token: tokens.admin,
      body: { table: { rows: [] } },
    })
    expect(forged.body.errors[0].data.code).toBe('SERVER_SET_FIELD')

    const told = await app.rest.call<{ docs: Notification[] }>(
      'GET',
      '/notifications?where[title][contains]=奖补资金',
      { token: tokens.town },
    )
    expect(told.body.docs.map((n) => n.body)).toEqual(['2026年第3季度 考核奖补资金 ¥100,000.00 已审批，将按程序拨付。'])
    expect(await payload.findByID({ collection: 'subsidy-payouts', id: payout.id, depth: 0 })).toMatchObject({
      status: 'paid',
      amountFen: 100_000_00,
      voucher: '财付 2026-12-001',
    })
  })
})

describe('a town does not set the inputs of its own score (issue 19)', () => {
  test('a village’s registered population is the district’s: the town is refused (REST and GraphQL), the admin’s change is in the audit trail', async () => {
    const before = await village(ids.villageA)
    const own = await app.rest.call('PATCH', `/villages/${ids.villageA}`, {
      token: tokens.town,
      body: { registeredPopulation: 1 },
    })
    expect([own.status, own.body.errors[0].data.code]).toEqual([403, 'ADMIN_ONLY_FIELD'])
    const gql = await app.rest.graphql(
      `mutation { updateVillage(id: ${ids.villageA}, data: { registeredPopulation: 1 }) { id } }`,
      { token: tokens.town },
    )
    expect(gql.body.errors[0].message).toMatch(/只有管理员/)
    expect(await village(ids.villageA)).toEqual(before)
    // What the town does keep: its villages' sorting, saved with the population sent back unchanged.
    const sorting = await app.rest.call('PATCH', `/villages/${ids.villageA}`, {
      token: tokens.town,
      body: { runsSorting: true, registeredPopulation: before.registeredPopulation },
    })
    expect(sorting.status).toBe(200)
    const byDistrict = await app.rest.call('PATCH', `/villages/${ids.villageA}`, {
      token: tokens.admin,
      body: { registeredPopulation: before.registeredPopulation + 500 },
    })
    expect(byDistrict.status).toBe(200)
    const trail = await payload.find({
      collection: 'audit-log',
      where: { and: [{ collectionSlug: { equals: 'villages' } }, { recordId: { equals: String(ids.villageA) } }] },
      sort: '-at',
      limit: 1,
      depth: 0,
    })
    expect(JSON.stringify(trail.docs[0])).toContain('registeredPopulation')
  })
})
