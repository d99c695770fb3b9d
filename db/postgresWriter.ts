/**
 * Write transactions on PostgreSQL take turns across every process on the database.
 *
 * The platform's rules read, decide and write inside one transaction: the ledger numbers a card's entries from its
 * balance and ledger number, the daily cap counts the day's drops before it accepts one, a payout reads what was paid.
 * On SQLite one writer at a time is the engine's own rule (and `serialTransactions.ts` queues a process's writers
 * for it). PostgreSQL lets transactions overlap, and at its default isolation (READ COMMITTED) two bridge processes
 * crediting one card would both read the same balance — a lost update, or a ledger number given twice.
 *
 * So each write transaction begins by taking one transaction-scoped advisory lock (`pg_advisory_xact_lock`): the
 * database itself queues the writers of every app and bridge process, the lock is released by COMMIT or ROLLBACK
 * (also when a process dies mid-transaction: its connection closes), and reads never wait for it. A writer waits at
 * most `lockTimeoutMs` (then fails with a clear error instead of hanging). Measured beside per-card locking in
 * BENCHMARKS.md: the bridge's throughput is bounded by its group commit, not by this queue.
 *
 * Trap (as on SQLite): a Local API call inside a transaction that forgets `req` opens a second transaction, which
 * waits for the lock its own first one holds, until the lock timeout says so.
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/** The lock's key: any constant the district's other software does not use ("fenlei" in ASCII, as a number). */
export const WRITER_LOCK_KEY = 0x66656e6c6569

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }
type PostgresInternals = {
  sessions: Record<string, Session>
  /** pg's Pool; `_clients` (every client, idle or checked out) is pg-pool's own field. */
  pool?: { end: () => Promise<void>; _clients?: Array<{ end: () => Promise<void> }> }
}

export function oneWriterAtATime(
  adapterObj: DatabaseAdapterObj,
  options: { lockTimeoutMs?: number } = {},
): DatabaseAdapterObj {
  const lockTimeoutMs = options.lockTimeoutMs ?? 30_000
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const inner = adapter as unknown as BaseDatabaseAdapter & PostgresInternals
      const begin = adapter.beginTransaction
      adapter.beginTransaction = async function (transactionOptions) {
        const id = await begin.call(adapter, transactionOptions)
        if (id === null) return id
        const session = inner.sessions[String(id)]
        if (!session) return id
        const { sql } = await import('@payloadcms/db-postgres/drizzle')
        try {
          await session.db.execute(sql.raw(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`))
          await session.db.execute(sql`SELECT pg_advisory_xact_lock(${WRITER_LOCK_KEY})`)
        } catch (err) {
          await adapter.rollbackTransaction(id).catch(() => undefined)
          const waited = /lock timeout/i.test(String((err as Error)?.message))
          throw new Error(
            waited
              ? `A write waited ${lockTimeoutMs} ms for the database's writer lock (another transaction holds it; ` +
                  'a Local API call inside a transaction without `req` waits for its own).'
              : `Could not take the database's writer lock: ${(err as Error)?.message ?? err}`,
          )
        }
        return id
      }
      // Payload's destroy forgets the connection pool, and its connect keeps one client checked out for good (so
      // `pool.end()` alone would wait for ever): every client is closed here, then the pool, so a process (or a
      // test file) that closes Payload leaves no connection open behind it and can exit.
      const destroy = adapter.destroy
      adapter.destroy = async function () {
        const pool = inner.pool
        await destroy?.call(adapter)
        inner.pool = undefined
        if (!pool) return
        await Promise.all((pool._clients ?? []).map((client) => client.end().catch(() => undefined)))
        void pool.end().catch(() => undefined)
      }
      return adapter
    },
  }
}
