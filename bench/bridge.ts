/**
 * npm run bench:bridge — sustained drop events per second end to end (signed HTTP, validation,
 * idempotency, points, ledger) against a standalone bridge process on a fresh database:
 * batched (100 events per request) and single (1 per request, 32 concurrent devices), then a
 * mixed run with retries and bad requests; p50/p99 latency; the raw insert ceiling of the engine through the app's
 * driver; and after each run the simulator's tally checked against the ledger (nothing lost or doubled).
 *
 * Both engines in one run, one after the other on the same machine: embedded SQLite (synchronous=FULL) and a
 * throw-away PostgreSQL cluster with its durable defaults (fsync and synchronous commit on). BENCH_ENGINE=sqlite or
 * postgres runs one only.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'

import { startCluster, postgresBin } from '../scripts/postgresCluster'

import { freshDatabase } from './fresh'

const engine = process.env.BENCH_ENGINE
if (!engine) {
  // The parent: each engine in a process of its own, then both tables side by side.
  const engines = postgresBin() ? ['sqlite', 'postgres'] : ['sqlite']
  const tables: string[] = []
  let failed = false
  for (const name of engines) {
    const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
      const child = spawn(process.execPath, process.execArgv.concat(process.argv.slice(1)), {
        env: { ...process.env, BENCH_ENGINE: name },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      let text = ''
      child.stdout!.on('data', (c: Buffer) => {
        text += c.toString()
        process.stdout.write(c)
      })
      child.on('exit', (code) => resolve({ code, text }))
    })
    failed ||= out.code !== 0
    tables.push(`${name}:\n${out.text.slice(out.text.lastIndexOf('| run |'))}`)
  }
  console.log(`\n=== both engines, this run ===\n${tables.join('\n')}`)
  process.exit(failed ? 1 : 0)
}

const { dir, env: envVars } = freshDatabase('fenlei-bridge-bench-', { BRIDGE_RATE_LIMIT: '100000' })
// PostgreSQL: a cluster of its own in the bench's folder, with the durability a district runs it with.
const cluster =
  engine === 'postgres'
    ? await startCluster({ settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } })
    : undefined
if (cluster) {
  envVars.DATABASE_URL = cluster.url(`bench_${crypto.randomBytes(4).toString('hex')}`)
  process.env.DATABASE_URL = envVars.DATABASE_URL
}

const seconds = Number(process.env.BENCH_SECONDS ?? 20)
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { summary, percentile } = await import('../device-bridge/load')
type Tally = import('../device-bridge/load').Tally
type LoadOptions = import('../device-bridge/load').LoadOptions
const { rawInsertRate, rawPostgresInsertRate } = await import('./raw')
const payload = await getPayload({ config })
const { seedBenchDistrict } = await import('./setup')

const { devices, cards } = await seedBenchDistrict(payload)

// The bridge under test runs in its own process, as `npm run bridge` does.
const child = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_BRIDGE_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    '--conditions=production',
    '--import',
    'tsx',
    'device-bridge/standalone.ts',
  ],
  {
    env: { ...process.env, ...envVars, BRIDGE_PORT: '0', HOST: '127.0.0.1', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
const base = await new Promise<string>((resolve, reject) => {
  let out = ''
  const timer = setTimeout(() => reject(new Error(`the bridge did not start within 90 s:\n${out}`)), 90_000)
  child.on('exit', (code) => reject(new Error(`the bridge exited (${code}) before listening:\n${out}`)))
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString()
    const m = out.match(/listening on http:\/\/localhost:(\d+)/)
    if (m) {
      clearTimeout(timer)
      resolve(`http://127.0.0.1:${m[1]}`)
    }
  })
})

/** Runs the load generator in a process of its own and reads back its tally. */
function runLoad(options: LoadOptions): Promise<Tally> {
  return new Promise((resolve, reject) => {
    const worker = spawn(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'bench/loadWorker.ts', JSON.stringify(options)],
      {
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    worker.stdout!.on('data', (c: Buffer) => (out += c.toString()))
    worker.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the load generator exited with ${code}`))
      const raw = JSON.parse(out.trim().split('\n').at(-1)!) as Omit<Tally, 'points'> & {
        points: Record<string, number>
      }
      resolve({ ...raw, points: new Map(Object.entries(raw.points)) })
    })
  })
}

async function verify(label: string, tally: Tally, before: Map<string, number>, dropsBefore: number) {
  const ledger = await ledgerNow()
  let mismatches = 0
  for (const [card, points] of tally.points) {
    if ((ledger.get(card) ?? 0) - (before.get(card) ?? 0) !== points) mismatches++
  }
  const drops = (await payload.count({ collection: 'drop-offs' })).totalDocs - dropsBefore
  const ok = mismatches === 0 && drops === tally.drops
  console.log(
    `check ${label}: drop-offs written ${drops} = accepted by tally ${tally.drops}; cards whose ledger ≠ tally: ${mismatches} → ${ok ? 'OK, nothing lost or doubled' : 'MISMATCH'}`,
  )
  return { ok, ledger, drops: drops + dropsBefore }
}

console.log(
  `Fenlei bench:bridge on ${engine} — ${new Date().toISOString()} — ${os.cpus().length} cores, node ${process.version}, ${seconds} s per run`,
)
await runLoad({ base, devices, cards, concurrency: 8, batch: 10, seconds: 2 }) // warm-up
const ledgerNow = async () => {
  const entries = await payload.find({
    collection: 'point-entries',
    pagination: false,
    depth: 1,
    select: { card: true, delta: true },
  })
  const byCard = new Map<string, number>()
  for (const e of entries.docs) {
    const number = typeof e.card === 'object' ? e.card.cardNumber : String(e.card)
    byCard.set(number, (byCard.get(number) ?? 0) + e.delta)
  }
  return byCard
}
let state = { ok: true, ledger: await ledgerNow(), drops: (await payload.count({ collection: 'drop-offs' })).totalDocs }

const results: string[] = []
let allOk = true
const runs: Array<Omit<LoadOptions, 'base' | 'devices' | 'cards' | 'seconds'> & { label: string }> = [
  { label: 'batched: 100 events/request, 8 devices', concurrency: 8, batch: 100 },
  { label: 'single: 1 event/request, 32 devices', concurrency: 32, batch: 1 },
  { label: 'single + 10% retries + 5% bad requests', concurrency: 32, batch: 1, duplicates: 0.1, bad: 0.05 },
  { label: 'authorize: card swipes at 450/s, 32 devices', concurrency: 32, batch: 1, endpoint: 'authorize', rate: 450 },
]
// BENCH_RUNS=authorize,batched runs only the runs whose label starts with one of those words.
const only = process.env.BENCH_RUNS?.split(',')
for (const run of runs.filter((r) => !only || only.some((w) => r.label.startsWith(w)))) {
  const tally = await runLoad({ base, devices, cards, seconds, ...run })
  console.log(`\n${run.label}\n${summary(tally)}`)
  const checked = await verify(run.label, tally, state.ledger, state.drops)
  allOk &&= checked.ok
  state = checked
  const events = tally.events.accepted + tally.events.duplicate + tally.events.rejected
  results.push(
    `| ${run.label} | ${(tally.requests / tally.seconds).toFixed(0)} | ${(events / tally.seconds).toFixed(0)} | ${percentile(tally.latenciesMs, 50).toFixed(1)} | ${percentile(tally.latenciesMs, 99).toFixed(1)} | ${checked.ok ? 'exact' : 'MISMATCH'} |`,
  )
}
const raw = cluster ? await rawPostgresInsertRate(cluster.url('raw')) : await rawInsertRate(dir)
console.log(
  `\nraw ${cluster ? 'PostgreSQL insert ceiling (pg, one transaction' : 'SQLite insert ceiling (libsql, one transaction'}): ${raw.perSecond} rows/s`,
)
console.log(
  '\n| run | requests/s | events/s | p50 ms | p99 ms | ledger vs tally |\n|---|---:|---:|---:|---:|---|\n' +
    results.join('\n'),
)
child.kill('SIGTERM')
await new Promise((resolve) => child.once('exit', resolve))
await payload.destroy()
cluster?.stop()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(allOk ? 0 : 1)
