/**
 * An area of the platform as a Payload plugin: its collections, globals, root endpoints and scheduled jobs are added
 * to the config in the order given. `payload.config.ts` lists the areas; each area's `index.ts` builds its own.
 * The parts are read when the config is built, not when the module loads: areas import each other's index (a
 * work order's alert, a pickup's drops), and a part read at load time could still be uninitialised in that cycle.
 */
import type { CollectionConfig, Endpoint, GlobalConfig, Plugin, TaskConfig } from 'payload'

export type AreaParts = {
  collections?: CollectionConfig[]
  globals?: GlobalConfig[]
  /** Endpoints under /api itself (not under a collection's slug). */
  endpoints?: Endpoint[]
  /** Tasks of Payload's Jobs Queue (jobs/<area>/), queued by the scheduler's clock. */
  tasks?: TaskConfig[]
}

export const areaPlugin =
  (partsOf: () => AreaParts): Plugin =>
  (config) => {
    const parts = partsOf()
    return {
      ...config,
      collections: [...(config.collections ?? []), ...(parts.collections ?? [])],
      globals: [...(config.globals ?? []), ...(parts.globals ?? [])],
      endpoints: [...(config.endpoints ?? []), ...(parts.endpoints ?? [])],
      jobs: parts.tasks?.length
        ? { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...parts.tasks] }
        : config.jobs,
    }
  }
