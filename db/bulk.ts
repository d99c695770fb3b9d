/**
 * Adapter-level bulk writes inside the caller's transaction: multi-row statements through drizzle on the SQL engines
 * (SQLite and PostgreSQL: the same statements, drizzle writes each dialect), one adapter create at a time elsewhere
 * (MongoDB). The hot paths (the bridge's raw log, receipts, fill readings, the forecast) and the ledger's drop writer
 * use it; every rule has been applied before.
 */
import type { PayloadRequest } from 'payload'

/** `sql`: multi-row statements through drizzle (SQLite, PostgreSQL); `generic`: Payload's adapter methods (any). */
export type WriterKind = 'sql' | 'generic'

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

/** The open transaction's drizzle handle and the adapter's tables (SQLite, PostgreSQL). */
export async function sqlTx(req: PayloadRequest): Promise<{ tx: DrizzleLike; t: Tables }> {
  // Payload's drizzle adapters keep the open transaction's drizzle handle in `sessions`.
  const adapter = req.payload.db as unknown as { sessions: Record<string, { db: DrizzleLike }>; tables: Tables }
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = id === undefined ? undefined : adapter.sessions[String(id)]
  if (!session) throw new Error('Bulk writes must run inside a transaction (pass a req that has one).')
  return { tx: session.db, t: adapter.tables }
}

/** Appends rows to a collection inside the caller's transaction: multi-row on the SQL engines, else one by one. */
export async function insertRows(
  req: PayloadRequest,
  collection: 'device-events' | 'device-receipts' | 'fill-readings' | 'fill-forecasts',
  rows: Record<string, unknown>[],
  kind: WriterKind,
): Promise<void> {
  const now = new Date().toISOString()
  const full = rows.map((r) => ({ createdAt: now, updatedAt: now, ...r }))
  if (kind === 'sql') {
    const { tx, t } = await sqlTx(req)
    const table = t[collection.replace(/-/g, '_')]!
    for (let i = 0; i < full.length; i += CHUNK) await tx.insert(table).values(full.slice(i, i + CHUNK))
    return
  }
  for (const data of full) await req.payload.db.create({ collection, data, req })
}

/** The SQL engines Payload runs on drizzle (the names their adapters give themselves). */
export function isSqlEngine(payload: PayloadRequest['payload']): boolean {
  return payload.db.name === 'sqlite' || payload.db.name === 'postgres'
}

export function writerFor(req: PayloadRequest, preferred?: WriterKind): WriterKind {
  return preferred ?? (isSqlEngine(req.payload) ? 'sql' : 'generic')
}

/** A unique index refused a row (SQLite's and PostgreSQL's wording). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { message?: string; code?: string; cause?: { code?: string; message?: string } } | undefined
  if (e?.code === '23505' || e?.cause?.code === '23505') return true
  return /UNIQUE constraint failed|duplicate key value violates unique constraint/i.test(
    `${e?.message ?? error} ${e?.cause?.message ?? ''}`,
  )
}
