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
import { scheduledJob } from '../jobs/scheduled'
import { areaPlugin } from '../plugins/area'
import { DEMO_PASSWORD } from '../seed/district'
import { recordDrops } from '../collections/points/drops'
import { scaled } from './helpers/slowness'
import { bootSeeded } from './helpers/seeded'
import { type Booted } from './helpers/boot'
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

/** A job the test holds running until it says so. */
const slow = (() => {
  let finish: (detail: string) => void = () => undefined
  let done = Promise.resolve('')
  return {
    reset: () => (done = new Promise<string>((resolve) => (finish = resolve))),
    finish: (detail: string) => finish(detail),
    work: () => done,
  }
})()
let orphanFails = false
/** Scheduled jobs of the test's own, beside the platform's (never on a schedule that comes round in a test). */
const testJobs = areaPlugin(() => ({
  jobs: [
    scheduledJob({ slug: 'test-slow', label: '测试：慢任务', cron: '0 0 1 1 *', work: () => slow.work() }),
    scheduledJob({
      slug: 'test-orphan',
      label: '测试：无主任务',
      cron: '0 0 1 1 *',
      work: async () => {
        if (orphanFails) throw new Error('磁盘已满')
        return 'ok'
      },
    }),
  ],
}))
/** Waits for a condition (no fixed sleep): checked every 50 ms, up to 30 s. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (const end = Date.now() + scaled(30_000); Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (await check()) return
  throw new Error('condition not met within 30 s')
}

beforeAll(async () => {
  app = await bootSeeded({ adminEmail: 'admin@backup.local', adminPassword: 'backup-admin-1', plugins: [testJobs] })
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
  type Run = { status: string; detail: string }
  const history = async (job: string) =>
    (
      await app.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: job } },
        sort: 'createdAt',
        limit: 20,
        depth: 0,
      })
    ).docs.map((r) => (r.skipped ? 'skipped' : r.hasError ? 'failed' : 'succeeded'))
  const running = async (job: string) =>
    (
      await app.payload.count({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: job } }, { processing: { equals: true } }] },
      })
    ).totalDocs > 0
  /** A run another runner holds: what a process writes when it takes a run of the job (and has not finished). */
  const heldElsewhere = (job: string) =>
    app.payload.db.create({
      collection: 'payload-jobs',
      data: { taskSlug: job, queue: 'scheduled', input: {}, processing: true, concurrencyKey: job },
    })

  test('a job started while the same job runs is skipped, and both are in the history', async () => {
    const { runNamedJob } = await import('../jobs/clock')
    slow.reset()
    const first: Promise<Run> = runNamedJob(app.payload, 'test-slow')
    await until(() => running('test-slow'))
    const second = await runNamedJob(app.payload, 'test-slow')
    expect(second.status).toBe('skipped')
    slow.finish('做完了')
    expect(await first).toEqual({ status: 'succeeded', detail: '做完了' })
    expect(await history('test-slow')).toEqual(['succeeded', 'skipped'])
    // Free again once the first is done.
    slow.reset()
    const again = runNamedJob(app.payload, 'test-slow')
    slow.finish('再次')
    expect((await again).status).toBe('succeeded')
  })

  test('also when the other runner is a second process', async () => {
    const held = await heldElsewhere('reconcile-ledger')
    const other = await runToExit(
      'scripts/run-job.ts',
      { DATA_DIR: app.dir, DATABASE_URL: process.env.DATABASE_URL! },
      120_000,
      ['reconcile-ledger'],
    )
    await app.payload.db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: held.id } } })
    expect(other.output).toContain('reconcile-ledger: skipped')
    expect(other.code).toBe(0)
  }, 120_000)

  test('the history is the admins’ to read and nobody’s to write or run, over REST and GraphQL', async () => {
    const admin = await app.rest.login('admin@backup.local', 'backup-admin-1')
    for (const email of ['erba@fenlei.local', 'base@fenlei.local', 'ops@fenlei.local']) {
      const token = await app.rest.login(email, DEMO_PASSWORD)
      expect((await app.rest.call('GET', '/payload-jobs', { token })).status).toBe(403)
      expect(
        (await app.rest.call('POST', '/payload-jobs', { token, body: { taskSlug: 'reconcile-ledger' } })).status,
      ).toBe(403)
      // Payload's own run and schedule endpoints answer a refusal with 401.
      expect((await app.rest.call('GET', '/payload-jobs/run?queue=scheduled', { token })).status).toBe(401)
      expect((await app.rest.call('GET', '/payload-jobs/handle-schedules', { token })).status).toBe(401)
      const some = await app.payload.find({ collection: 'payload-jobs', limit: 1, depth: 0 })
      const id = some.docs[0]!.id
      expect((await app.rest.call('PATCH', `/payload-jobs/${id}`, { token, body: { hasError: false } })).status).toBe(
        403,
      )
      expect((await app.rest.call('DELETE', `/payload-jobs/${id}`, { token })).status).toBe(403)
      expect(await app.payload.findByID({ collection: 'payload-jobs', id, depth: 0 })).toMatchObject({ id })
      const gql = await app.rest.graphql('{ PayloadJobs { docs { taskSlug } } }', { token })
      expect(gql.body.data?.PayloadJobs ?? null).toBeNull()
    }
    expect((await app.rest.call('GET', '/payload-jobs', { token: admin })).status).toBe(200)
    expect(
      (await app.rest.call('POST', '/payload-jobs', { token: admin, body: { taskSlug: 'reconcile-ledger' } })).status,
    ).toBe(403)
    const anyRun = (await app.payload.find({ collection: 'payload-jobs', limit: 1, depth: 0 })).docs[0]!
    expect(
      (await app.rest.call('PATCH', `/payload-jobs/${anyRun.id}`, { token: admin, body: { hasError: true } })).status,
    ).toBe(403)
    expect((await app.rest.call('GET', '/payload-jobs')).status).toBe(403)
    expect((await app.rest.call('GET', '/payload-jobs/run?queue=scheduled')).status).toBe(401)
  })

  test('a runner that died leaves its run marked running past its lease, which the next run releases; a failure is recorded', async () => {
    const { runNamedJob } = await import('../jobs/clock')
    const orphan = await heldElsewhere('test-orphan')
    // Its runner took it an hour ago and was never heard of again.
    const db = createClient({ url: process.env.DATABASE_URL! })
    await db.execute({
      sql: 'UPDATE payload_jobs SET updated_at = ? WHERE id = ?',
      args: [new Date(Date.now() - 3600_000).toISOString(), orphan.id],
    })
    db.close()
    expect(await runNamedJob(app.payload, 'test-orphan')).toEqual({ status: 'succeeded', detail: 'ok' })
    const released = await app.payload.findByID({ collection: 'payload-jobs', id: orphan.id, depth: 0 })
    expect(released).toMatchObject({ processing: false, hasError: true })
    orphanFails = true
    expect(await runNamedJob(app.payload, 'test-orphan')).toEqual({ status: 'failed', detail: '磁盘已满' })
    expect(await history('test-orphan')).toEqual(['failed', 'succeeded', 'failed'])
    expect(await running('test-orphan')).toBe(false)
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

test('`npm run backup` with no file on a fresh install writes DATA_DIR/backups/fenlei-<time>.zip the first time', async () => {
  // Issue 19: the folder did not exist yet, and VACUUM INTO failed with SQLITE_CANTOPEN.
  const folder = path.join(app.dir, 'backups')
  fs.rmSync(folder, { recursive: true, force: true })
  const run = await runToExit(
    'scripts/backup.ts',
    { DATA_DIR: app.dir, DATABASE_URL: process.env.DATABASE_URL! },
    120_000,
  )
  expect([run.code, run.output]).toEqual([0, expect.stringContaining('Backup written')])
  expect(fs.readdirSync(folder).filter((f) => /^fenlei-.*\.zip$/.test(f))).toHaveLength(1)
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
