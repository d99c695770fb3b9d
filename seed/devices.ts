/**
 * Seeds the demo district's smart bins and gift machine. Device secrets are shown only once,
 * so the seed keeps the demo ones in DATA_DIR/demo-devices.json (owner-only) for the device
 * simulator (`npm run simulate`). Idempotent: bins are found by device id.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { dataDir, env } from '../config/env'

type Kind = 'recyclables-4' | 'hazardous' | 'two-category' | 'gift-machine'
const FOUR = ['paper', 'plastic', 'metal', 'glass'] as const

export const DEMO_BINS: Array<{
  deviceId: string
  site: string
  kind: Kind
  lat: number
  lng: number
  costFen: number
  audience?: 'residents' | 'offices' | 'both'
}> = [
  {
    deviceId: 'CXN-BIN-01',
    site: '城小区南区',
    kind: 'recyclables-4',
    lat: 31.3796,
    lng: 118.4009,
    costFen: 3_680_000,
  },
  {
    deviceId: 'CXN-BIN-02',
    site: '城小区南区',
    kind: 'recyclables-4',
    lat: 31.3791,
    lng: 118.4016,
    costFen: 3_680_000,
  },
  { deviceId: 'CXN-BIN-03', site: '城小区南区', kind: 'two-category', lat: 31.3799, lng: 118.4021, costFen: 2_150_000 },
  { deviceId: 'CXN-BIN-04', site: '城小区南区', kind: 'hazardous', lat: 31.3788, lng: 118.4004, costFen: 1_260_000 },
  {
    deviceId: 'CXN-GIFT-01',
    site: '城小区南区',
    kind: 'gift-machine',
    lat: 31.3793,
    lng: 118.4011,
    costFen: 2_800_000,
  },
  {
    deviceId: 'SZF-BIN-01',
    site: '市政府',
    kind: 'recyclables-4',
    lat: 31.3527,
    lng: 118.4333,
    costFen: 3_680_000,
    audience: 'offices',
  },
  {
    deviceId: 'QZF-BIN-01',
    site: '区政府',
    kind: 'recyclables-4',
    lat: 31.3862,
    lng: 118.3963,
    costFen: 3_680_000,
    audience: 'offices',
  },
  {
    deviceId: 'DGC-BIN-01',
    site: '大拐村分类示范点',
    kind: 'two-category',
    lat: 31.4268,
    lng: 118.3216,
    costFen: 2_150_000,
  },
]

function compartments(kind: Kind) {
  if (kind === 'recyclables-4') return FOUR.map((category, i) => ({ number: i + 1, category, capacityLitres: 240 }))
  if (kind === 'two-category')
    return [
      { number: 1, category: 'kitchen' as const, capacityLitres: 240 },
      { number: 2, category: 'other' as const, capacityLitres: 240 },
    ]
  if (kind === 'hazardous') return [{ number: 1, category: 'hazardous' as const, capacityLitres: 60 }]
  return []
}

export const demoDevicesFile = () => path.join(dataDir(), 'demo-devices.json')

export async function seedDevices(payload: Payload): Promise<number> {
  const file = demoDevicesFile()
  const saved: { devices: Array<{ deviceId: string; secret: string; compartments: number }> } = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : { devices: [] }
  let created = 0
  for (const b of DEMO_BINS) {
    const exists = await payload.count({ collection: 'bins', where: { deviceId: { equals: b.deviceId } } })
    if (exists.totalDocs) continue
    const site = (await payload.find({ collection: 'sites', where: { name: { equals: b.site } }, limit: 1 })).docs[0]
    if (!site) continue
    const bin = (await payload.create({
      collection: 'bins',
      data: {
        deviceId: b.deviceId,
        kind: b.kind,
        vendor: b.kind === 'gift-machine' ? '江淮智能' : '绿源环保科技',
        model: b.kind === 'gift-machine' ? 'GX-200' : b.kind === 'hazardous' ? 'YH-60' : 'LY-S4',
        firmware: '2.4.0',
        status: 'offline',
        audience: b.audience ?? 'both',
        site: site.id,
        latitude: b.lat,
        longitude: b.lng,
        compartments: compartments(b.kind),
        commissionedAt: '2026-03-15T00:00:00.000Z',
        costFen: b.costFen,
      },
    })) as { deviceId: string; newSecret?: string }
    saved.devices = saved.devices
      .filter((d) => d.deviceId !== b.deviceId)
      .concat({ deviceId: bin.deviceId, secret: bin.newSecret!, compartments: compartments(b.kind).length })
    created++
  }
  // Production never writes device secrets to disk (they are shown once, to the admin who registers a bin).
  if (created && env.NODE_ENV !== 'production') fs.writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 })
  return created
}
