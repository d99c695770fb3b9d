/**
 * Concurrent writes on SQLite with transactions on.
 *
 * Payload's SQLite adapter runs each transaction on a fresh libsql connection that has no busy
 * timeout, and libsql is synchronous: two overlapping write transactions in one process fail
 * with SQLITE_BUSY (measured: 19 of 20 concurrent creates), and a busy timeout cannot help
 * because waiting would block the very event loop that has to commit the other transaction.
 *
 * So, for the whole app, write transactions in one process take turns through a FIFO gate:
 * `beginTransaction` waits for the gate, `commitTransaction`/`rollbackTransaction` open it.
 * The gate lives on globalThis (one per database file), so Next's route handlers and the
 * express server share it even when their module graphs differ. Across processes (several
 * bridge processes on one file) each transaction connection gets a busy timeout before its
 * BEGIN IMMEDIATE, so another process's write is waited for instead of failing.
 *
 * Trap: a Local API call inside a transaction that forgets `req` starts a second transaction
 * and would wait on the first forever; the wait has a timeout with an error that says so.
 */
import type { DatabaseAdapterObj } from 'payload'

type Release = () => void

export class WriteGate {
  private held = false
  private readonly queue: Array<() => void> = []

  get waiting(): number {
    return this.queue.length
  }

  acquire(timeoutMs: number): Promise<Release> {
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
            `Timed out after ${timeoutMs} ms waiting for the SQLite write gate. Another transaction ` +
              'is still open: a Local API call inside a hook probably forgot to pass `req`.',
          ),
        )
      }, timeoutMs)
    })
  }
}

const GATES = Symbol.for('fenlei.sqlite.writeGates')
type GlobalWithGates = typeof globalThis & { [GATES]?: Map<string, WriteGate> }

export function writeGateFor(key: string): WriteGate {
  const g = globalThis as GlobalWithGates
  const gates = (g[GATES] ??= new Map())
  let gate = gates.get(key)
  if (!gate) gates.set(key, (gate = new WriteGate()))
  return gate
}

type TransactionId = number | string
type LibsqlClientLike = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: 'write' | 'read' | 'deferred') => Promise<unknown>
}

export function serializeSqliteTransactions(
  adapterObj: DatabaseAdapterObj,
  options: { key: string; waitTimeoutMs?: number; busyTimeoutMs?: number },
): DatabaseAdapterObj {
  const { key, waitTimeoutMs = 30_000, busyTimeoutMs = 5_000 } = options
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const gate = writeGateFor(key)
      const releases = new Map<TransactionId, Release>()
      const begin = adapter.beginTransaction
      const commit = adapter.commitTransaction
      const rollback = adapter.rollbackTransaction
      const connect = adapter.connect

      const settle = async (
        end: typeof commit,
        self: typeof adapter,
        id: Parameters<typeof commit>[0],
      ): Promise<void> => {
        const resolved = id instanceof Promise ? await id : id
        try {
          await end.call(self, resolved)
        } finally {
          releases.get(resolved)?.()
          releases.delete(resolved)
        }
      }

      adapter.beginTransaction = async function (this: typeof adapter, txOptions) {
        const release = await gate.acquire(waitTimeoutMs)
        try {
          const id = await begin.call(this, txOptions)
          if (id === null) release()
          else releases.set(id, release)
          return id
        } catch (err) {
          release()
          throw err
        }
      }
      adapter.commitTransaction = async function (this: typeof adapter, id) {
        await settle(commit, this, id)
      }
      adapter.rollbackTransaction = async function (this: typeof adapter, id) {
        await settle(rollback, this, id)
      }
      if (connect) {
        adapter.connect = async function (this: typeof adapter, connectOptions) {
          await connect.call(this, connectOptions)
          // The adapter keeps its libsql client on `client`; it is not in Payload's base type.
          const client = (this as unknown as { client?: LibsqlClientLike }).client
          if (client && !(client as { __fenleiBusy?: boolean }).__fenleiBusy) {
            const transaction = client.transaction.bind(client)
            client.transaction = async (mode) => {
              // Sets the timeout on the connection the transaction is about to take over.
              await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
              return transaction(mode)
            }
            ;(client as { __fenleiBusy?: boolean }).__fenleiBusy = true
          }
        }
      }
      return adapter
    },
  }
}
