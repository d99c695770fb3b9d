/**
 * The fill forecast (hourly): for every compartment of every bin, its fill rate per weekday from the last four
 * weeks of fill reports, when it will be full, and whether it filled in the last day while its card drop-offs stayed
 * flat. Replaces the whole table each run — safe to run twice and late — and drops reports older than five weeks.
 */
import type { Payload } from 'payload'

import { refId } from '../../shared/refs'
import {
  cardlessDumping,
  describeRates,
  forecastFull,
  FULL_WHEN,
  riseIn,
  weekdayRates,
  type FullWhen,
  type Reading,
} from '../../domain/operations/forecast'
import { insertRows, writerFor } from '../../db/bulk'
import { readRows } from '../../db/records'
import { inTransaction } from '../../shared/transaction'
import { scheduledJob } from '../scheduled'

const DAY = 24 * 3600_000
const HISTORY_DAYS = 28
const BASELINE_DAYS = 7
/** Fill reports kept: the history plus a week's margin. */
const KEEP_DAYS = HISTORY_DAYS + 7

export async function forecastFills(payload: Payload, now = new Date()): Promise<{ soon: number; cardless: number }> {
  const since = new Date(now.getTime() - HISTORY_DAYS * DAY).toISOString()
  const dayAgo = new Date(now.getTime() - DAY)
  const baselineFrom = new Date(now.getTime() - (BASELINE_DAYS + 1) * DAY)
  const bins = await payload.find({
    collection: 'bins',
    where: { and: [{ kind: { not_equals: 'gift-machine' } }, { status: { not_equals: 'disabled' } }] },
    select: { deviceId: true, site: true, compartments: true },
    pagination: false,
    depth: 0,
  })
  // One bin at a time: four weeks of a fleet's reports never sit in memory at once (measured: 1.1 M reports read
  // together held 3 GB; see BENCHMARKS.md).
  const rows: Array<Record<string, unknown> & { fullWhen: FullWhen; cardless: boolean }> = []
  for (const bin of bins.docs) {
    const [readings, drops] = await Promise.all([
      readRows<{ compartment: number; percent: number; at: string }>(
        payload,
        'fill-readings',
        { and: [{ bin: { equals: bin.id } }, { at: { greater_than_equal: since } }] },
        { select: { compartment: true, percent: true, at: true }, sort: 'at' },
      ),
      readRows<{ category: string; occurredAt: string }>(
        payload,
        'drop-offs',
        {
          and: [
            { sourceRef: { equals: bin.deviceId } },
            { occurredAt: { greater_than_equal: baselineFrom.toISOString() } },
          ],
        },
        { select: { category: true, occurredAt: true } },
      ),
    ])
    const history = new Map<number, Reading[]>()
    for (const r of readings) {
      const list = history.get(r.compartment) ?? []
      list.push({ at: new Date(r.at).toISOString(), percent: r.percent })
      history.set(r.compartment, list)
    }
    const dropCount = new Map<string, { day: number; before: number }>()
    for (const d of drops) {
      const c = dropCount.get(d.category) ?? { day: 0, before: 0 }
      if (new Date(d.occurredAt).getTime() >= dayAgo.getTime()) c.day++
      else c.before++
      dropCount.set(d.category, c)
    }
    for (const c of bin.compartments ?? []) {
      const readings = history.get(c.number) ?? []
      const rates = weekdayRates(readings)
      const fill = c.fillPercent ?? 0
      const { fullAt, when } = forecastFull(fill, rates, now)
      const counted = dropCount.get(c.category) ?? { day: 0, before: 0 }
      const reason = cardlessDumping({
        rise: riseIn(readings, dayAgo, now),
        drops: counted.day,
        baselineRise: riseIn(readings, baselineFrom, dayAgo),
        baselineDrops: counted.before,
      })
      rows.push({
        title: `${bin.deviceId} · ${c.number} 号箱格 · ${FULL_WHEN[when].zh}`,
        bin: bin.id,
        site: refId(bin.site) as number | null,
        compartment: c.number,
        category: c.category,
        fillPercent: fill,
        fullWhen: when,
        fullAt,
        weekdayRates: readings.length ? describeRates(rates.byWeekday) : null,
        cardless: Boolean(reason),
        cardlessReason: reason,
        computedAt: now.toISOString(),
      })
    }
  }
  await inTransaction(payload, async (req) => {
    // Reports older than the history it learns from are no longer needed (a bin reporting every 15 minutes
    // writes about 400 a day).
    await payload.db.deleteMany({
      collection: 'fill-readings',
      where: { at: { less_than: new Date(now.getTime() - KEEP_DAYS * DAY).toISOString() } },
      req,
    })
    await payload.db.deleteMany({ collection: 'fill-forecasts', where: { id: { exists: true } }, req })
    // One multi-row insert: the write lock is held for milliseconds, not one create per compartment.
    await insertRows(req, 'fill-forecasts', rows, writerFor(req))
  })
  return {
    soon: rows.filter((r) => r.fullWhen === 'today' || r.fullWhen === 'tomorrow' || r.fullWhen === 'in-two-days')
      .length,
    cardless: rows.filter((r) => r.cardless).length,
  }
}

/** Hourly: the fill forecast — the operator's collection plan, and bins filling without cards. */
export const fillForecastJob = scheduledJob({
  slug: 'fill-forecast',
  label: '满溢预测',
  cron: '5 * * * *',
  work: async (payload) => {
    const r = await forecastFills(payload)
    return `三天内将满 ${r.soon} 个箱格；疑似无卡投放 ${r.cardless} 个`
  },
})
