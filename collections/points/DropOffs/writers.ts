/**
 * Writing planned drops. The hot path of the device bridge, so it writes at the adapter level inside the caller's
 * transaction, with no per-row Local API call: the plan (domain/points/dropPlan) has already applied every rule.
 * Three writes — drop-off rows · their ledger entries and balances (through the ledger, collections/points/ledger) ·
 * card-day tallies — each in two forms: `sql` (multi-row inserts and upserts through drizzle, on SQLite and
 * PostgreSQL, both verified) and `generic` (Payload's adapter methods, for any adapter, MongoDB included). Both run in the tests.
 */
import type { PayloadRequest } from 'payload'

import type { PlannedDrop } from '../../../domain/points/dropPlan'
import { tallyKey } from '../../../domain/points/dropPlan'
import { dropTitle, entryTitle } from '../../../domain/points/titles'
import { CHUNK, sqlTx, type WriterKind } from '../../../db/bulk'
import { appendEntries, type EntryRow } from '../ledger'

export type StoredDrop = PlannedDrop & { id: number | string }

/** What the tallies look like before the batch: ids of existing card-day rows. */
export type TallyIds = Map<string, number | string>

/** A drop's ledger entry, numbered by the plan with the ledger rule. */
function entryFor(drop: StoredDrop): EntryRow {
  return {
    card: drop.card,
    delta: drop.points,
    reason: 'drop-off',
    seq: drop.entrySeq,
    at: drop.occurredAt,
    title: entryTitle({ cardNumber: drop.cardNumber, delta: drop.points, reason: 'drop-off' }),
    cause: `drop-offs:${drop.id}`,
    idempotencyKey: `drop:${drop.idempotencyKey}`,
    balanceAfter: drop.balanceAfter,
    rulesRevision: drop.rulesRevision,
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

function tallies(drops: PlannedDrop[]) {
  const out = new Map<string, { card: number | string; day: string; drops: number; grams: number; points: number }>()
  for (const d of drops) {
    const key = tallyKey(d.card, d.day)
    const t = out.get(key) ?? { card: d.card, day: d.day, drops: 0, grams: 0, points: 0 }
    t.drops++
    t.grams += d.grams
    t.points += d.points
    out.set(key, t)
  }
  return [...out.values()]
}

// ————— SQL engines: multi-row statements through drizzle, in the Payload transaction —————

async function insertDropsSql(req: PayloadRequest, drops: PlannedDrop[], now: string): Promise<StoredDrop[]> {
  const { tx, t } = await sqlTx(req)
  const table = t.drop_offs!
  const ids = new Map<string, number>()
  for (let i = 0; i < drops.length; i += CHUNK) {
    const rows = drops.slice(i, i + CHUNK).map((d) => dropRow(d, now))
    const inserted = await tx.insert(table).values(rows).returning({ id: table.id, key: table.idempotencyKey })
    for (const r of inserted) ids.set(r.key, r.id)
  }
  return drops.map((d) => ({ ...d, id: ids.get(d.idempotencyKey)! }))
}

async function tallySql(req: PayloadRequest, drops: StoredDrop[], now: string): Promise<void> {
  const { sql } = await import('@payloadcms/db-sqlite/drizzle')
  const { tx, t } = await sqlTx(req)
  const rows = tallies(drops)
  const days = t.card_days! as Record<string, never>
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx
      .insert(days)
      .values(rows.slice(i, i + CHUNK).map((x) => ({ ...x, createdAt: now, updatedAt: now })))
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

async function tallyGeneric(req: PayloadRequest, drops: StoredDrop[], now: string, tallyIds: TallyIds): Promise<void> {
  const db = req.payload.db
  for (const x of tallies(drops)) {
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
}

/** Inserts the drop-off rows of accepted drops; returns them with their ids. */
export function insertDrops(req: PayloadRequest, drops: PlannedDrop[], kind: WriterKind): Promise<StoredDrop[]> {
  const now = new Date().toISOString()
  return kind === 'sql' ? insertDropsSql(req, drops, now) : insertDropsGeneric(req, drops, now)
}

/** Posts the drops' ledger entries and moves their balances (the ledger), and tallies their card-days. */
export async function applyDropEffects(
  req: PayloadRequest,
  drops: StoredDrop[],
  kind: WriterKind,
  tallyIds: TallyIds,
): Promise<void> {
  const now = new Date().toISOString()
  await appendEntries(req, drops.filter((d) => d.points !== 0).map(entryFor), kind)
  await (kind === 'sql' ? tallySql(req, drops, now) : tallyGeneric(req, drops, now, tallyIds))
}
