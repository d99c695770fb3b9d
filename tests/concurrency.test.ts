/**
 * Concurrent writes on the embedded SQLite database with transactions on: 50 at once through
 * the Local API and through REST all succeed, and a write whose hook throws is rolled back.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { bootPayload, type Booted } from './helpers/boot'
import { TEST_PASSWORD } from './helpers/fixtures'

let app: Booted
let adminToken: string

/** Test-only hook: a town named with this marker fails after it has been written. */
const FAIL_MARK = '【回滚测试】'
const failAfterWrite: CollectionAfterChangeHook = ({ doc }) => {
  if (String(doc.name).includes(FAIL_MARK)) throw new Error('hook failed after the write')
  return doc
}

beforeAll(async () => {
  app = await bootPayload({
    beforeConfig: async () => {
      const { Towns } = await import('../collections/places/Towns')
      Towns.hooks = { ...Towns.hooks, afterChange: [...(Towns.hooks?.afterChange ?? []), failAfterWrite] }
    },
  })
})
afterAll(async () => {
  await app?.close()
})

test('the first user of an empty installation becomes admin, whatever role it asked for', async () => {
  const first = await app.payload.create({
    collection: 'users',
    data: { email: 'root@test.local', password: TEST_PASSWORD, name: '管理员', role: 'operator' },
  })
  expect(first.role).toBe('admin')
  const second = await app.payload.create({
    collection: 'users',
    data: { email: 'second@test.local', password: TEST_PASSWORD, name: '运营', role: 'operator' },
  })
  expect(second.role).toBe('operator')
  adminToken = await app.rest.login('root@test.local', TEST_PASSWORD)
})

test('50 concurrent Local API creates all succeed', async () => {
  const results = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) =>
      app.payload.create({ collection: 'towns', data: { name: `本地并发镇${i}`, kind: 'town' } }),
    ),
  )
  const failed = results.filter((r) => r.status === 'rejected')
  expect(failed).toEqual([])
  const { totalDocs } = await app.payload.count({ collection: 'towns', where: { name: { like: '本地并发镇' } } })
  expect(totalDocs).toBe(50)
})

test('50 concurrent REST creates all succeed', async () => {
  const town = await app.payload.create({ collection: 'towns', data: { name: 'REST并发镇', kind: 'town' } })
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      app.rest.call('POST', '/villages', {
        token: adminToken,
        body: { name: `并发村${i}`, town: town.id, registeredPopulation: 1000 + i },
      }),
    ),
  )
  expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201))
  const { totalDocs } = await app.payload.count({ collection: 'villages', where: { town: { equals: town.id } } })
  expect(totalDocs).toBe(50)
})

test('concurrent updates and creates mixed keep every write', async () => {
  const village = await app.payload.create({
    collection: 'villages',
    data: {
      name: '混合村',
      town: (await app.payload.create({ collection: 'towns', data: { name: '混合镇', kind: 'town' } })).id,
      registeredPopulation: 0,
    },
  })
  const ops = Array.from({ length: 40 }, (_, i) =>
    i % 2 === 0
      ? app.payload.update({ collection: 'villages', id: village.id, data: { registeredPopulation: i } })
      : app.payload.create({ collection: 'towns', data: { name: `混合新镇${i}`, kind: 'town' } }),
  )
  const results = await Promise.allSettled(ops)
  expect(results.filter((r) => r.status === 'rejected')).toEqual([])
})

test('a write whose hook throws is rolled back, and others around it are kept', async () => {
  const before = await app.payload.count({ collection: 'towns' })
  const results = await Promise.allSettled([
    app.payload.create({ collection: 'towns', data: { name: `好镇甲`, kind: 'town' } }),
    app.payload.create({ collection: 'towns', data: { name: `坏镇${FAIL_MARK}`, kind: 'town' } }),
    app.payload.create({ collection: 'towns', data: { name: `好镇乙`, kind: 'town' } }),
  ])
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  const after = await app.payload.count({ collection: 'towns' })
  expect(after.totalDocs).toBe(before.totalDocs + 2)
  const bad = await app.payload.find({ collection: 'towns', where: { name: { like: FAIL_MARK } } })
  expect(bad.totalDocs).toBe(0)

  const viaRest = await app.rest.call('POST', '/towns', { token: adminToken, body: { name: `REST坏镇${FAIL_MARK}` } })
  expect(viaRest.status).toBeGreaterThanOrEqual(400)
  expect((await app.payload.find({ collection: 'towns', where: { name: { like: FAIL_MARK } } })).totalDocs).toBe(0)
})
