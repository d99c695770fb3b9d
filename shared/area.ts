/**
 * An area of the platform as a Payload plugin: its collections, globals, root endpoints and scheduled jobs are added
 * to the config in the order given. `payload.config.ts` lists the areas; each area's `index.ts` builds its own.
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
  (parts: AreaParts): Plugin =>
  (config) => ({
    ...config,
    collections: [...(config.collections ?? []), ...(parts.collections ?? [])],
    globals: [...(config.globals ?? []), ...(parts.globals ?? [])],
    endpoints: [...(config.endpoints ?? []), ...(parts.endpoints ?? [])],
    jobs: parts.tasks?.length
      ? { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...parts.tasks] }
      : config.jobs,
  })
