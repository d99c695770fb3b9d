/**
 * Writing planned drops. The hot path of the device bridge, so it writes at the adapter level
 * inside the caller's transaction, with no per-row Local API call: the plan (domain/dropPlan)
 * has already applied every rule. Two implementations of the same four writes —
 *   drop-off rows · ledger entries · card-day tallies · card balances —
 * `sqlite`: multi-row inserts and upserts through drizzle (SQLite, the verified default);
 * `generic`: Payload's adapter methods (payload.db.create / updateOne with $inc), for any
 * adapter, MongoDB included. Both are exercised by the tests on SQLite.
 */
import type { PayloadRequest } from 'payload'

import type { PlannedDrop } from '../../../domain/points/dropPlan'
import { tallyKey } from '../../../domain/points/dropPlan'
import { dropTitle, entryTitle } from '../../../domain/points/titles'
import { CHUNK, sqliteTx, type WriterKind } from '../../../db/bulk'

export type StoredDrop = PlannedDrop & { id: number | string }

/** What the tallies look like before the batch: ids of existing card-day rows. */
export type TallyIds = Map<string, number | string>

function entryFor(drop: StoredDrop, now: string) {
  return {
    card: drop.card,
    delta: drop.points,
    reason: 'drop-off' as const,
    seq: drop.entrySeq,
    at: drop.occurredAt,
    title: entryTitle({ cardNumber: drop.cardNumber, delta: drop.points, reason: 'drop-off' }),
    cause: `drop-offs:${drop.id}`,
    idempotencyKey: `drop:${drop.idempotencyKey}`,
    balanceAfter: drop.balanceAfter,
    rulesRevision: drop.rulesRevision,
    createdAt: now,
    updatedAt: now,
  }
}

function dropRow(d: PlannedDrop, now: string) {
  return {
    card: d.card,
    category: d.category,
    grams: d.grams,
    occurredAt: d.occurredAt,
    source: d.source,
    sourceRef: d.sourceRef ?? null,
    site: d.site,
    points: d.points,
    balanceAfter: d.balanceAfter,
    outcome: d.outcome,
    rulesRevision: d.rulesRevision,
    idempotencyKey: d.idempotencyKey,
    note: d.note ?? null,
    recordedBy: d.recordedBy ?? null,
    title: dropTitle(d),
    createdAt: now,
    updatedAt: now,
  }
}

function summarise(drops: PlannedDrop[]) {
  const tallies = new Map<
    string,
    { card: number | string; day: string; drops: number; grams: number; points: number }
  >()
  const balances = new Map<string, { card: number | string; delta: number; entries: number }>()
  for (const d of drops) {
    const key = tallyKey(d.card, d.day)
    const t = tallies.get(key) ?? { card: d.card, day: d.day, drops: 0, grams: 0, points: 0 }
    t.drops++
    t.grams += d.grams
    t.points += d.points
    tallies.set(key, t)
    const b = balances.get(String(d.card)) ?? { card: d.card, delta: 0, entries: 0 }
    b.delta += d.points
    if (d.points !== 0) b.entries++
    balances.set(String(d.card), b)
  }
  return { tallies: [...tallies.values()], balances: [...balances.values()].filter((b) => b.delta !== 0) }
}

// ————— SQLite: multi-row statements through drizzle, in the Payload transaction —————

async function insertDropsSqlite(req: PayloadRequest, drops: PlannedDrop[], now: string): Promise<StoredDrop[]> {
  const { tx, t } = await sqliteTx(req)
  const table = t.drop_offs!
  const ids = new Map<string, number>()
  for (let i = 0; i < drops.length; i += CHUNK) {
    const rows = drops.slice(i, i + CHUNK).map((d) => dropRow(d, now))
    const inserted = await tx.insert(table).values(rows).returning({ id: table.id, key: table.idempotencyKey })
    for (const r of inserted) ids.set(r.key, r.id)
  }
  return drops.map((d) => ({ ...d, id: ids.get(d.idempotencyKey)! }))
}

