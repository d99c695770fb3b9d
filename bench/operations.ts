/**
 * npm run bench:operations — the operations jobs at a district's scale, on a fresh database: the hourly fill
 * forecast over four weeks of fill reports (BENCH_BINS bins × 4 compartments, a report every 15 minutes), and the
 * work-order clock over BENCH_ORDERS open orders that all escalate at once. Prints each job's time and the memory
 * the process holds.
 */
import { freshDatabase } from './fresh'

const db = freshDatabase('fenlei-ops-bench-')
const BINS = Number(process.env.BENCH_BINS ?? 100)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 500)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { inTransaction } = await import('../shared/transaction')
const { insertRows, writerFor } = await import('../db/bulk')
const { forecastFills } = await import('../jobs/operations/fillForecast')
const { runWorkOrderClock } = await import('../collections/operations/WorkOrders/open')
const payload = await getPayload({ config })
const mb = () => Math.round(process.memoryUsage().rss / 1e6)

const town = await payload.create({ collection: 'towns', data: { name: '基准镇', kind: 'town' } })
const site = await payload.create({
  collection: 'sites',
  data: { name: '基准小区', kind: 'residential', town: town.id },
})
const bins: number[] = []
for (let i = 0; i < BINS; i++)
  bins.push(
    (
      await payload.create({
        collection: 'bins',
        data: {
          deviceId: `OPS-${String(i).padStart(4, '0')}`,
          kind: 'recyclables-4',
          status: 'online',
          audience: 'both',
          site: site.id,
          compartments: (['paper', 'plastic', 'metal', 'glass'] as const).map((category, n) => ({
            number: n + 1,
            category,
            fillPercent: 40,
          })),
        },
      })
    ).id,
  )

// Four weeks of reports, every 15 minutes, rising through the day and emptied each morning.
const now = Date.now()
const STEP = 15 * 60_000
let rows = 0
let started = performance.now()
for (const bin of bins) {
  const batch: Record<string, unknown>[] = []
  for (let c = 1; c <= 4; c++) {
    let level = 0
    for (let at = now - 28 * 86_400_000; at <= now; at += STEP) {
      const hour = new Date(at + 8 * 3600_000).getUTCHours()
      level = hour === 6 ? 2 : Math.min(100, level + (hour >= 7 && hour <= 21 ? 1 : 0))
      batch.push({ bin, compartment: c, percent: level, at: new Date(at).toISOString() })
    }
  }
  await inTransaction(payload, (req) => insertRows(req, 'fill-readings', batch, writerFor(req)))
  rows += batch.length
}
console.log(
  `fill reports written: ${rows.toLocaleString()} in ${Math.round(performance.now() - started)} ms; process holds ${mb()} MB`,
)

started = performance.now()
const forecast = await forecastFills(payload, new Date(now))
console.log(
  `fill forecast: ${BINS * 4} compartments from ${rows.toLocaleString()} reports in ${Math.round(performance.now() - started)} ms ` +
    `(${forecast.soon} full within three days); process holds ${mb()} MB, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
)

await inTransaction(payload, async (req) => {
  for (let i = 0; i < ORDERS; i++)
    await payload.create({
      collection: 'work-orders',
      data: { source: 'manual', kind: 'fault-door', bin: bins[i % bins.length]!, status: 'open', description: '基准' },
      req,
      depth: 0,
    })
})
started = performance.now()
const first = await runWorkOrderClock(payload, new Date(now + 5 * 3600_000))
const escalateMs = Math.round(performance.now() - started)
started = performance.now()
const again = await runWorkOrderClock(payload, new Date(now + 5 * 3600_000))
console.log(
  `work-order clock: ${ORDERS} open orders, ${first.escalated} escalated and ${first.reminded} reminded in ${escalateMs} ms; ` +
    `run again at once: ${again.escalated + again.reminded + again.overdue} actions in ${Math.round(performance.now() - started)} ms`,
)
await payload.destroy()
db.remove()
process.exit(0)
