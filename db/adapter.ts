/** Builds the Payload database adapter for the chosen database. */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { assertTransactionsSupported, type HelloReply } from './mongoTransactions'
import type { DatabaseChoice } from './select'
import { serializeSqliteTransactions } from './serialTransactions'

export function buildDatabaseAdapter(
  choice: DatabaseChoice,
  options: { allowMongoWithoutTransactions: boolean },
): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      transactionOptions: {},
      afterOpenConnection: async (adapter) => {
        const db = adapter.connection.db
        if (!db) throw new Error('MongoDB connection opened without a database handle')
        const hello = (await db.admin().command({ hello: 1 })) as HelloReply
        assertTransactionsSupported(hello, options.allowMongoWithoutTransactions)
      },
    })
  }
  return serializeSqliteTransactions(
    sqliteAdapter({
      client: { url: choice.url },
      // WAL lets readers go on while a write commits; transactions make hooks all-or-nothing.
      wal: true,
      transactionOptions: {},
    }),
    { key: choice.file },
  )
}
