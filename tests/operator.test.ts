/**
 * The operator's desk over REST. Pickups: booked into a slot with a capacity, assigned to a collector,
 * completed with the connected scale's readings — which become drops (source `pickup`) through the bins'
 * own rules and ledger, points once however often it is saved — cancelled only before the cut-off; an
 * unusual total flagged, not refused. Storage: recyclables in and sold (amount in fen from kg × price),
 * hazardous waste in sealed containers and out on a manifest; stock never below zero, also when two
 * movements arrive at once; every refusal coded, in Chinese, with nothing written.
 */
import { DEMO_PASSWORD } from '../seed/district'
import { shanghaiDay } from '../shared/time'
import { findMissedRuns } from '../jobs/operations/missedRuns'
import type { Pickup, StockMovement } from '../payload-types'
import type { Present } from './helpers/api'
import { bootSeeded } from './helpers/seeded'
import { type ApiError, type Booted } from './helpers/boot'
import { person } from './helpers/fixtures'

let app: Booted
let ops = ''
let town = ''
let admin = ''
const facility: Record<string, number> = {}

const move = (body: Record<string, unknown>, token = ops) => app.rest.call('POST', '/stock-movements', { token, body })
/** GET /stock-movements/stock: grams in store per material. */
type Stock = { stockGrams: Record<StockMovement['material'], number> }
const stock = async () => (await app.rest.call<Stock>('GET', '/stock-movements/stock', { token: ops })).body.stockGrams
const count = async () => (await app.payload.count({ collection: 'stock-movements' })).totalDocs

beforeAll(async () => {
  app = await bootSeeded({ adminEmail: 'admin@storage.local', adminPassword: 'storage-admin-1' })
  admin = await app.rest.login('admin@storage.local', 'storage-admin-1')
  ops = await app.rest.login('ops@fenlei.local', DEMO_PASSWORD)
  town = await app.rest.login('erba@fenlei.local', DEMO_PASSWORD)
  for (const kind of ['recycling', 'hazardous-centre'] as const)
    facility[kind] = (
      await app.payload.find({ collection: 'facilities', where: { kind: { equals: kind } } })
    ).docs[0]!.id
}, 120_000)
afterAll(async () => {
  await app?.close()
})

