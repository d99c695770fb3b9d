/**
 * npm run bench:points — drops processed per second through the path the bridge uses
 * (`recordDrops`: validation, idempotency, rules, daily tally, ledger), one per transaction and
 * batched, on a fresh temporary SQLite file; and, in the same run, the raw SQLite insert rate
 * (one transaction, prepared statement, through the same libsql driver) as the ceiling.
 */
import os from 'node:os'

import { freshDatabase } from './fresh'

const { dir, remove } = freshDatabase('fenlei-bench-')
;(process.env as Record<string, string>).NODE_ENV = 'development'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { recordDrops } = await import('../collections/points/drops')
const { rawInsertRate } = await import('./raw')

const payload = await getPayload({ config })
const town = await payload.create({ collection: 'towns', data: { name: '基准镇', kind: 'town' } })
const site = await payload.create({
  collection: 'sites',
  data: { name: '基准小区', kind: 'residential', town: town.id },
})
const CARDS = 500
const cards: number[] = []
for (let i = 0; i < CARDS; i++) {
  const c = await payload.create({
    collection: 'cards',
    data: {
      cardNumber: `B${String(i).padStart(6, '0')}`,
      status: 'active',
      holderKind: 'household',
      site: site.id,
      channel: 'booth',
      issuedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    },
  })
  cards.push(c.id)
}

let seq = 0
const categories = ['kitchen', 'paper', 'plastic', 'metal', 'other']
const makeDrop = () => {
  seq++
  return {
    card: cards[seq % CARDS]!,
    category: categories[seq % categories.length]!,
    grams: 200 + (seq % 1800),
    occurredAt: new Date(Date.now() - (seq % 86_400) * 1000).toISOString(),
    source: 'device' as const,
    idempotencyKey: `bench-${seq}`,
  }
}

async function measure(label: string, total: number, batch: number, concurrency: number) {
  const started = performance.now()
  let next = 0
  let accepted = 0
  const worker = async () => {
    while (next < total) {
      const n = Math.min(batch, total - next)
      next += n
      const outcomes = await recordDrops(payload, Array.from({ length: n }, makeDrop))
      accepted += outcomes.filter((o) => o.status === 'accepted').length
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  const rate = Math.round(total / seconds)
  console.log(
    `${label.padEnd(46)} ${String(total).padStart(6)} drops  ${seconds.toFixed(2).padStart(6)} s  ${String(rate).padStart(6)} drops/s  (accepted ${accepted})`,
  )
  return rate
}

console.log(`Fenlei bench:points — ${new Date().toISOString()} — ${os.cpus().length} cores, node ${process.version}`)
await measure('recordDrops, 1 per transaction, sequential', 1000, 1, 1)
await measure('recordDrops, 1 per transaction, 16 concurrent', 1000, 1, 16)
await measure('recordDrops, 100 per transaction', 5000, 100, 1)
await measure('recordDrops, 500 per transaction', 5000, 500, 1)

// The ceiling: raw inserts through libsql in one transaction on a file of its own.
const raw = await rawInsertRate(dir)
console.log(
  `${'raw SQLite insert (libsql, one transaction)'.padEnd(46)} ${String(raw.rows).padStart(6)} rows   ${raw.seconds.toFixed(2).padStart(6)} s  ${String(raw.perSecond).padStart(6)} rows/s`,
)

const sum = await payload.find({ collection: 'point-entries', pagination: false, depth: 0, select: { delta: true } })
const cardsNow = await payload.find({ collection: 'cards', pagination: false, depth: 0, select: { balance: true } })
const ledger = sum.docs.reduce((s, e) => s + e.delta, 0)
const balances = cardsNow.docs.reduce((s, c) => s + (c.balance ?? 0), 0)
console.log(`check: sum of balances ${balances} = sum of ledger ${ledger}: ${balances === ledger ? 'ok' : 'MISMATCH'}`)
await payload.destroy()
remove()
process.exit(balances === ledger ? 0 : 1)
