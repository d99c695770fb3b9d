/**
 * npm run bench:figures — the figures at a district's scale, on a fresh database: BENCH_CARDS cards (100 k) at 40
 * sites in 4 towns, BENCH_DROPS drops (1 M) over BENCH_DAYS days (180) recorded through the bridge's own write path
 * (drops, ledger, card-days, balances). Times the first build of the daily totals, each dashboard query, the
 * admin's list of drop-offs (first page and a deep one), keeping the totals after new drops, and the nightly check;
 * and compares every figure with a direct recount from the raw records in the same run.
 */
import os from 'node:os'

import { freshDatabase } from './fresh'

const db = freshDatabase('fenlei-figures-bench-')
const CARDS = Number(process.env.BENCH_CARDS ?? 100_000)
const DROPS = Number(process.env.BENCH_DROPS ?? 1_000_000)
const DAYS = Number(process.env.BENCH_DAYS ?? 180)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { recordDrops } = await import('../collections/points/drops')
const { computeFigures } = await import('../collections/metrics/figures')
const { dashboardFor } = await import('../collections/metrics/dashboard')
const { keepRollups, checkRollups } = await import('../collections/metrics/DailyTotals/rollups')
const { shanghaiDay } = await import('../shared/time')
const payload = await getPayload({ config })
const mb = () => Math.round(process.memoryUsage().rss / 1e6)
const ms = (since: number) => Math.round(performance.now() - since)
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const out = await work()
  console.log(`${label.padEnd(58)} ${String(ms(started)).padStart(7)} ms`)
  return out
}

console.log(
  `Fenlei bench:figures — ${new Date().toISOString()} — ${os.cpus().length} cores, node ${process.version}; ` +
    `${CARDS.toLocaleString()} cards, ${DROPS.toLocaleString()} drops over ${DAYS} days`,
)
await payload.updateGlobal({ slug: 'point-rules', data: { effectiveFrom: '2020-01-01T00:00:00.000Z' } })
const admin = await payload.create({
  collection: 'users',
  data: { email: 'bench@fenlei.local', password: 'bench-password-1', name: '基准', role: 'admin' },
})
const sites: number[] = []
for (let t = 0; t < 4; t++) {
  const town = await payload.create({ collection: 'towns', data: { name: `基准${t + 1}镇`, kind: 'town' } })
  for (let s = 0; s < 10; s++)
    sites.push(
      (
        await payload.create({
          collection: 'sites',
          data: { name: `基准${t + 1}镇第${s + 1}小区`, kind: 'residential', town: town.id },
        })
      ).id,
    )
}

// The cards: straight into the table (the bench is about reading them), 2 % of them since cancelled.
let started = performance.now()
const issuedAt = new Date(Date.now() - (DAYS + 30) * 86_400_000).toISOString()
{
  const db = (
    payload.db as unknown as { drizzle: { insert: (t: unknown) => { values: (r: unknown[]) => Promise<unknown> } } }
  ).drizzle
  const table = (payload.db as unknown as { tables: Record<string, unknown> }).tables.cards
  const channels = ['booth', 'booth', 'event', 'door-to-door'] as const
  for (let i = 0; i < CARDS; i += 1000) {
    const rows = []
    for (let n = i; n < Math.min(CARDS, i + 1000); n++) {
      const number = `BF${String(n).padStart(7, '0')}`
      rows.push({
        cardNumber: number,
        status: n % 50 === 7 ? 'cancelled' : 'active',
        holderKind: 'household',
        site: sites[n % sites.length],
        channel: channels[n % channels.length],
        issuedAt,
        label: number,
        balance: 0,
        ledgerSeq: 0,
      })
    }
    await db.insert(table).values(rows)
  }
}
console.log(`cards written: ${CARDS.toLocaleString()} in ${ms(started)} ms`)

// The drops: through the bridge's write path, a day's drops at a time, oldest first.
started = performance.now()
// 2 % of the cards are cancelled and their drops refused: enough is sent for DROPS to be accepted.
const perDay = Math.ceil(DROPS / 0.97 / DAYS)
const categories = ['kitchen', 'paper', 'plastic', 'metal', 'glass', 'other', 'hazardous']
let made = 0
let seq = 0
for (let d = DAYS - 1; d >= 0 && made < DROPS; d--) {
  const dayStart = Date.parse(`${shanghaiDay(new Date(Date.now() - d * 86_400_000))}T07:00:00+08:00`)
  const today = perDay
  for (let b = 0; b < today && made < DROPS; b += 2000) {
    const batch = []
    for (let i = b; i < Math.min(today, b + 2000, b + DROPS - made); i++) {
      seq++
      // Each day a different ~third of the cards drops; a card mostly at its own site.
      const card = 1 + ((seq * 7919 + d * 104729) % CARDS)
      batch.push({
        card,
        category: categories[seq % categories.length]!,
        grams: 200 + ((seq * 37) % 2800),
        occurredAt: new Date(dayStart + ((i * 43_000) % (13 * 3600_000))).toISOString(),
        source: 'manual' as const,
        idempotencyKey: `bf-${seq}`,
      })
    }
    const outcomes = await recordDrops(payload, batch, { history: true })
    made += outcomes.filter((o) => o.status === 'accepted').length
  }
}
console.log(`drops written: ${made.toLocaleString()} in ${Math.round(ms(started) / 1000)} s; process holds ${mb()} MB`)

