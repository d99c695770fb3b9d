/**
 * Processing device requests. Requests that arrive together are coalesced (group commit): the
 * batcher takes everything queued and processes it in ONE transaction — all drops through the
 * shared plan and bulk writer (services/drops), the other events, the bins' state and the raw
 * log rows. Should that transaction fail, each request is retried alone so one bad request
 * cannot sink the others.
 */
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { alertKind } from '../domain/devices/bins'
import { servesCard, type DropInput } from '../domain/points/dropPlan'
import { refId } from '../shared/refs'
import { formatShanghai } from '../shared/time'
import { bilingual } from '../shared/i18n/messages'
import { clearAlert, raiseAlert } from '../collections/devices/Alerts/raise'
import { refreshAttention } from '../collections/devices/Bins/attention'
import { recordDropsIn } from '../collections/points/drops'
import { insertRows, writerFor } from '../db/bulk'
import { inTransaction } from '../shared/transaction'
import { forgetDevice, type Device } from '../collections/devices/Bins/directory'
import type { DeviceEvent } from './schemas'

export type EventResultT = {
  eventId: string
  status: 'accepted' | 'duplicate' | 'rejected'
  points?: number
  balance?: number
  code?: string
  message?: string
}

export type LogRow = {
  deviceId: string | null
  bin: number | string | null
  endpoint: string
  status: number
  code?: string | null
  events?: number | null
  body?: unknown
  response?: unknown
  /** Where the request came from (kept for refusals of unauthenticated traffic). */
  clientAddress?: string | null
  /** For a summary row: how many more refusals like it were counted but not written. */
  repeats?: number | null
}

export type Job =
  { kind: 'events'; device: Device; events: DeviceEvent[]; body: unknown } | { kind: 'log'; row: LogRow }

const LAST_SEEN_EVERY_MS = 30_000
const lastSeenWritten = new Map<string, number>()

/** What a receipt remembers of a request's content, to tell a true repeat from a reused id. */
export const fingerprint = (content: unknown) => crypto.createHash('sha1').update(JSON.stringify(content)).digest('hex')

/**
 * A pickup scale's reading: one more reading of the assigned pickup it names, marked as the scale's (the
 * collector then completes it without a reason; a reading typed over it makes the readings typed again).
 */
