/**
 * Fenlei's one server process: the Next app (admin at /admin, REST at /api, GraphQL at
 * /api/graphql, the public site), /healthz, and the device bridge at /device.
 *
 *   npm start                          development (compiles pages on first visit)
 *   npm run build && NODE_ENV=production npm start
 *
 * A start either runs or says in one line why not and exits non-zero — with or without a terminal
 * (a service manager starts it without one).
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

// Every date a page shows is rendered twice, by the server and again by the browser (Payload's admin formats
// with the process's own zone): both must read Asia/Shanghai, or React reports a hydration mismatch (issue 19).
// Storage stays UTC (ISO strings); no code reads the process's zone for anything but formatting.
process.env.TZ = 'Asia/Shanghai'
// Next's anonymous telemetry would try to reach the internet; this platform runs offline.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

let listening = false
process.on('exit', (code) => {
  // Something (a library asking a question nobody can answer, say) ended the process before it served.
  if (!listening) {
    if (code === 0) console.error('分类 Fenlei stopped before it started serving (see the lines above). 服务未能启动。')
    process.exitCode = code || 1
  }
})

async function databaseHealth(payload: Payload) {
  const started = performance.now()
  try {
    await payload.count({ collection: 'towns' })
    return { reachable: true, latencyMs: Math.round(performance.now() - started) }
  } catch (err) {
    return { reachable: false, error: err instanceof Error ? err.message : String(err) }
  }
}

async function main() {
  const bootStarted = performance.now()
  // Imported here, not at the top, so a configuration error ends in one clear line.
  const { env, dataDir, pinMode, seedOnStart, DEFAULT_ADMIN_PASSWORD } = await import('./config/env')
  const startup = await import('./config/startup')
  const dev = env.NODE_ENV !== 'production'
  // Pinned for the code Next loads in this process (config/env.ts): Next's production server, which a development
  // start uses for the admin built at install, sets NODE_ENV=production for everything it loads.
  pinMode(env.NODE_ENV)
  const dir = dataDir()
  const releaseDataDir = startup.claimDataDir(dir)
  process.on('exit', releaseDataDir)
  await startup.assertPortFree(env.PORT, env.HOST)

  const { DEMO_PASSWORD, demoUsers } = await import('./seed/district')
  const seed = seedOnStart()
  if (!dev && seed && env.SEED_ADMIN_PASSWORD === DEFAULT_ADMIN_PASSWORD) {
    throw new startup.StartRefused(
      '生产环境不能用默认管理员密码播种演示数据：请设置 SEED_ADMIN_PASSWORD。Set SEED_ADMIN_PASSWORD: production never seeds with the published default.',
    )
  }

  // The server listens at once and Next starts compiling the admin while Payload connects, migrates and an
  // empty database gets its demo district (issue 21: the first start served the admin after ~65 s when these ran
  // one after another). Until all that is done, every request but our own warm-up is answered 503 with a
  // Retry-After: nobody meets an admin without users (Payload would offer to create the first one), a bridge
  // without its bins or a half-migrated database.
  const { getPayload } = await import('payload')
  const { default: config, database } = await import('./payload.config')
  let open = false
  const warmUpToken = randomBytes(16).toString('hex')

  // A development start serves the admin built at install (npm's postinstall) while the sources are the ones it
  // was built from: served at once instead of compiled on the first visit (scripts/prebuilt.mjs).
  const { prebuiltIsCurrent } = await import('./scripts/prebuilt.mjs')
  const prebuilt = dev && env.DEV_PREBUILT === 'true' && prebuiltIsCurrent(process.cwd())
  const { default: next } = await import('next')
  const nextApp = next({ dev: dev && !prebuilt, dir: process.cwd() })
  const handle = nextApp.getRequestHandler()

  const { default: express } = await import('express')
  const { createDeviceBridge } = await import('./device-bridge')
  const { guardApi } = await import('./config/guard')
  const app = express()
  app.disable('x-powered-by')
  // Behind one reverse proxy: the address it saw (never the left-most X-Forwarded-For, which a client writes).
  app.set('trust proxy', env.TRUST_PROXY === 'true' ? 1 : false)
  app.get('/healthz', async (_req, res) => {
    // Open means Payload has connected, migrated and seeded (below).
    const db = open ? await databaseHealth(payload) : { reachable: false, error: 'starting' }
    res.status(db.reachable ? 200 : 503).json({
      status: !open ? 'starting' : db.reachable ? 'ok' : 'degraded',
      database: { kind: database.kind, ...db },
      uptimeSeconds: Math.round(process.uptime()),
    })
  })
  let bridge: RequestHandler = (_req, _res, nextHandler) => nextHandler()
  app.use((req, res, nextHandler) => {
    if (open || req.get('x-fenlei-warmup') === warmUpToken) return nextHandler()
    res
      .status(503)
      .set('Retry-After', '5')
      .type('text/plain; charset=utf-8')
      .send(
        '分类 Fenlei 正在启动（准备数据库与演示数据），请几秒后刷新。Fenlei is starting; try again in a few seconds.\n',
      )
  })
  app.use('/device', (req, res, nextHandler) => bridge(req, res, nextHandler))
  app.use(guardApi({ publicUrl: env.PUBLIC_URL, jsonLimit: env.API_JSON_LIMIT }))
  app.all('/{*splat}', (req, res) => handle(req, res))
  const server = http.createServer(app)
  const warmUp = new AbortController()
  let warmedUp: Promise<unknown> = Promise.resolve()

  const listen = async () => {
    await nextApp.prepare()
    const upgrade = nextApp.getUpgradeHandler()
    server.on('upgrade', (req, socket, head) => (open ? void upgrade(req, socket, head) : socket.destroy()))
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(env.PORT, env.HOST, resolve)
    })
    const { port } = server.address() as AddressInfo
    // In development the admin compiles on its first visit: that starts now, beside the database's start (the
    // compile needs the cores more than the demo's points do, so those wait for it).
    if (dev && !prebuilt && env.DEV_WARMUP === 'true') {
      const warmUpStarted = performance.now()
      warmedUp = fetch(`http://127.0.0.1:${port}/admin/login`, {
        signal: warmUp.signal,
        headers: { 'x-fenlei-warmup': warmUpToken },
      })
        .then(async (res) => {
          await res.arrayBuffer()
          console.log(
            `  后台已编译 Admin compiled: ${Math.round(performance.now() - bootStarted)} ms after start (${Math.round(performance.now() - warmUpStarted)} ms of compiling)`,
          )
        })
        .catch(() => undefined)
    }
    return port
  }
  // Both run together; a failure of either ends the start, at once.
  const startListening = () => {
    const serving = listen()
    serving.catch((err) => {
      console.error(`分类 Fenlei could not serve: ${err instanceof Error ? err.message : String(err)}`)
      process.exit(1)
    })
    return serving
  }
  // The development server starts at once. Next's production server (the admin built at install) sets NODE_ENV to
  // production when NODE_ENV is unset, and Payload reads it while connecting (a production connect applies the
  // migrations itself, where development leaves them to migrateOrExplain below): that one waits for the connect.
  let listened = prebuilt ? undefined : startListening()

  const payload = await getPayload({ config })
  if (dev && env.DB_PUSH !== 'true') {
    // Development applies the committed migrations too (production does it while connecting): a schema
    // push may need to ask a question, and a start without a terminal cannot answer one.
    const { migrateOrExplain } = await import('./db/migrate')
    await migrateOrExplain(payload)
  }
  listened ??= startListening()
  const publishedPasswords = [
    { email: env.SEED_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD },
    ...demoUsers.map((u) => ({ email: u.email, password: DEMO_PASSWORD })),
  ]
  if (!dev) await startup.assertNoDefaultPasswords(payload, publishedPasswords)

  // An empty database gets the demo district before anyone is let in (a few seconds), and the demo points
  // programme (cards, 30 days of drops) after the admin's first compile, in the background.
  const { isEmpty, seedAfterPoints, seedDemo } = await import('./seed')
  const { seedPoints } = await import('./seed/points')
  const seeded = seed && (await isEmpty(payload))
  if (seeded) {
    const report = await seedDemo(payload, {
      adminEmail: env.SEED_ADMIN_EMAIL,
      adminPassword: env.SEED_ADMIN_PASSWORD,
      points: false,
    })
    payload.logger.info(
      `Seeded the demo district: ${report.created} records. Seeding its points programme in the background…`,
    )
    // Checked again after seeding: nothing a production seed creates may carry a published password.
    if (!dev) await startup.assertNoDefaultPasswords(payload, publishedPasswords)
  }
  bridge = createDeviceBridge(payload)
  const port = await listened
  startup.restrictDataFiles(dir, database.kind === 'sqlite' ? database.file : undefined)

  open = true
  listening = true

  const { startScheduler } = await import('./jobs/clock')
  const stopScheduler = startScheduler(payload)

  const demo =
    dev && env.DEMO_SIMULATOR === 'true'
      ? { ...(await import('./device-bridge/demo')), ...(await import('./seed/devices')) }
      : undefined
  const { redact } = await import('./db/select')
  const base = env.PUBLIC_URL ?? `http://localhost:${port}`
  const where = database.kind === 'sqlite' ? database.file : redact(database.url)
  console.log(
    [
      '',
      `  分类 Fenlei is running (${dev ? 'development' : 'production'}) — ready in ${Math.round(performance.now() - bootStarted)} ms`,
      `  后台 Admin:     ${base}/admin${prebuilt ? ' (built at install)' : dev && env.DEV_WARMUP === 'true' ? ' (compiling now; a line below says when it is ready)' : ''}`,
      `  接口 REST:      ${base}/api   GraphQL: ${base}/api/graphql`,
      `  健康 Health:    ${base}/healthz`,
      ...(dev && env.DEMO_SIMULATOR === 'true'
        ? ['  演示 Demo bins: simulated traffic on — 运营 → 运营设置 turns it off (or DEMO_SIMULATOR=false)']
        : []),
      `  数据库 Database: ${database.kind} ${where}${seeded ? ' (demo district seeded now; its points follow in the background)' : ''}`,
      ...(seed
        ? [
            `  管理员 Admin login: ${env.SEED_ADMIN_EMAIL} / ${env.SEED_ADMIN_PASSWORD}`,
            // Production never creates the demo accounts (seed/index.ts), so it does not name them either.
            ...(dev ? demoUsers.map((u) => `  演示 Demo ${u.role}: ${u.email} / ${DEMO_PASSWORD}`) : []),
          ]
        : [`  管理员 Admin login: ${env.SEED_ADMIN_EMAIL} / (your own password)`]),
      '',
    ].join('\n'),
  )

  // Started once the banner is out: the points' first steps are long synchronous work that would hold it up.
  /** Settles when the demo's points are in (at once when nothing is being seeded). */
  let pointsSeeded: Promise<unknown> = Promise.resolve()
  if (seeded) {
    pointsSeeded = warmedUp
      .then(() => seedPoints(payload))
      .then(async (p) => {
        await seedAfterPoints(payload)
        return p
      })
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

  let closing = false
  let stopDemo = () => {}
  if (demo) {
    const { readDemoDevices, startDemoTraffic } = demo
    const devices = readDemoDevices(demo.demoDevicesFile())
    if (devices.length)
      void pointsSeeded.then(() => {
        if (!closing) stopDemo = startDemoTraffic(payload, `http://127.0.0.1:${port}`, devices)
      })
  }

  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    console.log(`${signal} received: shutting down`)
    const force = setTimeout(() => process.exit(1), 20_000)
    force.unref()
    stopScheduler()
    stopDemo()
    // Our own warm-up request is not a person's: it does not hold the shutdown up (a compile takes a minute).
    warmUp.abort()
    server.closeIdleConnections()
    // Requests in flight get five seconds to finish; then their connections are closed and the server stops.
    setTimeout(() => server.closeAllConnections(), 5_000).unref()
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
