/**
 * npm run bench:scale — scale-out on one PostgreSQL: two app processes (`server.ts`, each with its bridge and its
 * scheduler) and two standalone bridges (`device-bridge/standalone.ts`) on one throw-away cluster with PostgreSQL's
 * durable defaults, under the vendors' load: bursts of batches from 64 bins, each batch sent to one process, a share
 * of them sent to two processes at once (duplicates across processes), retries of answered batches, and every
 * batch whose answer was lost sent again to another process until one answers. A third of the way through, one
 * bridge is killed with SIGKILL mid-stream. Then one scheduled job is started in two processes at the same moment.
 *
 * The tally, checked against the database: every event some process acknowledged is stored once (nothing lost),
 * no event is stored twice and nothing unacknowledged is stored (nothing doubled), every card's balance is the sum
 * of its ledger and the ledger the sum of its drops' points; the job ran once.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startCluster } from '../scripts/postgresCluster'

import { freshDatabase } from './fresh'

const seconds = Number(process.env.BENCH_SECONDS ?? 30)
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('bench:scale runs the app processes as production does: run `npm run build` first.')
  process.exit(2)
}
const cluster = await startCluster({ settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } })
/** Whatever happens, no process and no cluster is left behind. */
const spawned: ChildProcess[] = []
process.on('exit', () => {
  for (const c of spawned) if (c.exitCode === null) c.kill('SIGKILL')
  cluster.stop()
})
const url = cluster.url('fenlei_scale')
const { dir, env: envVars } = freshDatabase('fenlei-scale-bench-', {
  DATABASE_URL: url,
  BRIDGE_RATE_LIMIT: '100000',
  SEED_ON_START: 'false',
  DEMO_SIMULATOR: 'false',
  DEV_WARMUP: 'false',
  // As production starts: the committed PostgreSQL migrations, no schema push.
  DB_PUSH: 'false',
})

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { sendSigned } = await import('../device-bridge/client')
const { seedBenchDistrict } = await import('./setup')
const payload = await getPayload({ config })
await payload.db.migrate()
const { devices, cards } = await seedBenchDistrict(payload, { bins: 64, cards: 2000 })

/** The app processes as a district runs them: the prebuilt site, the secret given, nothing seeded. */
const PRODUCTION = { PORT: '0', NODE_ENV: 'production' }
type Proc = { name: string; child: ChildProcess; base: string; alive: boolean }
const NODE = ['--conditions=production', '--import', 'tsx']
/** Starts an entry point with a data folder of its own (uploads, pid file) on the shared database. */
function start(name: string, file: string, ready: RegExp, extra: Record<string, string>): Promise<Proc> {
  const own = fs.mkdtempSync(path.join(os.tmpdir(), `fenlei-scale-${name}-`))
  const child = spawn(process.execPath, [...NODE, file], {
    env: { ...process.env, ...envVars, DATA_DIR: own, HOST: '127.0.0.1', NODE_OPTIONS: '', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  spawned.push(child)
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 180 s:\n${out}`)), 180_000)
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before listening:\n${out}`)))
    const read = (c: Buffer) => {
      out += c.toString()
      const m = out.match(ready)
      if (m) {
        clearTimeout(timer)
        resolve({ name, child, base: `http://127.0.0.1:${m[1]}`, alive: true })
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
  })
}

console.log(
  `Fenlei bench:scale — ${new Date().toISOString()} — ${os.cpus().length} cores, node ${process.version}, ${seconds} s of load`,
)
const startedAll = performance.now()
const procs = await Promise.all([
  start('app-1', 'server.ts', /localhost:(\d+)\/admin/, PRODUCTION),
  start('app-2', 'server.ts', /localhost:(\d+)\/admin/, PRODUCTION),
  start('bridge-1', 'device-bridge/standalone.ts', /listening on http:\/\/localhost:(\d+)/, { BRIDGE_PORT: '0' }),
  start('bridge-2', 'device-bridge/standalone.ts', /listening on http:\/\/localhost:(\d+)/, { BRIDGE_PORT: '0' }),
])
console.log(
  `4 processes up in ${Math.round(performance.now() - startedAll)} ms: ${procs.map((p) => p.name).join(', ')}`,
)

