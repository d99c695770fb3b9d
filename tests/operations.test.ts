/**
 * Operations' clockwork. Reconciliation: a balance that drifts from its ledger is found and reported,
 * never changed. Backups: `npm run backup` copies the database while drops keep arriving; `npm run restore` brings the
 * copy into a fresh folder, where the server starts and every balance equals its ledger. A corrupt or
 * tampered archive, or a folder a server holds, is refused and the database there is untouched.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { strToU8, unzipSync, zipSync } from 'fflate'

import { backupsToPrune, readManifest } from '../domain/system/backups'
import { ledgerDrift } from '../domain/points/points'
import { reconcileLedger } from '../jobs/points/reconcile'
import { runJob } from '../jobs/runner'
import { seedDemo } from '../seed'
import { DEMO_PASSWORD } from '../seed/district'
import { recordDrops } from '../collections/points/drops'
import { bootPayload, type Booted } from './helpers/boot'
import { runToExit } from './helpers/spawn'

let app: Booted
const folders: string[] = []
const fresh = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-restore-'))
  folders.push(dir)
  return dir
}
const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
let archive = ''
const cards: number[] = []

beforeAll(async () => {
  app = await bootPayload()
  await seedDemo(app.payload, { adminEmail: 'admin@backup.local', adminPassword: 'backup-admin-1', points: false })
  const site = (await app.payload.find({ collection: 'sites', where: { name: { equals: '城小区南区' } } })).docs[0]!
  for (let i = 0; i < 20; i++)
    cards.push(
      (
        await app.payload.create({
          collection: 'cards',
          data: {
            cardNumber: `BK${String(i).padStart(6, '0')}`,
            status: 'active',
            holderKind: 'household',
            site: site.id,
            channel: 'booth',
            issuedAt: '2024-01-01T00:00:00.000Z',
          },
        })
      ).id,
    )
}, 120_000)
afterAll(async () => {
  await app?.close()
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the nightly ledger reconciliation', () => {
  test('compares every balance with the sum of its entries (pure)', () => {
    expect(
      ledgerDrift(
        [
          { id: 1, balance: 10 },
          { id: 2, balance: 0 },
          { id: 3, balance: 5 },
        ],
        [
          { card: 1, delta: 12 },
          { card: 1, delta: -2 },
          { card: 3, delta: 4 },
        ],
      ),
    ).toEqual([{ card: 3, balance: 5, ledger: 4 }])
  })

  test('finds a deliberately injected drift, tells the admins, and changes nothing', async () => {
    await recordDrops(app.payload, [
      {
        card: cards[0]!,
        category: 'paper',
        grams: 1000,
        occurredAt: new Date().toISOString(),
        source: 'device',
        idempotencyKey: 'rc-1',
      },
    ])
    expect(await reconcileLedger(app.payload)).toEqual([])
    // Someone writes a balance behind the ledger's back.
    const db = createClient({ url: process.env.DATABASE_URL! })
    await db.execute({ sql: 'UPDATE cards SET balance = balance + 7 WHERE id = ?', args: [cards[0]!] })
    db.close()
    const before = (await app.payload.findByID({ collection: 'cards', id: cards[0]! })).balance
    const drift = await reconcileLedger(app.payload)
    expect(drift).toEqual([{ card: cards[0]!, balance: before, ledger: before! - 7 }])
    expect((await app.payload.findByID({ collection: 'cards', id: cards[0]! })).balance).toBe(before)
    const told = await app.payload.find({ collection: 'notifications', where: { title: { contains: '积分对账' } } })
    expect(told.docs[0]!.body).toContain('BK000000：余额')
    // Put right by hand so the backup below reconciles.
    const fix = createClient({ url: process.env.DATABASE_URL! })
    await fix.execute({ sql: 'UPDATE cards SET balance = balance - 7 WHERE id = ?', args: [cards[0]!] })
    fix.close()
  })
})

describe('the scheduler runs each job once at a time', () => {
  const history = async (job: string) =>
    (
      await app.payload.find({ collection: 'job-runs', where: { job: { equals: job } }, sort: 'startedAt', limit: 20 })
    ).docs.map((r) => r.status)

  test('a job started while the same job runs is skipped, and both are in the history', async () => {
    let finish: () => void = () => undefined
    const slow = runJob(
      app.payload,
      'test-slow',
      () => new Promise<string>((resolve) => (finish = () => resolve('做完了'))),
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    const second = await runJob(app.payload, 'test-slow', async () => '不该运行')
    expect(second.status).toBe('skipped')
    finish()
    expect((await slow).status).toBe('succeeded')
    expect(await history('test-slow')).toEqual(['succeeded', 'skipped'])
    // Free again once the first is done.
    expect((await runJob(app.payload, 'test-slow', async () => '再次')).status).toBe('succeeded')
  })

  test('also when the other runner is a second process', async () => {
    let finish: () => void = () => undefined
    const held = runJob(
      app.payload,
      'reconcile-ledger',
      () => new Promise<string>((resolve) => (finish = () => resolve('held'))),
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    const other = await runToExit(
      'scripts/run-job.ts',
      { DATA_DIR: app.dir, DATABASE_URL: process.env.DATABASE_URL! },
      120_000,
      ['reconcile-ledger'],
    )
    finish()
    await held
    expect(other.output).toContain('reconcile-ledger: skipped')
    expect(other.code).toBe(0)
  }, 120_000)

  test('the history and the locks are the admins’ to read and nobody’s to write, over REST and GraphQL', async () => {
    const admin = await app.rest.login('admin@backup.local', 'backup-admin-1')
    for (const email of ['erba@fenlei.local', 'base@fenlei.local', 'ops@fenlei.local']) {
      const token = await app.rest.login(email, DEMO_PASSWORD)
      expect((await app.rest.call('GET', '/job-runs', { token })).status).toBe(403)
      expect(
        (await app.rest.call('POST', '/job-runs', { token, body: { job: 'x', status: 'succeeded' } })).status,
      ).toBe(403)
      const gql = await app.rest.graphql('{ JobRuns { docs { job } } }', { token })
      expect(gql.body.data?.JobRuns ?? null).toBeNull()
    }
    expect((await app.rest.call('GET', '/job-runs', { token: admin })).status).toBe(200)
    expect(
      (await app.rest.call('POST', '/job-runs', { token: admin, body: { job: 'x', status: 'succeeded' } })).status,
    ).toBe(403)
    expect(
      (await app.rest.call('POST', '/job-locks', { token: admin, body: { job: 'reconcile-ledger' } })).status,
    ).toBe(403)
    expect((await app.rest.call('GET', '/job-runs')).status).toBe(403)
  })

  test('a runner that died leaves a lock past its deadline, which the next run takes over; a failure is recorded', async () => {
    await app.payload.create({
      collection: 'job-locks',
      data: { job: 'test-orphan', until: new Date(Date.now() - 1000).toISOString(), runner: 'gone:1' },
    })
    expect((await runJob(app.payload, 'test-orphan', async () => 'ok')).status).toBe('succeeded')
    const failed = await runJob(app.payload, 'test-orphan', async () => {
      throw new Error('磁盘已满')
    })
    expect(failed).toEqual({ status: 'failed', detail: '磁盘已满' })
    expect(await history('test-orphan')).toEqual(['succeeded', 'failed'])
    expect(
      (await app.payload.count({ collection: 'job-locks', where: { job: { equals: 'test-orphan' } } })).totalDocs,
    ).toBe(0)
  })
})

describe('backup archives (pure)', () => {
  test('only our nightly names are pruned, oldest first, keeping the newest N', () => {
    const names = [
      'fenlei-2026-11-28T20-00-00Z.zip',
      'notes.txt',
      'fenlei-2026-11-30T20-00-00Z.zip',
      'fenlei-2026-11-29T20-00-00Z.zip',
    ]
    expect(backupsToPrune(names, 2)).toEqual(['fenlei-2026-11-28T20-00-00Z.zip'])
    expect(backupsToPrune(names, 5)).toEqual([])
  })
  test('a manifest that is not ours, or lists unsafe paths, is named as such', () => {
    expect(readManifest(null)).toBe('no manifest')
    expect(readManifest({ format: 'x' })).toBe('not a Fenlei backup')
    const ok = {
      format: 'fenlei-backup',
      version: 1,
      createdAt: '',
      database: { file: 'fenlei.db', bytes: 1, sha256: 'a' },
    }
    expect(readManifest({ ...ok, uploads: ['../../etc/passwd'] })).toBe('the manifest lists unsafe file names')
    expect(typeof readManifest({ ...ok, uploads: ['media/a.png'] })).toBe('object')
  })
})

test('a backup taken while drops keep arriving restores into a fresh folder where the platform starts and every balance reconciles', async () => {
  archive = path.join(fresh(), 'backup.zip')
  // Drops arrive, in batches, all the while the backup runs in its own process.
  let running = true
  let batches = 0
  const load = (async () => {
    while (running) {
      await recordDrops(
        app.payload,
        cards.map((card, i) => ({
          card,
          category: 'paper',
          grams: 500 + i,
          occurredAt: new Date().toISOString(),
          source: 'device' as const,
          idempotencyKey: `bk-${batches}-${i}`,
        })),
      )
      batches++
      // Let the child's exit (an I/O event) through between batches.
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  const backup = await runToExit(
    'scripts/backup.ts',
    { DATA_DIR: app.dir, DATABASE_URL: process.env.DATABASE_URL! },
    120_000,
    [archive],
  )
  running = false
  await load
  expect(backup.output).toContain('Backup written')
  expect(backup.code).toBe(0)
  expect(batches).toBeGreaterThan(0)

  const target = fresh()
  const restore = await runToExit('scripts/restore.ts', { DATA_DIR: target, DATABASE_URL: '' }, 120_000, [archive])
  expect(restore.output).toContain('Restored')
  expect(restore.code).toBe(0)
  const db = createClient({ url: `file:${path.join(target, 'fenlei.db')}` })
  try {
    const drift = await db.execute(`
      SELECT c.id FROM cards c
      LEFT JOIN (SELECT card_id, SUM(delta) AS total FROM point_entries GROUP BY card_id) e ON e.card_id = c.id
      WHERE COALESCE(e.total, 0) <> COALESCE(c.balance, 0)`)
    expect(drift.rows).toEqual([])
    const drops = await db.execute('SELECT count(*) AS n FROM drop_offs')
    expect(Number(drops.rows[0]!.n)).toBeGreaterThan(0)
  } finally {
    db.close()
  }
  // The platform starts on the restored folder and its own nightly reconciliation finds every balance right.
  const check = await runToExit('scripts/run-job.ts', { DATA_DIR: target, DATABASE_URL: '' }, 120_000, [
    'reconcile-ledger',
  ])
  expect(check.output).toContain('reconcile-ledger: succeeded — 全部余额与流水一致')
  expect(check.code).toBe(0)
}, 300_000)

describe('a restore that must not happen changes nothing', () => {
  const refused = async (file: string, prepare?: (dir: string) => void) => {
    const target = fresh()
    const before = path.join(target, 'fenlei.db')
    fs.copyFileSync(path.join(app.dir, 'test.db'), before)
    prepare?.(target)
    const hash = digest(before)
    const run = await runToExit('scripts/restore.ts', { DATA_DIR: target, DATABASE_URL: '' }, 60_000, [file])
    expect(run.code).toBe(1)
    expect(run.output).toContain('nothing was changed')
    expect(digest(before)).toBe(hash)
    expect(fs.readdirSync(target).filter((f) => f.includes('before-restore'))).toEqual([])
    return run.output
  }

  test('a file that is not a backup', async () => {
    const junk = path.join(fresh(), 'junk.zip')
    fs.writeFileSync(junk, 'this is not a zip at all')
    expect(await refused(junk)).toContain('不是有效的备份文件')
  }, 120_000)

  test('an archive whose database does not match its checksum', async () => {
    const files = unzipSync(new Uint8Array(fs.readFileSync(archive)))
    const db = files['fenlei.db']!
    db[db.length - 100] = db[db.length - 100]! ^ 0xff
    const tampered = path.join(fresh(), 'tampered.zip')
    fs.writeFileSync(tampered, zipSync(files))
    expect(await refused(tampered)).toContain('校验值不符')
  }, 120_000)

  test('an archive of something else', async () => {
    const other = path.join(fresh(), 'other.zip')
    fs.writeFileSync(other, zipSync({ 'manifest.json': strToU8('{"format":"other"}') }))
    expect(await refused(other)).toContain('Not a Fenlei backup')
  }, 120_000)

  test('a folder a running server holds', async () => {
    const output = await refused(archive, (dir) => fs.writeFileSync(path.join(dir, 'fenlei.pid'), String(process.pid)))
    expect(output).toContain('Another Fenlei server')
  }, 120_000)
})
