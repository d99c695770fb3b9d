/**
 * Writes on the embedded SQLite database, for the whole app.
 *
 * SQLite has one writer at a time, and libsql is synchronous: two overlapping write transactions in
 * one process fail with SQLITE_BUSY, and a busy timeout cannot help because waiting would block the
 * very event loop that has to commit the other one. So every write in a process takes turns through
 * one FIFO gate (one per database file and process, shared/processWide.ts, so Next's route handlers and the express
 * server share it):
 *
 * - Transactions: `beginTransaction` waits for the gate, `commitTransaction`/`rollbackTransaction`
 *   open it. They all run on ONE dedicated writer connection (BEGIN IMMEDIATE … COMMIT), kept for the
 *   life of the process: no new connection, schema load and statement preparation per transaction.
 * - Writes outside a transaction (Payload's login counters and lockouts, jobs, anything calling
 *   `payload.db` without `req`): they wait for the gate too, instead of meeting an open transaction
 *   and failing with "database is locked". The gate is re-entrant for such a write's own nested
 *   adapter calls (AsyncLocalStorage).
 *
 * Across processes (several bridge processes on one file) both connections carry a busy timeout, so a
 * write of another process is waited for instead of failing.
 *
 * Trap: a Local API call inside a transaction that forgets `req` is a write outside the transaction,
 * and waits for the gate its own transaction holds; the wait times out with an error that says so.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'

import { createClient, type Client, type Config as LibsqlConfig } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import { processWide } from '../shared/processWide'

type Release = () => void

export class WriteGate {
  private held = false
  private readonly queue: Array<() => void> = []

  get waiting(): number {
    return this.queue.length
  }

  get busy(): boolean {
    return this.held
  }

  acquire(timeoutMs: number, what = 'a write'): Promise<Release> {
    return new Promise<Release>((resolve, reject) => {
      const wait: { timer?: NodeJS.Timeout } = {}
      const grant = () => {
        if (wait.timer) clearTimeout(wait.timer)
        this.held = true
        let released = false
        resolve(() => {
          if (released) return
          released = true
          this.held = false
          this.queue.shift()?.()
        })
      }
      if (!this.held) return grant()
      this.queue.push(grant)
      wait.timer = setTimeout(() => {
        const at = this.queue.indexOf(grant)
        if (at >= 0) this.queue.splice(at, 1)
        reject(
          new Error(
            `Timed out after ${timeoutMs} ms waiting for the SQLite write gate (${what}). Another transaction ` +
              'is still open: a Local API call inside a hook probably forgot to pass `req`.',
          ),
        )
      }, timeoutMs)
    })
  }
}

export function writeGateFor(key: string): WriteGate {
  // One per process, shared with Next's copy of this module (shared/processWide.ts).
  const gates = processWide('sqlite.writeGates', () => new Map<string, WriteGate>())
  let gate = gates.get(key)
  if (!gate) gates.set(key, (gate = new WriteGate()))
  return gate
}

/** Set while a write outside a transaction holds the gate: its nested adapter calls pass straight through. */
const holdingGate = new AsyncLocalStorage<true>()

/** Adapter methods that write; called without a transaction they take the gate first. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'updateOne',
  'updateMany',
  'updateGlobal',
  'updateGlobalVersion',
  'updateVersion',
  'updateJobs',
  'upsert',
  'deleteOne',
  'deleteMany',
  'deleteVersions',
] as const

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type SqliteInternals = {
  client?: Client
  clientConfig: LibsqlConfig
  schema: Record<string, unknown>
  sessions: Record<string, Session>
  logger?: unknown
}
type WriteArgs = { req?: { transactionID?: unknown } }
type AnyMethod = (this: unknown, ...args: unknown[]) => Promise<unknown>

export function serializeSqliteTransactions(
  adapterObj: DatabaseAdapterObj,
  options: { key: string; synchronous?: 'FULL' | 'NORMAL'; waitTimeoutMs?: number; busyTimeoutMs?: number },
): DatabaseAdapterObj {
  const { key, synchronous = 'FULL', waitTimeoutMs = 30_000, busyTimeoutMs = 5_000 } = options
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      // Payload's SQLite adapter keeps these on itself; they are not in its base type.
      const inner = adapter as unknown as BaseDatabaseAdapter & SqliteInternals
      const gate = writeGateFor(key)
      const releases = new Map<string, Release>()
      let writer: { client: Client; db: unknown } | undefined

      const writerConnection = async () => {
        if (!writer) {
          const client = createClient(inner.clientConfig)
          await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
          await client.execute(`PRAGMA synchronous = ${synchronous}`)
          writer = { client, db: drizzle(client, { schema: inner.schema, logger: false }) }
        }
        return writer
      }

      adapter.beginTransaction = async function () {
        const release = await gate.acquire(waitTimeoutMs, 'a transaction')
        try {
          const { client, db } = await writerConnection()
          await client.execute('BEGIN IMMEDIATE')
          const id = crypto.randomUUID()
          inner.sessions[id] = {
            db,
            resolve: async () => void (await client.execute('COMMIT')),
            reject: async () => void (await client.execute('ROLLBACK')),
          }
          releases.set(id, release)
          return id
        } catch (err) {
          release()
          throw err
        }
      }
      const commit = adapter.commitTransaction
      const rollback = adapter.rollbackTransaction
      const settle = async (end: typeof commit, id: Parameters<typeof commit>[0]): Promise<void> => {
        const resolved = String(id instanceof Promise ? await id : id)
        try {
          await end.call(adapter, resolved)
        } finally {
          releases.get(resolved)?.()
          releases.delete(resolved)
        }
      }
      adapter.commitTransaction = (id) => settle(commit, id)
      adapter.rollbackTransaction = (id) => settle(rollback, id)

      // Writes outside a transaction wait their turn at the same gate.
      const methods = adapter as unknown as Record<(typeof WRITES)[number], AnyMethod>
      for (const name of WRITES) {
        const original = methods[name]
        if (typeof original !== 'function') continue
        methods[name] = async function (this: unknown, ...callArgs: unknown[]) {
          const inTransaction = Boolean((callArgs[0] as WriteArgs | undefined)?.req?.transactionID)
          if (inTransaction || holdingGate.getStore()) return original.apply(this, callArgs)
          const release = await gate.acquire(waitTimeoutMs, `${name} outside a transaction`)
          try {
            return await holdingGate.run(true, () => original.apply(this, callArgs))
          } finally {
            release()
          }
        }
      }

      const connect = adapter.connect
      if (connect) {
        adapter.connect = async function (connectOptions) {
          await connect.call(adapter, connectOptions)
          // The main connection serves reads and the gated writes outside transactions.
          await inner.client?.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
        }
      }
      const destroy = adapter.destroy
      adapter.destroy = async function () {
        writer?.client.close()
        writer = undefined
        await destroy?.call(adapter)
      }
      return adapter
    },
  }
}
