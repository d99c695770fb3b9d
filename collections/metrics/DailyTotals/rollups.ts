/**
 * The daily totals (每日汇总, domain/metrics/rollups.ts) and the records they must equal.
 *
 * - dailyTotalsIn (the read path, never writes): a period's totals as the records stand — the stored rows of the
 *   days kept, and a recount from the records of the days that may be behind (drops recorded since the last keeping
 *   run, with two minutes of overlap for transactions still open then; days a card's move marked). Every figure and
 *   the dashboard read the totals through it, so they are never behind the records and never write.
 * - keepRollups (the `daily-totals` job, every ten minutes and at start): those same days recounted and their rows
 *   replaced; when the number of drops is what it was last time (drops are never deleted), nothing is. The first run
 *   recounts every day since the first drop.
 * - checkRollups (the nightly `check-figures` job): every day recounted from its drops and compared with its stored
 *   rows; a day that differs is reported to the admins and its rows rewritten (they are derived, the records are the
 *   truth). The card-days (kept with each drop, the base of the daily points cap) are checked against the drops too;
 *   a card-day that differs is reported and left as it is, for a person to look into.
 */
import type { Payload, PayloadRequest } from 'payload'

import { refId } from '../../../shared/refs'
import {
  cardDayDrift,
  daysBetween,
  rollUpDay,
  sameDay,
  type CardDayDrift,
  type DailyTotal,
} from '../../../domain/metrics/rollups'
import { shanghaiDay, shanghaiDayStart } from '../../../shared/time'
import { notify } from '../../system'
import { inTransaction } from '../../../shared/transaction'
import { readRows } from '../../../db/records'

const OVERLAP_MS = 2 * 60_000
const CHUNK = 500

/** The site of each card asked for. */
async function sitesOf(
  payload: Payload,
  cards: Array<number | string>,
  req?: PayloadRequest,
): Promise<Map<string, number | string | null>> {
  const out = new Map<string, number | string | null>()
  const unique = [...new Set(cards.map(String))]
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await readRows(
      payload,
      'cards',
      { id: { in: unique.slice(i, i + CHUNK) } },
      { select: { site: true }, req },
    )
    for (const r of rows) out.set(String(r.id), refId(r.site as number) ?? null)
  }
  return out
}

type DayDrop = { site?: unknown; card?: unknown; category?: unknown; grams?: unknown }

/** The drops of one Shanghai day. */
function dropsOfDay(payload: Payload, day: string, req?: PayloadRequest) {
  const start = shanghaiDayStart(day)
  return readRows<DayDrop>(
    payload,
    'drop-offs',
    {
      and: [
        { occurredAt: { greater_than_equal: start.toISOString() } },
        { occurredAt: { less_than: new Date(start.getTime() + 86_400_000).toISOString() } },
      ],
    },
    { select: { site: true, card: true, category: true, grams: true }, req },
  )
}

/** One day's totals from its drops and the site of each drop's card. */
async function rollUpDrops(payload: Payload, day: string, drops: DayDrop[], req?: PayloadRequest) {
  const cardSite = await sitesOf(
    payload,
    drops.map((d) => refId(d.card as number)!),
    req,
  )
  return rollUpDay(
    day,
    drops.map((d) => {
      const card = refId(d.card as number)!
      return {
        site: refId(d.site as number) ?? null,
        card,
        cardSite: cardSite.get(String(card)) ?? null,
        category: String(d.category),
        grams: Number(d.grams) || 0,
      }
    }),
  )
}

/** A stored row as the rules count it. */
const totalOf = (r: Record<string, unknown>): DailyTotal => ({
  day: String(r.day),
  site: refId(r.site as number) ?? null,
  drops: Number(r.drops) || 0,
  grams: Number(r.grams) || 0,
  byCategory: (r.byCategory as Record<string, number>) ?? {},
  cardDays: Number(r.cardDays) || 0,
  cardDrops: Number(r.cardDrops) || 0,
})

async function storedDay(payload: Payload, day: string, req?: PayloadRequest): Promise<DailyTotal[]> {
  return (await readRows(payload, 'daily-totals', { day: { equals: day } }, { req })).map(totalOf)
}

/**
 * A day recounted and, when its stored rows say otherwise, replaced — in one write transaction, so no drop commits
 * between the count and the write (adapter methods: no hooks, no access — the scheduler's own write). Says whether
 * the stored rows differed.
 */
