/**
 * Registered devices as the bridge needs them (secret opened), cached for a few seconds so a
 * request costs no query. A save in this process forgets the device at once (a rotated secret
 * stops working immediately); other bridge processes see it within the cache time.
 */
import type { Payload } from 'payload'

import { env } from '../../../config/env'
import { refId } from '../../../shared/refs'
import { openSecret } from '../../../domain/devices/deviceAuth'
import type { Category } from '../../../domain/points/points'
import { processWide } from '../../../shared/processWide'

export type Device = {
  id: number | string
  deviceId: string
  kind: string
  status: string
  audience: 'residents' | 'offices' | 'both'
  site: number | string | null
  /** The sites whose cards it takes: its own and those an admin lets share it. */
  sites: Array<number | string>
  commissionedAt: string | null
  secret: string | null
  compartments: { number: number; category: Category; fillPercent: number }[]
}

const TTL_MS = 5_000
/** Bounded: a flood of made-up device ids cannot grow it (the least recently used entry goes first). */
export const deviceCacheLimit = (): number => env.BRIDGE_DEVICE_CACHE_MAX
type Entry = { at: number; device: Device | null }
/** One per process, shared with Next's copy of this module (shared/processWide.ts). */
const cache = (): Map<string, Entry> => processWide('devices.cache', () => new Map<string, Entry>())

/** How many devices the cache holds (for tests and health checks). */
export const cachedDevices = (): number => cache().size

/** Lookups under way: a burst from one device after its entry expired costs one query, not one per request. */
const inFlight = (): Map<string, Promise<Device | null>> =>
  processWide('devices.inFlight', () => new Map<string, Promise<Device | null>>())

export function forgetDevice(deviceId: string | undefined | null): void {
  if (!deviceId) return
  cache().delete(deviceId)
  // A lookup that started before the save may have read the old row: it answers its callers but is not kept.
  inFlight().delete(deviceId)
}

export async function getDevice(payload: Payload, deviceId: string): Promise<Device | null> {
  const hit = cache().get(deviceId)
  if (hit && Date.now() - hit.at < TTL_MS) {
    cache().delete(deviceId)
    cache().set(deviceId, hit)
    return hit.device
  }
  const pending = inFlight().get(deviceId)
  if (pending) return pending
  const lookup = readDevice(payload, deviceId)
  inFlight().set(deviceId, lookup)
  try {
    const device = await lookup
    if (inFlight().get(deviceId) === lookup) {
      cache().delete(deviceId)
      cache().set(deviceId, { at: Date.now(), device })
      while (cache().size > deviceCacheLimit()) cache().delete(cache().keys().next().value as string)
    }
    return device
  } finally {
    if (inFlight().get(deviceId) === lookup) inFlight().delete(deviceId)
  }
}

async function readDevice(payload: Payload, deviceId: string): Promise<Device | null> {
  const found = await payload.find({
    collection: 'bins',
    where: { deviceId: { equals: deviceId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const bin = found.docs[0]
  const device: Device | null = bin
    ? {
        id: bin.id,
        deviceId: bin.deviceId,
        kind: bin.kind,
        status: bin.status,
        audience: bin.audience ?? 'both',
        site: refId(bin.site),
        sites: [refId(bin.site), ...(bin.servesSites ?? []).map((s) => refId(s))].filter(
          (s): s is number => s !== null && s !== undefined,
        ),
        commissionedAt: bin.commissionedAt ?? null,
        secret: bin.secretSealed ? openSecret(bin.secretSealed, payload.secret) : null,
        compartments: (bin.compartments ?? []).map((c) => ({
          number: c.number,
          category: c.category as Category,
          fillPercent: c.fillPercent ?? 0,
        })),
      }
    : null
  return device
}
