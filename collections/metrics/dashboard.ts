/**
 * What the admin's home shows the signed-in user, in their own scope: the figures (the district's; a town
 * official's own town; none for a base editor), the last 30 days' trend of drops and participants, tonnage by
 * category, towns ranked by their latest assessment, and what waits for them. Counts of waiting work go through
 * the user's own access (overrideAccess: false), so each role sees only its own.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { type AppUser } from '../../shared/roles'
import { refId } from '../../shared/refs'
import { METRICS, TARGETS, type MetricKey } from '../../domain/metrics/registry'
import { categoryLabels, type Category } from '../../domain/points/points'
import { percentText } from '../../domain/shared/rates'
import { shanghaiDay } from '../../shared/time'
import { readRows } from '../../db/records'
import { dailyTotalsIn } from './DailyTotals/rollups'
import { computeFigures, type Figures } from './figures'

export type Card = {
  key: MetricKey
  label: string
  value: string
  target?: string
  met?: boolean
  formula: string
  href: string
}
export type Dashboard = {
  scope: string
  period: { from: string; to: string }
  cards: Card[]
  trend: Array<{ day: string; drops: number; participants: number }>
  tonnage: Array<{ label: string; grams: number }>
  towns: Array<{ name: string; total: number; period: string }>
  waiting: Array<{ label: string; count: number; href: string }>
}

const card = (key: MetricKey, value: string, rate?: number): Card => {
  const target = TARGETS[key]
  return {
    key,
    label: METRICS[key].name.zh,
    value,
    ...(target && rate !== undefined ? { target: target.label, met: rate >= target.permille } : {}),
    formula: METRICS[key].formula,
    href: METRICS[key].records,
  }
}

/** The figures change slowly; a home page opened again within a minute does not count them again. */
const CACHE_MS = 60_000
const cache = new Map<string, { at: number; value: Promise<unknown> }>()
function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as Promise<T>
  const value = compute()
  cache.set(key, { at: Date.now(), value })
  value.catch(() => cache.delete(key))
  return value
}

