/**
 * The three counts over card-days that need "distinct cards" and so cannot be added up from daily totals:
 * - participants: cards in scope (issued before the period's end, at the sites in scope) with a drop up to `to`;
 * - activeParticipants: active cards in scope with a drop between `from` and `to`;
 * - activeCardDays: the card-days between `from` and `to` of active cards in scope.
 *
 * Two implementations of the same definitions (domain/metrics/registry.ts), one small module:
 * `sqlite`: three COUNT statements through drizzle (each probes the card-day index card by card; measured in
 * BENCHMARKS.md at 100 k cards); `records`: every card-day and card read and counted here — any adapter, MongoDB
 * included, and the recount the nightly check and the benchmark compare the fast one with. Both run in the tests.
 */
import type { Payload } from 'payload'

import { refId } from '../../access/roles'
import { readRows } from '../records'

export type CardDayQuery = { from: string; to: string; until: string; sites?: Array<number | string> }
export type CardDayCounts = { participants: number; activeParticipants: number; activeCardDays: number }

export async function cardDayCountsFromRecords(payload: Payload, q: CardDayQuery): Promise<CardDayCounts> {
  const [cards, days] = await Promise.all([
    readRows(
      payload,
      'cards',
      { and: [{ issuedAt: { less_than: q.until } }, ...(q.sites ? [{ site: { in: q.sites } }] : [])] },
      { select: { status: true } },
    ),
    readRows(
      payload,
      'card-days',
      { and: [{ day: { less_than_equal: q.to } }, { drops: { greater_than: 0 } }] },
      { select: { card: true, day: true } },
    ),
  ])
  const status = new Map(cards.map((c) => [String(c.id), c.status]))
  const everyone = new Set<string>()
  const active = new Set<string>()
  let activeCardDays = 0
  for (const d of days) {
    const card = String(refId(d.card as number))
    if (!status.has(card)) continue
    everyone.add(card)
    if (String(d.day) >= q.from && status.get(card) === 'active') {
      active.add(card)
      activeCardDays++
    }
  }
  return { participants: everyone.size, activeParticipants: active.size, activeCardDays }
}

type SqliteDb = { all: (query: unknown) => Promise<Array<Record<string, unknown>>> }

async function cardDayCountsSqlite(payload: Payload, q: CardDayQuery): Promise<CardDayCounts> {
  if (q.sites && !q.sites.length) return { participants: 0, activeParticipants: 0, activeCardDays: 0 }
  const { sql } = await import('@payloadcms/db-sqlite/drizzle')
  const db = (payload.db as unknown as { drizzle: SqliteDb }).drizzle
  const inSites = q.sites
    ? sql` and c.site_id in (${sql.join(
        q.sites.map((s) => sql`${Number(s)}`),
        sql`, `,
      )})`
    : sql``
  const count = async (query: unknown) => Number((await db.all(query))[0]?.n ?? 0)
  const [participants, activeParticipants, activeCardDays] = await Promise.all([
    count(sql`select count(*) as n from cards c where c.issued_at < ${q.until}${inSites}
      and exists (select 1 from card_days d where d.card_id = c.id and d.day <= ${q.to} and d.drops > 0)`),
    count(sql`select count(*) as n from cards c where c.status = 'active' and c.issued_at < ${q.until}${inSites}
      and exists (select 1 from card_days d where d.card_id = c.id and d.day >= ${q.from} and d.day <= ${q.to} and d.drops > 0)`),
    count(sql`select count(*) as n from card_days d join cards c on c.id = d.card_id
      where d.day >= ${q.from} and d.day <= ${q.to} and d.drops > 0
      and c.status = 'active' and c.issued_at < ${q.until}${inSites}`),
  ])
  return { participants, activeParticipants, activeCardDays }
}

/** The counts, the fast way the adapter allows. */
export function cardDayCounts(payload: Payload, q: CardDayQuery): Promise<CardDayCounts> {
  return payload.db.name === 'sqlite' ? cardDayCountsSqlite(payload, q) : cardDayCountsFromRecords(payload, q)
}