test('paper comes in and is sold: the amount is kg × price in fen, the stock goes down, who and when are the server’s', async () => {
  expect((await move({ material: 'paper', direction: 'in', grams: 125_500, source: 'CXN 四分类箱' })).status).toBe(201)
  const sale = await move({
    material: 'paper',
    direction: 'sale',
    grams: 100_000,
    facility: facility.recycling,
    pricePerKgFen: 135,
  })
  expect(sale.status).toBe(201)
  expect(sale.body.doc.amountFen).toBe(13_500)
  expect(sale.body.doc.recordedBy).toBeTruthy()
  expect(sale.body.doc.title).toBe('出售（出库） · 纸类 100 kg')
  // On top of the seeded store (1,250 kg in, 800 kg sold).
  expect((await stock()).paper).toBe(450_000 + 25_500)
  const forged = await move({ material: 'paper', direction: 'in', grams: 1000, amountFen: 999 })
  expect(forged.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
  // Append-only: a mistake is put right by a movement the other way.
  expect(
    (await app.rest.call('PATCH', `/stock-movements/${sale.body.doc.id}`, { token: admin, body: { grams: 1 } })).status,
  ).toBe(403)
  expect((await app.rest.call('DELETE', `/stock-movements/${sale.body.doc.id}`, { token: admin })).status).toBe(403)
})

test('hazardous waste comes in as weighed sealed containers and leaves on one manifest per trip and class', async () => {
  const containers = [
    { containerNo: 'HW-0001', grams: 12_000 },
    { containerNo: 'HW-0002', grams: 8_500 },
  ]
  expect((await move({ material: 'hazardous-battery', direction: 'in', grams: 20_500, containers })).status).toBe(201)
  const out = await move({
    material: 'hazardous-battery',
    direction: 'transfer',
    grams: 20_500,
    facility: facility['hazardous-centre'],
    manifestNo: '3402-2026-000123',
  })
  expect(out.status).toBe(201)
  expect((await stock())['hazardous-battery']).toBe(0)
  expect((await app.rest.call('GET', '/facilities', { token: admin })).body.totalDocs).toBe(5)
  await move({
    material: 'hazardous-lamp',
    direction: 'in',
    grams: 1000,
    containers: [{ containerNo: 'HW-0003', grams: 1000 }],
  })
  const again = await move({
    material: 'hazardous-lamp',
    direction: 'transfer',
    grams: 500,
    facility: facility['hazardous-centre'],
    manifestNo: '3402-2026-000123',
  })
  // One manifest per trip and class: a second use of the number is refused.
  expect(again.status).toBe(400)
  expect(again.body.errors[0].data.code).toBe('VALIDATION_FAILED')
})

test.each([
  [
    'stock driven below zero',
    () => ({
      material: 'hazardous-medicine',
      direction: 'transfer',
      grams: 1,
      facility: facility['hazardous-centre'],
      manifestNo: 'NEG-1',
    }),
    409,
    'STOCK_NEGATIVE',
  ],
  [
    'hazardous waste sold',
    () => ({ material: 'hazardous-lamp', direction: 'sale', grams: 1, facility: facility.recycling, pricePerKgFen: 1 }),
    400,
    'SALE_NOT_RECYCLABLE',
  ],
  [
    'recyclables on a manifest',
    () => ({
      material: 'paper',
      direction: 'transfer',
      grams: 1,
      facility: facility['hazardous-centre'],
      manifestNo: 'X',
    }),
    400,
    'TRANSFER_NOT_HAZARDOUS',
  ],
  [
    'a sale to the disposal centre',
    () => ({
      material: 'paper',
      direction: 'sale',
      grams: 1,
      facility: facility['hazardous-centre'],
      pricePerKgFen: 1,
    }),
    400,
    'WRONG_FACILITY',
  ],
  [
    'a transfer without its manifest',
    () => ({ material: 'hazardous-lamp', direction: 'transfer', grams: 1, facility: facility['hazardous-centre'] }),
    400,
    'MANIFEST_REQUIRED',
  ],
  [
    'hazardous waste in without containers',
    () => ({ material: 'hazardous-medicine', direction: 'in', grams: 100 }),
    400,
    'CONTAINERS_REQUIRED',
  ],
  [
    'containers that do not add up',
    () => ({
      material: 'hazardous-medicine',
      direction: 'in',
      grams: 100,
      containers: [{ containerNo: 'A', grams: 90 }],
    }),
    400,
    'CONTAINERS_DISAGREE',
  ],
  ['a zero weight', () => ({ material: 'paper', direction: 'in', grams: 0 }), 400, 'VALIDATION_FAILED'],
])('%s is refused with a clear message and nothing is written', async (_, body, status, code) => {
  const before = await count()
  const res = await move(body())
  expect(res.status).toBe(status)
  expect(res.body.errors[0].data.code).toBe(code)
  expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
  expect(await count()).toBe(before)
})

test('three transfers at once that together exceed the stock: one goes through, the others are refused', async () => {
  await move({
    material: 'hazardous-other',
    direction: 'in',
    grams: 10_000,
    containers: [{ containerNo: 'HW-9001', grams: 10_000 }],
  })
  const send = (n: number) =>
    move({
      material: 'hazardous-other',
      direction: 'transfer',
      grams: 7_000,
      facility: facility['hazardous-centre'],
      manifestNo: `RACE-${n}`,
    })
  const results = await Promise.all([send(1), send(2), send(3)])
  expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409])
  expect((await stock())['hazardous-other']).toBe(3_000)
})

test('the operator and the admin keep the ledger; a town official, a base editor and the public do not', async () => {
  const base = await app.rest.login('base@fenlei.local', DEMO_PASSWORD)
  for (const token of [town, base, undefined]) {
    expect((await app.rest.call('GET', '/stock-movements', { token })).status).toBe(403)
    const body = { material: 'paper', direction: 'in', grams: 1 }
    expect((await app.rest.call('POST', '/stock-movements', { token, body })).status).toBe(403)
    expect((await app.rest.call('GET', '/stock-movements/stock', { token })).status).toBe(403)
    expect((await app.rest.call('GET', '/facilities', { token })).status).toBe(403)
    const gql = await app.rest.graphql('{ StockMovements { docs { grams } } Facilities { docs { name } } }', { token })
    expect(gql.body.data?.StockMovements ?? null).toBeNull()
    expect(gql.body.data?.Facilities ?? null).toBeNull()
  }
  expect(
    (await app.rest.call('POST', '/facilities', { token: ops, body: { name: 'x', kind: 'recycling' } })).status,
  ).toBe(403)
})

