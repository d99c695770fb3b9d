/**
 * Adapter-level bulk writes inside the caller's transaction: multi-row inserts through drizzle on SQLite, one
 * adapter create at a time elsewhere (MongoDB). The hot paths (the bridge's raw log, receipts, fill readings, the
 * forecast) and the ledger's drop writer use it; every rule has been applied before.
 */
import type { PayloadRequest } from 'payload'

export type WriterKind = 'sqlite' | 'generic'

/** Rows per multi-row statement. */
export const CHUNK = 200

export type DrizzleLike = {
  insert: (table: unknown) => {
    values: (rows: unknown[]) => {
      returning: (cols: Record<string, unknown>) => Promise<Array<{ id: number; key: string }>>
      onConflictDoUpdate: (cfg: unknown) => Promise<unknown>
      then: Promise<unknown>['then']
    }
  }
  update: (table: unknown) => { set: (v: unknown) => { where: (w: unknown) => Promise<unknown> } }
}

export type Tables = Record<string, Record<string, unknown>>

/** The open transaction's drizzle handle and the adapter's tables (SQLite). */
export async function sqliteTx(req: PayloadRequest): Promise<{ tx: DrizzleLike; t: Tables }> {
  // Payload's SQLite adapter keeps the open transaction's drizzle handle in `sessions`.
  const adapter = req.payload.db as unknown as { sessions: Record<string, { db: DrizzleLike }>; tables: Tables }
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = id === undefined ? undefined : adapter.sessions[String(id)]
  if (!session) throw new Error('Bulk writes must run inside a transaction (pass a req that has one).')
  return { tx: session.db, t: adapter.tables }
}

/** Appends rows to a collection inside the caller's transaction: multi-row on SQLite, else one by one. */
export async function insertRows(
  req: PayloadRequest,
  collection: 'device-events' | 'device-receipts' | 'fill-readings' | 'fill-forecasts',
  rows: Record<string, unknown>[],
  kind: WriterKind,
): Promise<void> {
  const now = new Date().toISOString()
  const full = rows.map((r) => ({ createdAt: now, updatedAt: now, ...r }))
  if (kind === 'sqlite') {
    const { tx, t } = await sqliteTx(req)
    const table = t[collection.replace(/-/g, '_')]!
    for (let i = 0; i < full.length; i += CHUNK) await tx.insert(table).values(full.slice(i, i + CHUNK))
    return
  }
  for (const data of full) await req.payload.db.create({ collection, data, req })
}

export function writerFor(req: PayloadRequest, preferred?: WriterKind): WriterKind {
  return preferred ?? (req.payload.db.name === 'sqlite' ? 'sqlite' : 'generic')
}
