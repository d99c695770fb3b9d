/**
 * The committed migrations describe the collections: production applies only them (no schema push), so a field
 * added without its migration would break there and nowhere else. The schema the collections make now is compared
 * with the newest migration's snapshot the way `payload migrate:create` does it: no statement may be left.
 */
import fs from 'node:fs'
import path from 'node:path'

import { bootPayload, type Booted } from './helpers/boot'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

let app: Booted
beforeAll(async () => {
  app = await bootPayload()
}, 120_000)
afterAll(async () => {
  await app?.close()
})

test('every field has its migration: the newest snapshot equals the schema of the collections', async () => {
  // The SQLite adapter's own members, as its migrate:create uses them (not part of the typed Payload API).
  const db = app.payload.db as unknown as { schema: unknown; migrationDir: string; requireDrizzleKit: () => DrizzleKit }
  const kit = db.requireDrizzleKit()
  const now = await kit.generateDrizzleJson(db.schema)
  const newest = fs
    .readdirSync(db.migrationDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)!
  const snapshot = JSON.parse(fs.readFileSync(path.join(db.migrationDir, newest), 'utf8'))
  const missing = await kit.generateMigration(snapshot, now)
  expect([newest, missing]).toEqual([newest, []])
})
