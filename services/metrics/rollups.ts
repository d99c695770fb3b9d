/**
 * Keeping the daily totals (每日汇总, domain/metrics/rollups.ts) equal to the records.
 *
 * - keepRollups: the days that got drops recorded since the last run (by the drops' `createdAt`, with two minutes
 *   of overlap for transactions still open then — a late upload of an old day included) are recounted from the
 *   records and their rows replaced; when the number of drops is what it was last time (drops are never deleted),
 *   nothing is. The first run recounts every day since the first drop. The scheduler runs it
 *   every ten minutes, and every figure runs it first, so the figures are never behind the records.
 * - checkRollups (nightly): every day recounted from its drops and compared with its stored rows; a day that differs is
 *   reported to the admins and its rows rewritten (they are derived, the records are the truth). The card-days
 *   (kept with each drop, the base of the daily points cap) are checked against the drops too; a card-day that
 *   differs is reported and left as it is, for a person to look into.
 */
import type { Payload, PayloadRequest } from 'payload'

import { refId } from '../../access/roles'
import { daysBetween, rollUpDay, sameDay, type DailyTotal } from '../../domain/metrics/rollups'
import { shanghaiDay, shanghaiDayStart } from '../../domain/shared/time'
import { notify } from '../system/notify'
import { inTransaction } from '../transaction'
import { readRows } from '../records'

const OVERLAP_MS = 2 * 60_000
const CHUNK = 500

/** The site of each card asked for. */
async function sitesOf(payload: Payload, cards: Array<number | string>): Promise<Map<string, number | string | null>> {
  const out = new Map<string, number | string | null>()
  const unique = [...new Set(cards.map(String))]
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await readRows(
      payload,
      'cards',
      { id: { in: unique.slice(i, i + CHUNK) } },
      { select: { site: true } },
    )
    for (const r of rows) out.set(String(r.id), refId(r.site as number) ?? null)
  }
  return out
}