async function refreshDay(
  payload: Payload,
  day: string,
  /** More to check against the same drops, in the same transaction (the nightly check's card-days). */
  alsoCheck?: (drops: DayDrop[], req: PayloadRequest) => Promise<void>,
): Promise<boolean> {
  return inTransaction(payload, async (req) => {
    const drops = await dropsOfDay(payload, day, req)
    await alsoCheck?.(drops, req)
    const recount = await rollUpDrops(payload, day, drops, req)
    if (sameDay(await storedDay(payload, day, req), recount)) return false
    await payload.db.deleteMany({ collection: 'daily-totals', where: { day: { equals: day } }, req })
    const now = new Date().toISOString()
    for (const r of recount.filter((x) => x.drops || x.cardDays))
      await payload.db.create({
        collection: 'daily-totals',
        data: { ...r, createdAt: now, updatedAt: now },
        req,
        returning: false,
      })
    return true
  })
}

const dropDay = async (payload: Payload, sort: 'occurredAt' | '-occurredAt'): Promise<string | null> => {
  const [row] = await readRows(payload, 'drop-offs', {}, { select: { occurredAt: true }, sort, limit: 1 })
  return row ? shanghaiDay(String(row.occurredAt)) : null
}

/** Every day with drops or stored totals (a drop may be dated a few minutes into tomorrow). */
async function everyDay(payload: Payload): Promise<string[]> {
  const [first, last] = await Promise.all([dropDay(payload, 'occurredAt'), dropDay(payload, '-occurredAt')])
  const stored = (await readRows(payload, 'daily-totals', {}, { select: { day: true } })).map((r) => String(r.day))
  return [...new Set([...(first && last ? daysBetween(first, last) : []), ...stored])].sort()
}

/**
 * The days whose stored rows may be behind the records: days of drops recorded since the last keeping run (by the
 * drops' `createdAt`, with the overlap) and days a card's move marked; every day when the totals were never kept.
 */
async function daysBehind(payload: Payload): Promise<{ days: string[] | 'all'; dirty: string[]; total: number }> {
  const state = await payload.findGlobal({ slug: 'figures-state', depth: 0 })
  // Days a card's move to another site changed (collections/points/Cards/hooks.ts): its past drops now count there.
  const dirty = Array.isArray(state.dirtyDays) ? (state.dirtyDays as string[]) : []
  // Drops are never deleted: the same number as last time means nothing was recorded since.
  const total = (await payload.db.count({ collection: 'drop-offs', where: {} })).totalDocs
  if (!state.keptThrough) return { days: 'all', dirty, total }
  if (state.keptDrops === total && !dirty.length) return { days: [], dirty, total }
  const since = new Date(new Date(state.keptThrough).getTime() - OVERLAP_MS).toISOString()
  const recorded = await readRows(
    payload,
    'drop-offs',
    { createdAt: { greater_than_equal: since } },
    { select: { occurredAt: true } },
  )
  return {
    days: [...new Set([...recorded.map((d) => shanghaiDay(String(d.occurredAt))), ...dirty])].sort(),
    dirty,
    total,
  }
}

/**
 * A period's daily totals (both days included), optionally at some sites only, as the records stand now: stored
 * rows where they are kept, a recount where they may be behind. Reads only.
 */
export async function dailyTotalsIn(
  payload: Payload,
  scope: { from: string; to: string; sites?: Array<number | string> },
): Promise<DailyTotal[]> {
  const behind = (await daysBehind(payload)).days
  const inScope = (day: string) => day >= scope.from && day <= scope.to
  const recount = behind === 'all' ? daysBetween(scope.from, scope.to) : behind.filter(inScope)
  const sites = scope.sites ? new Set(scope.sites.map(String)) : null
  const atSites = (r: DailyTotal) => !sites || (r.site !== null && sites.has(String(r.site)))
  const stored = await readRows(
    payload,
    'daily-totals',
    {
      and: [
        { day: { greater_than_equal: scope.from } },
        { day: { less_than_equal: scope.to } },
        ...(recount.length ? [{ day: { not_in: recount } }] : []),
        ...(scope.sites ? [{ site: { in: scope.sites } }] : []),
      ],
    },
    { select: { day: true, site: true, drops: true, grams: true, byCategory: true, cardDays: true, cardDrops: true } },
  )
  const fresh: DailyTotal[] = []
  for (const day of recount) fresh.push(...(await rollUpDrops(payload, day, await dropsOfDay(payload, day))))
  return [...stored.map(totalOf), ...fresh.filter(atSites)]
}

