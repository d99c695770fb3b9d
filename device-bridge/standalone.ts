/**
 * `npm run bridge` — the device bridge alone, on BRIDGE_PORT, against the configured database.
 * Several of these (and the main server) can serve one database at the same time.
 *
 * A bridge joins a database the main server (or `npm run seed`) has set up, so it does not push
 * the schema itself: two processes pushing one schema at once made drizzle-kit ask an interactive
 * question that a process without a terminal can never answer (it exited 0 or 13 with no output).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

process.env.DB_PUSH = 'false'

const { default: express } = await import('express')
const { getPayload } = await import('payload')
const { env } = await import('../config/env')
const { createDeviceBridge } = await import('./index')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const app = express()
app.disable('x-powered-by')
app.set('trust proxy', env.TRUST_PROXY === 'true' ? 1 : false)
app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: 'fenlei-device-bridge' }))
app.use('/device', createDeviceBridge(payload))
const server = http.createServer(app)
await new Promise<void>((resolve) => server.listen(env.BRIDGE_PORT, env.HOST, resolve))
console.log(
  `分类 Fenlei device bridge listening on http://localhost:${(server.address() as AddressInfo).port}/device/v1`,
)

const stop = async () => {
  server.close()
  await payload.destroy().catch(() => undefined)
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
