/**
 * The demo district's operations: where its waste goes (five facilities) and a month of its store —
 * recyclables in from the bins and sold, hazardous waste in sealed containers and out on a manifest.
 * Idempotent: nothing is added when the facilities exist.
 */
import type { Payload } from 'payload'

import { shiftAt } from '../domain/operations/workOrders'
import { prng } from '../domain/shared/random'
import { shanghaiDay, shanghaiDayStart } from '../shared/time'
import { raiseAlert } from '../collections/devices/Alerts/raise'
import { insertRows, writerFor } from '../db/bulk'
import { inTransaction } from '../shared/transaction'

const facilities = [
  { name: '芜湖市餐厨垃圾处理厂', kind: 'kitchen-plant' as const, address: '三山经济开发区' },
  { name: '区生活垃圾转运站', kind: 'transfer-station' as const, address: '湾里街道环卫路 8 号' },
  { name: '芜湖市生活垃圾焚烧发电厂', kind: 'incineration' as const, address: '繁昌区荻港镇' },
  { name: '芜湖再生资源回收有限公司', kind: 'recycling' as const, address: '鸠江经济开发区' },
  {
    name: '安徽省危险废物处置中心',
    kind: 'hazardous-centre' as const,
    address: '合肥市循环经济示范园',
    licence: '皖危废经许 0001 号',
  },
]

export async function seedOperations(payload: Payload): Promise<number> {
  if ((await payload.count({ collection: 'facilities' })).totalDocs) return 0
  const ids: Record<string, number> = {}
  for (const f of facilities) ids[f.kind] = (await payload.create({ collection: 'facilities', data: f })).id
  const moves = [
    { material: 'paper' as const, direction: 'in' as const, grams: 1_250_000, source: '城小区南区 四分类箱（11 月）' },
    { material: 'plastic' as const, direction: 'in' as const, grams: 430_000, source: '城小区南区 四分类箱（11 月）' },
    { material: 'metal' as const, direction: 'in' as const, grams: 180_000, source: '机关四分类箱（11 月）' },
    { material: 'glass' as const, direction: 'in' as const, grams: 260_000, source: '机关四分类箱（11 月）' },
    {
      material: 'paper' as const,
      direction: 'sale' as const,
      grams: 800_000,
      facility: ids.recycling,
      pricePerKgFen: 135,
    },
    {
      material: 'plastic' as const,
      direction: 'sale' as const,
      grams: 300_000,
      facility: ids.recycling,
      pricePerKgFen: 90,
    },
    {
      material: 'hazardous-battery' as const,
      direction: 'in' as const,
      grams: 46_500,
      containers: [
        { containerNo: 'HW-2026-031', grams: 24_000 },
        { containerNo: 'HW-2026-032', grams: 22_500 },
      ],
      source: '有害垃圾箱（四季度）',
    },
    {
      material: 'hazardous-lamp' as const,
      direction: 'in' as const,
      grams: 12_800,
      containers: [{ containerNo: 'HW-2026-033', grams: 12_800 }],
      source: '有害垃圾箱（四季度）',
    },
    {
      material: 'hazardous-battery' as const,
      direction: 'transfer' as const,
      grams: 46_500,
      facility: ids['hazardous-centre'],
      manifestNo: '3402072026000118',
    },
  ]
  for (const m of moves) await payload.create({ collection: 'stock-movements', data: m })
  // Which shifts each site expects, and yesterday's runs.
  const sites = await payload.find({ collection: 'sites', pagination: false, depth: 0 })
  const byName = new Map(sites.docs.map((s) => [s.name, s.id]))
  for (const s of sites.docs)
    await payload.update({
      collection: 'sites',
      id: s.id,
      data: { expectedShifts: s.kind === 'residential' ? ['morning', 'evening'] : ['morning'] },
    })
  const yesterday = new Date(Date.now() - 86_400_000).toISOString()
  const served = ['城小区南区', '湾里实验小学', '市政府', '区政府'].map((n) => byName.get(n)!).filter(Boolean)
  await payload.create({
    collection: 'collection-runs',
    data: {
      day: yesterday,
      shift: 'morning',
      truck: 'kitchen',
      sites: served,
      grams: 3_860_000,
      destination: ids['kitchen-plant']!,
    },
  })
  await payload.create({
    collection: 'collection-runs',
    data: {
      day: yesterday,
      shift: 'evening',
      truck: 'other',
      sites: [byName.get('城小区南区')!],
      grams: 2_140_000,
      destination: ids['transfer-station']!,
    },
  })
  // Door-to-door pickups: the coming week's slots, mornings and afternoons, eight households each.
  let slots = 0
  const today = shanghaiDay(new Date())
  for (let d = 1; d <= 7; d++) {
    const day = shanghaiDay(new Date(shanghaiDayStart(today).getTime() + d * 86_400_000 + 3600_000))
    for (const [from, to] of [
      ['09:00', '11:00'],
      ['14:00', '16:00'],
    ]) {
      await payload.create({
        collection: 'pickup-slots',
        data: {
          startsAt: new Date(`${day}T${from}:00+08:00`).toISOString(),
          endsAt: new Date(`${day}T${to}:00+08:00`).toISOString(),
          capacity: 8,
          area: '城小区南区、湾里街道',
        },
      })
      slots++
    }
  }
  return facilities.length + moves.length + slots
}

