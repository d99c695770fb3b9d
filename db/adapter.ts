/** Builds the Payload database adapter for the chosen database. */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { migrations as postgresMigrations } from '../migrations/postgres'

import { assertTransactionsSupported, type HelloReply } from './mongoTransactions'
import type { DatabaseChoice } from './select'
import { oneWriterAtATime } from './postgresWriter'
import { serializeSqliteTransactions } from './serialTransactions'

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations')
/** PostgreSQL's DDL differs from SQLite's: its migrations are a series of their own. */
const POSTGRES_MIGRATIONS_DIR = path.join(MIGRATIONS_DIR, 'postgres')

type MongoConnectionLike = {
  db?: { admin: () => { command: (cmd: { hello: 1 }) => Promise<unknown> } } | null
}

/** Runs right after MongoDB connects: refuses a deployment that cannot do transactions. */
export async function checkMongoTopology(connection: MongoConnectionLike, allowWithout: boolean): Promise<void> {
  if (!connection.db) throw new Error('MongoDB connection opened without a database handle')
  const hello = (await connection.db.admin().command({ hello: 1 })) as HelloReply
  assertTransactionsSupported(hello, allowWithout)
}

export function buildDatabaseAdapter(
  choice: DatabaseChoice,
  options: {
    allowMongoWithoutTransactions: boolean
    sqliteSynchronous?: 'FULL' | 'NORMAL'
    push?: boolean
    /** Connections per process (PostgreSQL). */
    poolSize?: number
  },
): DatabaseAdapterObj {
  if (choice.kind === 'postgres') {
    return oneWriterAtATime(
      postgresAdapter({
        pool: { connectionString: choice.url, max: options.poolSize ?? 20, application_name: 'fenlei' },
        // Transactions are on by default here (points and payouts all-or-nothing, as on SQLite).
        push: options.push ?? true,
        migrationDir: POSTGRES_MIGRATIONS_DIR,
        prodMigrations: postgresMigrations,
      }),
    )
  }
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      transactionOptions: {},
      afterOpenConnection: (adapter) => checkMongoTopology(adapter.connection, options.allowMongoWithoutTransactions),
    })
  }
  return serializeSqliteTransactions(
    sqliteAdapter({
      client: { url: choice.url },
      // WAL lets readers go on while a write commits; transactions make hooks all-or-nothing.
      // FULL: a commit is on disk before anyone hears "accepted" (points are money). NORMAL is
      // faster and safe against process crashes, but a power cut may lose the last commits.
      wal: { synchronous: options.sqliteSynchronous ?? 'FULL' },
      transactionOptions: {},
      // A deleted record's id is never handed out again (SQLite's AUTOINCREMENT): a reference kept in an audit row,
      // a locked assessment or a bin's log never comes to point at someone else's later record.
      autoIncrement: true,
      // Development pushes the schema (unless told not to); production applies the committed migrations at start.
      push: options.push ?? true,
      migrationDir: MIGRATIONS_DIR,
      prodMigrations: migrations,
    }),
    { key: choice.file, synchronous: options.sqliteSynchronous ?? 'FULL' },
  )
}
