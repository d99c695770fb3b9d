/**
 * End to end: `server.ts` boots — detached from any terminal, as a service manager starts it — on a
 * free port against a fresh data folder, applies the migrations, seeds the demo district, answers
 * /healthz and the device bridge, refuses foreign origins and oversized bodies, keeps its files to itself,
 * refuses a second start on the same folder and a production start with published passwords, and shuts
 * down cleanly on SIGTERM. When `.next` holds the build `npm ci` made of these sources, the development start
 * serves it (scripts/prebuilt.mjs): the login page and a REST login are checked. Otherwise nothing here asks Next
 * for a page (the development server compiles each on its first visit, a minute of both cores); what Next serves
 * is checked against the production server in tests/admin.test.ts.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import http from 'node:http'

import { createClient } from '@libsql/client'

import { scaled } from './helpers/slowness'
import { launch } from './helpers/browser'
import { runToExit, startApp } from './helpers/spawn'
import { prebuiltIsCurrent } from '../scripts/prebuilt.mjs'

let child: ChildProcess
let base = ''
let readOutput = () => ''
let dir = ''
const ADMIN = { email: 'e2e-admin@test.local', password: 'e2e-password-1' }

beforeAll(async () => {
  // In a full run the browser suite's build runs in the background (tests/helpers/sequencer.js): a development
  // server started beside it waited over 90 s for the cores. Wait for it first.
  const build = process.env.FENLEI_NEXT_BUILD
  for (let waited = 0; build && !fs.existsSync(path.join(build, 'exit')) && waited < scaled(400_000); waited += 500)
    await new Promise((resolve) => setTimeout(resolve, 500))
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-e2e-'))
  const started = await startApp(
    'server.ts',
    {
      // As `npm start` runs: NODE_ENV unset (Next's production server, serving the install's build, then sets it).
      NODE_ENV: '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DATABASE_URL: '',
      PAYLOAD_SECRET: '',
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      // The living demo is tested on its own (work-orders.test.ts); here the start itself is what is checked.
      DEMO_SIMULATOR: 'false',
      // Nothing here visits a page: the admin's background compile would only take a core from the other suites.
      DEV_WARMUP: 'false',
      SEED_ON_START: 'true',
      // The real start path: committed migrations, not a schema push.
      DB_PUSH: 'false',
    },
    /Admin:\s+(http:\/\/localhost:\d+)\/admin[\s\S]*operator: \S+ \/ \S+/,
    // Alone it is ready in ~25 s; beside the other suites and the browser suite's build it once took over 90 s.
    180_000,
  )
  child = started.child
  readOutput = started.output
  base = started.match[1]!.replace('localhost', '127.0.0.1')
}, 600_000)

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  fs.rmSync(dir, { recursive: true, force: true })
})

test('the banner prints the admin URL and the demo logins', () => {
  expect(readOutput()).toContain(`${ADMIN.email} / ${ADMIN.password}`)
  expect(readOutput()).toMatch(/erba@fenlei\.local/)
  expect(readOutput()).toMatch(/demo district seeded now/)
})

test('/healthz reports the database reachable', async () => {
  const res = await fetch(`${base}/healthz`)
  expect(res.status).toBe(200)
  const body = await res.json()
  expect(body).toMatchObject({ status: 'ok', database: { kind: 'sqlite', reachable: true } })
})

test('a development start serves the admin built at install while the sources are unchanged, and says which it does', async () => {
  // `npm ci` builds the admin (scripts/prebuild.mjs); after an edit the fingerprint differs and the server compiles.
  if (prebuiltIsCurrent(process.cwd())) {
    expect(readOutput()).toMatch(/Admin:.*\(built at install\)/)
    const res = await fetch(`${base}/admin/login`)
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/<html[^>]*lang="zh"/)
    // The admin's Payload runs in the platform's mode (development: no PAYLOAD_SECRET needed), not Next's.
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    expect(login.status).toBe(200)
    expect((await login.json()).token).toEqual(expect.any(String))
  } else {
    expect(readOutput()).not.toMatch(/built at install/)
  }
})

test('the device bridge mount point answers', async () => {
  const res = await fetch(`${base}/device`)
  expect(res.status).toBe(200)
  expect((await res.json()).service).toBe('fenlei-device-bridge')
})

test('state-changing requests from a foreign origin and oversized bodies are refused before they reach the app', async () => {
  // The guard (config/guard.ts) answers in express, before Next: no page or route is compiled for these. What passes
  // it (the same origin, a bodiless DELETE) is checked against the production server in tests/admin.test.ts.
  const evil = await fetch(`${base}/api/users/1`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    body: JSON.stringify({ name: '改名' }),
  })
  expect(evil.status).toBe(403)
  expect((await evil.json()).errors[0].data.code).toBe('ORIGIN_NOT_ALLOWED')
  const big = await fetch(`${base}/api/towns`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: '大', note: 'x'.repeat(2 * 1024 * 1024) }),
  })
  expect(big.status).toBe(413)
  expect((await big.json()).errors[0].data.code).toBe('BODY_TOO_LARGE')
  // Whatever the declared type: a 2 MB text body is refused before it is read.
  const text = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: 'x'.repeat(2 * 1024 * 1024),
  })
  expect(text.status).toBe(413)
})

test('in development too, a form on another localhost port cannot post to the platform (Chromium)', async () => {
  // A page another program serves on this machine, on a port of its own: it posts a new admin the way Payload's
  // admin does (multipart, `_payload`). Same site for the browser (cookies go along); another origin for the guard.
  const payload = JSON.stringify({ email: 'csrf@evil.local', password: 'evil-password-1', role: 'admin', name: 'x' })
  const page = `<!doctype html><meta charset="utf-8"><form id="f" method="post" enctype="multipart/form-data"
    action="${base}/api/users"><input type="hidden" name="_payload" value='${payload}'></form>
    <script>document.getElementById('f').submit()</script>`
  const evil = http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page))
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
  const browser = await launch()
  try {
    const tab = await browser.newPage()
    const answer = tab.waitForResponse((r) => r.url() === `${base}/api/users`)
    await tab.goto(`http://127.0.0.1:${(evil.address() as { port: number }).port}/`)
    const refused = await answer
    expect(refused.status()).toBe(403)
    expect((await refused.json()).errors[0].data.code).toBe('ORIGIN_NOT_ALLOWED')
  } finally {
    await browser.close()
    evil.close()
  }
  // Nothing written: the database itself, read beside the running server.
  const db = createClient({ url: `file:${path.join(dir, 'fenlei.db')}` })
  const rows = await db.execute({ sql: 'SELECT count(*) AS n FROM users WHERE email = ?', args: ['csrf@evil.local'] })
  db.close()
  expect(Number(rows.rows[0]!.n)).toBe(0)
})

test('the data folder and the database are readable by their owner only', () => {
  expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
  expect(fs.statSync(path.join(dir, 'fenlei.db')).mode & 0o777).toBe(0o600)
})

test('the demo points follow in the background', async () => {
  for (let waited = 0; !/Seeded the demo points: [1-9]\d* cards/.test(readOutput()); waited += 250) {
    if (waited > scaled(150_000) || /Seeding the demo points stopped/.test(readOutput()))
      throw new Error(`the demo points were not seeded:\n${readOutput()}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}, 160_000)

test('a second start in the same folder says why and stops before it touches any data', async () => {
  const before = fs.statSync(path.join(dir, 'fenlei.db')).mtimeMs
  const second = await runToExit('server.ts', {
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    DATABASE_URL: '',
    PAYLOAD_SECRET: '',
    SEED_ON_START: 'true',
  })
  expect(second.code).toBe(1)
  expect(second.output).toMatch(/另一个分类服务（进程 \d+）正在使用数据目录/)
  expect(second.output.trim().split('\n')).toHaveLength(1)
  expect(fs.statSync(path.join(dir, 'fenlei.db')).mtimeMs).toBe(before)
}, 60_000)

test('SIGTERM shuts the server down cleanly', async () => {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  child.kill('SIGTERM')
  expect(await exited).toBe(0)
  expect(readOutput()).toContain('SIGTERM received')
}, 30_000)

test('production refuses the published passwords, with one line and a non-zero exit', async () => {
  const production = {
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: '',
    PAYLOAD_SECRET: 'production-secret-0123456789abcdef',
  }
  // Seeding a fresh production folder with the default admin password.
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-prod-'))
  const seeding = await runToExit('server.ts', {
    ...production,
    DATA_DIR: fresh,
    SEED_ON_START: 'true',
    SEED_ADMIN_PASSWORD: '',
  })
  expect(seeding.code).toBe(1)
  expect(seeding.output).toMatch(/SEED_ADMIN_PASSWORD/)
  expect(fs.existsSync(path.join(fresh, 'fenlei.db'))).toBe(false)
  // Starting on the demo district, whose demo accounts still have the password the README publishes.
  const demo = await runToExit('server.ts', { ...production, DATA_DIR: dir, SEED_ON_START: '' })
  expect(demo.code).toBe(1)
  expect(demo.output).toMatch(/仍在使用公开的默认密码/)
  fs.rmSync(fresh, { recursive: true, force: true })
}, 120_000)
