/**
 * Fenlei's one server process: the Next app (admin at /admin, REST at /api, GraphQL at
 * /api/graphql, the public site), /healthz, and the device bridge at /device.
 *
 *   npm start                          development (compiles pages on first visit)
 *   npm run build && NODE_ENV=production npm start
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import next from 'next'
import { getPayload, type Payload } from 'payload'

import { env } from './config/env'
import { redact } from './db/select'
import { createDeviceBridge } from './device-bridge'
import { startScheduler } from './jobs/schedule'
import { DEMO_PASSWORD, demoUsers } from './seed/district'
import { isEmpty, seedDemo } from './seed'
import { seedPoints } from './seed/points'

async function databaseHealth(payload: Payload) {
  const started = performance.now()
  try {
    await payload.count({ collection: 'towns' })
    return { reachable: true, latencyMs: Math.round(performance.now() - started) }
  } catch (err) {
    return { reachable: false, error: err instanceof Error ? err.message : String(err) }
  }
}

// Next's anonymous telemetry would try to reach the internet; this platform runs offline.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

async function main() {
  const bootStarted = performance.now()
  const dev = env.NODE_ENV !== 'production'
  // Imported here, not at the top, so a configuration error ends in one clear line.
  const { default: config, database } = await import('./payload.config')
  const payload = await getPayload({ config })

  // An empty database gets the demo district before the server listens (a few seconds), and the
  // demo points programme (cards, 30 days of drops) right after, in the background.
  let seeded = false
  if (env.SEED_ON_START === 'true' && (await isEmpty(payload))) {
    const report = await seedDemo(payload, {
      adminEmail: env.SEED_ADMIN_EMAIL,
      adminPassword: env.SEED_ADMIN_PASSWORD,
      points: false,
    })
    seeded = true
    payload.logger.info(
      `Seeded the demo district: ${report.created} records. Seeding its points programme in the background…`,
    )
    void seedPoints(payload)
      .then((p) =>
        payload.logger.info(
          `Seeded the demo points: ${p.cards} cards, ${p.drops} drops, ${p.redemptions} redemptions, ${p.checks} checks (${Object.values(p.ms).reduce((a, b) => a + b, 0)} ms).`,
        ),
      )
      .catch((err) =>
        payload.logger.error({
          err,
          msg: 'Seeding the demo points stopped; `npm run seed` continues where it left off.',
        }),
      )
  }

  const nextApp = next({ dev, dir: process.cwd() })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  app.get('/healthz', async (_req, res) => {
    const db = await databaseHealth(payload)
    res.status(db.reachable ? 200 : 503).json({
      status: db.reachable ? 'ok' : 'degraded',
      database: { kind: database.kind, ...db },
      uptimeSeconds: Math.round(process.uptime()),
    })
  })
  app.use('/device', createDeviceBridge(payload))
  app.all('/{*splat}', (req, res) => handle(req, res))

  const stopScheduler = startScheduler(payload)
  const server = http.createServer(app)
  const upgrade = nextApp.getUpgradeHandler()
  server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head))
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve))

  const { port } = server.address() as AddressInfo
  const base = env.PUBLIC_URL ?? `http://localhost:${port}`
  const where = database.kind === 'sqlite' ? database.file : redact(database.url)
  console.log(
    [
      '',
      `  分类 Fenlei is running (${dev ? 'development' : 'production'}) — ready in ${Math.round(performance.now() - bootStarted)} ms`,
      `  后台 Admin:     ${base}/admin`,
      `  接口 REST:      ${base}/api   GraphQL: ${base}/api/graphql`,
      `  健康 Health:    ${base}/healthz`,
      `  数据库 Database: ${database.kind} ${where}${seeded ? ' (demo district seeded now; its points follow in the background)' : ''}`,
      `  管理员 Admin login: ${env.SEED_ADMIN_EMAIL} / ${env.SEED_ON_START === 'true' ? env.SEED_ADMIN_PASSWORD : '(your own)'}`,
      ...demoUsers.map((u) => `  演示 Demo ${u.role}: ${u.email} / ${DEMO_PASSWORD}`),
      '',
    ].join('\n'),
  )

  // In development the admin compiles on its first visit; start that now rather than on a person's click.
  if (dev) void fetch(`http://127.0.0.1:${port}/admin/login`).catch(() => undefined)

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    console.log(`${signal} received: shutting down`)
    const force = setTimeout(() => process.exit(1), 10_000)
    force.unref()
    stopScheduler()
    server.closeIdleConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await nextApp.close().catch(() => undefined)
    await payload.destroy().catch(() => undefined)
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