/**
 * Bin care: the work orders' time limits, the inspectors' shifts for today and tomorrow, two weeks of fill reports
 * (rising faster at weekends, emptied by the morning run once past 85 %; the forecast follows the points), one open order
 * from an alert, one from an inspection and one closed with its result.
 */
export async function seedBinCare(payload: Payload): Promise<number> {
  if ((await payload.count({ collection: 'fill-readings' })).totalDocs) return 0
  await payload.updateGlobal({
    slug: 'operations-settings',
    data: {
      reminderMinutes: 30,
      sla: [
        { kind: 'smoke', level1Minutes: 30, level2Minutes: 60, level3Minutes: 120, overallHours: 4 },
        { kind: 'full', level1Minutes: 120, level2Minutes: 240, level3Minutes: 480, overallHours: 12 },
        { kind: 'offline', level1Minutes: 240, level2Minutes: 480, level3Minutes: 1440, overallHours: 48 },
      ],
    },
  })
  const operators = await payload.find({ collection: 'users', where: { role: { equals: 'operator' } }, depth: 0 })
  let created = 0
  if (operators.docs.length)
    for (const offset of [0, 1])
      for (const shift of ['day', 'night'] as const) {
        await payload.create({
          collection: 'inspector-shifts',
          data: {
            // From the shift on duty now (at 03:00 that is the night shift that began yesterday).
            day: new Date(shanghaiDayStart(shiftAt(new Date()).day).getTime() + offset * 86_400_000).toISOString(),
            shift,
            inspectors: operators.docs.map((u) => u.id),
          },
        })
        created++
      }

  const bins = await payload.find({
    collection: 'bins',
    where: { kind: { not_equals: 'gift-machine' } },
    pagination: false,
    depth: 0,
  })
  const random = prng(20261201)
  const rows: Record<string, unknown>[] = []
  const now = Date.now()
  const STEP = 2 * 3600_000
  for (const bin of bins.docs) {
    const compartments = bin.compartments ?? []
    for (const c of compartments) {
      let level = Math.floor(random() * 30)
      for (let at = now - 14 * 86_400_000; at <= now; at += STEP) {
        const shanghai = new Date(at + 8 * 3600_000)
        const weekend = shanghai.getUTCDay() === 0 || shanghai.getUTCDay() === 6
        const hour = shanghai.getUTCHours()
        if (hour >= 7 && hour <= 21) level = Math.min(100, level + Math.round((weekend ? 5 : 3) * (0.5 + random())))
        if (hour >= 5 && hour < 7 && level >= 85) level = 3
        // 大拐村's other-waste compartment: someone has been tipping bags in at night without a card.
        if (bin.deviceId === 'DGC-BIN-01' && c.number === 2 && now - at < 86_400_000 && (hour >= 22 || hour < 5))
          level = Math.min(100, level + 10)
        rows.push({ bin: bin.id, compartment: c.number, percent: level, at: new Date(at).toISOString() })
      }
    }
  }
  await inTransaction(payload, (req) => insertRows(req, 'fill-readings', rows, writerFor(req)))
  for (const bin of bins.docs) {
    const last = new Map(rows.filter((r) => r.bin === bin.id).map((r) => [r.compartment, r.percent as number]))
    await payload.update({
      collection: 'bins',
      id: bin.id,
      data: { compartments: (bin.compartments ?? []).map((c) => ({ ...c, fillPercent: last.get(c.number) ?? 0 })) },
      depth: 0,
    })
  }

  const bin = (deviceId: string) => bins.docs.find((b) => b.deviceId === deviceId)!
  await inTransaction(payload, (req) =>
    raiseAlert(req, {
      bin: bin('CXN-BIN-02').id,
      kind: 'fault-scale',
      at: new Date(now - 40 * 60_000).toISOString(),
      detail: '称重模块读数漂移（空箱显示 0.3 kg）',
    }),
  )
  await payload.create({
    collection: 'bin-logs',
    data: { bin: bin('DGC-BIN-01').id, kind: 'inspection', outcome: 'problem', note: '其他垃圾投口卡滞，需更换铰链' },
  })
  await payload.create({
    collection: 'bin-logs',
    data: { bin: bin('CXN-BIN-01').id, kind: 'cleaning', outcome: 'ok', note: '箱体及地面已冲洗' },
  })
  const done = await payload.create({
    collection: 'work-orders',
    data: {
      source: 'manual',
      kind: 'other',
      status: 'open',
      bin: bin('QZF-BIN-01').id,
      description: '箱体侧面宣传贴纸破损',
    },
  })
  await payload.update({
    collection: 'work-orders',
    id: done.id,
    data: { status: 'closed', result: '已更换宣传贴纸，箱体清洁完毕' },
  })
  return created + rows.length + 5
}
