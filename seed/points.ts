/**
 * Seeds the points side of the demo district: the rules, rewards, a few thousand cards on the
 * pilot sites, 30 days of weighed drops (through the same `recordDrops` path the bridge uses),
 * some redemptions, inspections and follow-ups. Deterministic and idempotent: cards are found
 * by number, drops and redemptions by their keys, so a second run adds nothing.
 */
import type { Payload } from 'payload'

import { DEFAULT_RULES, type Category } from '../domain/points/points'
import { shanghaiDayStart, shanghaiDay } from '../shared/time'
import { recordDrops, type DropInput } from '../collections/points/drops'
import { inTransaction } from '../shared/transaction'
import { hash, prng } from '../domain/shared/random'

/** A number from a string (FNV-1a), to seed a card's own random stream. */
export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'
const GIVEN = [
  '秀英',
  '桂英',
  '建华',
  '志强',
  '海燕',
  '玉兰',
  '国庆',
  '红梅',
  '丽娟',
  '文军',
  '春花',
  '德明',
  '晓东',
  '金凤',
  '永刚',
  '美玲',
  '子涵',
  '雨轩',
  '浩然',
  '欣怡',
]
const OFFICES = [
  '办公室',
  '财政局',
  '教育局',
  '民政局',
  '人社局',
  '住建局',
  '城管局',
  '生态环境分局',
  '卫健委',
  '市场监管局',
  '农业农村局',
  '统计局',
  '审计局',
  '信访局',
  '档案馆',
  '机关事务中心',
]

export type PilotPlan = {
  site: string
  prefix: string
  count: number
  holderKind: 'household' | 'office'
  channel: 'booth' | 'event' | 'door-to-door'
}

export const PILOTS: PilotPlan[] = [
  { site: '城小区南区', prefix: 'CXN', count: 2400, holderKind: 'household', channel: 'door-to-door' },
  { site: '大拐村分类示范点', prefix: 'DGC', count: 600, holderKind: 'household', channel: 'booth' },
  { site: '市政府', prefix: 'SZF', count: 64, holderKind: 'office', channel: 'event' },
  { site: '区政府', prefix: 'QZF', count: 48, holderKind: 'office', channel: 'event' },
]

const REWARDS = [
  { name: '抵扣物业费 10 元', kind: 'fee-deduction' as const, feeFen: 1000, audience: 'residents' as const },
  { name: '洗衣液 1kg', kind: 'goods' as const, pointsCost: 300, audience: 'residents' as const, stock: 400 },
  { name: '抽纸（一提）', kind: 'goods' as const, pointsCost: 150, audience: 'residents' as const, stock: 800 },
  { name: '环保购物袋', kind: 'goods' as const, pointsCost: 60, audience: 'both' as const, stock: 1000 },
  {
    name: 'A4 复印纸（一包）',
    kind: 'office-supplies' as const,
    pointsCost: 200,
    audience: 'offices' as const,
    stock: 200,
  },
  { name: '光荣榜', kind: 'honour' as const, audience: 'offices' as const },
  { name: '流动红旗', kind: 'honour' as const, audience: 'offices' as const },
]

const HOUSEHOLD_MIX: Array<[Category, number, number]> = [
  // category, share, typical grams
  ['kitchen', 0.5, 900],
  ['other', 0.2, 700],
  ['paper', 0.12, 1500],
  ['plastic', 0.1, 400],
  ['metal', 0.04, 300],
  ['glass', 0.03, 800],
  ['hazardous', 0.01, 150],
]
const OFFICE_MIX: Array<[Category, number, number]> = [
  ['paper', 0.45, 4000],
  ['plastic', 0.2, 800],
  ['kitchen', 0.2, 3000],
  ['metal', 0.1, 600],
  ['hazardous', 0.05, 300],
]

function pick<T>(rand: () => number, mix: Array<[T, number, number]>): [T, number] {
  let r = rand()
  for (const [value, share, grams] of mix) {
    if ((r -= share) <= 0) return [value, grams]
  }
  return [mix[0]![0], mix[0]![2]]
}