export async function dashboardFor(payload: Payload, user: AppUser): Promise<Dashboard> {
  const to = shanghaiDay(new Date())
  const from = shanghaiDay(new Date(Date.now() - 29 * 86_400_000))
  const town = user.role === 'town-official' ? refId(user.town) : null
  const wantsFigures = user.role !== 'base-editor' && (user.role !== 'town-official' || town !== null)
  const f: Figures | null = wantsFigures
    ? await cached(`figures:${from}:${to}:${town ?? ''}`, () =>
        computeFigures(payload, { from, to, ...(town !== null ? { town } : {}) }),
      )
    : null
  const townName = town !== null ? (await payload.findByID({ collection: 'towns', id: town, depth: 0 })).name : null

  const cards: Card[] = f
    ? [
        card('cardsIssued', f.cardsIssued.total.toLocaleString('zh-CN')),
        card('participants', f.participants.toLocaleString('zh-CN')),
        card('participationRate', percentText(f.participationRate.value), f.participationRate.value),
        card('dropOffRate', percentText(f.dropOffRate.value)),
        card('accuracy', percentText(f.accuracy.value), f.accuracy.value),
        // The district's rate only: the recyclables' store is district-wide, so a town's would mislead.
        ...(town === null ? [card('recyclingRate', percentText(f.recyclingRate.value), f.recyclingRate.value)] : []),
        card('highestBalance', f.highestBalance.toLocaleString('zh-CN')),
        card('fundsInvested', `${(f.fundsInvested / 1_000_000).toFixed(2)} 万元`),
        card('marketCoverage', percentText(f.marketCoverage.value)),
        card('cleanerStaffing', percentText(f.cleanerStaffing.value)),
      ]
    : []

  // The trend: per day, the drops of the cards in scope and how many of them dropped — from the daily totals
  // as the records stand, by the cards' site.
  let trend: Dashboard['trend'] = []
  if (f) {
    const sites =
      town !== null
        ? (await readRows(payload, 'sites', { town: { equals: town } }, { select: {} })).map((s) => s.id)
        : null
    const rows = await dailyTotalsIn(payload, { from, to, ...(sites ? { sites } : {}) })
    const byDay = new Map<string, { drops: number; participants: number }>()
    for (let i = 0; i < 30; i++)
      byDay.set(shanghaiDay(new Date(Date.now() - (29 - i) * 86_400_000)), { drops: 0, participants: 0 })
    for (const r of rows) {
      const slot = byDay.get(String(r.day))
      if (!slot) continue
      slot.drops += Number(r.cardDrops) || 0
      slot.participants += Number(r.cardDays) || 0
    }
    trend = [...byDay].map(([day, v]) => ({ day, ...v }))
  }

  // Towns ranked by their latest approved assessment (the district's view only).
  let towns: Dashboard['towns'] = []
  // The district's own view: assessments are the towns' and the district's, not the operator's.
  if (user.role === 'admin') {
    const approved = await payload.find({
      collection: 'assessments',
      where: { status: { equals: 'approved' } },
      select: { period: true, town: true, total: true },
      sort: '-period',
      pagination: false,
      depth: 1,
    })
    const latest = approved.docs[0]?.period
    towns = approved.docs
      .filter((a) => a.period === latest)
      .map((a) => ({
        name: typeof a.town === 'object' && a.town ? a.town.name : String(a.town),
        total: Number(a.total) || 0,
        period: String(a.period),
      }))
      .sort((a, b) => b.total - a.total)
  }

  // What waits for this user, counted through their own access.
  const count = async (collection: CollectionSlug, where: Where) =>
    (await payload.count({ collection, where, overrideAccess: false, user: { ...user, collection: 'users' } as never }))
      .totalDocs
  const items: Array<[string, CollectionSlug, Where, string, boolean]> = [
    [
      '待审定的考核表',
      'assessments',
      { status: { equals: 'submitted' } },
      'where[status][equals]=submitted',
      user.role === 'admin',
    ],
    [
      '待填报 / 退回的考核表',
      'assessments',
      { status: { in: ['draft', 'returned'] } },
      'where[status][in]=draft,returned',
      user.role === 'town-official',
    ],
    [
      '待确认的参观预约',
      'visit-bookings',
      { status: { equals: 'pending' } },
      'where[status][equals]=pending',
      user.role === 'admin' || user.role === 'base-editor',
    ],
    [
      '待审核的公众意见',
      'plan-comments',
      { status: { equals: 'pending' } },
      'where[status][equals]=pending',
      user.role === 'admin',
    ],
    [
      '未关闭的设备告警',
      'alerts',
      { status: { in: ['open', 'acknowledged'] } },
      'where[status][in]=open,acknowledged',
      user.role !== 'base-editor',
    ],
    [
      '超时未办结的工单',
      'work-orders',
      { and: [{ overdue: { equals: true } }, { status: { not_equals: 'closed' } }] },
      'where[overdue][equals]=true&where[status][not_equals]=closed',
      user.role !== 'base-editor',
    ],
    [
      '派给我的未办结工单',
      'work-orders',
      { and: [{ assignee: { equals: user.id } }, { status: { not_equals: 'closed' } }] },
      `where[assignee][equals]=${user.id}&where[status][not_equals]=closed`,
      user.role === 'operator',
    ],
    [
      '待派单的上门回收',
      'pickups',
      { status: { equals: 'booked' } },
      'where[status][equals]=booked',
      user.role === 'operator' || user.role === 'admin',
    ],
    [
      '三天内将满的箱格',
      'fill-forecasts',
      { fullWhen: { in: ['today', 'tomorrow', 'in-two-days'] } },
      'where[fullWhen][in]=today,tomorrow,in-two-days',
      user.role === 'operator' || user.role === 'admin',
    ],
  ]
  const waiting = await Promise.all(
    items
      .filter(([, , , , shown]) => shown)
      .map(async ([label, collection, where, query]) => ({
        label,
        count: await count(collection, where),
        href: `/admin/collections/${collection}?${query}`,
      })),
  )

  return {
    scope: townName ?? (user.role === 'base-editor' ? '本基地' : '全区'),
    period: { from, to },
    cards,
    trend,
    tonnage: f
      ? Object.entries(f.tonnageByCategory.byCategory)
          .map(([c, grams]) => ({ label: categoryLabels[c as Category]?.zh ?? c, grams }))
          .sort((a, b) => b.grams - a.grams)
      : [],
    towns,
    waiting,
  }
}
