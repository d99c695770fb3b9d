/**
 * The points engine end to end on a fresh database: cards, drops, the ledger, rules versions,
 * rewards and redemptions, checks, replacements, batches and follow-ups — every bad input
 * refused with nothing written, and the races of the issue.
 */
import type { Payload } from 'payload'

import { recordDrops, type DropInput } from '../collections/points/drops'
import type { Candidate } from '../domain/points/followUps'
import type { DropAnswer } from './helpers/api'
import { bootPayload, type Booted, type RestResponse } from './helpers/boot'
import { person, town } from './helpers/fixtures'

/** GET /follow-ups/candidates: the period, and the cards to call or visit (with whether one is already open). */
type FollowUpCandidates = {
  from: string
  to: string
  count: number
  candidates: Array<Candidate & { openFollowUp: boolean }>
}

let app: Booted
let payload: Payload
const tokens: Record<'admin' | 'operator' | 'town', string> = { admin: '', operator: '', town: '' }
let siteId: number
let officeSiteId: number
let adminUser: { id: number; collection: 'users'; role?: string | null }
let cardSeq = 0

const NOW = () => new Date().toISOString()
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString()

async function newCard(extra: Record<string, unknown> = {}) {
  cardSeq++
  return payload.create({
    collection: 'cards',
    data: {
      cardNumber: `T${String(cardSeq).padStart(6, '0')}`,
      status: 'active',
      holderKind: 'household',
      site: siteId,
      channel: 'booth',
      // Issued well before anything the tests date their drops at.
      issuedAt: '2024-01-01T00:00:00.000Z',
      ...extra,
    },
  })
}

async function balanceOf(id: number) {
  return (await payload.findByID({ collection: 'cards', id, depth: 0 })).balance ?? 0
}

async function ledgerSum(id: number) {
  const entries = await payload.find({
    collection: 'point-entries',
    where: { card: { equals: id } },
    pagination: false,
    depth: 0,
  })
  return entries.docs.reduce((s, e) => s + e.delta, 0)
}

async function expectConsistent(id: number) {
  expect(await balanceOf(id)).toBe(await ledgerSum(id))
}

const counts = async () => {
  const slugs = ['drop-offs', 'point-entries', 'redemptions', 'cards', 'card-days'] as const
  const values = await Promise.all(slugs.map((collection) => payload.count({ collection }).then((r) => r.totalDocs)))
  return Object.fromEntries(slugs.map((s, i) => [s, values[i]]))
}

/** These tests date drops on fixed days to test other rules: they import them as history. */
const PAST = { history: true }

let keySeq = 0
const drop = (card: number, extra: Partial<DropInput> = {}): DropInput => ({
  card,
  category: 'paper',
  grams: 1000,
  occurredAt: minutesAgo(1),
  source: 'device',
  idempotencyKey: `k-${++keySeq}`,
  ...extra,
})

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  const admin = await person(app, 'admin', { email: 'a@t.local', name: '管理员' })
  adminUser = admin.user
  const operator = await person(app, 'operator', { email: 'o@t.local', name: '运营' })
  const place = await town(app, '测试镇', {
    sites: [
      { name: '测试小区', kind: 'residential' },
      { name: '测试机关', kind: 'government' },
    ],
  })
  const official = await person(app, 'town-official', { email: 't@t.local', name: '镇干部', town: place.id })
  siteId = place.sites['测试小区']!
  officeSiteId = place.sites['测试机关']!
  // Rules revision 1, effective from long ago: paper 70/kg, kitchen 5/drop, cap 200, penalty 10.
  await payload.updateGlobal({ slug: 'point-rules', data: { effectiveFrom: '2020-01-01T00:00:00.000Z' } })
  tokens.admin = admin.token
  tokens.operator = operator.token
  tokens.town = official.token
})
afterAll(async () => {
  await app?.close()
})