describe('door-to-door pickups', () => {
  let opsId = 0
  let card = 0
  let seq = 0

  const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()
  const slot = async (startsInHours: number, capacity = 10) =>
    (
      await app.payload.create({
        collection: 'pickup-slots',
        data: { startsAt: hours(startsInHours), endsAt: hours(startsInHours + 2), capacity },
      })
    ).id
  const book = (slotId: number, extra: Record<string, unknown> = {}) =>
    app.rest.call('POST', '/pickups', {
      token: ops,
      body: {
        card,
        slot: slotId,
        address: '城小区南区 8 栋 2 单元 301',
        contactName: '王阿姨',
        contactPhone: '13900006666',
        ...extra,
      },
    })
  // Saved, the pickup as it is now (its points once done); refused, the house's errors.
  const patch = (id: number, body: Record<string, unknown>) =>
    app.rest.call<{ doc: Present<Pickup, 'pointsAwarded'>; errors: ApiError[] }>('PATCH', `/pickups/${id}`, {
      token: ops,
      body,
    })
  const drops = async () =>
    (
      await app.payload.count({
        collection: 'drop-offs',
        where: { and: [{ card: { equals: card } }, { source: { equals: 'pickup' } }] },
      })
    ).totalDocs
  const balance = async () => (await app.payload.findByID({ collection: 'cards', id: card })).balance ?? 0

  /** The slot's time has come (the clock moved on): it began an hour ago. */
  const begin = (slotId: number) =>
    app.payload.update({ collection: 'pickup-slots', id: slotId, data: { startsAt: hours(-1), endsAt: hours(1) } })
  const why = '联网秤故障，手工称重'

  /** Books, assigns and completes a pickup with these readings; returns the PATCH that completed it. */
  async function pickUp(readings: Array<{ category: string; grams: number }>, extra: Record<string, unknown> = {}) {
    const slotId = await slot(24 + ++seq)
    const made = await book(slotId)
    await patch(made.body.doc.id, { status: 'assigned', collector: opsId })
    await begin(slotId)
    return patch(made.body.doc.id, { status: 'done', readings, readingsNote: why, ...extra })
  }

  beforeAll(async () => {
    opsId = (await app.payload.find({ collection: 'users', where: { email: { equals: 'ops@fenlei.local' } } })).docs[0]!
      .id
    const site = (await app.payload.find({ collection: 'sites', where: { name: { equals: '城小区南区' } } })).docs[0]!
    card = (
      await app.payload.create({
        collection: 'cards',
        data: {
          cardNumber: 'PU000001',
          status: 'active',
          holderKind: 'household',
          site: site.id,
          channel: 'door-to-door',
          issuedAt: '2024-01-01T00:00:00.000Z',
        },
      })
    ).id
  })

  test('booked, assigned, completed: the readings become pickup drops and points, once', async () => {
    const slotId = await slot(30)
    const made = await book(slotId)
    expect(made.status).toBe(201)
    expect(made.body.doc.status).toBe('booked')
    expect(made.body.doc.reference).toMatch(/^SM[0-9A-F]{10}$/)
    const id = made.body.doc.id
    expect((await patch(id, { status: 'assigned' })).body.errors[0].data.code).toBe('COLLECTOR_REQUIRED')
    expect((await patch(id, { status: 'assigned', collector: opsId })).status).toBe(200)
    expect((await patch(id, { status: 'done' })).body.errors[0].data.code).toBe('READINGS_REQUIRED')
    await begin(slotId)
    const before = await balance()
    const done = await patch(id, {
      status: 'done',
      readingsNote: why,
      readings: [
        { category: 'paper', grams: 3200 },
        { category: 'plastic', grams: 1500 },
      ],
    })
    expect(done.status).toBe(200)
    expect(done.body.doc.pointsAwarded).toBeGreaterThan(0)
    expect(done.body.doc.completedAt).toBeTruthy()
    expect(await drops()).toBe(2)
    expect(await balance()).toBe(before + done.body.doc.pointsAwarded)
    // Completed twice: the same save again changes nothing; other readings are refused.
    expect((await patch(id, { status: 'done' })).status).toBe(200)
    const again = await patch(id, { status: 'done', readings: [{ category: 'paper', grams: 9000 }] })
    expect(again.body.errors[0].data.code).toBe('PICKUP_STEP')
    expect(await drops()).toBe(2)
    expect(await balance()).toBe(before + done.body.doc.pointsAwarded)
    // Points are the server's.
    const forged = await patch(id, { pointsAwarded: 999 })
    expect(forged.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
  })

  test.each([
    ['an unknown category for the household’s site', [{ category: 'rotable', grams: 1000 }], 'UNKNOWN_CATEGORY'],
    ['a category that does not exist', [{ category: 'gold', grams: 1000 }], 'UNKNOWN_CATEGORY'],
    ['a zero weight', [{ category: 'paper', grams: 0 }], 'INVALID_WEIGHT'],
  ])('completing with %s is refused in Chinese and nothing is recorded', async (_, readings, code) => {
    const before = { drops: await drops(), balance: await balance() }
    const res = await pickUp(readings)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.code).toBe(code)
    expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    expect({ drops: await drops(), balance: await balance() }).toEqual(before)
  })

  test('a pickup is not completed before its slot, nor by another operator, nor over 100 kg, nor typed without a reason; nothing is written', async () => {
    // Issue 19: a slot two days ahead, booked and marked done at once with 400 kg typed in gave +145 points.
    const slotId = await slot(48)
    const id = (await book(slotId)).body.doc.id
    expect((await patch(id, { status: 'assigned', collector: opsId })).status).toBe(200)
    const before = { drops: await drops(), balance: await balance() }
    const heavy = [{ category: 'paper', grams: 400_000 }]
    const early = await patch(id, { status: 'done', readings: heavy, readingsNote: why })
    expect([early.status, early.body.errors[0].data.code]).toEqual([400, 'PICKUP_BEFORE_SLOT'])
    const viaGraphql = await app.rest.graphql(
      `mutation { updatePickup(id: ${id}, data: { status: done, readingsNote: "x", readings: [{ category: paper, grams: 400000 }] }) { id } }`,
      { token: ops },
    )
    expect(viaGraphql.body.errors[0].message).toMatch(/时段尚未开始/)
    // Nor may the operator pull the booked slot into the past; an admin may.
    const pulled = await app.rest.call('PATCH', `/pickup-slots/${slotId}`, {
      token: ops,
      body: { startsAt: hours(-1), endsAt: hours(1) },
    })
    expect([pulled.status, pulled.body.errors[0].data.code]).toEqual([403, 'SLOT_BOOKED_TIME'])
    expect(
      (
        await app.rest.call('PATCH', `/pickup-slots/${slotId}`, {
          token: admin,
          body: { startsAt: hours(-1), endsAt: hours(1) },
        })
      ).status,
    ).toBe(200)
    const tooHeavy = await patch(id, { status: 'done', readings: heavy, readingsNote: why })
    expect([tooHeavy.status, tooHeavy.body.errors[0].data.code]).toEqual([400, 'PICKUP_TOO_HEAVY'])
    const light = [{ category: 'paper', grams: 4000 }]
    const noReason = await patch(id, { status: 'done', readings: light })
    expect([noReason.status, noReason.body.errors[0].data.code]).toEqual([400, 'PICKUP_REASON_REQUIRED'])
    const other = await person(app, 'operator')
    const notMine = await app.rest.call('PATCH', `/pickups/${id}`, {
      token: other.token,
      body: { status: 'done', readings: light, readingsNote: why },
    })
    expect([notMine.status, notMine.body.errors[0].data.code]).toEqual([400, 'PICKUP_NOT_COLLECTOR'])
    // Nor by naming themself the collector, or moving it to another slot or card, in the same or a first request.
    for (const body of [
      { status: 'done', collector: other.id, readings: light, readingsNote: why },
      { collector: other.id },
      { slot: await slot(50) },
      {
        card: (
          await app.payload.create({
            collection: 'cards',
            data: {
              cardNumber: `PU9${seq}`,
              status: 'active',
              holderKind: 'household',
              site: (await app.payload.findByID({ collection: 'cards', id: card, depth: 0 })).site as number,
              channel: 'booth',
              issuedAt: '2024-01-01T00:00:00.000Z',
            },
          })
        ).id,
      },
    ]) {
      const res = await app.rest.call('PATCH', `/pickups/${id}`, { token: other.token, body })
      expect([JSON.stringify(body), res.status, res.body.errors[0].data.code]).toEqual([
        JSON.stringify(body),
        403,
        'ADMIN_ONLY_FIELD',
      ])
    }
    expect({ drops: await drops(), balance: await balance() }).toEqual(before)

    // Done right: by its collector, recorded by the server, and listed for the admin with the counter's drops.
    const done = await patch(id, { status: 'done', readings: light, readingsNote: why })
    expect(done.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'pickups', id, depth: 0 })
    expect(stored.completedBy).toBe(opsId)
    const review = await app.rest.call<{
      people: Array<{ user: { id: number }; items: Array<{ note: string; source: string }> }>
    }>('GET', `/drop-offs/manual-daily?day=${shanghaiDay(new Date())}`, { token: admin })
    const mine = review.body.people.find((p) => p.user?.id === opsId)!
    expect(mine.items).toEqual(expect.arrayContaining([expect.objectContaining({ note: why, source: 'pickup' })]))
  })

  test('a full slot, a past slot and a late cancellation are refused; nothing is written', async () => {
    const small = await slot(40, 1)
    expect((await book(small)).status).toBe(201)
    const count = async () => (await app.payload.count({ collection: 'pickups' })).totalDocs
    const n = await count()
    const full = await book(small)
    expect(full.status).toBe(409)
    expect(full.body.errors[0].data.code).toBe('PICKUP_SLOT_FULL')
    expect((await book(await slot(-1))).body.errors[0].data.code).toBe('SLOT_PAST')
    expect(await count()).toBe(n)
    const soon = await book(await slot(1))
    const late = await patch(soon.body.doc.id, { status: 'cancelled' })
    expect(late.body.errors[0].data.code).toBe('PICKUP_CUTOFF')
    const early = await book(await slot(48))
    expect((await patch(early.body.doc.id, { status: 'cancelled' })).status).toBe(200)
  })

  test('a total far from the household’s usual pickups is flagged for review, and its points stand', async () => {
    await pickUp([{ category: 'paper', grams: 4000 }])
    const usual = await pickUp([{ category: 'paper', grams: 5000 }])
    expect(usual.body.doc.flagged).toBe(false)
    const recorded = await drops()
    const big = await pickUp([{ category: 'paper', grams: 30000 }])
    expect(big.status).toBe(200)
    expect(big.body.doc.flagged).toBe(true)
    expect(big.body.doc.flagReason).toContain('倍')
    // Recorded all the same (its points are what the rules give, within the day's cap).
    expect(await drops()).toBe(recorded + 1)
  })

  test('a resident books on the public site with the card and the phone’s last four digits, follows it by reference and is mailed at each step; bad bookings refused with nothing written', async () => {
    const site = (await app.payload.find({ collection: 'sites', where: { name: { equals: '城小区南区' } } })).docs[0]!
    const own = await app.payload.create({
      collection: 'cards',
      data: {
        cardNumber: 'PU000002',
        status: 'active',
        holderKind: 'household',
        holderName: '李叔叔',
        phone: '13912345678',
        site: site.id,
        channel: 'door-to-door',
        issuedAt: '2024-01-01T00:00:00.000Z',
      },
    })
    const open = await slot(48, 1)
    let client = 0
    const post = (fields: Record<string, string>) =>
      app.rest.raw('POST', '/public/pickups', {
        headers: { 'x-fenlei-client': `10.9.0.${++client}` },
        form: new URLSearchParams({
          cardNumber: 'PU000002',
          last4: '5678',
          slot: String(open),
          address: '城小区南区 3 栋 1 单元 502',
          contactPhone: '13912345678',
          email: 'li@example.com',
          ...fields,
        }),
      })
    const count = async () => (await app.payload.count({ collection: 'pickups' })).totalDocs
    const before = await count()
    const refusals: Array<[Record<string, string>, string]> = [
      [{ last4: '0000' }, 'CARD_LOOKUP_FAILED'],
      [{ cardNumber: 'NOSUCH01' }, 'CARD_LOOKUP_FAILED'],
      [{ address: '  ' }, 'INVALID_REQUEST'],
      [{ contactPhone: '12345' }, 'INVALID_REQUEST'],
      [{ slot: String(await slot(-1)) }, 'SLOT_PAST'],
      [{ website: 'http://spam.example' }, 'SPAM_TRAP'],
    ]
    for (const [fields, code] of refusals) {
      const res = await post(fields)
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toMatch(new RegExp(`^/pickups\\?error=${code}`))
    }
    expect(await count()).toBe(before)

    const booked = await post({})
    expect(booked.status).toBe(303)
    const ref = booked.headers.get('location')!.match(/^\/pickups\?ref=(SM[0-9A-F]{10})$/)![1]!
    const doc = (await app.payload.find({ collection: 'pickups', where: { reference: { equals: ref } } })).docs[0]!
    expect(doc).toMatchObject({ via: 'online', status: 'booked', email: 'li@example.com' })
    expect(typeof doc.card === 'object' ? doc.card.id : doc.card).toBe(own.id)
    // One coming pickup per household: the same card cannot book again (nor take every slot).
    const again = await post({ slot: String(await slot(72)) })
    expect(again.headers.get('location')).toMatch(/^\/pickups\?error=PICKUP_PENDING/)
    await patch(doc.id, { status: 'assigned', collector: opsId })
    const mails = await app.payload.find({
      collection: 'outbox',
      where: { to: { equals: 'li@example.com' } },
      sort: 'createdAt',
    })
    expect(mails.docs.map((m) => m.subject)).toEqual([`上门回收预约 ${ref}：已预约`, `上门回收预约 ${ref}：已派单`])
    expect(mails.docs[1]!.text).toContain(`/pickups?ref=${ref}`)
  })

  test('pickups are the staff’s: a town official, a base editor and the public read nothing, over REST and GraphQL', async () => {
    const base = await app.rest.login('base@fenlei.local', DEMO_PASSWORD)
    for (const token of [town, base, undefined]) {
      expect((await app.rest.call('GET', '/pickups', { token })).status).toBe(403)
      expect((await app.rest.call('GET', '/pickup-slots', { token })).status).toBe(403)
      expect((await app.rest.call('POST', '/pickups', { token, body: { card, address: 'x' } })).status).toBe(403)
      const gql = await app.rest.graphql('{ Pickups { docs { address } } }', { token })
      expect(gql.body.data?.Pickups ?? null).toBeNull()
    }
  })
})