async function keepOnce(payload: Payload): Promise<{ days: string[] }> {
  const started = new Date()
  const behind = await daysBehind(payload)
  if (behind.days !== 'all' && !behind.days.length) return { days: [] }
  const { dirty, total } = behind
  const days = behind.days === 'all' ? await everyDay(payload) : behind.days
  for (const day of days) await refreshDay(payload, day)
  // Days marked while this ran stay marked for the next run.
  const now = await payload.findGlobal({ slug: 'figures-state', depth: 0 })
  const left = (Array.isArray(now.dirtyDays) ? (now.dirtyDays as string[]) : []).filter((d) => !dirty.includes(d))
  await payload.updateGlobal({
    slug: 'figures-state',
    data: { keptThrough: started.toISOString(), keptDrops: total, dirtyDays: left },
    depth: 0,
  })
  return { days }
}

/**
 * Brings the daily totals up to the records (see the file): the `daily-totals` job. Safe to run twice, and beside
 * the nightly check (each day is recounted and replaced in one write transaction).
 */
export function keepRollups(payload: Payload): Promise<{ days: string[] }> {
  return keepOnce(payload)
}

/** Marks days for the next keeping run (a card moved: its drops of those days count for its new site). */
export async function markDaysDirty(req: PayloadRequest, days: string[]): Promise<void> {
  if (!days.length) return
  const state = await req.payload.findGlobal({ slug: 'figures-state', depth: 0, req })
  const had = Array.isArray(state.dirtyDays) ? (state.dirtyDays as string[]) : []
  await req.payload.updateGlobal({
    slug: 'figures-state',
    data: { dirtyDays: [...new Set([...had, ...days])].sort() },
    depth: 0,
    req,
  })
}

export type CheckResult = {
  days: number
  /** Days whose stored totals differed from the recount (rewritten). */
  rollupDrift: string[]
  /** Card-days whose drops or weight differ from the card's drops that day (reported, not changed). */
  cardDayDrift: CardDayDrift[]
}

/** The nightly full check (see the file): the `check-figures` job. */
export function checkRollups(payload: Payload): Promise<CheckResult> {
  return checkOnce(payload)
}

async function checkOnce(payload: Payload): Promise<CheckResult> {
  await keepOnce(payload)
  const result: CheckResult = { days: 0, rollupDrift: [], cardDayDrift: [] }
  // Every day with drops, and stored rows of days without (left by a bug or a hand): drift too.
  for (const day of await everyDay(payload)) {
    result.days++
    // The day's totals, and its card-days against its drops card by card — from one read of the drops.
    const drift = await refreshDay(payload, day, async (drops, req) => {
      const cardDays = await readRows(
        payload,
        'card-days',
        { day: { equals: day } },
        { select: { card: true, drops: true, grams: true }, req },
      )
      result.cardDayDrift.push(
        ...cardDayDrift(
          day,
          drops.map((d) => ({ card: String(refId(d.card as number)), grams: Number(d.grams) || 0 })),
          cardDays.map((c) => ({
            card: String(refId(c.card as number)),
            drops: Number(c.drops) || 0,
            grams: Number(c.grams) || 0,
          })),
        ),
      )
    })
    if (drift) result.rollupDrift.push(day)
  }

  const summary = [
    `核对 ${result.days} 天：`,
    result.rollupDrift.length
      ? `每日汇总与原始记录不一致 ${result.rollupDrift.length} 天（已按原始记录重算）`
      : '每日汇总与原始记录一致',
    result.cardDayDrift.length
      ? `投放日统计不一致 ${result.cardDayDrift.length} 条（未修改）`
      : '投放日统计与投放记录一致',
  ].join('')
  await payload.updateGlobal({
    slug: 'figures-state',
    data: { checkedAt: new Date().toISOString(), checkResult: summary },
    depth: 0,
  })
  if (result.rollupDrift.length || result.cardDayDrift.length) {
    const lines = [
      ...result.rollupDrift.slice(0, 10).map((d) => `每日汇总 ${d}：与原始记录不一致，已重算`),
      ...result.cardDayDrift
        .slice(0, 10)
        .map(
          (d) =>
            `投放日 ${d.day} 卡 #${d.card}：记为 ${d.stored.drops} 次 ${d.stored.grams} 克，投放记录为 ${d.recount.drops} 次 ${d.recount.grams} 克`,
        ),
    ]
    await inTransaction(payload, (req) =>
      notify(
        req,
        { role: { equals: 'admin' } },
        {
          title: `数据核对：${summary}`,
          body: `夜间全量核对发现以下不一致。投放日统计未作修改，请核查：\n${lines.join('\n')}`,
          link: '/admin/globals/figures-state',
        },
      ),
    )
    payload.logger.error(`Figures check: ${summary}`)
  }
  return result
}
