/**
 * A district's existing database upgraded by the committed migrations, as production does it at start: the demo
 * district seeded on the schema before `never_reuse_ids`, then that migration applied. Every row of every table
 * must come through unchanged (a table rebuilt under SQLite's foreign keys could null every reference to it), and
 * afterwards a deleted record's id is never handed out again (issue 19: an old reference came to point at someone
 * else's upload).
 */
import type { Payload } from 'payload'
import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import { bootPayload, type Booted } from './helpers/boot'

// As production: no schema push, only the committed migrations (read when the config is first imported).
process.env.DB_PUSH = 'false'
const committed = (await import('../migrations')).migrations
/** The committed migrations as Payload's `migrate` takes them (it types their arguments as unknown). */
const migrations = committed.map((m) => ({
  name: m.name,
  up: (args: unknown) => m.up(args as MigrateUpArgs),
  down: (args: unknown) => m.down(args as MigrateDownArgs),
}))
const { seedDemo } = await import('../seed')

let app: Booted
let payload: Payload
type Drizzle = { all: (query: ReturnType<typeof sql>) => Promise<Array<Record<string, unknown>>> }
const drizzle = () => (payload.db as unknown as { drizzle: Drizzle }).drizzle

/** Every table's rows, by id, except the migrations' own bookkeeping. */
async function everyRow(): Promise<Record<string, unknown[]>> {
  const tables = await drizzle().all(
    sql`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'payload_migrations%' ORDER BY name`,
  )
  const out: Record<string, unknown[]> = {}
  for (const { name } of tables)
    out[String(name)] = await drizzle().all(sql.raw(`SELECT * FROM "${String(name)}" ORDER BY rowid`))
  return out
}

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  const never = migrations.findIndex((m) => m.name.endsWith('_never_reuse_ids'))
  expect(never).toBeGreaterThan(0)
  // Every migration but that one (the later ones only add fields the seed needs), then the seed, then it.
  await payload.db.migrate({ migrations: migrations.filter((_, i) => i !== never) })
  await seedDemo(payload, { adminEmail: 'admin@upgrade.local', adminPassword: 'upgrade-password-1', points: false })
}, 240_000)
afterAll(async () => {
  await app?.close()
})

test('upgrading a seeded district keeps every row and every reference; afterwards a deleted id is never reused', async () => {
  const before = await everyRow()
  expect(before.villages!.length).toBeGreaterThan(0)
  expect(before.villages!.every((v) => (v as { town_id: unknown }).town_id !== null)).toBe(true)
  await payload.db.migrate({ migrations })
  const after = await everyRow()
  expect(after).toEqual(before)
  const schema = await drizzle().all(sql`SELECT sql FROM sqlite_schema WHERE name = 'towns'`)
  expect(String(schema[0]!.sql)).toContain('AUTOINCREMENT')

  // The newest record deleted, the next one gets a new id (SQLite alone would hand the same one out again).
  const made = await payload.create({ collection: 'towns', data: { name: '临时镇', kind: 'town' } })
  await payload.delete({ collection: 'towns', id: made.id })
  const next = await payload.create({ collection: 'towns', data: { name: '又一个镇', kind: 'town' } })
  expect(next.id).toBeGreaterThan(made.id)
})
