/**
 * npm run simulate -- --bins N --rate R --seconds S [--duplicates P] [--bad P] [--batch B] [--concurrency C] [--url URL]
 *
 * Signs and sends realistic traffic from the registered demo bins (their secrets are kept by
 * the seed in DATA_DIR/demo-devices.json): drops and heartbeats, retries of earlier requests
 * (duplicates, share P) and bad requests (share P), at R requests per second for S seconds.
 * Prints what was accepted, duplicated and refused.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { env } from '../config/env'
import { runLoad, summary } from '../device-bridge/load'
import { demoDevicesFile } from '../seed/devices'

const { values } = parseArgs({
  options: {
    bins: { type: 'string', default: '4' },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    duplicates: { type: 'string', default: '0.05' },
    bad: { type: 'string', default: '0.02' },
    batch: { type: 'string', default: '1' },
    concurrency: { type: 'string' },
    url: { type: 'string', default: `http://localhost:${env.PORT}` },
    cards: { type: 'string', default: 'CXN' },
  },
})

const file = demoDevicesFile()
if (!fs.existsSync(file)) {
  console.error(
    `No demo device secrets at ${file}. Start the platform once on an empty database (npm start) or run npm run seed.`,
  )
  process.exit(2)
}
const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as {
  devices: Array<{ deviceId: string; secret: string; compartments?: number }>
}
const devices = saved.devices.filter((d) => !d.deviceId.includes('GIFT')).slice(0, Number(values.bins))
const cards = Array.from({ length: 400 }, (_, i) => `${values.cards}${String(i + 1).padStart(6, '0')}`)
console.log(
  `Simulating ${devices.length} bins → ${values.url}/device/v1 at ${values.rate} req/s for ${values.seconds} s (batch ${values.batch}, duplicates ${values.duplicates}, bad ${values.bad})`,
)
const tally = await runLoad({
  base: values.url!,
  devices,
  cards,
  concurrency: Number(values.concurrency ?? devices.length),
  batch: Number(values.batch),
  seconds: Number(values.seconds),
  rate: Number(values.rate),
  duplicates: Number(values.duplicates),
  bad: Number(values.bad),
})
console.log(summary(tally))
const points = [...tally.points.values()].reduce((a, b) => a + b, 0)
console.log(`points awarded (by the bridge's answers): ${points}`)
