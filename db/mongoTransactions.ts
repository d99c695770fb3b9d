/**
 * MongoDB runs multi-document transactions only on a replica set or a sharded cluster.
 * Fenlei refuses to start on a standalone server unless told to (the points ledger needs them).
 */

/** The parts of the `hello` command's answer that tell the topology. */
export type HelloReply = { setName?: string; msg?: string; isWritablePrimary?: boolean }

export function supportsTransactions(hello: HelloReply): boolean {
  return Boolean(hello.setName) || hello.msg === 'isdbgrid'
}

export function assertTransactionsSupported(hello: HelloReply, allowWithout: boolean): void {
  if (supportsTransactions(hello) || allowWithout) return
  throw new Error(
    'MongoDB at DATABASE_URL is a standalone server: it cannot run transactions, which Fenlei ' +
      'needs to keep points and payouts exact. Use a replica set (add ?replicaSet=<name>), or set ' +
      'MONGODB_ALLOW_NO_TRANSACTIONS=true to start anyway. MongoDB 不是副本集，无法使用事务。',
  )
}