export type PointsSeedReport = {
  cards: number
  drops: number
  redemptions: number
  checks: number
  ms: Record<string, number>
}

export async function seedPoints(payload: Payload, days = 30): Promise<PointsSeedReport> {
  const report: PointsSeedReport = { cards: 0, drops: 0, redemptions: 0, checks: 0, ms: {} }
  let lap = performance.now()
  const phase = (name: string) => {
    report.ms[name] = Math.round(performance.now() - lap)
    lap = performance.now()
  }
  const rules = await payload.findGlobal({ slug: 'point-rules' })
  if (!rules.revision) {
    await payload.updateGlobal({
      slug: 'point-rules',
      data: { ...DEFAULT_RULES, effectiveFrom: '2026-01-01T00:00:00.000Z' },
    })
  }
  const rewardIds = new Map<string, number>()
  for (const r of REWARDS) {
    const found = await payload.find({ collection: 'rewards', where: { name: { equals: r.name } }, limit: 1 })
    const doc = found.docs[0] ?? (await payload.create({ collection: 'rewards', data: { ...r, active: true } }))
    rewardIds.set(r.name, doc.id)
  }

  const rand = prng(20261129)
  const today = shanghaiDay(new Date())
  const firstDay = shanghaiDayStart(today).getTime() - days * 86_400_000
  const cards: Array<{ id: number; number: string; kind: 'household' | 'office'; zeal: number; site: string }> = []
  for (const pilot of PILOTS) {
    const site = (await payload.find({ collection: 'sites', where: { name: { equals: pilot.site } }, limit: 1 }))
      .docs[0]
    if (!site) continue
    const numbers = Array.from({ length: pilot.count }, (_, i) => `${pilot.prefix}${String(i + 1).padStart(6, '0')}`)
    const existing = await payload.find({
      collection: 'cards',
      where: { cardNumber: { in: numbers } },
      pagination: false,
      depth: 0,
      select: { cardNumber: true },
    })
    const have = new Map(existing.docs.map((c) => [c.cardNumber, c.id]))
    await inTransaction(payload, async (req) => {
      for (const [i, cardNumber] of numbers.entries()) {
        // Each card has its own random stream, so a second run sees the very same card.
        const own = prng(hash(cardNumber))
        // Zeal: how often this household sorts. Two in five never came after the card was issued.
        const zeal = own() < 0.4 ? 0 : 0.15 + own() * 0.8
        let id = have.get(cardNumber)
        if (id === undefined) {
          const surname = SURNAMES[Math.floor(own() * SURNAMES.length)]!
          const given = GIVEN[Math.floor(own() * GIVEN.length)]!
          const office = pilot.holderKind === 'office'
          const doc = await payload.create({
            collection: 'cards',
            data: {
              cardNumber,
              status: 'active',
              holderKind: pilot.holderKind,
              holderName: office ? `${pilot.site}${OFFICES[i % OFFICES.length]}` : `${surname}${given}`,
              officeName: office
                ? `${pilot.site}${OFFICES[i % OFFICES.length]}${i >= OFFICES.length ? `（${Math.floor(i / OFFICES.length) + 1}）` : ''}`
                : undefined,
              phone: office ? undefined : `13${String(Math.floor(own() * 1e9)).padStart(9, '0')}`,
              building: office ? undefined : String(1 + Math.floor(i / 48)),
              unit: office ? undefined : String(1 + (Math.floor(i / 16) % 3)),
              room: office ? undefined : `${1 + (Math.floor(i / 2) % 8)}0${1 + (i % 2)}`,
              site: site.id,
              channel: pilot.channel,
              issuedAt: new Date(firstDay - (10 + Math.floor(own() * 60)) * 86_400_000).toISOString(),
            },
            req,
            depth: 0,
          })
          id = doc.id
          report.cards++
        }
        cards.push({ id, number: cardNumber, kind: pilot.holderKind, zeal, site: pilot.site })
      }
    })
  }

  phase('cards')
  // 30 days of drops, sent in batches through the bridge's own path.
  const batch: DropInput[] = []
  const flush = async () => {
    if (!batch.length) return
    const outcomes = await recordDrops(payload, batch.splice(0), { history: true })
    report.drops += outcomes.filter((o) => o.status === 'accepted').length
  }
  for (let d = 0; d < days; d++) {
    const dayStart = firstDay + d * 86_400_000
    const day = shanghaiDay(new Date(dayStart))
    for (const card of cards) {
      const rand = prng(hash(`${card.number}:${day}`))
      const visits = card.kind === 'office' ? (rand() < 0.8 ? 2 : 1) : rand() < card.zeal ? (rand() < 0.3 ? 2 : 1) : 0
      for (let v = 0; v < visits; v++) {
        const [category, typical] = pick(rand, card.kind === 'office' ? OFFICE_MIX : HOUSEHOLD_MIX)
        const grams = Math.max(30, Math.round(typical * (0.4 + rand() * 1.2)))
        // Between 06:30 and 21:30 Shanghai time.
        const at = new Date(dayStart + (6.5 + rand() * 15) * 3_600_000)
        batch.push({
          card: card.id,
          category,
          grams,
          occurredAt: at.toISOString(),
          source: 'device',
          sourceRef: `${card.number.slice(0, 3)}-BIN-0${1 + (card.id % 4)}`,
          idempotencyKey: `seed:${card.number}:${day}:${v}`,
        })
        if (batch.length >= 500) await flush()
      }
    }
  }
  await flush()
  phase('drops')

  // Redemptions: the keenest households trade points for goods and fee deductions.
  const rich = await payload.find({
    collection: 'cards',
    where: { and: [{ balance: { greater_than_equal: 400 } }, { holderKind: { equals: 'household' } }] },
    sort: '-balance',
    limit: 150,
    depth: 0,
  })
  const seeded = await payload.count({
    collection: 'redemptions',
    where: { idempotencyKey: { like: 'seed-redemption:' } },
  })
  for (const [i, card] of (seeded.totalDocs ? [] : rich.docs).entries()) {
    const key = `seed-redemption:${card.cardNumber}`
    const reward =
      i % 5 === 0 && (card.balance ?? 0) >= 1000 ? '抵扣物业费 10 元' : i % 2 ? '洗衣液 1kg' : '抽纸（一提）'
    await payload.create({
      collection: 'redemptions',
      data: {
        card: card.id,
        reward: rewardIds.get(reward)!,
        quantity: 1,
        status: 'completed',
        channel: i % 3 ? 'counter' : 'property-office',
        idempotencyKey: key,
      },
    })
    report.redemptions++
  }

  phase('redemptions')
  // Inspections: mostly correct, a few confirmed mis-sorts with their penalty.
  if ((await payload.count({ collection: 'sorting-checks' })).totalDocs === 0) {
    const sites = await payload.find({
      collection: 'sites',
      where: { name: { in: PILOTS.map((p) => p.site) } },
      depth: 0,
    })
    const siteIds = new Map(sites.docs.map((s) => [s.name, s.id]))
    for (let i = 0; i < 120; i++) {
      const card = cards[Math.floor(rand() * cards.length)]!
      const misSorted = rand() < 0.12
      await payload.create({
        collection: 'sorting-checks',
        data: {
          site: siteIds.get(card.site)!,
          card: card.id,
          result: misSorted ? 'mis-sorted' : 'correct',
          confirmed: misSorted && rand() < 0.7,
          source: i % 6 === 0 ? 'pickup' : 'inspector',
          checkedAt: new Date(firstDay + rand() * days * 86_400_000).toISOString(),
          note: misSorted ? '厨余垃圾中混有塑料袋' : undefined,
        },
      })
      report.checks++
    }
  }
  phase('checks')
  return report
}
