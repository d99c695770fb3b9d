/**
 * One run of a scheduled job at a time across every process on a PostgreSQL database.
 *
 * The scheduler's own check (a job marked running in `payload-jobs`) is a read then a write: two processes whose
 * clocks fire in the same few milliseconds could both pass it. On PostgreSQL each run therefore first takes a
 * session-level advisory lock named after the job (`pg_try_advisory_lock(<key>, hashtext(slug))`) on a connection
 * of its own, held for the run and released after it — or by the server when the process dies. A run that cannot
 * take it is skipped, as when the job is seen running. SQLite and MongoDB: one server per data folder (README),
 * the scheduler's check alone.
 */
import type { Payload } from 'payload'

/** The first half of the lock's key: "job" in ASCII (the writer lock uses a single key of its own). */
const JOB_LOCK_SPACE = 0x6a6f62

type PoolClient = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>
  release: () => void
}
type Pool = { connect: () => Promise<PoolClient> }

/** Runs `run` holding the job's lock; `held` (and `run` not called) when another process holds it. */
export async function withJobLock<T>(payload: Payload, slug: string, run: () => Promise<T>): Promise<T | 'held'> {
  const pool = payload.db.name === 'postgres' ? (payload.db as unknown as { pool?: Pool }).pool : undefined
  if (!pool) return run()
  const client = await pool.connect()
  try {
    const [row] = (await client.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS got', [JOB_LOCK_SPACE, slug]))
      .rows
    if (!row?.got) return 'held'
    try {
      return await run()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [JOB_LOCK_SPACE, slug])
    }
  } finally {
    client.release()
  }
}
