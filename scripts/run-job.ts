/** `npm run job <name>`: runs one of the scheduler's jobs now, under the same one-runner rule (skipped if it is running elsewhere). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { findJob, runScheduledJob, scheduledJobs } from '../jobs/clock'

const payload = await getPayload({ config })
const name = process.argv[2]
const job = name ? findJob(payload, name) : undefined
if (!job) {
  console.error(
    `用法 Usage: npm run job <${scheduledJobs(payload)
      .map((j) => j.slug)
      .join(' | ')}>`,
  )
  await payload.destroy()
  process.exit(2)
}
const result = await runScheduledJob(payload, job)
console.log(`${name}: ${result.status} — ${result.detail}`)
await payload.destroy()
process.exit(result.status === 'failed' ? 1 : 0)
