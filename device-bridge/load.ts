/**
 * Realistic device traffic for the simulator and the benchmark: signed drops (and a few
 * heartbeats) from registered bins, with retries of earlier requests (duplicates) and bad
 * requests mixed in. Keeps its own tally to check against the ledger afterwards.
 */
import { sendSigned, type DeviceCredentials } from './client'

export type LoadOptions = {
  base: string
  /** The bins to speak for; `compartments` is how many they have (default 4). */
  devices: Array<DeviceCredentials & { compartments?: number }>
  cards: string[]
  /** Concurrent senders; sender i speaks for device i mod N, one request at a time. */
  concurrency: number
  /** Events per request. */
  batch: number
  seconds: number
  /** Requests per second across all senders; 0 = as fast as the bridge answers. */
  rate?: number
  /** Share of requests that resend an earlier request unchanged (a device's retry). */
  duplicates?: number
  /** Share of requests that are bad (bad signature, malformed JSON, out-of-range weight). */
  bad?: number
  /** `authorize`: card swipes at the door instead of event batches. */
  endpoint?: 'events' | 'authorize'
}

export type Tally = {
  requests: number
  byStatus: Record<number, number>
  events: { accepted: number; duplicate: number; rejected: number }
  /** Points the bridge said it awarded, per card number (accepted drops only). */
  points: Map<string, number>
  /** Accepted drop events. */
  drops: number
  latenciesMs: number[]
  seconds: number
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

export async function runLoad(o: LoadOptions): Promise<Tally> {
  const tally: Tally = {
    requests: 0,
    byStatus: {},
    events: { accepted: 0, duplicate: 0, rejected: 0 },
    points: new Map(),
    drops: 0,
    latenciesMs: [],
    seconds: 0,
  }
  const started = Date.now()
  const deadline = started + o.seconds * 1000
  const interval = o.rate ? (1000 * o.concurrency) / o.rate : 0
  let rng = 12345
  const rand = () => (rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  const history: Array<{ device: DeviceCredentials; body: unknown }> = []

  const sender = async (n: number) => {
    const device = o.devices[n % o.devices.length]!
    let seq = 0
    while (Date.now() < deadline) {
      const tick = Date.now()
      const r = rand()
      let body: unknown
      let options: Parameters<typeof sendSigned>[4] = {}
      let target = device

      if (o.endpoint === 'authorize') {
        body = { card: o.cards[Math.floor(rand() * o.cards.length)]! }
      } else if (r < (o.duplicates ?? 0) && history.length) {
        const earlier = history[Math.floor(rand() * history.length)]!
        target = earlier.device
        body = earlier.body
      } else if (r < (o.duplicates ?? 0) + (o.bad ?? 0)) {
        const kind = Math.floor(rand() * 3)
        body = {
          events: [
            {
              type: 'drop',
              eventId: `bad-${n}-${seq++}`,
              card: o.cards[0],
              compartment: 1,
              grams: kind === 2 ? 999_999 : 500,
              occurredAt: new Date().toISOString(),
            },
          ],
        }
        if (kind === 0) options = { signature: '00'.repeat(32) }
        if (kind === 1) options = { rawBody: '{"events": [' }
      } else {
        const events = Array.from({ length: o.batch }, () => {
          const card = o.cards[Math.floor(rand() * o.cards.length)]!
          const eventId = `${device.deviceId}-${started}-${n}-${seq++}`
          if (rand() < 0.02)
            return { type: 'heartbeat', eventId, signal: -70, battery: 90, occurredAt: new Date().toISOString() }

          // Spread over the last six days (inside the device backlog window) so the daily cap rarely bites.
          return {
            type: 'drop',
            eventId,
            card,
            compartment: 1 + Math.floor(rand() * (device.compartments ?? 4)),
            grams: 100 + Math.floor(rand() * 2900),
            occurredAt: new Date(Date.now() - Math.floor(rand() * 6 * 86_400_000)).toISOString(),
          }
        })
        body = { events }
        history.push({ device, body })
        if (history.length > 2000) history.shift()
      }
      try {
        const res = await sendSigned(o.base, target, o.endpoint ?? 'events', body, options)
        tally.requests++
        tally.byStatus[res.status] = (tally.byStatus[res.status] ?? 0) + 1
        tally.latenciesMs.push(res.ms)
        if (res.status === 200 && o.endpoint !== 'authorize') {
          const events = (body as { events: Array<{ type: string; card?: string }> }).events
          res.body.results.forEach(
            (result: { status: 'accepted' | 'duplicate' | 'rejected'; points?: number }, i: number) => {
              tally.events[result.status]++
              const event = events[i]!
              if (result.status === 'accepted' && event.type === 'drop' && event.card) {
                tally.drops++
                tally.points.set(event.card, (tally.points.get(event.card) ?? 0) + (result.points ?? 0))
              }
            },
          )
        }
      } catch {
        tally.byStatus[0] = (tally.byStatus[0] ?? 0) + 1
      }
      if (interval) {
        const wait = tick + interval - Date.now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      }
    }
  }
  await Promise.all(Array.from({ length: o.concurrency }, (_, n) => sender(n)))
  tally.seconds = (Date.now() - started) / 1000
  tally.latenciesMs.sort((a, b) => a - b)
  return tally
}

export function summary(t: Tally): string {
  const rps = t.requests / t.seconds
  const eps = (t.events.accepted + t.events.duplicate + t.events.rejected) / t.seconds
  return [
    `requests ${t.requests} in ${t.seconds.toFixed(1)} s = ${rps.toFixed(0)} req/s; events ${eps.toFixed(0)}/s`,
    `HTTP ${Object.entries(t.byStatus)
      .map(([s, n]) => `${s}:${n}`)
      .join(' ')}`,
    `events accepted ${t.events.accepted}, duplicate ${t.events.duplicate}, rejected ${t.events.rejected}; drops accepted ${t.drops}`,
    `latency p50 ${percentile(t.latenciesMs, 50).toFixed(1)} ms, p99 ${percentile(t.latenciesMs, 99).toFixed(1)} ms`,
  ].join('\n')
}