// As in life, each drop was recorded when it happened (here they were all written in the last minutes, which the
// keeping job would take for new ones).
await (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle.run(
  (await import('@payloadcms/db-sqlite/drizzle')).sql`update drop_offs set created_at = occurred_at`,
)

const to = shanghaiDay(new Date())
const from = shanghaiDay(new Date(Date.now() - 29 * 86_400_000))
const town = (await payload.find({ collection: 'towns', limit: 1, depth: 0 })).docs[0]!.id
await timed('daily totals: first build (every day from the records)', () => keepRollups(payload))
await timed('daily totals: kept again, nothing new', () => keepRollups(payload))

const fast = await timed('figures, district, last 30 days (cold)', () => computeFigures(payload, { from, to }))
await timed('figures, district, last 30 days (again)', () => computeFigures(payload, { from, to }))
await timed('figures, one town, last 30 days', () => computeFigures(payload, { from, to, town }))
await timed('figures, district, year to date', () => computeFigures(payload, { from: `${to.slice(0, 4)}-01-01`, to }))
await timed('dashboard, admin (figures, trend, ranking, waiting work)', () =>
  dashboardFor(payload, { ...admin, collection: 'users' } as never),
)
const user = { ...admin, collection: 'users' } as never
await timed('drop-offs list, page 1 of 10 (as the admin list asks)', () =>
  payload.find({
    collection: 'drop-offs',
    limit: 10,
    page: 1,
    sort: '-occurredAt',
    depth: 0,
    overrideAccess: false,
    user,
  }),
)
await timed('drop-offs list, page 5,000', () =>
  payload.find({
    collection: 'drop-offs',
    limit: 10,
    page: 5000,
    sort: '-occurredAt',
    depth: 0,
    overrideAccess: false,
    user,
  }),
)
await timed('drop-offs list, one site, page 1', () =>
  payload.find({
    collection: 'drop-offs',
    where: { site: { equals: sites[3] } },
    limit: 10,
    sort: '-occurredAt',
    depth: 0,
    overrideAccess: false,
    user,
  }),
)
await timed('cards list, page 1 of 10 (its columns, as the admin list asks)', () =>
  payload.find({
    collection: 'cards',
    limit: 10,
    sort: '-issuedAt',
    depth: 0,
    select: { cardNumber: true, holderName: true, site: true, status: true, balance: true, issuedAt: true },
    overrideAccess: false,
    user,
  }),
)

// The recount: every figure straight from the raw records, compared one by one.
const recount = await timed('recount from the raw records, district, last 30 days', () =>
  computeFigures(payload, { from, to }, { source: 'records' }),
)
const canonical = (v: unknown): string =>
  v && typeof v === 'object'
    ? Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
    : JSON.stringify(v)
let mismatches = 0
for (const key of Object.keys(fast) as Array<keyof typeof fast>) {
  if (key === 'scope') continue
  const same = canonical(fast[key]) === canonical(recount[key])
  if (!same) mismatches++
  const shown = JSON.stringify(fast[key])
  console.log(`  ${same ? 'ok      ' : 'MISMATCH'} ${key}: ${shown.length > 90 ? `${shown.slice(0, 87)}...` : shown}`)
  if (!same) console.log(`           recount: ${JSON.stringify(recount[key])}\n           fast:    ${shown}`)
}

// New drops today, then the ten-minute job.
const fresh = Array.from({ length: 1000 }, (_, i) => ({
  card: 1 + ((i * 13) % CARDS),
  category: 'paper',
  grams: 500,
  occurredAt: new Date(Date.now() - 60_000).toISOString(),
  source: 'manual' as const,
  idempotencyKey: `bf-new-${i}`,
}))
await recordDrops(payload, fresh)
// Before the job: the figure reads the kept days and recounts today's (it writes nothing).
const unkept = await timed('figures, district, last 30 days, 1,000 new drops not yet kept', () =>
  computeFigures(payload, { from, to }),
)
await timed('daily totals kept after 1,000 new drops', () => keepRollups(payload))
const kept = await computeFigures(payload, { from, to })
if (canonical(unkept) !== canonical(kept)) {
  mismatches++
  console.log('MISMATCH the figures before the job differ from those after it')
} else console.log('  ok       the figures before the job equal those after it')
const check = await timed('nightly check (every day recounted, card-days checked)', () => checkRollups(payload))
console.log(
  `nightly check: ${check.days} days, totals drift ${check.rollupDrift.length}, card-day drift ${check.cardDayDrift.length}; ` +
    `process holds ${mb()} MB`,
)
console.log(mismatches ? `${mismatches} figures differ from the recount` : 'every figure equals the recount')
await payload.destroy()
db.remove()
process.exit(mismatches || check.rollupDrift.length || check.cardDayDrift.length ? 1 : 0)
