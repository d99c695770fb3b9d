/**
 * What the figures need to know about the cards in scope (issued before the period's end, at the sites in scope):
 * - how many, by channel, and how many active;
 * - participants: those with a drop up to `to`;
 * - activeParticipants: active ones with a drop between `from` and `to`;
 * - activeCardDays: the card-days between `from` and `to` of active ones;
 * - highestBalance: the highest balance any of them reached before the period's end (the ledger's top row);
 * - activeHouseholds: the households (householdKey) of the active cards with a drop between `from` and `to` — a
 *   household with two cards counts once;
 * - activeCardDaysPossible: each active card's days between `from` and `to` from the day it was issued (投放率's
 *   denominator: a card issued on the last day adds one day);
 * - sitesWithCards: the sites any of them stand at.
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
import { daysIn } from '../../domain/metrics/registry'
import { shanghaiDay } from '../../shared/time'

export type CardQuery = { from: string; to: string; until: string; sites?: Array<number | string> }
export type CardCounts = {
  total: number
  byChannel: Record<string, number>
  active: number
  participants: number
  activeParticipants: number
  activeCardDays: number
  highestBalance: number
  activeHouseholds: number
  activeCardDaysPossible: number
  sitesWithCards: Set<string>
}

/**
 * A card's household: its site and flat (building, unit, room), or its site and office for an office's card; a card
 * with neither is a household of its own.
 */
export function householdKey(c: {
  id: unknown
  site?: unknown
  building?: unknown
  unit?: unknown
  room?: unknown
  officeName?: unknown
}): string {
  const site = String(refId(c.site as number) ?? '')
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
  if (text(c.officeName)) return `${site}|o|${text(c.officeName)}`
  if (text(c.building) || text(c.unit) || text(c.room))
    return `${site}|f|${text(c.building)}|${text(c.unit)}|${text(c.room)}`
  return `card|${String(c.id)}`
}

const empty = (): CardCounts => ({
  total: 0,
  byChannel: {},
  active: 0,
  participants: 0,
  activeParticipants: 0,
  activeCardDays: 0,
  highestBalance: 0,
  activeHouseholds: 0,
  activeCardDaysPossible: 0,
  sitesWithCards: new Set(),
})

export async function cardCountsFromRecords(payload: Payload, q: CardQuery): Promise<CardCounts> {
  const [cards, days, top] = await Promise.all([
    readRows(
      payload,
      'cards',
      { and: [{ issuedAt: { less_than: q.until } }, ...(q.sites ? [{ site: { in: q.sites } }] : [])] },
      {
        select: {
          status: true,
          channel: true,
          issuedAt: true,
          site: true,
          building: true,
          unit: true,
          room: true,
          officeName: true,
        },
      },
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
  const household = new Map<string, string>()
  for (const c of cards) {
    status.set(String(c.id), c.status)
    household.set(String(c.id), householdKey(c))
    if (c.site) out.sitesWithCards.add(String(refId(c.site as number)))
    out.total++
    out.byChannel[String(c.channel)] = (out.byChannel[String(c.channel)] ?? 0) + 1
    if (c.status === 'active') {
      out.active++
      const issued = c.issuedAt ? shanghaiDay(String(c.issuedAt)) : q.from
      out.activeCardDaysPossible += daysIn(issued > q.from ? issued : q.from, q.to)
    }
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
  out.activeHouseholds = new Set([...active].map((c) => household.get(c))).size
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
  // The households of the active cards that dropped in the period, and each active card's possible days (from its
  // Shanghai issue day: issued_at + 8 h), the same definitions as the records' form above.
  const household = sql`case
      when trim(coalesce(c.office_name, '')) <> '' then coalesce(c.site_id, '') || '|o|' || trim(c.office_name)
      when trim(coalesce(c.building, '') || coalesce(c.unit, '') || coalesce(c.room, '')) <> ''
        then coalesce(c.site_id, '') || '|f|' || trim(coalesce(c.building, '')) || '|' || trim(coalesce(c.unit, ''))
          || '|' || trim(coalesce(c.room, ''))
      else 'card|' || c.id end`
  const [extra] = await db.all(sql`select
      (select count(distinct ${household}) from cards c
        where c.issued_at < ${q.until} and c.status = 'active'${inSites}
          and exists (select 1 from card_days d
            where d.card_id = c.id and d.day >= ${q.from} and d.day <= ${q.to} and d.drops > 0)) as households,
      (select coalesce(sum(cast(julianday(${q.to}) - julianday(max(${q.from},
          coalesce(date(c.issued_at, '+8 hours'), ${q.from}))) as integer) + 1), 0)
        from cards c where c.issued_at < ${q.until} and c.status = 'active'${inSites}) as possible`)
  const withCards = await db.all(
    sql`select distinct c.site_id as site from cards c where c.issued_at < ${q.until} and c.site_id is not null${inSites}`,
  )
  const out = empty()
  out.highestBalance = Number(top?.balance) || 0
  out.activeHouseholds = Number(extra?.households) || 0
  out.activeCardDaysPossible = Number(extra?.possible) || 0
  for (const r of withCards) out.sitesWithCards.add(String(r.site))
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
