/**
 * One runner at a time per job, across every server process on the database: a run first takes the job's
 * lock (a unique row in `job-locks`, held until a deadline); a run that finds it taken is skipped and says
 * so. Every run is written to `job-runs` (minutely jobs: only those that did something or failed).
 */
import os from 'node:os'

import type { Payload } from 'payload'

export type JobResult = { status: 'succeeded' | 'failed' | 'skipped'; detail: string }

const runner = `${os.hostname()}:${process.pid}`

async function acquire(payload: Payload, job: string, leaseMs: number): Promise<boolean> {
  const until = new Date(Date.now() + leaseMs).toISOString()
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await payload.create({ collection: 'job-locks', data: { job, until, runner }, depth: 0 })
      return true
    } catch {
      // Taken. A holder past its deadline died with it: take over, once.
      const stale = await payload.delete({
        collection: 'job-locks',
        where: { and: [{ job: { equals: job } }, { until: { less_than: new Date().toISOString() } }] },
        depth: 0,
      })
      if (!stale.docs.length) return false
    }
  }
  return false
}

async function release(payload: Payload, job: string): Promise<void> {
  await payload.delete({
    collection: 'job-locks',
    where: { and: [{ job: { equals: job } }, { runner: { equals: runner } }] },
  })
}

export async function runJob(
  payload: Payload,
  job: string,
  work: () => Promise<string>,
  o: { leaseMs?: number; quiet?: boolean } = {},
): Promise<JobResult> {
  const startedAt = new Date().toISOString()
  const record = (status: JobResult['status'], detail: string) =>
    payload.create({
      collection: 'job-runs',
      data: { job, status, startedAt, finishedAt: new Date().toISOString(), detail, runner },
      depth: 0,
    })
  if (!(await acquire(payload, job, o.leaseMs ?? 30 * 60_000))) {
    const detail = '同一任务正在另一进程运行，本次跳过。The same job is running elsewhere; skipped.'
    if (!o.quiet) await record('skipped', detail)
    return { status: 'skipped', detail }
  }
  try {
    const detail = await work()
    if (!o.quiet || detail) await record('succeeded', detail)
    return { status: 'succeeded', detail }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    payload.logger.error({ err: e, msg: `job ${job} failed` })
    await record('failed', detail)
    return { status: 'failed', detail }
  } finally {
    await release(payload, job)
  }
}
