/**
 * Storage over REST as the operator uses it: recyclables in and sold (amount in fen from kg × price),
 * hazardous waste in sealed containers and out on a manifest; stock never below zero, also when two
 * movements arrive at once; every refusal coded, in Chinese, with nothing written.
 */
import { DEMO_PASSWORD } from '../seed/district'
import { seedDemo } from '../seed'
import { bootPayload, type Booted } from './helpers/boot'

let app: Booted
let ops = ''
let town = ''
let admin = ''
const facility: Record<string, number> = {}

const move = (body: Record<string, unknown>, token = ops) => app.rest.call('POST', '/stock-movements', { token, body })
const stock = async () => (await app.rest.call('GET', '/stock-movements/stock', { token: ops })).body.stockGrams
const count = async () => (await app.payload.count({ collection: 'stock-movements' })).totalDocs

beforeAll(async () => {
  app = await bootPayload()
  await seedDemo(app.payload, { adminEmail: 'admin@storage.local', adminPassword: 'storage-admin-1', points: false })
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

test('the operator and the admin keep the ledger; a town official and the public do not', async () => {
  expect((await app.rest.call('GET', '/stock-movements', { token: town })).status).toBe(403)
  expect((await app.rest.call('GET', '/stock-movements')).status).toBe(403)
  expect((await move({ material: 'paper', direction: 'in', grams: 1 }, town)).status).toBe(403)
  expect((await app.rest.call('GET', '/stock-movements/stock', { token: town })).status).toBe(403)
  const gql = await app.rest.graphql('{ StockMovements { docs { grams } } }', { token: town })
  expect(gql.body.data?.StockMovements ?? null).toBeNull()
  expect(
    (await app.rest.call('POST', '/facilities', { token: ops, body: { name: 'x', kind: 'recycling' } })).status,
  ).toBe(403)
})
