/**
 * End to end: `server.ts` boots on a free port against a fresh data folder, seeds the demo
 * district, answers /healthz, serves the admin in Chinese, takes a real login over REST and
 * GraphQL, and shuts down cleanly on SIGTERM.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startApp } from './helpers/spawn'

let child: ChildProcess
let base = ''
let readOutput = () => ''
let dir = ''
const ADMIN = { email: 'e2e-admin@test.local', password: 'e2e-password-1' }

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-e2e-'))
  const started = await startApp(
    'server.ts',
    {
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DATABASE_URL: '',
      PAYLOAD_SECRET: '',
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      SEED_ON_START: 'true',
    },
    /Admin:\s+(http:\/\/localhost:\d+)\/admin[\s\S]*operator: \S+ \/ \S+/,
  )
  child = started.child
  readOutput = started.output
  base = started.match[1]!.replace('localhost', '127.0.0.1')
}, 200_000)

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

test('/admin answers in Chinese when asked for zh', async () => {
  const res = await fetch(`${base}/admin/login`, { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } })
  expect(res.status).toBe(200)
  const html = await res.text()
  expect(html).toMatch(/<html[^>]*lang="zh"/)
  expect(html).toContain('登录')
}, 180_000)

test('an authenticated REST call and a GraphQL query see the seeded district', async () => {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  expect(login.status).toBe(200)
  const { token } = await login.json()
  const villages = await fetch(`${base}/api/villages?limit=1`, { headers: { Authorization: `JWT ${token}` } })
  expect(villages.status).toBe(200)
  expect((await villages.json()).totalDocs).toBe(14)
  const anonymous = await fetch(`${base}/api/villages?limit=1`)
  expect(anonymous.status).toBe(403)

  const gql = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ query: '{ Towns(sort: "name") { totalDocs docs { name } } }' }),
  })
  expect(gql.status).toBe(200)
  const data = await gql.json()
  expect(data.data.Towns.totalDocs).toBe(4)
  expect(data.data.Towns.docs.map((t: { name: string }) => t.name)).toContain('二坝镇')
}, 120_000)

test('the device bridge mount point answers', async () => {
  const res = await fetch(`${base}/device`)
  expect(res.status).toBe(200)
  expect((await res.json()).service).toBe('fenlei-device-bridge')
})

test('SIGTERM shuts the server down cleanly', async () => {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  child.kill('SIGTERM')
  expect(await exited).toBe(0)
  expect(readOutput()).toContain('SIGTERM received')
}, 20_000)
