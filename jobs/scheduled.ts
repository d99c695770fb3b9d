/**
 * A scheduled job: a task of Payload's Jobs Queue (its history in `payload-jobs`, one run at a time by its
 * concurrency key) with the time node-cron queues it at. Each area lists its jobs (collections/<area>/index.ts);
 * `jobs/clock.ts` is the clock. Every job is safe to run twice and safe to run late.
 */
import type { Payload, TaskConfig } from 'payload'

/** The queue the clock's jobs go to (scheduled publishing keeps Payload's `default`). */
export const SCHEDULED_QUEUE = 'scheduled'

export type ScheduledJob = {
  slug: string
  /** What the job does, as the history lists it. */
  label: string
  /** node-cron, in UTC (Shanghai is UTC+8). */
  cron: string
  /** Minutely jobs keep only the runs that did something or failed. */
  quiet?: boolean
  /** Also run once when the server starts (in the background). */
  atStart?: boolean
  /** A run still marked running after this long has lost its runner (the process died): it is released. */
  leaseMinutes?: number
  /** Does the work; says what it did (empty: nothing to do). */
  work: (payload: Payload) => Promise<string>
}

export const scheduledJob = (job: ScheduledJob): ScheduledJob => job

/** The Payload task that runs a scheduled job: no retries (the next tick is the retry), exclusive by its slug. */
export function taskOf(job: ScheduledJob): TaskConfig<{ input: object; output: { detail: string } }> {
  return {
    slug: job.slug,
    label: job.label,
    retries: 0,
    concurrency: { key: () => job.slug, exclusive: true },
    outputSchema: [{ name: 'detail', type: 'text' }],
    handler: async ({ req }) => ({ output: { detail: await job.work(req.payload) } }),
  }
}

/** The scheduled jobs of a built config (each area puts its own there, collections/<area>/index.ts). */
export const scheduledJobsOf = (config: { custom?: Record<string, unknown> }): ScheduledJob[] =>
  (config.custom?.scheduledJobs as ScheduledJob[] | undefined) ?? []
