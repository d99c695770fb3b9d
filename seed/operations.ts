/**
 * The demo district's operations: where its waste goes (five facilities) and a month of its store —
 * recyclables in from the bins and sold, hazardous waste in sealed containers and out on a manifest.
 * Idempotent: nothing is added when the facilities exist.
 */
import type { Payload } from 'payload'

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
  return facilities.length + moves.length
}
