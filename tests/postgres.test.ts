/**
 * PostgreSQL only (the `postgres` project of jest.config.js): a fresh database takes the committed PostgreSQL
 * migrations as production does (no schema push), and write transactions take turns across connections — two
 * processes' transactions are two connections to the server, as here — through the writer lock (db/postgresWriter.ts),
 * while reads go on.
 */
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq, initTransaction, commitTransaction } from 'payload'

import { recordDrops } from '../collections/points/drops'
import { bootPayload, type Booted } from './helpers/boot'
import { town } from './helpers/fixtures'
import { scaled } from './helpers/slowness'

/** A household card issued well before the drops the tests date. */
const CARD = {
  status: 'active',
  holderKind: 'household',
  channel: 'booth',
  issuedAt: '2024-01-01T00:00:00.000Z',
} as const

let app: Booted
let payload: Payload

type Execute = { execute: (q: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
const query = async (text: string) => {
  const { sql } = await import('@payloadcms/db-postgres/drizzle')
  return (await (payload.db as unknown as { drizzle: Execute }).drizzle.execute(sql.raw(text))).rows
}

beforeAll(async () => {
  app = await bootPayload({
    // As production starts: the committed migrations, no push.
    beforeConfig: async () => void (process.env.DB_PUSH = 'false'),
  })
  payload = app.payload
  await payload.db.migrate()
}, 120_000)
afterAll(async () => {
  await app?.close()
})

test('a fresh database takes the committed PostgreSQL migrations, and the points engine runs on it', async () => {
  expect(payload.db.name).toBe('postgres')
  const applied = await query('select name, batch from payload_migrations order by name')
  const { migrations } = await import('../migrations/postgres')
  expect(applied.map((r) => r.name)).toEqual(migrations.map((m) => m.name))
  expect(applied.every((r) => Number(r.batch) >= 1)).toBe(true)

  const place = await town(app, '迁移镇', { sites: [{ name: '迁移小区' }] })
  const card = await payload.create({
    collection: 'cards',
    data: { ...CARD, cardNumber: 'PG000001', site: place.sites.迁移小区! },
  })
  const [out] = await recordDrops(payload, [
    {
      card: card.id,
      category: 'kitchen',
      grams: 1500,
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      source: 'device',
      idempotencyKey: 'pg-first-drop',
    },
  ])
  expect(out).toMatchObject({ status: 'accepted' })
  const after = await payload.findByID({ collection: 'cards', id: card.id })
  expect(after.balance).toBeGreaterThan(0)
  const entries = await payload.find({ collection: 'point-entries', where: { card: { equals: card.id } } })
  expect(entries.docs.map((e) => e.balanceAfter)).toEqual([after.balance])
})

test('write transactions take turns on the server: a second one waits for the first to end, reads do not', async () => {
  const first = await createLocalReq({}, payload)
  const second = await createLocalReq({}, payload)
  expect(await initTransaction(first)).toBe(true)
  const place = await payload.create({ collection: 'towns', data: { name: '排队镇', kind: 'town' }, req: first })

  let secondBegun = false
  const begin = initTransaction(second).then(() => (secondBegun = true))
  // The second transaction's connection is seen waiting on the advisory lock by the server itself.
  const deadline = Date.now() + scaled(30_000)
  let waiting = 0
  while (!waiting && Date.now() < deadline) {
    const rows = await query(
      "select count(*) as n from pg_locks where locktype = 'advisory' and not granted and pid <> pg_backend_pid()",
    )
    waiting = Number(rows[0]?.n)
  }
  expect(waiting).toBe(1)
  expect(secondBegun).toBe(false)
  // Reads outside a transaction go on meanwhile (they do not see the uncommitted town).
  const seen = await payload.find({ collection: 'towns', where: { name: { equals: '排队镇' } } })
  expect(seen.totalDocs).toBe(0)

  await commitTransaction(first)
  await begin
  expect(secondBegun).toBe(true)
  // The second sees what the first committed, and ends as usual.
  const inSecond = await payload.findByID({ collection: 'towns', id: place.id, req: second as PayloadRequest })
  expect(inSecond.name).toBe('排队镇')
  await commitTransaction(second)
})

test('twenty concurrent batches crediting one card lose no point and number the ledger without a gap', async () => {
  const place = await town(app, '并发镇', { sites: [{ name: '并发小区' }] })
  const card = await payload.create({
    collection: 'cards',
    data: { ...CARD, cardNumber: 'PG000002', site: place.sites.并发小区! },
  })
  const at = (i: number) => new Date(Date.now() - (i + 2) * 60_000).toISOString()
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      recordDrops(payload, [
        {
          card: card.id,
          category: 'paper',
          grams: 500,
          occurredAt: at(i),
          source: 'device',
          idempotencyKey: `pg-c-${i}`,
        },
      ]),
    ),
  )
  const accepted = results.flat().filter((r) => r.status === 'accepted')
  const after = await payload.findByID({ collection: 'cards', id: card.id })
  const entries = await payload.find({
    collection: 'point-entries',
    where: { card: { equals: card.id } },
    sort: 'seq',
    limit: 100,
  })
  const sum = entries.docs.reduce((s, e) => s + (e.delta as number), 0)
  expect(after.balance).toBe(sum)
  expect(entries.docs.map((e) => e.seq)).toEqual(entries.docs.map((_, i) => i + 1))
  expect(after.ledgerSeq).toBe(entries.docs.length)
  // The daily cap may refuse some; whatever was accepted was posted exactly once.
  expect(accepted.length).toBeGreaterThan(0)
  expect(entries.docs.length).toBe(accepted.filter((r) => r.status === 'accepted' && r.points !== 0).length)
})

test('a scheduled job held by another process is skipped, and runs once the other lets go', async () => {
  const { runNamedJob } = await import('../jobs/clock')
  type Client = { query: (t: string) => Promise<unknown>; release: () => void }
  const pool = (payload.db as unknown as { pool: { connect: () => Promise<Client> } }).pool
  // Another process's run of the job, as the server sees it: a session holding the job's advisory lock.
  const other = await pool.connect()
  await other.query(`SELECT pg_advisory_lock(${0x6a6f62}, hashtext('reconcile-ledger'))`)
  try {
    expect(await runNamedJob(payload, 'reconcile-ledger')).toMatchObject({ status: 'skipped' })
  } finally {
    await other.query(`SELECT pg_advisory_unlock(${0x6a6f62}, hashtext('reconcile-ledger'))`)
    other.release()
  }
  expect(await runNamedJob(payload, 'reconcile-ledger')).toMatchObject({ status: 'succeeded' })
  // Two at once in this process: never both.
  const both = await Promise.all([runNamedJob(payload, 'reconcile-ledger'), runNamedJob(payload, 'reconcile-ledger')])
  expect(both.filter((r) => r.status === 'succeeded').length).toBeLessThanOrEqual(1)
})