// --- the load -------------------------------------------------------------------------------------------------
let rng = 4242
const rand = () => (rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!
type Answer = { status: 'accepted' | 'duplicate' | 'rejected'; points?: number; code?: string }
/** Per event id (device:event): every answer any process gave for it. */
const answers = new Map<string, Answer['status'][]>()
const tally = { batches: 0, requests: 0, crossDuplicates: 0, retries: 0, resentAfterLostAnswer: 0, refusedOrLost: 0 }
const acceptedPoints = new Map<string, number>()
const alive = () => procs.filter((p) => p.alive)

/** Sends one batch to one process; true when a 200 came back (its results recorded). */
async function deliver(to: Proc, device: (typeof devices)[number], body: { events: Array<Record<string, unknown>> }) {
  tally.requests++
  try {
    const res = await sendSigned(to.base, device, 'events', body)
    if (res.status !== 200) {
      tally.refusedOrLost++
      return false
    }
    ;(res.body.results as Answer[]).forEach((r, i) => {
      const e = body.events[i]!
      const key = `${device.deviceId}:${e.eventId as string}`
      answers.set(key, [...(answers.get(key) ?? []), r.status])
      if (r.status === 'accepted') acceptedPoints.set(key, r.points ?? 0)
    })
    return true
  } catch {
    tally.refusedOrLost++
    return false
  }
}

let killedAt = 0
const deadline = Date.now() + seconds * 1000
const killer = setTimeout(
  () => {
    const victim = procs.find((p) => p.name === 'bridge-2')!
    victim.child.kill('SIGKILL')
    victim.alive = false
    killedAt = Date.now()
    console.log(`bridge-2 killed with SIGKILL at ${Math.round(seconds / 3)} s, mid-stream`)
  },
  (seconds * 1000) / 3,
)

const sender = async (n: number) => {
  const device = devices[n % devices.length]!
  let seq = 0
  while (Date.now() < deadline) {
    // A burst: a few batches back to back, then a pause.
    const burst = 1 + Math.floor(rand() * 4)
    for (let b = 0; b < burst && Date.now() < deadline; b++) {
      const events = Array.from({ length: 10 }, () => ({
        type: 'drop',
        eventId: `s${n}-${seq++}`,
        card: pick(cards),
        compartment: 1 + Math.floor(rand() * 4),
        grams: 100 + Math.floor(rand() * 2900),
        occurredAt: new Date(Date.now() - Math.floor(rand() * 6 * 86_400_000)).toISOString(),
      }))
      const body = { events }
      tally.batches++
      const first = pick(alive())
      const sends = [deliver(first, device, body)]
      if (rand() < 0.2 && alive().length > 1) {
        // The same batch to a second process at the same moment (a device's gateway that failed over).
        tally.crossDuplicates++
        sends.push(deliver(pick(alive().filter((p) => p !== first)), device, body))
      }
      let answered = (await Promise.all(sends)).some(Boolean)
      // A lost answer (the process died, the connection broke): the device sends the batch again elsewhere.
      for (let attempt = 0; !answered && attempt < 20; attempt++) {
        tally.resentAfterLostAnswer++
        answered = await deliver(pick(alive()), device, body)
      }
      if (!answered) throw new Error(`batch s${n} was never answered`)
      if (rand() < 0.1) {
        // A retry of an answered batch (the device did not hear the answer in time).
        tally.retries++
        await deliver(pick(alive()), device, body)
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(rand() * 80)))
  }
}
const loadStarted = performance.now()
const loadStartedAt = Date.now()
await Promise.all(Array.from({ length: 48 }, (_, n) => sender(n)))
const loadSeconds = (performance.now() - loadStarted) / 1000
clearTimeout(killer)

// --- the scheduler: one job started in two processes at once -----------------------------------------------------
const jobRuns = await Promise.all(
  [1, 2].map(
    (n) =>
      new Promise<string>((resolve) => {
        const own = fs.mkdtempSync(path.join(os.tmpdir(), `fenlei-scale-job${n}-`))
        const child = spawn(process.execPath, [...NODE, 'scripts/run-job.ts', 'reconcile-ledger'], {
          env: { ...process.env, ...envVars, DATA_DIR: own, NODE_OPTIONS: '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let out = ''
        child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
        child.on('exit', () => resolve(out.trim().split('\n').at(-1) ?? ''))
      }),
  ),
)

// --- the check ---------------------------------------------------------------------------------------------------
type Row = Record<string, unknown>
const { sql } = await import('@payloadcms/db-postgres/drizzle')
const q = async (text: string) =>
  (
    await (payload.db as unknown as { drizzle: { execute: (s: unknown) => Promise<{ rows: Row[] }> } }).drizzle.execute(
      sql.raw(text),
    )
  ).rows
const stored = new Map<string, number>()
for (const r of await q("select idempotency_key as k, points from drop_offs where source = 'device'"))
  stored.set(String(r.k), Number(r.points))
const storedCount = Number((await q("select count(*) as n from drop_offs where source = 'device'"))[0]!.n)
const acked = [...answers.entries()].filter(([, a]) => a.some((s) => s === 'accepted' || s === 'duplicate'))
// The bridge's key of a device's event is `<device id>:<event id>`, as kept in `answers`.
const lost = acked.filter(([k]) => !stored.has(k)).length
const unacknowledgedStored = [...stored.keys()].filter((k) => !answers.has(k)).length
const acceptedTwice = [...answers.values()].filter((a) => a.filter((s) => s === 'accepted').length > 1).length
const answerLost = acked.filter(([, a]) => !a.includes('accepted')).length
const pointsMismatch = [...acceptedPoints.entries()].filter(([k, p]) => stored.get(k) !== p).length
const ledger = await q(`
  select c.card_number, c.balance, coalesce(e.sum, 0) as ledger, coalesce(d.sum, 0) as drops
  from cards c
  left join (select card_id, sum(delta) as sum from point_entries group by card_id) e on e.card_id = c.id
  left join (select card_id, sum(points) as sum from drop_offs group by card_id) d on d.card_id = c.id`)
const balanceOff = ledger.filter((r) => Number(r.balance) !== Number(r.ledger)).length
const ledgerOff = ledger.filter((r) => Number(r.ledger) !== Number(r.drops)).length
const ran = jobRuns.filter((l) => /: succeeded/.test(l))

const ok =
  lost === 0 &&
  storedCount === stored.size &&
  unacknowledgedStored === 0 &&
  acceptedTwice === 0 &&
  pointsMismatch === 0 &&
  balanceOff === 0 &&
  ledgerOff === 0 &&
  ran.length === 1
console.log(`
load: ${tally.batches} batches (${tally.batches * 10} events) from 48 senders over ${loadSeconds.toFixed(1)} s; ${tally.requests} requests
  sent to two processes at once: ${tally.crossDuplicates}; retries of answered batches: ${tally.retries}
  answers lost (process killed, connection refused) and the batch sent again elsewhere: ${tally.resentAfterLostAnswer}
  bridge-2 killed at ${killedAt ? `${((killedAt - loadStartedAt) / 1000).toFixed(1)} s into the load` : 'never'}
events acknowledged by some process: ${acked.length}; of them answered only "duplicate" (the commit happened, its answer was lost): ${answerLost}
stored device drops: ${storedCount} (distinct keys ${stored.size})
  acknowledged but not stored (lost): ${lost}
  stored but never acknowledged: ${unacknowledgedStored}
  accepted by two processes (doubled): ${acceptedTwice}
  points answered ≠ points stored: ${pointsMismatch}
cards whose balance ≠ their ledger: ${balanceOff}; whose ledger ≠ their drops' points: ${ledgerOff} (of ${ledger.length})
one job started in two processes at once: ${jobRuns.map((l) => `"${l}"`).join(' / ')}
  runs that did the work: ${ran.length}
→ ${ok ? 'OK: nothing lost, nothing doubled, the job ran once' : 'MISMATCH'}`)

for (const p of procs) if (p.alive) p.child.kill('SIGTERM')
await Promise.all(procs.filter((p) => p.alive).map((p) => new Promise((r) => p.child.once('exit', r))))
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(ok ? 0 : 1)
