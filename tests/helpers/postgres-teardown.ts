/** Jest globalTeardown of the `postgres` project: the run's cluster stopped and its folder removed. */
export default async function teardown(): Promise<void> {
  globalThis.fenleiTestCluster?.stop()
  globalThis.fenleiTestCluster = undefined
}