async function applyEffectsSqlite(req: PayloadRequest, drops: StoredDrop[], now: string): Promise<void> {
  const { sql, inArray } = await import('@payloadcms/db-sqlite/drizzle')
  const { tx, t } = await sqliteTx(req)
  const entries = drops.filter((d) => d.points !== 0).map((d) => entryFor(d, now))
  for (let i = 0; i < entries.length; i += CHUNK) {
    await tx.insert(t.point_entries!).values(entries.slice(i, i + CHUNK))
  }
  const { tallies, balances } = summarise(drops)
  const days = t.card_days! as Record<string, never>
  for (let i = 0; i < tallies.length; i += CHUNK) {
    await tx
      .insert(days)
      .values(tallies.slice(i, i + CHUNK).map((x) => ({ ...x, createdAt: now, updatedAt: now })))
      .onConflictDoUpdate({
        target: [days.card, days.day],
        set: {
          drops: sql`${days.drops} + excluded.drops`,
          grams: sql`${days.grams} + excluded.grams`,
          points: sql`${days.points} + excluded.points`,
          updatedAt: now,
        },
      })
  }
  // Every card's balance and ledger number in one statement: balance + CASE id WHEN … THEN delta … END.
  const cards = t.cards! as Record<string, never>
  for (let i = 0; i < balances.length; i += CHUNK) {
    const part = balances.slice(i, i + CHUNK)
    const cases = (pick: (b: (typeof part)[number]) => number) =>
      sql.join(
        part.map((b) => sql`when ${b.card} then ${pick(b)}`),
        sql` `,
      )
    await tx
      .update(cards)
      .set({
        balance: sql`coalesce(${cards.balance}, 0) + (case ${cards.id} ${cases((b) => b.delta)} else 0 end)`,
        ledgerSeq: sql`coalesce(${cards.ledgerSeq}, 0) + (case ${cards.id} ${cases((b) => b.entries)} else 0 end)`,
        updatedAt: now,
      })
      .where(inArray(cards.id, part.map((b) => b.card) as never[]))
  }
}

// ————— Generic: Payload's adapter methods, one row at a time —————

async function insertDropsGeneric(req: PayloadRequest, drops: PlannedDrop[], now: string): Promise<StoredDrop[]> {
  const out: StoredDrop[] = []
  for (const d of drops) {
    const doc = await req.payload.db.create({ collection: 'drop-offs', data: dropRow(d, now), req })
    out.push({ ...d, id: doc.id as number | string })
  }
  return out
}

async function applyEffectsGeneric(
  req: PayloadRequest,
  drops: StoredDrop[],
  now: string,
  tallyIds: TallyIds,
): Promise<void> {
  const db = req.payload.db
  for (const d of drops) {
    if (d.points !== 0) await db.create({ collection: 'point-entries', data: entryFor(d, now), req })
  }
  const { tallies, balances } = summarise(drops)
  for (const x of tallies) {
    const id = tallyIds.get(tallyKey(x.card, x.day))
    if (id !== undefined) {
      await db.updateOne({
        collection: 'card-days',
        id,
        data: { drops: { $inc: x.drops }, grams: { $inc: x.grams }, points: { $inc: x.points }, updatedAt: now },
        req,
        returning: false,
      })
    } else {
      await db.create({ collection: 'card-days', data: { ...x, createdAt: now, updatedAt: now }, req })
    }
  }
  for (const b of balances) {
    await db.updateOne({
      collection: 'cards',
      id: b.card,
      data: { balance: { $inc: b.delta }, ledgerSeq: { $inc: b.entries } },
      req,
      returning: false,
    })
  }
}

/** Inserts the drop-off rows of accepted drops; returns them with their ids. */
export function insertDrops(req: PayloadRequest, drops: PlannedDrop[], kind: WriterKind): Promise<StoredDrop[]> {
  const now = new Date().toISOString()
  return kind === 'sqlite' ? insertDropsSqlite(req, drops, now) : insertDropsGeneric(req, drops, now)
}

/** Posts the ledger entries, tallies the days and moves the balances of stored drops. */
export function applyDropEffects(
  req: PayloadRequest,
  drops: StoredDrop[],
  kind: WriterKind,
  tallyIds: TallyIds,
): Promise<void> {
  const now = new Date().toISOString()
  return kind === 'sqlite' ? applyEffectsSqlite(req, drops, now) : applyEffectsGeneric(req, drops, now, tallyIds)
}
