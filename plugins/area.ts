/**
 * An area of the platform as a Payload plugin: its collections, globals, root endpoints and scheduled jobs are added
 * to the config in the order given. `payload.config.ts` lists the areas; each area's `index.ts` builds its own.
 * The parts are read when the config is built, not when the module loads: areas import each other's index (a
 * work order's alert, a pickup's drops), and a part read at load time could still be uninitialised in that cycle.
 */
import type { CollectionConfig, Config, Endpoint, GlobalConfig } from 'payload'

import { scheduledJobsOf, taskOf, type ScheduledJob } from '../jobs/scheduled'

export type AreaParts = {
  collections?: CollectionConfig[]
  globals?: GlobalConfig[]
  /** Endpoints under /api itself (not under a collection's slug). */
  endpoints?: Endpoint[]
  /** Scheduled jobs (jobs/<area>/): tasks of Payload's Jobs Queue that the clock (jobs/clock.ts) queues on time. */
  jobs?: ScheduledJob[]
}

export const areaPlugin =
  (partsOf: () => AreaParts) =>
  (config: Config): Config => {
    const parts = partsOf()
    return {
      ...config,
      collections: [...(config.collections ?? []), ...(parts.collections ?? [])],
      globals: [...(config.globals ?? []), ...(parts.globals ?? [])],
      endpoints: [...(config.endpoints ?? []), ...(parts.endpoints ?? [])],
      jobs: parts.jobs?.length
        ? { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...parts.jobs.map(taskOf)] }
        : config.jobs,
      // The clock (jobs/clock.ts) reads each job's time from here.
      custom: parts.jobs?.length
        ? { ...config.custom, scheduledJobs: [...scheduledJobsOf(config), ...parts.jobs] }
        : config.custom,
    }
  }