async function weighForPickup(
  req: PayloadRequest,
  device: Device,
  e: Extract<DeviceEvent, { type: 'weigh' }>,
): Promise<EventResultT> {
  const refuse = (code: 'NOT_A_SCALE' | 'UNKNOWN_PICKUP' | 'PICKUP_NOT_ASSIGNED', message: string): EventResultT => ({
    eventId: e.eventId,
    status: 'rejected',
    code,
    message,
  })
  if (device.kind !== 'pickup-scale')
    return refuse('NOT_A_SCALE', '只有上门回收联网秤可以上报称重。Pickup scales only.')
  const pickup = (
    await req.payload.find({
      collection: 'pickups',
      where: { reference: { equals: e.pickup } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs[0]
  if (!pickup) return refuse('UNKNOWN_PICKUP', `没有单号为 ${e.pickup} 的上门回收。No such pickup.`)
  if (pickup.status !== 'assigned')
    return refuse('PICKUP_NOT_ASSIGNED', '该上门回收不在派单状态，不能再称重。The pickup is not assigned.')
  // A scale weighs the pickups of the sites it serves, like a bin's cards.
  const card = await req.payload.findByID({
    collection: 'cards',
    id: refId(pickup.card)!,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!card || !servesCard(device.sites, refId(card.site)))
    return refuse('UNKNOWN_PICKUP', `没有单号为 ${e.pickup} 的上门回收。No such pickup.`)
  await req.payload.update({
    collection: 'pickups',
    id: pickup.id,
    data: {
      readings: [
        ...(pickup.readings ?? []).map(({ category, grams }) => ({ category, grams })),
        { category: e.category, grams: e.grams },
      ],
      // Readings typed before stay typed: one weighing does not make a typed 99 kg the scale's.
      readingsFrom: pickup.readings?.length && pickup.readingsFrom !== 'scale' ? 'typed' : 'scale',
      scale: Number(device.id),
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return { eventId: e.eventId, status: 'accepted' }
}

/** Processes jobs in `req`'s transaction; returns each job's results (events) or null (log). */
async function runJobs(req: PayloadRequest, jobs: Job[]): Promise<Array<EventResultT[] | null>> {
  const { payload } = req
  const kind = writerFor(req)
  const now = new Date().toISOString()
  const results: Array<EventResultT[] | null> = jobs.map((j) => (j.kind === 'events' ? [] : null))

  // 1. Drops, all requests together, through the shared plan and bulk writer.
  const drops: DropInput[] = []
  const dropAt: Array<[number, number]> = []
  const others: Array<{
    job: number
    index: number
    device: Device
    event: Exclude<DeviceEvent, { type: 'drop' }>
    key: string
  }> = []
  jobs.forEach((job, j) => {
    if (job.kind !== 'events') return
    job.events.forEach((event, i) => {
      const key = `${job.device.deviceId}:${event.eventId}`
      if (event.type !== 'drop') return others.push({ job: j, index: i, device: job.device, event, key })
      const compartment =
        event.compartment === undefined
          ? undefined
          : job.device.compartments.find((c) => c.number === event.compartment)
      if (event.compartment !== undefined && !compartment) {
        results[j]![i] = {
          eventId: event.eventId,
          status: 'rejected',
          code: 'UNKNOWN_COMPARTMENT',
          message: `设备没有第 ${event.compartment} 号箱格。No such compartment.`,
        }
        return
      }
      const device = job.device
      drops.push({
        cardNumber: event.card,
        category: event.category ?? compartment!.category,
        grams: event.grams,
        occurredAt: event.occurredAt,
        source: 'device',
        sourceRef: device.deviceId,
        // A drop is where its bin stands, and only what that bin (or that compartment) takes.
        site: device.site ?? undefined,
        idempotencyKey: key,
        device: {
          categories: compartment ? [compartment.category] : device.compartments.map((c) => c.category),
          audience: device.audience,
          commissionedAt: device.commissionedAt,
          sites: device.sites,
        },
      })
      dropAt.push([j, i])
    })
  })
  // One rule for an event id: one event per device, whatever its type. A drop under an id a heartbeat (or an alarm,
  // a fill…) already used is a different event under a used id; so is the reverse (below).
  const conflict = (eventId: string): EventResultT => ({
    eventId,
    status: 'rejected',
    code: 'IDEMPOTENCY_CONFLICT',
    message: '同一事件编号的内容不同。This event id was used for a different event.',
  })
  const usedByOthers = drops.length
    ? new Set(
        (
          await payload.db.find<{ key: string }>({
            collection: 'device-receipts',
            where: { key: { in: drops.map((d) => d.idempotencyKey) } },
            limit: 0,
            pagination: false,
            req,
          })
        ).docs.map((r) => r.key),
      )
    : new Set<string>()
  for (let n = drops.length - 1; n >= 0; n--) {
    if (!usedByOthers.has(drops[n]!.idempotencyKey)) continue
    const [j, i] = dropAt[n]!
    results[j]![i] = conflict((jobs[j] as Extract<Job, { kind: 'events' }>).events[i]!.eventId)
    drops.splice(n, 1)
    dropAt.splice(n, 1)
  }
  const dropKeys = new Set(drops.map((d) => d.idempotencyKey))
  const dropOutcomes = drops.length ? await recordDropsIn(req, drops, { writer: kind }) : []
  dropOutcomes.forEach((o, n) => {
    const [j, i] = dropAt[n]!
    const eventId = (jobs[j] as Extract<Job, { kind: 'events' }>).events[i]!.eventId
    results[j]![i] =
      o.status === 'rejected'
        ? { eventId, status: 'rejected', code: o.code, message: bilingual(o.code, o.params) }
        : { eventId, status: o.status, points: o.points, balance: o.balance }
  })

  // 2. Other events: a receipt per (device, event id) recognises repeats.
  const receipts = others.length
    ? await payload.db.find<{ id: number; key: string; fingerprint?: string; outcome: unknown }>({
        collection: 'device-receipts',
        where: { key: { in: others.map((o) => o.key) } },
        limit: 0,
        pagination: false,
        req,
      })
    : { docs: [] }
  const seen = new Map(
    receipts.docs.map((r) => [r.key, { fingerprint: r.fingerprint, outcome: r.outcome as EventResultT }]),
  )
  // Ids a drop holds (stored before, or in this very request): not another event's.
  const heldByDrops = others.length
    ? new Set([
        ...(
          await payload.db.find<{ idempotencyKey: string }>({
            collection: 'drop-offs',
            where: { idempotencyKey: { in: others.map((o) => o.key) } },
            limit: 0,
            pagination: false,
            req,
          })
        ).docs.map((d) => d.idempotencyKey),
        ...others.map((o) => o.key).filter((k) => dropKeys.has(k)),
      ])
    : new Set<string>()
  const newReceipts: Record<string, unknown>[] = []
  /** Fill history for the forecast (jobs/operations/fillForecast.ts). */
  const fillRows: Record<string, unknown>[] = []
  const binState = new Map<
    string,
    { device: Device; fills: Map<number, number>; telemetry?: Record<string, unknown>; firmware?: string }
  >()
  for (const job of jobs)
    if (job.kind === 'events')
      binState.set(
        String(job.device.id),
        binState.get(String(job.device.id)) ?? { device: job.device, fills: new Map() },
      )
  for (const o of others) {
    if (heldByDrops.has(o.key)) {
      results[o.job]![o.index] = conflict(o.event.eventId)
      continue
    }
    const print = fingerprint(o.event)
    const earlier = seen.get(o.key)
    if (earlier) {
      results[o.job]![o.index] =
        earlier.fingerprint === print ? { ...earlier.outcome, status: 'duplicate' } : conflict(o.event.eventId)
      continue
    }
    const state = binState.get(String(o.device.id))!
    let outcome: EventResultT = { eventId: o.event.eventId, status: 'accepted' }
    const e = o.event
    if (e.type === 'weigh') outcome = await weighForPickup(req, o.device, e)
    if (e.type === 'fill')
      for (const l of e.levels) {
        // Only the bin's own compartments; the time in UTC, as every stored time.
        if (!o.device.compartments.some((c) => c.number === l.compartment)) continue
        state.fills.set(l.compartment, l.percent)
        fillRows.push({
          bin: o.device.id,
          compartment: l.compartment,
          percent: l.percent,
          at: new Date(e.occurredAt).toISOString(),
        })
      }
    if (e.type === 'heartbeat') {
      state.telemetry = {
        signal: e.signal,
        voltage: e.voltage,
        battery: e.battery,
        temperature: e.temperature,
        at: e.occurredAt,
      }
      if (e.firmware) state.firmware = e.firmware
    }
    if (e.type === 'alarm' || e.type === 'fault') {
      const kind = alertKind(e.type, e.kind)
      if (e.cleared)
        await clearAlert(req, {
          bin: o.device.id,
          kind,
          resolution: `设备报告已恢复（${formatShanghai(e.occurredAt)}）${e.detail ? `：${e.detail}` : ''}`,
          at: e.occurredAt,
        })
      else
        await raiseAlert(req, {
          bin: o.device.id,
          kind,
          at: e.occurredAt,
          detail: e.detail,
        })
    }
    results[o.job]![o.index] = outcome
    seen.set(o.key, { fingerprint: print, outcome })
    newReceipts.push({ key: o.key, fingerprint: print, outcome })
  }
  if (newReceipts.length) await insertRows(req, 'device-receipts', newReceipts, kind)
  if (fillRows.length) await insertRows(req, 'fill-readings', fillRows, kind)
  /** Bins whose state or fill changed: their "needs attention" mark is recomputed below (alerts do it themselves). */
  const attentionChanged = new Set<number | string>()

  // 3. Each bin that spoke: last seen, back online, fill levels and telemetry. "Last seen" is
  //    written at most every LAST_SEEN_EVERY_MS per bin: offline detection works in minutes.
  for (const { device, fills, telemetry, firmware } of binState.values()) {
    const stale = Date.now() - (lastSeenWritten.get(device.deviceId) ?? 0) > LAST_SEEN_EVERY_MS
    if (!stale && !fills.size && !telemetry && !firmware && device.status !== 'offline') continue
    lastSeenWritten.set(device.deviceId, Date.now())
    const data: Record<string, unknown> = { lastSeenAt: now }
    if (fills.size) {
      const bin = await payload.findByID({ collection: 'bins', id: device.id, depth: 0, req, overrideAccess: true })
      const compartments = (bin.compartments ?? []).map((c) => ({
        ...c,
        fillPercent: fills.get(c.number) ?? c.fillPercent ?? 0,
      }))
      data.compartments = compartments
      const full = compartments.some((c) => (c.fillPercent ?? 0) >= 100)
      if (bin.status !== 'disabled') data.status = full ? 'full' : 'online'
      const fullOnes = compartments.filter((c) => (c.fillPercent ?? 0) >= 100).map((c) => c.number)
      // Full or not, from the compartments before and after (the bin's status may say offline meanwhile).
      const wasFull = (bin.compartments ?? []).some((c) => (c.fillPercent ?? 0) >= 100)
      if (full && !wasFull)
        await raiseAlert(req, {
          bin: device.id,
          kind: 'full',
          at: now,
          detail: `第 ${fullOnes.join('、')} 号箱格已满`,
        })
      if (!full && wasFull)
        await clearAlert(req, { bin: device.id, kind: 'full', resolution: `箱格已清空（${formatShanghai(now)}）` })
    } else if (device.status === 'offline') {
      data.status = 'online'
    }
    if (device.status === 'offline')
      await clearAlert(req, { bin: device.id, kind: 'offline', resolution: `设备恢复通信（${formatShanghai(now)}）` })
    if (telemetry) data.telemetry = telemetry
    if (firmware) data.firmware = firmware
    if (fills.size) {
      // Array rows need the full document write of the Local API; the rest is a plain column update.
      await payload.update({ collection: 'bins', id: device.id, data, req, overrideAccess: true, depth: 0 })
    } else {
      await payload.db.updateOne({ collection: 'bins', id: device.id, data, req, returning: false })
    }
    if (fills.size || data.status) forgetDevice(device.deviceId)
    if (fills.size || data.status) attentionChanged.add(device.id)
  }
  if (attentionChanged.size) await refreshAttention(req, [...attentionChanged])

  // 4. The raw log: one row per request, with its outcome.
  const logRows = jobs.map((job, j) =>
    job.kind === 'log'
      ? { receivedAt: now, ...job.row }
      : {
          receivedAt: now,
          deviceId: job.device.deviceId,
          bin: job.device.id,
          endpoint: 'events',
          status: 200,
          events: job.events.length,
          body: job.body,
          response: { results: results[j] },
        },
  )
  await insertRows(req, 'device-events', logRows, kind)
  return results
}

type Pending = { job: Job; resolve: (r: EventResultT[] | null) => void; reject: (e: unknown) => void }
const size = (job: Job) => (job.kind === 'events' ? job.events.length : 1)

/** Coalesces concurrent requests into shared transactions (one process; SQLite serialises anyway). */
export class Batcher {
  private queue: Pending[] = []
  private running = false

  constructor(
    private readonly payload: Payload,
    private readonly maxEvents = 2000,
  ) {}

  submit(job: Job): Promise<EventResultT[] | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject })
      void this.drain()
    })
  }

  private async drain(): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      while (this.queue.length) {
        const take: Pending[] = []
        let n = 0
        while (this.queue.length && (take.length === 0 || n + size(this.queue[0]!.job) <= this.maxEvents)) {
          const next = this.queue.shift()!
          take.push(next)
          n += size(next.job)
        }
        await this.run(take)
      }
    } finally {
      this.running = false
    }
  }

  private async run(items: Pending[]): Promise<void> {
    try {
      const results = await inTransaction(this.payload, (req) =>
        runJobs(
          req,
          items.map((i) => i.job),
        ),
      )
      items.forEach((item, n) => item.resolve(results[n] ?? null))
    } catch (err) {
      if (items.length === 1) return items[0]!.reject(err)
      for (const item of items) {
        try {
          const [result] = await inTransaction(this.payload, (req) => runJobs(req, [item.job]))
          item.resolve(result ?? null)
        } catch (e) {
          item.reject(e)
        }
      }
    }
  }
}