/** One day recounted from the records: its drops, and the site of each drop's card. */
export async function recountDay(payload: Payload, day: string): Promise<DailyTotal[]> {
  const start = shanghaiDayStart(day)
  const drops = await readRows(
    payload,
    'drop-offs',
    {
      and: [
        { occurredAt: { greater_than_equal: start.toISOString() } },
        { occurredAt: { less_than: new Date(start.getTime() + 86_400_000).toISOString() } },
      ],
    },
    { select: { site: true, card: true, category: true, grams: true } },
  )
  const cardSite = await sitesOf(
    payload,
    drops.map((d) => refId(d.card as number)!),
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

async function storedDay(payload: Payload, day: string, req?: PayloadRequest): Promise<DailyTotal[]> {
  const rows = await readRows(payload, 'daily-totals', { day: { equals: day } }, { req })
  return rows.map((r) => ({
    day,
    site: refId(r.site as number) ?? null,
    drops: Number(r.drops) || 0,
    grams: Number(r.grams) || 0,
    byCategory: (r.byCategory as Record<string, number>) ?? {},
    cardDays: Number(r.cardDays) || 0,
    cardDrops: Number(r.cardDrops) || 0,
  }))
}

/** Replaces a day's rows with these (adapter methods: no hooks, no access — the scheduler's own write). */
async function replaceDay(payload: Payload, day: string, rows: DailyTotal[]): Promise<void> {
  await inTransaction(payload, async (req) => {
    await payload.db.deleteMany({ collection: 'daily-totals', where: { day: { equals: day } }, req })
    const now = new Date().toISOString()
    for (const r of rows.filter((x) => x.drops || x.cardDays))
      await payload.db.create({
        collection: 'daily-totals',
        data: { ...r, createdAt: now, updatedAt: now },
        req,
        returning: false,
      })
  })
}

async function firstDropDay(payload: Payload): Promise<string | null> {
  const [first] = await readRows(
    payload,
    'drop-offs',
    {},
    { select: { occurredAt: true }, sort: 'occurredAt', limit: 1 },
  )
  return first ? shanghaiDay(String(first.occurredAt)) : null
}

let running: Promise<{ days: string[] }> | null = null

/** Brings the daily totals up to the records (see the file). One run at a time per process; safe to run twice. */
export function keepRollups(payload: Payload, now = new Date()): Promise<{ days: string[] }> {
  running ??= (async () => {
    try {
      const started = new Date()
      const state = await payload.findGlobal({ slug: 'figures-state', depth: 0 })
      // Drops are never deleted: the same number as last time means nothing was recorded since.
      const total = (await payload.db.count({ collection: 'drop-offs', where: {} })).totalDocs
      if (state.keptThrough && state.keptDrops === total) return { days: [] }
      let days: string[]
      if (!state.keptThrough) {
        const first = await firstDropDay(payload)
        days = first ? daysBetween(first, shanghaiDay(now)) : []
      } else {
        const since = new Date(new Date(state.keptThrough).getTime() - OVERLAP_MS).toISOString()
        const recorded = await readRows(
          payload,
          'drop-offs',
          { createdAt: { greater_than_equal: since } },
          { select: { occurredAt: true } },
        )
        days = [...new Set(recorded.map((d) => shanghaiDay(String(d.occurredAt))))].sort()
      }
      for (const day of days) await replaceDay(payload, day, await recountDay(payload, day))
      await payload.updateGlobal({
        slug: 'figures-state',
        data: { keptThrough: started.toISOString(), keptDrops: total },
        depth: 0,
      })
      return { days }
    } finally {
      running = null
    }
  })()
  return running
}

export type CheckResult = {
  days: number
  /** Days whose stored totals differed from the recount (rewritten). */
  rollupDrift: string[]
  /** Card-days whose drops or weight differ from the card's drops that day (reported, not changed). */
  cardDayDrift: Array<{
    card: string
    day: string
    stored: { drops: number; grams: number }
    recount: { drops: number; grams: number }
  }>
}

/** The nightly full check (see the file). */
export async function checkRollups(payload: Payload, now = new Date()): Promise<CheckResult> {
  await keepRollups(payload, now)
  const first = await firstDropDay(payload)
  const result: CheckResult = { days: 0, rollupDrift: [], cardDayDrift: [] }
  // Stored rows of days with no drops at all (left by a bug or a hand) are drift too.
  const storedDays = new Set(
    (await readRows(payload, 'daily-totals', {}, { select: { day: true } })).map((r) => String(r.day)),
  )
  const days = new Set([...(first ? daysBetween(first, shanghaiDay(now)) : []), ...storedDays])
  for (const day of [...days].sort()) {
    result.days++
    const recount = await recountDay(payload, day)
    if (!sameDay(await storedDay(payload, day), recount)) {
      result.rollupDrift.push(day)
      await replaceDay(payload, day, recount)
    }
    // The card-days of the day against the drops of the day, card by card.
    const start = shanghaiDayStart(day)
    const [drops, cardDays] = await Promise.all([
      readRows(
        payload,
        'drop-offs',
        {
          and: [
            { occurredAt: { greater_than_equal: start.toISOString() } },
            { occurredAt: { less_than: new Date(start.getTime() + 86_400_000).toISOString() } },
          ],
        },
        { select: { card: true, grams: true } },
      ),
      readRows(payload, 'card-days', { day: { equals: day } }, { select: { card: true, drops: true, grams: true } }),
    ])
    const byCard = new Map<string, { drops: number; grams: number }>()
    for (const d of drops) {
      const key = String(refId(d.card as number))
      const t = byCard.get(key) ?? { drops: 0, grams: 0 }
      t.drops++
      t.grams += Number(d.grams) || 0
      byCard.set(key, t)
    }
    for (const c of cardDays) {
      const key = String(refId(c.card as number))
      const stored = { drops: Number(c.drops) || 0, grams: Number(c.grams) || 0 }
      const recount = byCard.get(key) ?? { drops: 0, grams: 0 }
      byCard.delete(key)
      if (stored.drops !== recount.drops || stored.grams !== recount.grams)
        result.cardDayDrift.push({ card: key, day, stored, recount })
    }
    for (const [card, recount] of byCard)
      result.cardDayDrift.push({ card, day, stored: { drops: 0, grams: 0 }, recount })
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
