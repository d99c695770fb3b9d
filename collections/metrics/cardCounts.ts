/**
 * What the figures need to know about the cards in scope (issued before the period's end, at the sites in scope):
 * - how many, by channel, and how many active;
 * - participants: those with a drop up to `to`;
 * - activeParticipants: active ones with a drop between `from` and `to`;
 * - activeCardDays: the card-days between `from` and `to` of active ones;
 * - highestBalance: the highest balance any of them reached before the period's end (the ledger's top row).
 * The last four need the cards one by one, so they cannot be added up from the daily totals.
 *
 * Two implementations of the same definitions (domain/metrics/registry.ts), one small module:
 * `sqlite`: one pass over the cards in one statement through drizzle, each card probing the card-day index
 * (card, day) twice (measured in BENCHMARKS.md at 100 k cards); `records`: every card and card-day read and counted
 * here — any adapter, MongoDB included, and the recount the nightly check, the tests and the benchmark compare the
 * fast one with. Both run in the tests.
 */
import type { Payload } from 'payload'

import { refId } from '../../shared/refs'
import { readRows } from '../../db/records'

export type CardQuery = { from: string; to: string; until: string; sites?: Array<number | string> }
export type CardCounts = {
  total: number
  byChannel: Record<string, number>
  active: number
  participants: number
  activeParticipants: number
  activeCardDays: number
  highestBalance: number
}

const empty = (): CardCounts => ({
  total: 0,
  byChannel: {},
  active: 0,
  participants: 0,
  activeParticipants: 0,
  activeCardDays: 0,
  highestBalance: 0,
})

export async function cardCountsFromRecords(payload: Payload, q: CardQuery): Promise<CardCounts> {
  const [cards, days, top] = await Promise.all([
    readRows(
      payload,
      'cards',
      { and: [{ issuedAt: { less_than: q.until } }, ...(q.sites ? [{ site: { in: q.sites } }] : [])] },
      { select: { status: true, channel: true } },
    ),
    readRows(
      payload,
      'card-days',
      { and: [{ day: { less_than_equal: q.to } }, { drops: { greater_than: 0 } }] },
      { select: { card: true, day: true } },
    ),
    readRows(
      payload,
      'point-entries',
      { and: [{ at: { less_than: q.until } }, ...(q.sites ? [{ 'card.site': { in: q.sites } }] : [])] },
      { select: { balanceAfter: true }, sort: '-balanceAfter', limit: 1 },
    ),
  ])
  const out = empty()
  out.highestBalance = Number(top[0]?.balanceAfter) || 0
  const status = new Map<string, unknown>()
  for (const c of cards) {
    status.set(String(c.id), c.status)
    out.total++
    out.byChannel[String(c.channel)] = (out.byChannel[String(c.channel)] ?? 0) + 1
    if (c.status === 'active') out.active++
  }
  const everyone = new Set<string>()
  const active = new Set<string>()
  for (const d of days) {
    const card = String(refId(d.card as number))
    if (!status.has(card)) continue
    everyone.add(card)
    if (String(d.day) >= q.from && status.get(card) === 'active') {
      active.add(card)
      out.activeCardDays++
    }
  }
  out.participants = everyone.size
  out.activeParticipants = active.size
  return out
}

type SqliteDb = { all: (query: unknown) => Promise<Array<Record<string, unknown>>> }

async function cardCountsSqlite(payload: Payload, q: CardQuery): Promise<CardCounts> {
  if (q.sites && !q.sites.length) return empty()
  const { sql } = await import('@payloadcms/db-sqlite/drizzle')
  const db = (payload.db as unknown as { drizzle: SqliteDb }).drizzle
  const inSites = q.sites
    ? sql` and c.site_id in (${sql.join(
        q.sites.map((s) => sql`${Number(s)}`),
        sql`, `,
      )})`
    : sql``
  // Down the ledger's balance index until the first entry of a card in scope (the planner, left alone, reads every
  // entry of the scope's cards and sorts them: 0.6–1.4 s at 1 M entries; this way 12 ms).
  const [top] = await db.all(sql`select pe.balance_after as balance from point_entries pe
    indexed by point_entries_balance_after_idx
    where pe.at < ${q.until}${
      q.sites
        ? sql` and pe.card_id in (select id from cards where site_id in (${sql.join(
            q.sites.map((s) => sql`${Number(s)}`),
            sql`, `,
          )}))`
        : sql``
    }
    order by pe.balance_after desc limit 1`)
  const rows = await db.all(sql`select channel, status, count(*) as cards, sum(ever) as ever,
      sum(n > 0) as period_cards, sum(n) as period_card_days
    from (select c.channel as channel, c.status as status,
        exists (select 1 from card_days d where d.card_id = c.id and d.day <= ${q.to} and d.drops > 0) as ever,
        (select count(*) from card_days d
          where d.card_id = c.id and d.day >= ${q.from} and d.day <= ${q.to} and d.drops > 0) as n
      from cards c where c.issued_at < ${q.until}${inSites})
    group by channel, status`)
  const out = empty()
  out.highestBalance = Number(top?.balance) || 0
  for (const r of rows) {
    const cards = Number(r.cards) || 0
    out.total += cards
    out.byChannel[String(r.channel)] = (out.byChannel[String(r.channel)] ?? 0) + cards
    out.participants += Number(r.ever) || 0
    if (r.status === 'active') {
      out.active += cards
      out.activeParticipants += Number(r.period_cards) || 0
      out.activeCardDays += Number(r.period_card_days) || 0
    }
  }
  return out
}

/** The counts, the fast way the adapter allows. */
export function cardCounts(payload: Payload, q: CardQuery): Promise<CardCounts> {
  return payload.db.name === 'sqlite' ? cardCountsSqlite(payload, q) : cardCountsFromRecords(payload, q)
}
