/**
 * Jest globalSetup of the `postgres` project: one throw-away PostgreSQL cluster for the run (scripts/postgresCluster.ts,
 * about 2 s), each test file on a database of its own in it (tests/helpers/env-postgres.ts). The teardown stops it.
 */
import { type Cluster, startCluster } from '../../scripts/postgresCluster'

declare global {
  var fenleiTestCluster: Cluster | undefined
}

export default async function setup(): Promise<void> {
  if (globalThis.fenleiTestCluster) return
  const cluster = await startCluster()
  globalThis.fenleiTestCluster = cluster
  // Test workers start after this and inherit the environment.
  process.env.FENLEI_TEST_POSTGRES = cluster.url('')
}
