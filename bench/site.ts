/**
 * npm run bench:site — the public site's pages under repeated visits, against a running server
 * (`BASE`, default http://localhost:3000; start it with the production build for real numbers:
 * `npm run build && NODE_ENV=production PAYLOAD_SECRET=… npm start`). Each page is fetched once to
 * warm it, then `ROUNDS` times by `CONCURRENCY` visitors at once; p50/p95/max in milliseconds.
 */
import { percentile } from '../device-bridge/load'

const base = process.env.BASE ?? 'http://localhost:3000'
const rounds = Number(process.env.ROUNDS ?? 50)
const concurrency = Number(process.env.CONCURRENCY ?? 4)

async function firstId(url: string): Promise<number | string> {
  const res = await fetch(`${base}/api${url}`)
  const body = (await res.json()) as { docs: Array<{ id: number | string }> }
  if (!body.docs[0]) throw new Error(`nothing at ${url}: seed the demo district first`)
  return body.docs[0].id
}

const pages: Array<[string, string]> = [
  ['home', '/'],
  ['news', '/news'],
  ['news item', `/news/${await firstId('/campaigns?limit=1')}`],
  ['policies', '/policies'],
  ['consultation', `/policies/${await firstId('/work-plans?where[status][equals]=consultation&limit=1')}`],
  ['bases', '/bases'],
  ['base', `/bases/${await firstId('/education-bases?limit=1')}`],
  ['disclosure', '/disclosure'],
  ['notices', '/notices'],
  ['honour roll', '/honour'],
  ['resident page', '/me'],
  ['feedback', '/feedback'],
]

console.log(`${base}: ${rounds} visits per page, ${concurrency} at a time\n`)
console.log('page              p50 ms  p95 ms  max ms  bytes')
for (const [name, path] of pages) {
  const warm = await fetch(`${base}${path}`)
  if (warm.status !== 200) throw new Error(`${path} answered ${warm.status}`)
  const bytes = (await warm.arrayBuffer()).byteLength
  const times: number[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < rounds) {
        const started = performance.now()
        const res = await fetch(`${base}${path}`)
        await res.arrayBuffer()
        times.push(performance.now() - started)
      }
    }),
  )
  times.sort((a, b) => a - b)
  const row = [percentile(times, 50), percentile(times, 95), times[times.length - 1]!].map((x) =>
    x.toFixed(0).padStart(7),
  )
  console.log(`${name.padEnd(16)}${row.join(' ')}  ${String(bytes).padStart(6)}`)
}
