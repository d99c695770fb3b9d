/**
 * Payload's jobs queue, run by our scheduler: scheduled publishing and unpublishing of campaigns and base
 * articles (the admin's "Schedule publish" queues a `schedulePublish` job for its time). Safe to run
 * twice or late: a job runs once, when its time has come.
 */
import type { Payload } from 'payload'

export async function runQueuedJobs(payload: Payload): Promise<number> {
  const result = await payload.jobs.run({ queue: 'default', limit: 50 })
  return Object.keys(result.jobStatus ?? {}).length
}
