/** `npm run job <name>`: runs one of the scheduler's jobs now, under the same one-runner rule (skipped if it is running elsewhere). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { JOBS, runNamedJob } from '../jobs/schedule'

const name = process.argv[2]
if (!name || !JOBS[name]) {
  console.error(`用法 Usage: npm run job <${Object.keys(JOBS).join(' | ')}>`)
  process.exit(2)
}
const payload = await getPayload({ config })
const result = await runNamedJob(payload, name)
console.log(`${name}: ${result.status} — ${result.detail}`)
await payload.destroy()
process.exit(result.status === 'failed' ? 1 : 0)
