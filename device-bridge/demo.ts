/**
 * The living demo: in development, `npm start` has the demo bins speak to the bridge gently, the way real ones do
 * — signed requests over HTTP with their own secrets (DATA_DIR/demo-devices.json): a heartbeat each minute, a card
 * drop every few seconds somewhere, fill levels rising with the drops until a compartment is full (then, a while
 * later, emptied by the collection), and now and then a fault that clears itself a few minutes on. A newcomer sees
 * bins online, fill levels moving, drops arriving and an occasional alarm become a work order. 运营设置 →
 * 「开发演示」 turns it off (checked every tick); DEMO_SIMULATOR=false keeps it from starting.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import { ALARM_KINDS, FAULT_KINDS } from '../domain/devices/bins'
import { prng } from '../domain/shared/random'
import { sendSigned, type DeviceCredentials } from './client'

export type DemoDevice = DeviceCredentials & { compartments: number }

/** One demo bin's voice: its events, numbered so that none repeats an earlier id. */
export class DemoBin {
  private seq = 0
  constructor(
    readonly device: DemoDevice,
    private readonly base: string,
  ) {}

  private id(kind: string) {
    return `demo-${kind}-${Date.now().toString(36)}-${++this.seq}`
  }

  send(events: Array<Record<string, unknown>>) {
    const occurredAt = new Date().toISOString()
    return sendSigned(this.base, this.device, 'events', {
      events: events.map((e) => ({ eventId: this.id(String(e.type)), occurredAt, ...e })),
    })
  }

  heartbeat() {
    return this.send([{ type: 'heartbeat', signal: -70, battery: 96, temperature: 18 }])
  }
  drop(card: string, compartment: number, grams: number) {
    return this.send([{ type: 'drop', card, compartment, grams }])
  }
  fill(levels: Array<{ compartment: number; percent: number }>) {
    return this.send([{ type: 'fill', levels }])
  }
  /** An alarm or a fault (`fault-door` style kinds are faults); `cleared` reports it over. */
  alarm(kind: string, o: { detail?: string; cleared?: boolean } = {}) {
    const fault = kind.startsWith('fault-')
    return this.send([{ type: fault ? 'fault' : 'alarm', kind: fault ? kind.slice(6) : kind, ...o }])
  }
}

/** The demo devices the seed kept (none: the database was not seeded by this development server). */
export function readDemoDevices(file: string): DemoDevice[] {
  if (!fs.existsSync(file)) return []
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { devices: DemoDevice[] }
  return saved.devices.filter((d) => d.compartments > 0)
}

const TICK_MS = 4000
/** Card numbers of the demo pilots: a bin's site prefix (CXN-BIN-01 → CXN000001 …). */
const cardFor = (deviceId: string, n: number) => `${deviceId.split('-')[0]}${String(n).padStart(6, '0')}`

export function startDemoTraffic(
  payload: Payload,
  base: string,
  devices: DemoDevice[],
  o: { tickMs?: number } = {},
): () => void {
  const bins = devices.map((d) => new DemoBin(d, base))
  const random = prng(Date.now() % 100_000)
  const fills = new Map<string, number[]>()
  const fullSince = new Map<string, number>()
  const faults: Array<{ bin: DemoBin; kind: string; clearAt: number }> = []
  let lastBeat = 0
  let stopped = false
  let busy = false

  const enabled = async () => {
    const s = await payload.findGlobal({ slug: 'operations-settings', depth: 0 })
    return s.demoSimulator !== false
  }
  const levelsOf = async (bin: DemoBin) => {
    if (!fills.has(bin.device.deviceId)) {
      const found = await payload.find({
        collection: 'bins',
        where: { deviceId: { equals: bin.device.deviceId } },
        depth: 0,
        limit: 1,
      })
      const comps = found.docs[0]?.compartments ?? []
      fills.set(
        bin.device.deviceId,
        Array.from({ length: bin.device.compartments }, (_, i) => comps[i]?.fillPercent ?? 0),
      )
    }
    return fills.get(bin.device.deviceId)!
  }

  const tick = async () => {
    if (!(await enabled())) return
    const now = Date.now()
    if (now - lastBeat > 60_000) {
      lastBeat = now
      for (const bin of bins) await bin.heartbeat()
    }
    // A drop at one bin, its compartment filling a little.
    const bin = bins[Math.floor(random() * bins.length)]!
    const levels = await levelsOf(bin)
    const c = Math.floor(random() * levels.length)
    const key = `${bin.device.deviceId}:${c}`
    if (levels[c]! < 100) {
      await bin.drop(
        cardFor(bin.device.deviceId, 1 + Math.floor(random() * 48)),
        c + 1,
        200 + Math.floor(random() * 1800),
      )
      levels[c] = Math.min(100, levels[c]! + 1 + Math.floor(random() * 4))
      await bin.fill([{ compartment: c + 1, percent: levels[c]! }])
      if (levels[c] === 100) fullSince.set(key, now)
    }
    // Full compartments are emptied by the collection a few minutes later.
    for (const [k, since] of fullSince)
      if (now - since > 5 * 60_000) {
        const [deviceId, n] = k.split(':')
        const full = bins.find((b) => b.device.deviceId === deviceId)!
        const l = await levelsOf(full)
        l[Number(n)] = 3
        await full.fill([{ compartment: Number(n) + 1, percent: 3 }])
        fullSince.delete(k)
      }
    // Now and then a fault (or a water alarm) that clears itself some minutes later.
    if (random() < 1 / 150 && !faults.length) {
      const kind = random() < 0.7 ? `fault-${FAULT_KINDS[Math.floor(random() * 2) + 1]}` : ALARM_KINDS[3] /* water */
      await bin.alarm(kind, { detail: '演示：模拟设备上报' })
      faults.push({ bin, kind, clearAt: now + (3 + Math.floor(random() * 5)) * 60_000 })
    }
    for (const f of [...faults])
      if (now >= f.clearAt) {
        await f.bin.alarm(f.kind, { cleared: true, detail: '演示：故障已自行恢复' })
        faults.splice(faults.indexOf(f), 1)
      }
  }

  const timer = setInterval(() => {
    if (busy || stopped) return
    busy = true
    tick()
      .catch((err) => payload.logger.warn({ err, msg: 'Demo traffic: a tick failed (it goes on).' }))
      .finally(() => (busy = false))
  }, o.tickMs ?? TICK_MS)
  timer.unref()
  return () => {
    stopped = true
    clearInterval(timer)
  }
}
