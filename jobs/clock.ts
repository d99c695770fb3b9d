/**
 * The scheduler's clock: node-cron queues each scheduled job (jobs/scheduled.ts, listed by the areas) into Payload's
 * Jobs Queue at its time and runs it; every minute it also runs Payload's `default` queue (scheduled publishing of
 * campaigns and articles). One run of a job at a time, in this process and in any other on the database: a run that
 * finds the same job running is skipped and recorded as skipped; Payload's concurrency key (the job's name) keeps two
 * queued runs from running side by side. A run left marked running by a process that died is released after its
 * lease. The history is `payload-jobs` (admins: 系统 → 定时任务记录). `npm run job <name>` runs one now.
 */
import cron from 'node-cron'
import type { Payload } from 'payload'

import { withJobLock } from '../db/jobLock'

import { SCHEDULED_QUEUE, scheduledJobsOf, type ScheduledJob } from './scheduled'

export type JobResult = { status: 'succeeded' | 'failed' | 'skipped'; detail: string }

const SKIPPED = '同一任务正在另一进程运行，本次跳过。The same job is running elsewhere; skipped.'
const DIED = '运行进程已中断，本次运行作废。The process running it died; released.'
const LEASE_MINUTES = 30

export const scheduledJobs = (payload: Payload): ScheduledJob[] => scheduledJobsOf(payload.config)

export function findJob(payload: Payload, name: string): ScheduledJob | undefined {
  return scheduledJobs(payload).find((j) => j.slug === name)
}

type JobDoc = {
  id: number | string
  processing?: boolean | null
  completedAt?: string | null
  hasError?: boolean | null
  error?: unknown
  log?: Array<{ state?: string; output?: { detail?: string } | null; error?: unknown }> | null
}

const messageOf = (error: unknown): string =>
  error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : ''

/** Runs of `job` still marked running past its lease lost their process: released as failed, so the next can run. */
async function releaseStale(payload: Payload, job: ScheduledJob, now: Date): Promise<void> {
  const before = new Date(now.getTime() - (job.leaseMinutes ?? LEASE_MINUTES) * 60_000).toISOString()
  const stale = await payload.db.find<JobDoc>({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: job.slug } }, { processing: { equals: true } }, { updatedAt: { less_than: before } }],
    },
    limit: 20,
    pagination: false,
  })
  for (const doc of stale.docs)
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: doc.id,
      data: { processing: false, hasError: true, error: { message: DIED }, completedAt: now.toISOString() },
      returning: false,
    })
}

async function isRunning(payload: Payload, job: ScheduledJob): Promise<boolean> {
  const running = await payload.db.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: job.slug } }, { processing: { equals: true } }] },
  })
  return running.totalDocs > 0
}

/** A skipped run, in the history (a quiet job's skips are not kept). */
async function recordSkipped(payload: Payload, job: ScheduledJob, id?: number | string): Promise<void> {
  const data = { processing: false, completedAt: new Date().toISOString(), skipped: SKIPPED }
  if (id !== undefined) {
    if (job.quiet) await payload.db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: id } } })
    else await payload.db.updateOne({ collection: 'payload-jobs', id, data, returning: false })
  } else if (!job.quiet) {
    await payload.db.create({
      collection: 'payload-jobs',
      data: { taskSlug: job.slug, queue: SCHEDULED_QUEUE, input: {}, concurrencyKey: job.slug, ...data },
    })
  }
}

/** Queues one run of `job` and runs it now, unless the same job is running (here or in another process). */
export async function runScheduledJob(payload: Payload, job: ScheduledJob, now = new Date()): Promise<JobResult> {
  // On PostgreSQL, the job's lock first: two processes whose clocks fire together cannot both pass the check below.
  const result = await withJobLock(payload, job.slug, () => runUnlessRunning(payload, job, now))
  if (result !== 'held') return result
  await recordSkipped(payload, job)
  return { status: 'skipped', detail: SKIPPED }
}

async function runUnlessRunning(payload: Payload, job: ScheduledJob, now: Date): Promise<JobResult> {
  await releaseStale(payload, job, now)
  if (await isRunning(payload, job)) {
    await recordSkipped(payload, job)
    return { status: 'skipped', detail: SKIPPED }
  }
  // The task's slug is a string here; the generated types know each task's name and input ({} for every one of these).
  const queue = payload.jobs.queue as (args: { task: string; queue: string; input: object }) => Promise<JobDoc>
  const queued = await queue({ task: job.slug, queue: SCHEDULED_QUEUE, input: {} })
  // Run this run only; Payload leaves it queued when another run of the job (same concurrency key) holds it.
  await payload.jobs.run({ queue: SCHEDULED_QUEUE, where: { id: { equals: queued.id } }, limit: 1, silent: true })
  const done = await payload.db.findOne<JobDoc>({ collection: 'payload-jobs', where: { id: { equals: queued.id } } })
  if (!done?.completedAt && !done?.hasError) {
    await recordSkipped(payload, job, queued.id)
    return { status: 'skipped', detail: SKIPPED }
  }
  const last = done.log?.at(-1)
  if (done.hasError || last?.state === 'failed') {
    const detail = messageOf(last?.error) || messageOf(done.error) || '失败 Failed'
    const stack = (last?.error as { stack?: string } | undefined)?.stack
    payload.logger.error({ msg: `job ${job.slug} failed: ${detail}`, ...(stack ? { stack } : {}) })
    return { status: 'failed', detail }
  }
  const detail = last?.output?.detail ?? ''
  // A quiet job keeps only the runs that did something.
  if (job.quiet && !detail)
    await payload.db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: queued.id } } })
  return { status: 'succeeded', detail }
}

/** `npm run job <name>` and the tests: one run of a named job now, under the same one-runner rule. */
export function runNamedJob(payload: Payload, name: string): Promise<JobResult> {
  const job = findJob(payload, name)
  if (!job)
    throw new Error(
      `No job "${name}". Jobs: ${scheduledJobs(payload)
        .map((j) => j.slug)
        .join(', ')}`,
    )
  return runScheduledJob(payload, job)
}

/** Payload's own queue (scheduled publishing): the jobs whose time has come. Returns how many ran. */
export async function runDueQueue(payload: Payload): Promise<number> {
  const result = await payload.jobs.run({ queue: 'default', limit: 50, sequential: true, silent: true })
  return Object.keys(result.jobStatus ?? {}).length
}

export function startScheduler(payload: Payload): () => void {
  const guard = (name: string, run: () => Promise<unknown>) => async () => {
    try {
      await run()
    } catch (e) {
      payload.logger.error({ err: e, msg: `scheduler: ${name} could not run` })
    }
  }
  const jobs = scheduledJobs(payload)
  const tasks = [
    ...jobs.map((job) =>
      cron.schedule(
        job.cron,
        guard(job.slug, () => runScheduledJob(payload, job)),
        // The schedules are written in UTC: a server whose clock is set to Shanghai time runs them at the same moments.
        { timezone: 'UTC' },
      ),
    ),
    cron.schedule(
      '* * * * *',
      guard('default queue', () => runDueQueue(payload)),
      { timezone: 'UTC' },
    ),
  ]
  for (const job of jobs) if (job.atStart) void guard(job.slug, () => runScheduledJob(payload, job))()
  return () => tasks.forEach((t) => void t.stop())
}