describe('cards', () => {
  test('the full phone is for admins only: others see it masked and cannot set it; town officials read their own town’s cards', async () => {
    const card = await newCard({ phone: '13812341234' })
    const asAdmin = await app.rest.call('GET', `/cards/${card.id}`, { token: tokens.admin })
    const asOperator = await app.rest.call('GET', `/cards/${card.id}`, { token: tokens.operator })
    expect(asAdmin.body.phone).toBe('13812341234')
    expect(asOperator.body.phone).toBeUndefined()
    expect(asOperator.body.phoneMasked).toBe('138****1234')
    // An operator may edit the card but not its phone: refused, and the stored phone stays intact.
    const phone = await app.rest.call('PATCH', `/cards/${card.id}`, {
      token: tokens.operator,
      body: { holderName: '王五', phone: '13000000000' },
    })
    expect(phone.status).toBe(403)
    expect(phone.body.errors[0].data).toMatchObject({ code: 'UNREADABLE_FIELD', field: 'phone' })
    // No oracle (issue 19): the right guess is answered exactly as a wrong one, over REST and GraphQL.
    const rightGuess = await app.rest.call('PATCH', `/cards/${card.id}`, {
      token: tokens.operator,
      body: { phone: '13812341234' },
    })
    expect([rightGuess.status, rightGuess.body]).toEqual([phone.status, phone.body])
    const gql = (guess: string) =>
      app.rest.graphql(`mutation { updateCard(id: ${card.id}, data: { phone: "${guess}" }) { id } }`, {
        token: tokens.operator,
      })
    const [wrong, right] = [await gql('13000000000'), await gql('13812341234')]
    expect(wrong.body.errors[0].message).toMatch(/不可见/)
    expect(right.body).toEqual(wrong.body)
    const edit = await app.rest.call('PATCH', `/cards/${card.id}`, {
      token: tokens.operator,
      body: { holderName: '王五' },
    })
    expect(edit.status).toBe(200)
    expect((await payload.findByID({ collection: 'cards', id: card.id })).phone).toBe('13812341234')
    const list = await app.rest.call('GET', `/cards?where[id][equals]=${card.id}`, { token: tokens.operator })
    expect(JSON.stringify(list.body)).not.toContain('13812341234')
    const asTown = await app.rest.call('GET', `/cards/${card.id}`, { token: tokens.town })
    expect(asTown.status).toBe(200)
    expect(asTown.body).toMatchObject({ phoneMasked: '138****1234' })
    expect(asTown.body.phone).toBeUndefined()
    expect((await app.rest.call('GET', `/cards/${card.id}`)).status).toBe(403)
  })

  test('the balance cannot be written through the API: refused with a code, nothing written', async () => {
    const before = await app.payload.count({ collection: 'cards' })
    const created = await app.rest.call('POST', '/cards', {
      token: tokens.admin,
      body: { cardNumber: 'BAL0001', holderKind: 'household', site: siteId, balance: 500 },
    })
    expect(created.status).toBe(403)
    expect(created.body.errors[0].data).toMatchObject({ code: 'SERVER_SET_FIELD', field: 'balance' })
    expect((await app.payload.count({ collection: 'cards' })).totalDocs).toBe(before.totalDocs)
    const card = await newCard()
    const patched = await app.rest.call('PATCH', `/cards/${card.id}`, {
      token: tokens.admin,
      body: { balance: 999, holderName: '张三' },
    })
    expect(patched.status).toBe(403)
    expect(await app.payload.findByID({ collection: 'cards', id: card.id })).toMatchObject({
      balance: 0,
      holderName: card.holderName ?? null,
    })
  })

  test('cards are never deleted', async () => {
    const card = await newCard()
    expect((await app.rest.call('DELETE', `/cards/${card.id}`, { token: tokens.admin })).status).toBe(403)
  })

  test('a batch issues a number range in one action; an overlapping batch writes nothing', async () => {
    const res = await app.rest.call('POST', '/card-batches', {
      token: tokens.operator,
      body: { prefix: 'NB', start: 1, count: 25, digits: 5, site: siteId, channel: 'event' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ firstNumber: 'NB00001', lastNumber: 'NB00025' })
    const issued = await payload.count({ collection: 'cards', where: { cardNumber: { like: 'NB000' } } })
    expect(issued.totalDocs).toBe(25)
    const before = await counts()
    const overlap = await app.rest.call('POST', '/card-batches', {
      token: tokens.operator,
      body: { prefix: 'NB', start: 20, count: 10, digits: 5, site: siteId },
    })
    expect(overlap.status).toBe(409)
    expect(overlap.body.errors[0].data.code).toBe('CARD_NUMBERS_TAKEN')
    expect(await counts()).toEqual(before)
    expect((await payload.count({ collection: 'card-batches' })).totalDocs).toBe(1)
  })
})

describe('drops', () => {
  test('a drop earns points, lands on the ledger and on the card', async () => {
    const card = await newCard()
    const [out] = await recordDrops(payload, [drop(card.id, { grams: 1500 })])
    expect(out).toMatchObject({ status: 'accepted', points: 105, balance: 105 })
    const entry = (await payload.find({ collection: 'point-entries', where: { card: { equals: card.id } } })).docs[0]!
    expect(entry).toMatchObject({ delta: 105, reason: 'drop-off', balanceAfter: 105, rulesRevision: 1 })
    await expectConsistent(card.id)
  })

  test('bad drops are refused with a code and write nothing', async () => {
    const card = await newCard()
    const lost = await newCard({ status: 'lost' })
    const cancelled = await newCard({ status: 'cancelled' })
    const before = await counts()
    const outcomes = await recordDrops(payload, [
      drop(card.id, { grams: -100 }),
      drop(card.id, { grams: 0 }),
      drop(card.id, { category: 'plutonium' }),
      drop(lost.id),
      drop(cancelled.id),
      drop(999_999),
      { ...drop(card.id), card: undefined, cardNumber: 'NOPE-0001' },
      drop(card.id, { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }),
      drop(card.id, { occurredAt: 'yesterday' }),
    ])
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.code : o.status))).toEqual([
      'INVALID_WEIGHT',
      'INVALID_WEIGHT',
      'UNKNOWN_CATEGORY',
      'CARD_NOT_ACTIVE',
      'CARD_NOT_ACTIVE',
      'UNKNOWN_CARD',
      'UNKNOWN_CARD',
      'FUTURE_TIME',
      'INVALID_TIME',
    ])
    expect(await counts()).toEqual(before)
  })

  test('valid drops in a batch are kept when others are rejected', async () => {
    const card = await newCard()
    const outcomes = await recordDrops(payload, [
      drop(card.id),
      drop(card.id, { grams: -1 }),
      drop(card.id, { category: 'kitchen' }),
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['accepted', 'rejected', 'accepted'])
    expect(await balanceOf(card.id)).toBe(75)
    await expectConsistent(card.id)
  })

  test('the same key with the same content returns the first result; with other content it is refused', async () => {
    const card = await newCard()
    const first = drop(card.id, { grams: 2000 })
    const [a] = await recordDrops(payload, [first])
    const before = await counts()
    const [again] = await recordDrops(payload, [first])
    expect(again).toEqual({ ...a, status: 'duplicate' })
    const [other] = await recordDrops(payload, [{ ...first, grams: 2500 }])
    expect(other).toMatchObject({ status: 'rejected', code: 'IDEMPOTENCY_CONFLICT' })
    expect(await counts()).toEqual(before)
    expect(await balanceOf(card.id)).toBe(140)
  })

  test('staff record drops over REST with the same idempotent semantics; bad bodies get the failing path', async () => {
    const card = await newCard()
    const body = {
      drops: [
        {
          cardNumber: card.cardNumber,
          category: 'kitchen',
          grams: 600,
          occurredAt: minutesAgo(5),
          note: '居民在兑换点称重后补录',
          idempotencyKey: 'booth-1',
        },
      ],
    }
    const first = await app.rest.call<{ outcomes: DropAnswer[] }>('POST', '/drop-offs/record', {
      token: tokens.operator,
      body,
    })
    expect(first.status).toBe(200)
    expect(first.body.outcomes[0]).toMatchObject({ status: 'accepted', points: 5 })
    const again = await app.rest.call<{ outcomes: DropAnswer[] }>('POST', '/drop-offs/record', {
      token: tokens.operator,
      body,
    })
    expect(again.body.outcomes[0].status).toBe('duplicate')
    const before = await counts()
    const bad = await app.rest.call('POST', '/drop-offs/record', {
      token: tokens.operator,
      body: { drops: [{ ...body.drops[0], grams: -3, idempotencyKey: 'booth-2' }] },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data).toMatchObject({ code: 'INVALID_REQUEST', path: 'drops.0.grams' })
    expect((await app.rest.call('POST', '/drop-offs/record', { token: tokens.town, body })).status).toBe(403)
    expect(await counts()).toEqual(before)
  })

  test('a manual drop through the admin REST API is awarded by the same rules; drops cannot be edited or deleted', async () => {
    const card = await newCard()
    const res = await app.rest.call('POST', '/drop-offs', {
      token: tokens.operator,
      body: { card: card.id, category: 'paper', grams: 1000, occurredAt: minutesAgo(2), note: '设备离线，人工补录' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ points: 70, outcome: 'counted', source: 'manual' })
    const bad = await app.rest.call('POST', '/drop-offs', {
      token: tokens.operator,
      body: { card: card.id, category: 'paper', grams: 0, note: '称重为零' },
    })
    expect(bad.status).toBe(400)
    expect(
      (await app.rest.call('PATCH', `/drop-offs/${res.body.doc.id}`, { token: tokens.admin, body: { grams: 5 } }))
        .status,
    ).toBe(403)
    expect((await app.rest.call('DELETE', `/drop-offs/${res.body.doc.id}`, { token: tokens.admin })).status).toBe(403)
    await expectConsistent(card.id)
  })

  test('the daily cap holds within a Shanghai day and resets on the next', async () => {
    const card = await newCard()
    const day1 = '2026-11-20T02:00:00.000Z' // 10:00 in Shanghai
    const day1Late = '2026-11-20T15:30:00.000Z' // 23:30 the same Shanghai day
    const day2 = '2026-11-20T16:30:00.000Z' // 00:30 the next Shanghai day
    const outcomes = await recordDrops(
      payload,
      [
        drop(card.id, { grams: 2000, occurredAt: day1 }), // 140
        drop(card.id, { grams: 2000, occurredAt: day1Late }), // 60 of 140
        drop(card.id, { grams: 2000, occurredAt: day1Late }), // 0
        drop(card.id, { grams: 2000, occurredAt: day2 }), // 140
      ],
      PAST,
    )
    expect(outcomes.map((o) => (o.status === 'accepted' ? o.points : o.status))).toEqual([140, 60, 0, 140])
    expect(await balanceOf(card.id)).toBe(340)
    await expectConsistent(card.id)
  })
})

describe('the generic writer (the path other adapters such as MongoDB take)', () => {
  test('gives the same results as the SQLite bulk writer', async () => {
    const a = await newCard()
    const b = await newCard()
    const inputs = (card: number, tag: string) => [
      drop(card, { grams: 2000, occurredAt: '2026-11-10T02:00:00.000Z', idempotencyKey: `${tag}-1` }),
      drop(card, { grams: 2000, occurredAt: '2026-11-10T03:00:00.000Z', idempotencyKey: `${tag}-2` }),
      drop(card, { grams: 2000, occurredAt: '2026-11-10T04:00:00.000Z', idempotencyKey: `${tag}-3` }),
      drop(card, { category: 'kitchen', occurredAt: '2026-11-11T02:00:00.000Z', idempotencyKey: `${tag}-4` }),
      drop(card, { grams: -1, idempotencyKey: `${tag}-5` }),
    ]
    const viaSqlite = await recordDrops(payload, inputs(a.id, 'wa'), { ...PAST, writer: 'sql' })
    const viaGeneric = await recordDrops(payload, inputs(b.id, 'wb'), { ...PAST, writer: 'generic' })
    const strip = (o: (typeof viaSqlite)[number]) =>
      o.status === 'rejected' ? o.code : [o.status, o.points, o.balance, o.outcome]
    expect(viaGeneric.map(strip)).toEqual(viaSqlite.map(strip))
    // The second day's tally exists now: the generic writer must update it, not add a second row.
    await recordDrops(payload, [drop(b.id, { category: 'kitchen', occurredAt: '2026-11-11T05:00:00.000Z' })], {
      ...PAST,
      writer: 'generic',
    })
    const days = await payload.find({ collection: 'card-days', where: { card: { equals: b.id } }, sort: 'day' })
    expect(days.docs.map((d) => [d.day, d.drops, d.points])).toEqual([
      ['2026-11-10', 3, 200],
      ['2026-11-11', 2, 10],
    ])
    expect(await balanceOf(b.id)).toBe(210)
    await expectConsistent(a.id)
    await expectConsistent(b.id)
  })
})

describe('rules versions', () => {
  test('a change applies from its effective time; past entries keep their revision', async () => {
    const card = await newCard()
    const [before] = await recordDrops(
      payload,
      [drop(card.id, { grams: 500, occurredAt: '2026-01-05T04:00:00.000Z' })],
      PAST,
    )
    expect(before).toMatchObject({ points: 35 })
    const current = await payload.findGlobal({ slug: 'point-rules' })
    const saved = await payload.updateGlobal({
      slug: 'point-rules',
      data: {
        effectiveFrom: '2026-01-10T00:00:00.000Z',
        categories: (current.categories ?? []).map((c) => (c.category === 'paper' ? { ...c, pointsPerKg: 100 } : c)),
      },
    })
    expect(saved.revision).toBe(2)
    const [old, fresh] = await recordDrops(
      payload,
      [
        drop(card.id, { grams: 500, occurredAt: '2026-01-08T04:00:00.000Z' }),
        drop(card.id, { grams: 500, occurredAt: '2026-01-12T04:00:00.000Z' }),
      ],
      PAST,
    )
    expect(old).toMatchObject({ points: 35 })
    expect(fresh).toMatchObject({ points: 50 })
    const drops = await payload.find({
      collection: 'drop-offs',
      where: { card: { equals: card.id } },
      sort: 'occurredAt',
    })
    expect(drops.docs.map((d) => d.rulesRevision)).toEqual([1, 1, 2])
    const entries = await payload.find({
      collection: 'point-entries',
      where: { card: { equals: card.id } },
      sort: 'createdAt',
    })
    expect(entries.docs.map((e) => e.rulesRevision)).toEqual([1, 1, 2])
    // Back to 70/kg from 2026-01-15 on, as revision 3, for the rest of the file.
    const restored = await payload.updateGlobal({
      slug: 'point-rules',
      data: { effectiveFrom: '2026-01-15T00:00:00.000Z', categories: current.categories },
    })
    expect(restored.revision).toBe(3)
    const [later] = await recordDrops(
      payload,
      [drop(card.id, { grams: 500, occurredAt: '2026-01-16T04:00:00.000Z' })],
      PAST,
    )
    expect(later).toMatchObject({ points: 35 })
  })

  test('only admins change the rules', async () => {
    const res = await app.rest.call('POST', '/globals/point-rules', {
      token: tokens.operator,
      body: { dailyCap: 99999 },
    })
    expect(res.status).toBe(403)
    expect((await payload.findGlobal({ slug: 'point-rules' })).dailyCap).toBe(200)
  })
})

describe('ledger', () => {
  test('no one edits or deletes an entry: REST, GraphQL, Local API with or without access', async () => {
    const card = await newCard()
    await recordDrops(payload, [drop(card.id)])
    const entry = (await payload.find({ collection: 'point-entries', where: { card: { equals: card.id } } })).docs[0]!
    expect(
      (await app.rest.call('PATCH', `/point-entries/${entry.id}`, { token: tokens.admin, body: { delta: 9999 } }))
        .status,
    ).toBe(403)
    expect((await app.rest.call('DELETE', `/point-entries/${entry.id}`, { token: tokens.admin })).status).toBe(403)
    await expect(
      payload.update({
        collection: 'point-entries',
        id: entry.id,
        data: { delta: 1 },
        overrideAccess: false,
        user: adminUser,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'point-entries', id: entry.id, overrideAccess: false, user: adminUser }),
    ).rejects.toThrow()
    await expect(payload.update({ collection: 'point-entries', id: entry.id, data: { delta: 1 } })).rejects.toThrow(
      /cannot be changed|不能修改/,
    )
    await expect(payload.delete({ collection: 'point-entries', id: entry.id })).rejects.toThrow(
      /不能删除|cannot be deleted/,
    )

    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const gql = await GRAPHQL_POST(app.config)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.admin}` },
        body: JSON.stringify({
          query: `mutation { updatePointEntry(id: ${entry.id}, data: { delta: 9999 }) { id } deletePointEntry(id: ${entry.id}) { id } }`,
        }),
      }),
    )
    const result = await gql.json()
    expect(result.errors?.length).toBeGreaterThan(0)
    expect(await payload.findByID({ collection: 'point-entries', id: entry.id })).toMatchObject({ delta: entry.delta })
    await expectConsistent(card.id)
  })

  test('an admin adjustment needs a written reason and may go negative; others cannot post', async () => {
    const card = await newCard()
    const before = await counts()
    const noReason = await app.rest.call('POST', '/point-entries', {
      token: tokens.admin,
      body: { card: card.id, delta: -5, reason: 'adjustment' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].data.code).toBe('REASON_REQUIRED')
    const notAdjustment = await app.rest.call('POST', '/point-entries', {
      token: tokens.admin,
      body: { card: card.id, delta: 50, reason: 'drop-off', note: 'x' },
    })
    expect(notAdjustment.status).toBe(400)
    const operator = await app.rest.call('POST', '/point-entries', {
      token: tokens.operator,
      body: { card: card.id, delta: 50, reason: 'adjustment', note: '补录' },
    })
    expect(operator.status).toBe(403)
    expect(await counts()).toEqual(before)
    const ok = await app.rest.call('POST', '/point-entries', {
      token: tokens.admin,
      body: { card: card.id, delta: -5, reason: 'adjustment', note: '误投补扣' },
    })
    expect(ok.status).toBe(201)
    expect(ok.body.doc).toMatchObject({ balanceAfter: -5, actor: { id: adminUser.id } })
    await expectConsistent(card.id)
  })
})

describe('rewards and redemptions', () => {
  let soap: number
  beforeAll(async () => {
    soap = (
      await payload.create({
        collection: 'rewards',
        data: { name: '洗衣皂', kind: 'goods', pointsCost: 30, audience: 'residents', stock: 3 },
      })
    ).id
  })

  const redeem = (card: number, reward: number, quantity = 1, token = tokens.operator) =>
    app.rest.call('POST', '/redemptions', { token, body: { card, reward, quantity, channel: 'counter' } })

  test('a redemption takes balance and stock together; cancelling gives both back', async () => {
    const card = await newCard()
    await recordDrops(payload, [drop(card.id, { grams: 2000 })]) // 140
    const res = await redeem(card.id, soap, 2)
    expect(res.status).toBe(201)
    expect(res.body.doc.points).toBe(60)
    expect(await balanceOf(card.id)).toBe(80)
    expect((await payload.findByID({ collection: 'rewards', id: soap })).stock).toBe(1)
    const cancel = await app.rest.call('PATCH', `/redemptions/${res.body.doc.id}`, {
      token: tokens.operator,
      body: { status: 'cancelled' },
    })
    expect(cancel.status).toBe(200)
    expect(await balanceOf(card.id)).toBe(140)
    expect((await payload.findByID({ collection: 'rewards', id: soap })).stock).toBe(3)
    const again = await app.rest.call('PATCH', `/redemptions/${res.body.doc.id}`, {
      token: tokens.operator,
      body: { status: 'completed' },
    })
    expect(again.status).toBe(403)
    expect(await balanceOf(card.id)).toBe(140)
    await expectConsistent(card.id)
  })

  test('refusals change nothing: beyond balance, beyond stock, outside window or audience, bad card', async () => {
    const card = await newCard()
    await recordDrops(payload, [drop(card.id, { grams: 500 })]) // 35
    const office = await newCard({ holderKind: 'office', site: officeSiteId })
    await recordDrops(payload, [drop(office.id, { grams: 2000 })])
    const lost = await newCard({ status: 'lost' })
    const expired = (
      await payload.create({
        collection: 'rewards',
        data: { name: '过期商品', kind: 'goods', pointsCost: 1, audience: 'both', activeUntil: '2026-01-01T00:00:00Z' },
      })
    ).id
    const future = (
      await payload.create({
        collection: 'rewards',
        data: { name: '未开始', kind: 'goods', pointsCost: 1, audience: 'both', activeFrom: '2099-01-01T00:00:00Z' },
      })
    ).id
    const before = await counts()
    const stockBefore = (await payload.findByID({ collection: 'rewards', id: soap })).stock
    const cases: Array<[Promise<RestResponse>, number, string]> = [
      [redeem(card.id, soap, 2), 409, 'INSUFFICIENT_BALANCE'],
      [redeem(card.id, soap, 4), 409, 'OUT_OF_STOCK'],
      [redeem(card.id, expired), 400, 'OUTSIDE_WINDOW'],
      [redeem(card.id, future), 400, 'OUTSIDE_WINDOW'],
      [redeem(office.id, soap), 400, 'WRONG_AUDIENCE'],
      [redeem(lost.id, soap), 400, 'CARD_NOT_ACTIVE'],
      [redeem(card.id, soap, 0), 400, ''],
      [redeem(card.id, soap, 1, tokens.town), 403, ''],
    ]
    for (const [call, status, code] of cases) {
      const res = await call
      expect(res.status).toBe(status)
      if (code) expect(res.body.errors[0].data.code).toBe(code)
    }
    expect(await counts()).toEqual(before)
    expect((await payload.findByID({ collection: 'rewards', id: soap })).stock).toBe(stockBefore)
    expect(await balanceOf(card.id)).toBe(35)
  })

  test('a property-fee deduction costs points at the rules’ rate', async () => {
    const card = await newCard()
    await recordDrops(
      payload,
      Array.from({ length: 10 }, (_, i) =>
        drop(card.id, { grams: 10_000, occurredAt: `2026-10-${String(i + 1).padStart(2, '0')}T04:00:00.000Z` }),
      ),
      PAST,
    )
    expect(await balanceOf(card.id)).toBe(2000)
    const fee = (
      await payload.create({
        collection: 'rewards',
        data: { name: '抵扣物业费 10 元', kind: 'fee-deduction', feeFen: 1000, audience: 'residents' },
      })
    ).id
    const res = await redeem(card.id, fee)
    expect(res.status).toBe(201)
    expect(res.body.doc.points).toBe(1000)
    expect(await balanceOf(card.id)).toBe(1000)
  })
})

describe('checks, replacements, follow-ups', () => {
  test('a confirmed mis-sort posts the penalty once and may take the balance negative', async () => {
    const card = await newCard()
    await recordDrops(payload, [drop(card.id, { category: 'kitchen' })]) // 5
    const res = await app.rest.call('POST', '/sorting-checks', {
      token: tokens.operator,
      body: { site: siteId, card: card.id, result: 'mis-sorted', confirmed: true, note: '厨余中混有塑料袋' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.title).toMatch(
      new RegExp(`^测试小区 · ${card.cardNumber} · 分类错误 · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`),
    )
    expect(await balanceOf(card.id)).toBe(-5)
    const edit = await app.rest.call('PATCH', `/sorting-checks/${res.body.doc.id}`, {
      token: tokens.operator,
      body: { note: '再扣一次?' },
    })
    expect(edit.status).toBe(403)
    expect(await balanceOf(card.id)).toBe(-5)
    const correct = await app.rest.call('POST', '/sorting-checks', {
      token: tokens.operator,
      body: { site: siteId, card: card.id, result: 'correct' },
    })
    expect(correct.status).toBe(201)
    expect(await balanceOf(card.id)).toBe(-5)
    await expectConsistent(card.id)
  })

  test('replacing a lost card moves its balance through the ledger in one transaction', async () => {
    const old = await newCard({ holderName: '李四', phone: '13900001111', building: '3', unit: '2', room: '501' })
    await recordDrops(payload, [drop(old.id, { grams: 1000 })]) // 70
    const res = await app.rest.call('POST', '/card-replacements', {
      token: tokens.operator,
      body: { oldCard: old.id, newCardNumber: 'RPL0001', reason: 'lost' },
    })
    expect(res.status).toBe(201)
    const oldAfter = await payload.findByID({ collection: 'cards', id: old.id, depth: 0 })
    const fresh = (await payload.find({ collection: 'cards', where: { cardNumber: { equals: 'RPL0001' } } })).docs[0]!
    expect(oldAfter).toMatchObject({ status: 'lost', balance: 0, replacedBy: fresh.id })
    expect(fresh).toMatchObject({ status: 'active', balance: 70, holderName: '李四', room: '501' })
    await expectConsistent(old.id)
    await expectConsistent(fresh.id)
    const [onOld] = await recordDrops(payload, [drop(old.id)])
    expect(onOld).toMatchObject({ status: 'rejected', code: 'CARD_NOT_ACTIVE' })
    const before = await counts()
    const twice = await app.rest.call('POST', '/card-replacements', {
      token: tokens.operator,
      body: { oldCard: old.id, newCardNumber: 'RPL0002' },
    })
    expect(twice.status).toBe(409)
    const taken = await app.rest.call('POST', '/card-replacements', {
      token: tokens.operator,
      body: { oldCard: fresh.id, newCardNumber: 'RPL0001' },
    })
    expect(taken.status).toBe(409)
    expect(await counts()).toEqual(before)
  })

  test('follow-up candidates and no duplicate open follow-up per card', async () => {
    const idle = await newCard({ holderName: '钱七' })
    const busy = await newCard({ holderName: '孙八' })
    await recordDrops(payload, [drop(busy.id, { grams: 2000 })])
    const res = await app.rest.call<FollowUpCandidates>('GET', '/follow-ups/candidates?threshold=10', {
      token: tokens.operator,
    })
    expect(res.status).toBe(200)
    const ids = res.body.candidates.map((c) => c.id)
    expect(ids).toContain(idle.id)
    expect(ids).not.toContain(busy.id)
    const bad = await app.rest.call('GET', '/follow-ups/candidates?from=last-week', { token: tokens.operator })
    expect(bad.status).toBe(400)
    const first = await app.rest.call('POST', '/follow-ups', {
      token: tokens.operator,
      body: {
        card: idle.id,
        periodFrom: '2026-11-01',
        periodTo: '2026-11-30',
        contacts: [{ at: NOW(), method: 'phone', outcome: '已提醒分类投放' }],
      },
    })
    expect(first.status).toBe(201)
    expect(first.body.doc.title).toBe(`${idle.cardNumber} · 回访 2026-11-01 至 2026-11-30`)
    const dup = await app.rest.call('POST', '/follow-ups', { token: tokens.operator, body: { card: idle.id } })
    expect(dup.status).toBe(409)
    expect((await payload.count({ collection: 'follow-ups', where: { card: { equals: idle.id } } })).totalDocs).toBe(1)
  })
})

describe('races', () => {
  test('100 concurrent redemptions of a 10-point reward on a 100-point card: exactly 10 succeed', async () => {
    const card = await newCard()
    await payload.create({
      collection: 'point-entries',
      data: { card: card.id, delta: 100, reason: 'adjustment', note: '测试充值' },
      user: adminUser,
      overrideAccess: false,
    })
    const pen = (
      await payload.create({
        collection: 'rewards',
        data: { name: '圆珠笔', kind: 'goods', pointsCost: 10, audience: 'both', stock: 50 },
      })
    ).id
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        app.rest.call('POST', '/redemptions', {
          token: tokens.operator,
          body: { card: card.id, reward: pen, quantity: 1 },
        }),
      ),
    )
    expect(results.filter((r) => r.status === 201)).toHaveLength(10)
    expect(
      results.filter((r) => r.status !== 201).every((r) => r.body.errors[0].data.code === 'INSUFFICIENT_BALANCE'),
    ).toBe(true)
    expect(await balanceOf(card.id)).toBe(0)
    expect((await payload.findByID({ collection: 'rewards', id: pen })).stock).toBe(40)
    expect((await payload.count({ collection: 'redemptions', where: { card: { equals: card.id } } })).totalDocs).toBe(
      10,
    )
    await expectConsistent(card.id)
  })

  test('200 concurrent drops on one card: the balance equals the sum of awarded points', async () => {
    const card = await newCard()
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        recordDrops(
          payload,
          [
            drop(card.id, {
              grams: 100 + i,
              occurredAt: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString(),
            }),
          ],
          PAST,
        ),
      ),
    )
    const awarded = outcomes.flat().reduce((s, o) => s + (o.status === 'accepted' ? o.points : 0), 0)
    expect(outcomes.flat().every((o) => o.status === 'accepted')).toBe(true)
    expect(awarded).toBe(
      Array.from({ length: 200 }, (_, i) => Math.floor(((100 + i) * 70) / 1000)).reduce((a, b) => a + b, 0),
    )
    expect(await balanceOf(card.id)).toBe(awarded)
    await expectConsistent(card.id)
  })

  test('the daily cap holds under 200 concurrent drops on one day', async () => {
    const card = await newCard()
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, () =>
        recordDrops(payload, [drop(card.id, { category: 'kitchen', occurredAt: minutesAgo(3) })]),
      ),
    )
    const awarded = outcomes.flat().reduce((s, o) => s + (o.status === 'accepted' ? o.points : 0), 0)
    expect(awarded).toBe(200)
    expect(await balanceOf(card.id)).toBe(200)
    const day = (await payload.find({ collection: 'card-days', where: { card: { equals: card.id } } })).docs[0]!
    expect(day).toMatchObject({ drops: 200, points: 200 })
    await expectConsistent(card.id)
  })

  test('the same drop sent 20 times at once is counted once', async () => {
    const card = await newCard()
    const same = drop(card.id)
    const outcomes = (await Promise.all(Array.from({ length: 20 }, () => recordDrops(payload, [same])))).flat()
    expect(outcomes.filter((o) => o.status === 'accepted')).toHaveLength(1)
    expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(19)
    expect(await balanceOf(card.id)).toBe(70)
  })
})

describe('expiry', () => {
  test('points older than the rules’ expiry expire once a day, through the ledger', async () => {
    const card = await newCard()
    await recordDrops(payload, [drop(card.id, { grams: 1000 })]) // 70
    const current = await payload.findGlobal({ slug: 'point-rules' })
    await payload.updateGlobal({
      slug: 'point-rules',
      data: { expiryDays: 30, effectiveFrom: '2026-01-20T00:00:00.000Z', categories: current.categories },
    })
    const { expirePoints } = await import('../jobs/points/expirePoints')
    const later = new Date(Date.now() + 40 * 86_400_000)
    const first = await expirePoints(payload, later)
    expect(first.cards).toBeGreaterThan(0)
    expect(await balanceOf(card.id)).toBe(0)
    const entry = (
      await payload.find({
        collection: 'point-entries',
        where: { and: [{ card: { equals: card.id } }, { reason: { equals: 'expiry' } }] },
      })
    ).docs[0]!
    expect(entry).toMatchObject({ delta: -70, balanceAfter: 0 })
    expect(await expirePoints(payload, later)).toEqual({ cards: 0, points: 0 })
    await expectConsistent(card.id)
    await payload.updateGlobal({
      slug: 'point-rules',
      data: { expiryDays: 0, effectiveFrom: '2026-01-21T00:00:00.000Z', categories: current.categories },
    })
    expect(await expirePoints(payload, later)).toEqual({ cards: 0, points: 0 })
  })
})

test('every card’s balance equals the sum of its entries', async () => {
  const cards = await payload.find({ collection: 'cards', pagination: false, depth: 0 })
  for (const card of cards.docs)
    expect([card.cardNumber, card.balance]).toEqual([card.cardNumber, await ledgerSum(card.id)])
})

describe('a card’s ledger reads in order', () => {
  test('each entry has the card’s next number and the time of its act; balances run without jumps', async () => {
    const card = await newCard()
    await recordDrops(payload, [
      drop(card.id, { grams: 2000, occurredAt: minutesAgo(50) }),
      drop(card.id, { category: 'kitchen', occurredAt: minutesAgo(40) }),
      drop(card.id, { grams: 10, occurredAt: minutesAgo(35) }), // below minimum: no entry
    ])
    const soap = (
      await payload.create({
        collection: 'rewards',
        data: { name: '肥皂', kind: 'goods', pointsCost: 30, audience: 'both' },
      })
    ).id
    expect(
      (await app.rest.call('POST', '/redemptions', { token: tokens.operator, body: { card: card.id, reward: soap } }))
        .status,
    ).toBe(201)
    await recordDrops(payload, [drop(card.id, { grams: 1000, occurredAt: minutesAgo(1) })])
    const entries = (
      await payload.find({
        collection: 'point-entries',
        where: { card: { equals: card.id } },
        sort: 'seq',
        pagination: false,
      })
    ).docs
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4])
    let balance = 0
    for (const e of entries) {
      balance += e.delta
      expect(e.balanceAfter).toBe(balance)
      expect(e.at).toBeTruthy()
      expect(e.title).toMatch(/^T\d{6} [+-]\d+ /)
    }
    expect(entries[0]!.title).toContain('+140 投放得分')
    expect(entries[2]!.title).toContain('-30 兑换')
    expect((await payload.findByID({ collection: 'cards', id: card.id })).ledgerSeq).toBe(4)
    const drops = (
      await payload.find({ collection: 'drop-offs', where: { card: { equals: card.id } }, sort: 'occurredAt' })
    ).docs
    expect(drops[0]!.title).toMatch(/^T\d{6} · 纸类 2 kg · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
  })
})

describe('the counter’s tasks', () => {
  test('a drop entered by hand takes only the categories of its site’s kind; refused in the reader’s language, nothing written', async () => {
    const village = await payload.create({
      collection: 'sites',
      data: {
        name: '测试村',
        kind: 'village',
        town: (await payload.findByID({ collection: 'sites', id: siteId })).town!,
      },
    })
    const rural = await newCard({ site: village.id })
    const urban = await newCard()
    const before = await counts()
    for (const [card, category, language] of [
      [rural.id, 'paper', 'zh'],
      [urban.id, 'rotable', 'en'],
    ] as const) {
      const res = await app.rest.call('POST', '/drop-offs', {
        token: tokens.operator,
        lang: language,
        body: { card, category, grams: 1000, note: '人工补录' },
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.code).toBe('CATEGORY_NOT_FOR_SITE')
      expect(res.body.errors[0].message).toMatch(language === 'zh' ? /测试村.*纸类/ : /does not sort into “Rot-able/)
    }
    expect(await counts()).toEqual(before)
    const ok = await app.rest.call('POST', '/drop-offs', {
      token: tokens.operator,
      body: { card: rural.id, category: 'sellable', grams: 1000, note: '人工补录' },
    })
    expect(ok.status).toBe(201)
  })

  test('a batch continues the range: the next free number is proposed', async () => {
    const first = await app.rest.call('POST', '/card-batches', {
      token: tokens.operator,
      body: { prefix: 'NXT', start: 1, count: 20, digits: 6, site: siteId, channel: 'booth' },
    })
    expect(first.body.doc.title).toBe('NXT000001–NXT000020')
    const next = await app.rest.call('GET', '/card-batches/next-start?prefix=NXT&digits=6', { token: tokens.operator })
    expect(next.body).toMatchObject({ start: 21 })
    expect((await app.rest.call('GET', '/card-batches/next-start?prefix=NXT', { token: tokens.town })).status).toBe(403)
  })

  test('a lost card is replaced by a blank card from an issued batch; a held card cannot be taken', async () => {
    await app.rest.call('POST', '/card-batches', {
      token: tokens.operator,
      body: { prefix: 'BLK', start: 1, count: 3, digits: 4, site: siteId, channel: 'booth' },
    })
    const lost = await newCard({ holderName: '赵六', phone: '13911112222' })
    await recordDrops(payload, [drop(lost.id, { grams: 1000 })])
    const cards = (await payload.count({ collection: 'cards' })).totalDocs
    const held = await app.rest.call('POST', '/card-replacements', {
      token: tokens.operator,
      body: { oldCard: lost.id, newCardNumber: lost.cardNumber, reason: 'lost' },
    })
    expect(held.body.errors[0].data.code).toBe('CARD_NUMBER_TAKEN')
    const res = await app.rest.call('POST', '/card-replacements', {
      token: tokens.operator,
      body: { oldCard: lost.id, newCardNumber: 'BLK0002', reason: 'lost' },
    })
    expect(res.status).toBe(201)
    expect((await payload.count({ collection: 'cards' })).totalDocs).toBe(cards)
    const blank = (await payload.find({ collection: 'cards', where: { cardNumber: { equals: 'BLK0002' } } })).docs[0]!
    expect(blank).toMatchObject({ holderName: '赵六', balance: 70, phoneLast4: '2222' })
    expect(blank.label).toBe('BLK0002 · 赵六 · 尾号2222')
    await expectConsistent(blank.id)
    expect(await balanceOf(lost.id)).toBe(0)
  })
})
