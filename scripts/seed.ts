/** `npm run seed`: seeds the demo district into the configured database (idempotent). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { env } from '../config/env'
import { migrateOrExplain } from '../db/migrate'
import { seedDemo } from '../seed'

const payload = await getPayload({ config })
if (env.NODE_ENV !== 'production' && env.DB_PUSH !== 'true') await migrateOrExplain(payload)
const started = Date.now()
const report = await seedDemo(payload, { adminEmail: env.SEED_ADMIN_EMAIL, adminPassword: env.SEED_ADMIN_PASSWORD })
console.log(
  `Seed done in ${Date.now() - started} ms: ${report.created} created, ${report.existing} already there; points: ${JSON.stringify(report.points)}`,
)
await payload.destroy()
process.exit(0)