describe('collection runs', () => {
  test('a shift not run by its deadline is noticed once per site, day and shift, and the staff are told', async () => {
    const sites = await app.payload.find({ collection: 'sites', where: { name: { in: ['城小区南区', '区政府'] } } })
    const compound = sites.docs.find((x) => x.name === '城小区南区')!
    const office = sites.docs.find((x) => x.name === '区政府')!
    const plant = (await app.payload.find({ collection: 'facilities', where: { kind: { equals: 'kitchen-plant' } } }))
      .docs[0]!
    const run = await app.rest.call('POST', '/collection-runs', {
      token: ops,
      body: { shift: 'morning', truck: 'kitchen', sites: [compound.id], grams: 1_250_000, destination: plant.id },
    })
    expect(run.status).toBe(201)
    expect(run.body.doc.recordedBy).toBeTruthy()
    const late = new Date(`${shanghaiDay(new Date())}T23:00:00+08:00`)
    const noon = new Date(`${shanghaiDay(new Date())}T11:00:00+08:00`)
    expect(await findMissedRuns(app.payload, noon)).toBe(0)
    expect(await findMissedRuns(app.payload, late)).toBeGreaterThanOrEqual(2)
    const missed = await app.payload.find({ collection: 'missed-collections', pagination: false, depth: 0 })
    const keys = missed.docs.map((m) => `${m.site}:${m.shift}`)
    expect(keys).toContain(`${compound.id}:evening`)
    expect(keys).toContain(`${office.id}:morning`)
    expect(keys).not.toContain(`${compound.id}:morning`)
    const notices = async () =>
      (await app.payload.count({ collection: 'notifications', where: { title: { contains: '漏收提醒' } } })).totalDocs
    const told = await notices()
    expect(told).toBeGreaterThan(0)
    // Run twice, or late: nothing new.
    expect(await findMissedRuns(app.payload, late)).toBe(0)
    expect(await notices()).toBe(told)
    expect((await app.rest.call('GET', '/missed-collections', { token: town })).status).toBe(403)
    expect(
      (await app.rest.call('POST', '/missed-collections', { token: ops, body: { site: office.id, shift: 'morning' } }))
        .status,
    ).toBe(403)
  })
})
