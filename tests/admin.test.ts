/**
 * The admin as the district's staff use it, in real Chromium against the real server (started here the
 * way `npm start` starts it), with every request outside localhost blocked and no console error allowed:
 * an operator issues a batch, records a 1.5 kg drop in kilograms, redeems with balance and price in
 * view, replaces a lost card with a blank one, closes the work order a simulated smoke alarm opened (a result
 * and a photo); an admin rotates a bin's secret and reads it once and
 * filters the bins that need attention; the home page's figures for the district and for a town; errors
 * read in one language; dates in one format. Screenshots
 * (desktop and 390 px) are kept in test-results/screenshots.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { sendSigned } from '../device-bridge/client'
import { DemoBin } from '../device-bridge/demo'
import { DEMO_PASSWORD, demoUsers } from '../seed/district'
import { choose, launch, session, shot, type Session } from './helpers/browser'
import { scaled } from './helpers/slowness'
import { runToExit, startApp } from './helpers/spawn'
import { nextBuildEnv, prebuiltIsCurrent } from '../scripts/prebuilt.mjs'

// E2E_BASE / E2E_DATA_DIR point the test at a server already running (while writing the test); CI starts its own.
const ADMIN = process.env.E2E_BASE
  ? { email: 'admin@fenlei.local', password: 'fenlei-admin-2026' }
  : { email: 'admin@browser.local', password: 'browser-admin-1' }
let child: ChildProcess | undefined
/** The server's output so far (empty against a server already running). */
let serverOutput: () => string = () => ''
let base = process.env.E2E_BASE ?? ''
let dir = ''
let browser: Browser
/** The role accounts' password: the demo one against a running development server, else made by the test. */
const PASSWORD = process.env.E2E_BASE ? DEMO_PASSWORD : 'browser-role-password-1'
const sessions: Session[] = []

async function api(method: string, url: string, token: string, body?: unknown) {
  const res = await fetch(`${base}/api${url}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'zh' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}
async function token(email: string, password: string) {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return (await res.json()).token as string
}

async function signIn(s: Session, email: string, password: string) {
  await s.page.goto(`${base}/admin/login`)
  await s.page.fill('#field-email', email)
  await s.page.fill('#field-password', password)
  await s.page.click('button[type=submit]')
  await s.page.waitForURL(/\/admin\/?$/, { timeout: scaled(120_000) })
}

async function open(browserSession: Session, url: string) {
  await browserSession.page.goto(`${base}${url}`)
  await browserSession.page.waitForSelector('.template-default, .collection-list, .collection-edit', {
    timeout: scaled(120_000),
  })
}

const toast = (page: Page) => page.locator('[data-sonner-toast][data-type="error"]').last()
/** Each run its own card numbers (a re-run against a running server starts clean). */
const P = `W${Date.now()
  .toString(36)
  .slice(-3)
  .toUpperCase()
  .replace(/[^A-Z]/g, 'X')}`
const n = (i: number) => `${P}${String(i).padStart(6, '0')}`

beforeAll(async () => {
  if (!base) {
    // The production build, served as production serves it: pages answer at once instead of compiling on
    // their first visit (measured: the suite took 283 s against the development server).
    const early = process.env.FENLEI_NEXT_BUILD
    if (early) {
      // Started by the test sequencer at the beginning of the run (tests/helpers/sequencer.js): wait for it.
      const exit = path.join(early, 'exit')
      for (let waited = 0; !fs.existsSync(exit); waited += 500) {
        if (waited > scaled(400_000)) throw new Error('next build (started early) did not finish')
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      if (fs.readFileSync(exit, 'utf8') !== '0')
        throw new Error(`next build failed:\n${fs.readFileSync(path.join(early, 'build.log'), 'utf8')}`)
    } else if (!prebuiltIsCurrent(process.cwd())) {
      const build = await runToExit('node_modules/next/dist/bin/next', nextBuildEnv(), 300_000, ['build'])
      if (build.code !== 0) throw new Error(`next build failed:\n${build.output}`)
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-browser-'))
    const started = await startApp(
      'server.ts',
      {
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dir,
        DATABASE_URL: '',
        PAYLOAD_SECRET: 'browser-test-secret-0123456789abcdef',
        SEED_ADMIN_EMAIL: ADMIN.email,
        SEED_ADMIN_PASSWORD: ADMIN.password,
        SEED_ON_START: 'true',
      },
      /Admin:\s+(http:\/\/localhost:\d+)\/admin[\s\S]*Admin login: \S+ \/ \S+/,
      180_000,
    )
    child = started.child
    serverOutput = started.output
    base = started.match[1]!
    // Production seeds no demo accounts: the people of these tests are made here, as an admin makes them.
    const admin = await token(ADMIN.email, ADMIN.password)
    const one = async (url: string) => (await api('GET', url, admin)).body.docs[0].id
    const town = await one(`/towns?where[name][equals]=${encodeURIComponent('二坝镇')}`)
    const educationBase = await one(
      `/education-bases?where[name][equals]=${encodeURIComponent('城小区南区垃圾分类宣教基地')}`,
    )
    for (const u of demoUsers) {
      const made = await api('POST', '/users', admin, {
        email: u.email,
        password: PASSWORD,
        name: u.name,
        role: u.role,
        ...(u.town ? { town } : {}),
        ...(u.base ? { educationBase } : {}),
      })
      if (made.status !== 201) throw new Error(`could not create ${u.email}: ${JSON.stringify(made.body)}`)
    }
  }
  browser = await launch()
}, 600_000)

afterAll(async () => {
  // Stop the browser and the server first, so a failed check below cannot leave them running.
  await browser?.close()
  if (child && child.exitCode === null) {
    // Wait for the server to stop writing (database, uploads) before its folder goes.
    const exited = new Promise((resolve) => child!.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  for (const s of sessions) {
    expect(s.blocked).toEqual([])
    // The browser itself logs each refused request the tests provoke (409, 400): those are the point.
    expect(s.consoleErrors.filter((e) => !/Failed to load resource: .* status of 4\d\d/.test(e))).toEqual([])
  }
}, 30_000)

async function newSession(o: Parameters<typeof session>[1] = {}) {
  const s = await session(browser, o)
  sessions.push(s)
  return s
}

test('the login page carries the district’s mark and title, at desktop and phone width', async () => {
  for (const [name, width] of [
    ['login-desktop', 1280],
    ['login-390', 390],
  ] as const) {
    const s = await newSession({ width, height: 844 })
    await s.page.goto(`${base}/admin/login`)
    await s.page.waitForSelector('#field-email', { timeout: scaled(180_000) })
    expect(await s.page.title()).toContain('分类 Fenlei')
    await expect(s.page.locator('img[src="/logo.svg"]').first().isVisible()).resolves.toBe(true)
    expect(await s.page.locator('body').innerText()).not.toMatch(/payload/i)
    await shot(s.page, name)
  }
}, 240_000)

test('server.ts serves the admin in Chinese, REST and GraphQL with a real login, and lets the same origin through', async () => {
  const login = await fetch(`${base}/admin/login`, { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } })
  expect(login.status).toBe(200)
  const html = await login.text()
  expect(html).toMatch(/<html[^>]*lang="zh"/)
  expect(html).toContain('登录')

  const admin = await token(ADMIN.email, ADMIN.password)
  expect((await api('GET', '/villages?limit=1', admin)).body.totalDocs).toBe(14)
  expect((await fetch(`${base}/api/villages?limit=1`)).status).toBe(403)
  const gql = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin}` },
    body: JSON.stringify({ query: '{ Towns(sort: "name") { totalDocs docs { name } } }' }),
  })
  expect(gql.status).toBe(200)
  const data = (await gql.json()).data
  expect(data.Towns.totalDocs).toBe(4)
  expect(data.Towns.docs.map((t: { name: string }) => t.name)).toContain('二坝镇')

  // The guard refuses foreign origins (tests/server.test.ts); the site's own origin passes.
  const me = (await api('GET', '/users/me', admin)).body.user
  const patch = await fetch(`${base}/api/users/${me.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin}`, Origin: base },
    body: JSON.stringify({ name: me.name }),
  })
  expect(patch.status).toBe(200)
  // The admin's Delete sends a JSON content type and no body: that passes the guard (the access rules decide).
  const del = await fetch(`${base}/api/towns/987654`, {
    method: 'DELETE',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin}` },
  })
  expect(del.status).toBe(404)
})

describe('an operator at the counter', () => {
  let s: Session
  let ops = ''
  beforeAll(async () => {
    s = await newSession()
    await signIn(s, 'ops@fenlei.local', PASSWORD)
    ops = await token('ops@fenlei.local', PASSWORD)
  }, 180_000)

  test('issues a batch: the next free range is proposed', async () => {
    await open(s, '/admin/collections/card-batches/create')
    await s.page.fill('#field-prefix', P)
    await s.page.waitForSelector('.batch-range')
    expect(await s.page.locator('.batch-range').innerText()).toContain(n(1))
    expect(await s.page.inputValue('#field-start')).toBe('1')
    await s.page.fill('#field-count', '5')
    await choose(s.page, 'site', '城小区南区')
    await s.page.click('#action-save')
    await s.page.waitForSelector(`h1:has-text("${n(1)}–${n(5)}")`, { timeout: scaled(60_000) })
    const cards = await api('GET', `/cards?where[cardNumber][like]=${P}&limit=10`, ops)
    expect(cards.body.totalDocs).toBe(5)
  }, 120_000)

  test('records a 1.5 kg drop typed in kilograms; the record reads as a person would say it', async () => {
    await open(s, '/admin/collections/drop-offs/create')
    await choose(s.page, 'card', n(1))
    await s.page.waitForSelector('.site-category[data-site-kind="residential"]')
    // A compound in town: the four urban classes, not the countryside's 两次四分.
    await s.page.locator('#field-category .rs__input').first().click()
    const offered = await s.page.locator('.rs__option').allInnerTexts()
    expect(offered.join('|')).toContain('纸类')
    expect(offered.join('|')).not.toMatch(/会烂的|好卖的/)
    await s.page.keyboard.press('Escape')
    await choose(s.page, 'category', '纸类')
    await s.page.fill('#field-grams', '1.5')
    await s.page.fill('#field-note', '居民到兑换点称重，人工补录')
    await s.page.click('#action-save')
    await s.page.waitForSelector(`h1:has-text("${n(1)} · 纸类 1.5 kg")`, { timeout: scaled(60_000) })
    const drop = (await api('GET', `/drop-offs?where[card.cardNumber][equals]=${n(1)}&depth=0`, ops)).body.docs[0]
    expect(drop).toMatchObject({ grams: 1500, points: 105, source: 'manual' })
  }, 120_000)

  test('redeems with the balance, the price and the stock in view', async () => {
    const reward = (await api('GET', '/rewards?where[name][equals]=抽纸（一提）', ops)).body.docs[0]
    await open(s, '/admin/collections/redemptions/create')
    await choose(s.page, 'card', n(1))
    await choose(s.page, 'reward', '抽纸')
    await s.page.waitForSelector('#preview-price')
    expect(await s.page.innerText('#preview-balance')).toBe('105')
    expect(await s.page.innerText('#preview-price')).toBe(String(reward.pointsCost))
    await shot(s.page, 'redemption-preview')
    // 105 points do not buy a 150-point pack: the form says so, and the server refuses in Chinese only.
    expect(await s.page.locator('.redemption-preview').innerText()).toContain('积分不足')
    await s.page.click('#action-save')
    const refusal = await toast(s.page).innerText()
    expect(refusal).toMatch(/积分不足/)
    expect(refusal).not.toMatch(/[A-Za-z]{2,}[ ,.]+[A-Za-z]{2,}/)
    await choose(s.page, 'reward', '环保购物袋')
    await s.page.waitForSelector('.redemption-preview:has-text("兑换后余额 45")')
    await s.page.click('#action-save')
    await s.page.waitForSelector(`h1:has-text("${n(1)} · 环保购物袋")`, { timeout: scaled(60_000) })
  }, 120_000)

  test('starts a follow-up from the list of cards to call', async () => {
    await open(s, '/admin/collections/follow-ups')
    const row = s.page.locator('.follow-up-candidates tr.candidate', { has: s.page.locator('button') }).first()
    await row.waitFor({ timeout: scaled(60_000) })
    expect(await s.page.innerText('.candidates-count')).toMatch(/\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}：\d+ 张卡/)
    await shot(s.page, 'follow-up-candidates')
    const number = (await row.locator('td').first().innerText()).trim()
    await row.locator('button').click()
    await s.page.waitForSelector(`h1:has-text("${number} · 回访")`, { timeout: scaled(60_000) })
  }, 120_000)

  test('replaces a lost card with a blank card from the batch', async () => {
    await open(s, '/admin/collections/card-replacements/create')
    await choose(s.page, 'oldCard', n(1))
    await s.page.fill('#field-newCardNumber', n(5))
    await s.page.click('#action-save')
    await s.page.waitForSelector('[data-sonner-toast]', { timeout: scaled(60_000) })
    const blank = (await api('GET', `/cards?where[cardNumber][equals]=${n(5)}&depth=0`, ops)).body.docs[0]
    expect(blank).toMatchObject({ balance: 45 })
    const old = (await api('GET', `/cards?where[cardNumber][equals]=${n(1)}&depth=0`, ops)).body.docs[0]
    expect(old).toMatchObject({ status: 'lost', balance: 0 })
  }, 120_000)

  test('finds a card by number, holder or phone digits, and reads its ledger in order (desktop and 390 px)', async () => {
    for (const [suffix, width] of [
      ['desktop', 1280],
      ['390', 390],
    ] as const) {
      await s.page.setViewportSize({ width, height: 900 })
      await open(s, `/admin/collections/cards?search=${P}`)
      await s.page.waitForSelector('.collection-list tbody tr')
      await shot(s.page, `card-search-${suffix}`)
      await open(
        s,
        `/admin/collections/cards/${(await api('GET', `/cards?where[cardNumber][equals]=${n(5)}&depth=0`, ops)).body.docs[0].id}`,
      )
      await s.page.waitForSelector(`h1:has-text("${n(5)}")`)
      await shot(s.page, `card-page-${suffix}`)
    }
    await s.page.setViewportSize({ width: 1280, height: 900 })
  }, 120_000)

  test('imports cards from a spreadsheet: a bad row is listed with its reason and nothing written; a clean sheet goes in whole', async () => {
    await open(s, '/admin/collections/cards')
    await s.page.click('#import-cards summary')
    const sheet = (rows: string[][]) => ({
      name: '发卡.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF卡号,场所,持卡人,手机号\n${rows.map((r) => r.join(',')).join('\n')}\n`),
    })
    await s.page.setInputFiles('#import-cards input[type=file]', sheet([[`${P}900001`, '城小区南区', '甲', '1390000']]))
    await s.page.click('#import-cards-check')
    await s.page.waitForSelector('[data-testid=import-check] table')
    expect(await s.page.locator('[data-testid=import-check] tbody').innerText()).toContain('手机号为 11 位数字')
    expect(await s.page.locator('#import-cards-run').isDisabled()).toBe(true)
    const rows = Array.from({ length: 40 }, (_, i) => [
      `${P}9${String(i).padStart(5, '0')}`,
      '城小区南区',
      `住户${i}`,
      '',
    ])
    await s.page.setInputFiles('#import-cards input[type=file]', sheet(rows))
    await s.page.click('#import-cards-check')
    await s.page.waitForSelector('text=检查通过：40 行可以导入。')
    await s.page.click('#import-cards-run')
    await s.page.waitForSelector('[data-testid=import-message]:has-text("已导入 40 行")', { timeout: scaled(60_000) })
    await shot(s.page, 'cards-imported')
    const made = await api('GET', `/cards?where[cardNumber][like]=${P}9&limit=0`, ops)
    expect(made.body.totalDocs).toBe(40)
  }, 120_000)

  test('a smoke alarm from the simulator becomes a work order; the operator closes it with a result and a photo', async () => {
    const admin = await token(ADMIN.email, ADMIN.password)
    const binDoc = (await api('GET', '/bins?where[deviceId][equals]=CXN-BIN-01&depth=0', admin)).body.docs[0]
    // Production keeps no demo secrets on disk: the admin issues a new one, as for a bin being installed.
    const secret = (await api('POST', `/bins/${binDoc.id}/rotate-secret`, admin)).body.secret
    const bin = new DemoBin({ deviceId: 'CXN-BIN-01', secret, compartments: 4 }, base)
    const sent = await bin.alarm('smoke', { detail: '烟感报警（演练）' })
    expect(sent.body.results[0].status).toBe('accepted')
    const found = await api(
      'GET',
      `/work-orders?where[bin][equals]=${binDoc.id}&where[kind][equals]=smoke&depth=0`,
      ops,
    )
    const order = found.body.docs[0]
    expect(order).toMatchObject({ status: 'open', source: 'alert', level: 1 })
    // The smoke clears; the order keeps a line of it in its log, which the form sends back unchanged.
    await bin.alarm('smoke', { cleared: true, detail: '烟感复位' })

    await open(s, `/admin/collections/work-orders/${order.id}`)
    await s.page.waitForSelector('#field-result')
    await choose(s.page, 'status', '已办结')
    await s.page.click('#action-save')
    await expect(toast(s.page).innerText()).resolves.toContain('办结工单须填写处理结果。')
    await s.page.fill('#field-result', '现场为居民焚烧落叶，已劝离并清理，烟感复位')
    // The after photo, uploaded from the form (the second upload field: 处理后照片).
    await s.page.locator('.upload__createNewToggler').nth(1).click()
    await s.page
      .locator('.drawer input[type=file]')
      .first()
      .setInputFiles({
        name: 'after.png',
        mimeType: 'image/png',
        buffer: Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
          'base64',
        ),
      })
    await s.page.fill('.drawer #field-alt', '处理后现场')
    await s.page.locator('.drawer button:has-text("保存")').last().click()
    await s.page.waitForSelector('.drawer', { state: 'detached', timeout: scaled(60_000) })
    await s.page.click('#action-save')
    await s.page.waitForSelector('[data-sonner-toast][data-type="success"]', { timeout: scaled(60_000) })
    await shot(s.page, 'work-order-closed')
    const closed = (await api('GET', `/work-orders/${order.id}?depth=0`, ops)).body
    expect(closed).toMatchObject({ status: 'closed', result: '现场为居民焚烧落叶，已劝离并清理，烟感复位' })
    expect(closed.afterPhotos).toHaveLength(1)
    expect(closed.closedBy).toBeTruthy()
    expect(closed.log[0].text).toMatch(/^告警已关闭.*烟感复位$/)
    expect((await api('GET', `/alerts/${order.alerts[0]}?depth=0`, ops)).body.status).toBe('closed')
  }, 180_000)
})

describe('an admin', () => {
  let s: Session
  let admin = ''
  beforeAll(async () => {
    s = await newSession()
    await signIn(s, ADMIN.email, ADMIN.password)
    admin = await token(ADMIN.email, ADMIN.password)
  }, 180_000)

  test('rotates a bin’s secret and reads the new one once; the bin works with it and not with the old', async () => {
    const bin = (await api('GET', '/bins?where[deviceId][equals]=CXN-BIN-03&depth=0', admin)).body.docs[0]
    await open(s, `/admin/collections/bins/${bin.id}`)
    s.page.once('dialog', (dialog) => void dialog.accept())
    await s.page.click('#rotate-secret')
    const secret = (await s.page.waitForSelector('#new-secret')).innerText()
    const fresh = await secret
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(await s.page.locator('.secret-dialog').innerText()).toMatch(/只显示这一次/)
    await shot(s.page, 'bin-secret')
    const swipe = await sendSigned(base, { deviceId: 'CXN-BIN-03', secret: fresh }, 'authorize', { card: n(5) })
    expect(swipe.status).toBe(200)
    await s.page.reload()
    await s.page.waitForSelector('#rotate-secret')
    expect(await s.page.locator('#new-secret').count()).toBe(0)
  }, 120_000)

  test('filters the bins list to those that need attention', async () => {
    // The development seed leaves the demo bins' secrets in DATA_DIR; production does not: rotate them.
    const demoFile = path.join(dir || process.env.E2E_DATA_DIR!, 'demo-devices.json')
    const secrets: { devices: Array<{ deviceId: string; secret: string }> } = fs.existsSync(demoFile)
      ? JSON.parse(fs.readFileSync(demoFile, 'utf8'))
      : { devices: [] }
    for (const deviceId of ['CXN-BIN-01', 'SZF-BIN-01'].filter((d) => !secrets.devices.some((x) => x.deviceId === d))) {
      const bin = (await api('GET', `/bins?where[deviceId][equals]=${deviceId}&depth=0`, admin)).body.docs[0]
      secrets.devices.push({
        deviceId,
        secret: (await api('POST', `/bins/${bin.id}/rotate-secret`, admin)).body.secret,
      })
    }
    const full = secrets.devices.find((d) => d.deviceId === 'CXN-BIN-01')!
    // A bin with no seeded alert (CXN-BIN-02 has a scale fault), every compartment brought low.
    const calm = secrets.devices.find((d) => d.deviceId === 'SZF-BIN-01')!
    const fill = (device: typeof full, percent: number, compartments = [1]) =>
      sendSigned(base, device, 'events', {
        events: [
          {
            type: 'fill',
            eventId: `ui-${device.deviceId}-${percent}`,
            levels: compartments.map((compartment) => ({ compartment, percent })),
            occurredAt: new Date().toISOString(),
          },
        ],
      })
    // The seeded fill levels follow the time of day: its other compartments brought low first, then one at 92 %.
    expect((await fill(full, 10, [1, 2, 3, 4])).status).toBe(200)
    expect((await fill(full, 92)).status).toBe(200)
    expect((await fill(calm, 20, [1, 2, 3, 4])).status).toBe(200)
    await open(s, '/admin/collections/bins')
    const href = await s.page.getAttribute('#needs-attention', 'href')
    expect(href).toContain('needsAttention')
    await open(s, href!)
    await s.page.waitForSelector('.collection-list tbody tr')
    const rows = await s.page.locator('.collection-list tbody tr').allInnerTexts()
    expect(rows.some((r) => r.includes('CXN-BIN-01') && r.includes('满溢 92%'))).toBe(true)
    expect(rows.some((r) => r.includes('SZF-BIN-01'))).toBe(false)
    await shot(s.page, 'bins-needing-attention')
  }, 120_000)

  test('dates read yyyy-MM-dd HH:mm on three different pages', async () => {
    const pattern = /\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b/
    const wrong = /[上下]午|\d+月 ?\d+|\d{1,2}\/\d{1,2}\/\d{4}/
    for (const url of [
      '/admin/collections/drop-offs',
      '/admin/collections/point-entries',
      '/admin/collections/audit-log',
    ]) {
      await open(s, url)
      await s.page.waitForSelector('.collection-list tbody tr')
      await s.page.waitForFunction(() => !document.querySelector('.collection-list')?.textContent?.includes('加载中'))
      const text = await s.page.locator('.collection-list').innerText()
      expect(text).toMatch(pattern)
      expect(text).not.toMatch(wrong)
    }
    // A bin's page: the server's HTML and the browser's page say the same Shanghai time (issue 19: the server
    // formatted in UTC, the browser in Shanghai, and React reported a hydration mismatch).
    const bin = (await api('GET', '/bins?where[deviceId][equals]=CXN-BIN-02&depth=0', admin)).body.docs[0]
    const shanghai = (iso: string): string =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(iso),
      )
    // Fields that stay still while the living demo's heartbeats move updatedAt and lastSeenAt under the test.
    expect(bin.secretRotatedAt).toBeTruthy()
    const html = await (await s.page.request.get(`${base}/admin/collections/bins/${bin.id}`)).text()
    expect(html).toContain(shanghai(bin.secretRotatedAt))
    await open(s, `/admin/collections/bins/${bin.id}`)
    await s.page.waitForSelector('.doc-controls')
    await s.page.waitForSelector('#field-secretRotatedAt input')
    expect(await s.page.locator('#field-secretRotatedAt input').inputValue()).toBe(shanghai(bin.secretRotatedAt))
    expect(await s.page.locator('.doc-controls').innerText()).toContain(shanghai(bin.createdAt))
  }, 120_000)

  test('an English reader reads English only', async () => {
    const en = await newSession({ locale: 'en-US' })
    await signIn(en, 'erba@fenlei.local', PASSWORD)
    // A town official trying to move a village to another town: refused in English, no Chinese sentence.
    const town = await token('erba@fenlei.local', PASSWORD)
    const village = (await api('GET', '/villages?limit=1&depth=0', town)).body.docs[0]
    const res = await fetch(`${base}/api/villages/${village.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${town}`, 'Content-Type': 'application/json', 'Accept-Language': 'en' },
      body: JSON.stringify({ registeredPopulation: 1.5 }),
    })
    const body = await res.json()
    expect(JSON.stringify(body.errors)).not.toMatch(/[\u4e00-\u9fff]/)
    await en.page.goto(`${base}/admin/collections/villages/${village.id}`)
    await en.page.waitForSelector('#field-registeredPopulation', { timeout: scaled(60_000) })
    await en.page.fill('#field-registeredPopulation', '1.5')
    await en.page.click('#action-save')
    // The form checks it before sending: the toast names the field, in English, without a Chinese word.
    const shown = await toast(en.page).innerText()
    expect(shown).toMatch(/Registered population/)
    expect(shown).not.toMatch(/[\u4e00-\u9fff]/)
  }, 120_000)
})

describe('a town and the district assess', () => {
  let town: Session
  let district: Session
  let id = ''
  beforeAll(async () => {
    town = await newSession()
    district = await newSession()
    await signIn(town, 'erba@fenlei.local', PASSWORD)
    await signIn(district, ADMIN.email, ADMIN.password)
  }, 180_000)

  const setStatus = async (s: Session, label: string) => {
    await choose(s.page, 'status', label)
  }
  /** Saves, then leaves the page as a person does (which releases Payload's edit lock for the other side). */
  const save = async (s: Session) => {
    await s.page.click('#action-save')
    await s.page.waitForSelector('[data-sonner-toast][data-type="success"]', { timeout: scaled(60_000) })
    await open(s, '/admin')
  }

  test('the home page: the district’s figures for the admin, the town’s own for its official, each with what waits for them', async () => {
    for (const [s, scope, name] of [
      [district, '全区概况', 'dashboard-admin'],
      [town, '二坝镇概况', 'dashboard-town'],
    ] as const) {
      await open(s, '/admin')
      const board = await s.page.waitForSelector('[data-testid=dashboard]', { timeout: scaled(120_000) })
      expect(await (await board.$('h2'))!.innerText()).toContain(scope)
      // The figures, each linking to its records and carrying its definition.
      const rate = s.page.locator('[data-figure=participationRate]')
      expect(await rate.getAttribute('title')).toContain('参与率 =')
      expect(await rate.locator('[data-value]').innerText()).toMatch(/^\d+\.\d%$/)
      // Its definition, on the same page for every role.
      await rate.locator('[data-definition]').click()
      // The link leads into the definitions below (opened, if the browser has not opened them itself).
      const opened = await s.page.$eval('#figure-definitions', (d) => (d as HTMLDetailsElement).open)
      if (!opened) await s.page.click('#figure-definitions summary')
      await s.page.waitForSelector('#def-participationRate', { state: 'visible' })
      expect(await s.page.locator('#def-participationRate').innerText()).toContain('参与率 =')
      await s.page.waitForSelector('[data-testid=trend]')
      await shot(s.page, name)
    }
    const waiting = (s: Session) => s.page.locator('[data-testid=waiting]').innerText()
    expect(await waiting(district)).toContain('待审定的考核表')
    expect(await waiting(town)).toContain('待填报')
    expect(await waiting(town)).not.toContain('待审定的考核表')
    // The towns ranked: the district's view, not a town's.
    expect(await town.page.locator('[data-testid=towns]').count()).toBe(0)
    // The work report, downloaded from its page with a click.
    await open(district, '/admin/globals/report-settings')
    await district.page.waitForSelector('#work-report-download')
    // Every figure's definition is on the same page, where the dashboard's 口径 links lead.
    await district.page.waitForSelector('#def-participationRate')
    const [download] = await Promise.all([
      district.page.waitForEvent('download'),
      district.page.click('#work-report-download'),
    ])
    const bytes = fs.readFileSync((await download.path())!)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    expect(download.suggestedFilename()).toMatch(/^work-report-\d{4}-\d{2}-\d{2}\.docx$|工作情况汇报/)
    // And the same report as a PDF, from the button beside it (the production server's bundle finds pdfkit and the font).
    const [pdf] = await Promise.all([district.page.waitForEvent('download'), district.page.click('#work-report-pdf')])
    const pdfBytes = fs.readFileSync((await pdf.path())!)
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdfBytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifCJK/)
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/)
    // The draft previewed on the page, sentence by sentence, the figures marked.
    await district.page.waitForSelector('#work-report-preview-text .work-report-figure')
    expect(await district.page.locator('#work-report-preview-text').innerText()).toContain('城区生活垃圾分类情况')
    await shot(district.page, 'work-report-page')
  }, 180_000)

  test('the town drafts the quarter, scores every item, attaches evidence and submits', async () => {
    await open(town, '/admin/collections/assessments/create')
    await town.page.fill('#field-period', '2026-Q4')
    await choose(town.page, 'method', '考评办法')
    await town.page.click('#action-save')
    await town.page.waitForURL(/\/assessments\/\d+$/, { timeout: scaled(60_000) })
    id = town.page.url().split('/').pop()!
    await town.page.waitForSelector('#field-items__7__selfScore', { state: 'attached' })
    await town.page.getByRole('button', { name: '显示全部' }).first().click()
    const maxima = [10, 10, 15, 10, 10, 15, 20, 10]
    for (const [i, max] of maxima.entries()) await town.page.fill(`#field-items__${i}__selfScore`, String(max - 1))
    // Evidence for the first item: a photo uploaded from the form.
    await town.page.locator('.upload__createNewToggler').first().click()
    await town.page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: 'evidence.png',
        mimeType: 'image/png',
        buffer: Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
          'base64',
        ),
      })
    await town.page.fill('.drawer #field-alt', '大拐村保洁员在岗照片')
    await town.page.locator('.drawer button:has-text("保存")').last().click()
    await town.page.waitForSelector('.drawer', { state: 'detached', timeout: scaled(60_000) })
    await setStatus(town, '已提交')
    await town.page.click('#action-save')
    await town.page.waitForSelector('[data-sonner-toast][data-type="success"]', { timeout: scaled(60_000) })
    await shot(town.page, 'assessment-submitted')
    await open(town, '/admin')
    const stored = (await api('GET', `/assessments/${id}?depth=0`, await token(ADMIN.email, ADMIN.password))).body
    expect(stored).toMatchObject({ status: 'submitted', selfTotal: 92 })
    expect(stored.items[0].evidence).toHaveLength(1)
  }, 240_000)

  test('the district returns it with a reason; the town resubmits; the district approves', async () => {
    await open(district, `/admin/collections/assessments/${id}`)
    await setStatus(district, '已退回')
    await district.page.fill('#field-returnReason', '保洁员配备自评偏高，请核实')
    await save(district)
    await open(town, `/admin/collections/assessments/${id}`)
    await town.page.waitForSelector('#field-returnReason')
    expect(await town.page.inputValue('#field-returnReason')).toBe('保洁员配备自评偏高，请核实')
    await setStatus(town, '已提交')
    await save(town)
    await open(district, `/admin/collections/assessments/${id}`)
    await setStatus(district, '已审定')
    await district.page.click('#action-save')
    await district.page.waitForSelector('[data-sonner-toast][data-type="success"]', { timeout: scaled(60_000) })
    await shot(district.page, 'assessment-approved')
    const admin = await token(ADMIN.email, ADMIN.password)
    const stored = (await api('GET', `/assessments/${id}?depth=0`, admin)).body
    expect(stored.history.map((h: { to: string }) => h.to)).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'approved',
    ])
  }, 240_000)

  test('the payout is computed from the list, and the notice is generated', async () => {
    // A period is paid once every town the method gives a base is assessed and approved (issue 19): the other
    // towns' officials submit theirs too, and the district approves them.
    const admin = await token(ADMIN.email, ADMIN.password)
    const erba = (await api('GET', `/assessments/${id}?depth=0`, admin)).body
    const others = (erba.methodSnapshot.bases as Array<{ town: number }>)
      .map((b) => b.town)
      .filter((t) => String(t) !== String(erba.town))
    for (const [n, town] of others.entries()) {
      const email = `kaohe${n}@fenlei.local`
      const user = await api('POST', '/users', admin, {
        email,
        password: PASSWORD,
        name: `考核员${n}`,
        role: 'town-official',
        town,
      })
      expect(user.status).toBe(201)
      const official = await token(email, PASSWORD)
      const made = await api('POST', '/assessments', official, { period: '2026-Q4', method: erba.method })
      expect(made.status).toBe(201)
      const items = (made.body.doc.items as Array<{ max: number }>).map((i) => ({ ...i, selfScore: i.max * 0.8 }))
      const sent = await api('PATCH', `/assessments/${made.body.doc.id}`, official, { items, status: 'submitted' })
      expect(sent.status).toBe(200)
      expect((await api('PATCH', `/assessments/${made.body.doc.id}`, admin, { status: 'approved' })).status).toBe(200)
    }
    await open(district, '/admin/collections/subsidy-payouts')
    await district.page.fill('#payout-period', '2026-Q4')
    await district.page.click('#compute-payouts')
    await district.page.waitForSelector('.compute-payouts [role=status]', { timeout: scaled(60_000) })
    await district.page.waitForSelector('.collection-list tbody tr:has-text("2026-Q4")', { timeout: scaled(60_000) })
    await shot(district.page, 'payouts')
    await open(district, '/admin/collections/ranking-notices/create')
    await district.page.fill('#field-period', '2026-Q4')
    await district.page.click('#action-save')
    await district.page.waitForSelector('.notice-row', { timeout: scaled(60_000) })
    const row = await district.page.locator('.notice-row').first().innerText()
    expect(row).toContain('二坝镇')
    expect(row).toMatch(/¥[\d,]+\.\d{2}/)
    await shot(district.page, 'ranking-notice')
    // The Word document behind the download link (the browser's own session).
    const href = await district.page.getAttribute('#notice-docx', 'href')
    const docx = await district.page.request.get(`${base}${href}`)
    expect(docx.status()).toBe(200)
    expect(docx.headers()['content-type']).toContain('wordprocessingml')
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK')
  }, 240_000)
})

describe('the public site, and the staff behind it', () => {
  let visitor: Session
  let district: Session
  let editor: Session
  let adminToken = ''
  beforeAll(async () => {
    visitor = await newSession({ width: 390, height: 844 })
    district = await newSession()
    editor = await newSession()
    await signIn(district, ADMIN.email, ADMIN.password)
    await signIn(editor, 'base@fenlei.local', PASSWORD)
    adminToken = await token(ADMIN.email, ADMIN.password)
  }, 180_000)

  const visit = async (s: Session, url: string, selector: string) => {
    await s.page.goto(`${base}${url}`)
    await s.page.waitForSelector(selector, { timeout: scaled(120_000) })
  }

  test('an admin publishes a campaign and it appears on the public news page', async () => {
    const title = `${P} 垃圾分类宣传周启动`
    await open(district, '/admin/collections/campaigns/create')
    await district.page.fill('#field-title', title)
    await choose(district.page, 'kind', '节日主题活动')
    await district.page.fill('#field-summary', '全区各小区同步开展分类宣传。')
    await district.page.click('#action-save')
    await district.page.waitForSelector('[data-sonner-toast][data-type="success"]', { timeout: scaled(60_000) })
    await visit(visitor, '/news', '[data-testid=news]')
    await visitor.page.waitForSelector(`[data-testid=news] a:has-text("${title}")`, { timeout: scaled(30_000) })
    await visitor.page.click(`a:has-text("${title}")`)
    await visitor.page.waitForSelector('article h1')
    expect(await visitor.page.locator('article h1').innerText()).toBe(title)
  }, 240_000)

  test('a visitor comments on a consultation section; it shows once moderated; the issued plan shows its close-out', async () => {
    const plans = await api('GET', '/work-plans?limit=10&depth=0', adminToken)
    const open_ = plans.body.docs.find((p: { status: string }) => p.status === 'consultation')
    const issued = plans.body.docs.find((p: { status: string }) => p.status === 'issued')
    const text = `${P}：建议考评时听取村民意见。`
    await visit(visitor, `/policies/${open_.id}`, 'section.section')
    const section = visitor.page.locator('section.section').nth(1)
    await section.locator('summary').click()
    await section.locator('textarea[name=text]').fill(text)
    await section.locator('input[name=name]').fill('汤沟镇居民')
    await section.locator('button[type=submit]').click()
    await visitor.page.waitForSelector('[role=status]:has-text("意见已收到")', { timeout: scaled(60_000) })
    expect(await visitor.page.locator('.comment', { hasText: text }).count()).toBe(0)
    // The admin shows it from the comment's own page.
    const comments = await api('GET', `/plan-comments?where[text][equals]=${encodeURIComponent(text)}`, adminToken)
    await open(district, `/admin/collections/plan-comments/${comments.body.docs[0].id}`)
    await choose(district.page, 'status', '已公开')
    await district.page.click('#action-save')
    await district.page.waitForSelector('[data-sonner-toast][data-type="success"]', { timeout: scaled(60_000) })
    await visit(visitor, `/policies/${open_.id}`, 'section.section')
    await visitor.page.waitForSelector(`.comment:has-text("${text}")`)
    await shot(visitor.page, 'public-consultation-390')
    await visit(visitor, `/policies/${issued.id}`, '[data-testid=close-out]')
    const rows = await visitor.page.locator('[data-testid=close-out] tbody tr').allInnerTexts()
    expect(rows.length).toBe(3)
    expect(rows.join('\n')).toMatch(/采纳/)
    expect(rows.join('\n')).toMatch(/未采纳/)
  }, 240_000)

  test('a visitor books a visit, the base editor confirms it, and the code is shown', async () => {
    const me = await api('GET', '/users/me', await token('base@fenlei.local', PASSWORD))
    const baseId = me.body.user.educationBase.id ?? me.body.user.educationBase
    await visit(visitor, `/bases/${baseId}`, '[data-testid=slots]')
    await visitor.page.locator('[data-testid=slots] a').nth(1).click()
    await visitor.page.waitForSelector('form#book')
    await visitor.page.fill('input[name=groupName]', `${P} 翰文学校五年级`)
    await visitor.page.fill('input[name=size]', '12')
    await visitor.page.fill('input[name=contactName]', '李老师')
    await visitor.page.fill('input[name=contactPhone]', '13955320099')
    await visitor.page.click('form#book button[type=submit]')
    await visitor.page.waitForSelector('[data-testid=booking] [data-status=pending]', { timeout: scaled(60_000) })
    const bookingUrl = visitor.page.url()
    const reference = new URL(bookingUrl).searchParams.get('ref')!
    // The editor finds it by its reference in the bookings list and confirms it.
    await open(editor, `/admin/collections/visit-bookings?search=${reference}`)
    await editor.page.locator('.collection-list tbody tr').first().locator('a').first().click()
    await editor.page.waitForSelector('#field-status')
    await choose(editor.page, 'status', '已确认')
    await editor.page.click('#action-save')
    await editor.page.waitForSelector('[data-sonner-toast][data-type="success"]', { timeout: scaled(60_000) })
    await visit(visitor, new URL(bookingUrl).pathname + new URL(bookingUrl).search, '[data-testid=code]')
    expect(await visitor.page.locator('[data-testid=code]').innerText()).toMatch(/^[A-Z2-9]{6}$/)
    await shot(visitor.page, 'public-booking-390')
  }, 240_000)

  test('the disclosure page draws the seeded points on the map', async () => {
    await visit(visitor, '/disclosure', '[data-testid=map] circle')
    const sites = await api('GET', '/sites?limit=100&depth=0', adminToken)
    const placed = sites.body.docs.filter((s: { latitude?: number }) => typeof s.latitude === 'number')
    expect(await visitor.page.locator('[data-testid=map] circle').count()).toBe(placed.length)
    expect(await visitor.page.locator('[data-testid=sites] tbody tr').count()).toBe(sites.body.totalDocs)
    expect(await visitor.page.locator('[data-testid=sites]').innerText()).toContain('0553-12319')
  }, 120_000)

  test('a resident sees a seeded card’s balance with the card number and the phone’s last four digits', async () => {
    const cards = await api('GET', '/cards?where[phone][exists]=true&limit=1&depth=0', adminToken)
    const card = cards.body.docs[0]
    await visit(visitor, '/me', 'form[action="/api/public/balance"]')
    await visitor.page.fill('input[name=cardNumber]', card.cardNumber)
    await visitor.page.fill('input[name=last4]', card.phone.slice(-4))
    await visitor.page.click('button[type=submit]')
    await visitor.page.waitForSelector('[data-testid=balance]', { timeout: scaled(60_000) })
    const fresh = await api('GET', `/cards/${card.id}?depth=0`, adminToken)
    expect(await visitor.page.locator('[data-testid=balance]').innerText()).toBe(String(fresh.body.balance))
  }, 120_000)

  test('without JavaScript: the pages read, and the forms post and come back', async () => {
    const plain = await newSession({ width: 390, height: 844, javaScript: false })
    await visit(plain, '/feedback', 'form[action="/api/public/feedback"]')
    await plain.page.fill('textarea[name=text]', `${P} 无脚本也能留言。`)
    await plain.page.click('form[action="/api/public/feedback"] button[type=submit]')
    await plain.page.waitForSelector('[data-testid=feedback-status]', { timeout: scaled(60_000) })
    expect(plain.page.url()).toMatch(/\/feedback\?ref=FK[A-Z2-9]{8}$/)
    await visit(plain, '/me', 'form[action="/api/public/balance"]')
    await plain.page.fill('input[name=cardNumber]', 'NOPE0000')
    await plain.page.fill('input[name=last4]', '1234')
    await plain.page.click('form[action="/api/public/balance"] button[type=submit]')
    await plain.page.waitForSelector('[data-error=CARD_LOOKUP_FAILED]', { timeout: scaled(60_000) })
    await shot(plain.page, 'public-me-refused-nojs-390')
    // A household books a door-to-door pickup, proving the card with the phone's last four digits.
    const card = (await api('GET', '/cards?where[phone][exists]=true&limit=1&depth=0', adminToken)).body.docs[0]
    await visit(plain, '/pickups', 'form[action="/api/public/pickups"]')
    await plain.page.fill('input[name=cardNumber]', card.cardNumber)
    await plain.page.fill('input[name=last4]', card.phone.slice(-4))
    await plain.page.fill('input[name=address]', '城小区南区 5 栋 2 单元 401')
    await plain.page.fill('input[name=contactPhone]', card.phone)
    await plain.page.click('form[action="/api/public/pickups"] button[type=submit]')
    await plain.page.waitForSelector('[data-testid=pickup-status] [data-status=booked]', { timeout: scaled(60_000) })
    const ref = plain.page.url().match(/\/pickups\?ref=(SM[0-9A-F]{10})$/)![1]
    const booked = (await api('GET', `/pickups?where[reference][equals]=${ref}&depth=0`, adminToken)).body.docs[0]
    expect(booked).toMatchObject({ via: 'online', status: 'booked', card: card.id })
    await shot(plain.page, 'public-pickup-booked-nojs-390')
  }, 120_000)

  test('a draft’s public address answers 404', async () => {
    const draft = await api('POST', '/campaigns?draft=true', adminToken, {
      title: `${P} 草稿活动`,
      kind: 'training',
      date: new Date().toISOString(),
      _status: 'draft',
    })
    const res = await visitor.page.goto(`${base}/news/${draft.body.doc.id}`)
    expect(res?.status()).toBe(404)
    expect(await visitor.page.locator('body').innerText()).not.toContain('草稿活动')
  }, 60_000)

  test('every public page at phone and desktop width', async () => {
    const first = async (url: string) => (await api('GET', url, adminToken)).body.docs[0].id as number
    const ids = {
      consultation: await first('/work-plans?where[status][equals]=consultation&limit=1'),
      issued: await first('/work-plans?where[status][equals]=issued&limit=1'),
      base: await first('/education-bases?limit=1&sort=name'),
      slot: await first(`/visit-slots?where[startsAt][greater_than]=${new Date().toISOString()}&limit=1&sort=startsAt`),
      notice: await first('/ranking-notices?where[status][equals]=published&limit=1'),
    }
    const pages: Array<[string, string, string]> = [
      ['home', '/', '[data-testid=figures]'],
      ['news', '/news', '[data-testid=news]'],
      ['policies', '/policies', '[data-testid=issued]'],
      ['bases', '/bases', '[data-testid=bases]'],
      ['disclosure', '/disclosure', '[data-testid=map]'],
      ['notices', '/notices', '[data-testid=notices]'],
      ['honour', '/honour', 'h1'],
      ['figures', '/figures#participationRate', '#participationRate dd'],
      ['me', '/me', 'form'],
      ['feedback', '/feedback?ref=FKDEMO2026', '[data-testid=answer]'],
      ['pickups', '/pickups', 'form[action="/api/public/pickups"]'],
      ['news-item', '/news/1', 'article h1'],
      ['policy-consultation', `/policies/${ids.consultation}`, 'section.section summary'],
      ['policy-issued', `/policies/${ids.issued}`, '[data-testid=close-out]'],
      ['base', `/bases/${ids.base}`, '[data-testid=slots]'],
      ['base-article', '/bases/articles/1', 'article h1'],
      ['slot', `/bases/slot/${ids.slot}`, 'form#book'],
      ['notice', `/notices/${ids.notice}`, '[data-testid=ranking]'],
    ]
    // One load per page; the phone and the desktop picture of the same page (the CSS reflows, nothing reloads).
    const s = await newSession({ width: 390, height: 844 })
    for (const [name, url, selector] of pages) {
      await s.page.setViewportSize({ width: 390, height: 844 })
      await visit(s, url, selector)
      expect(await s.page.title()).toMatch(/垃圾分类公共服务平台/)
      // Nothing wider than the phone's screen.
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect([name, overflow <= 1]).toEqual([name, true])
      await shot(s.page, `public-${name}-390`)
      await s.page.setViewportSize({ width: 1280, height: 900 })
      await shot(s.page, `public-${name}-desktop`)
    }
    // Every figure on the home page links to its definition (统计口径), which names its formula.
    await visit(s, '/', '[data-testid=figures]')
    expect(await s.page.locator('[data-testid=figures] a.definition').count()).toBe(4)
    await s.page.locator('[data-testid=figures] a.definition').nth(2).click()
    await s.page.waitForSelector('#participationRate dd')
    expect(await s.page.locator('#participationRate dd').innerText()).toContain('统计期内有投放记录的户数')
  }, 240_000)
})

/** Resolves when the server has written `line` (at once if it has, or when no server of ours runs). */
function serverSaid(line: RegExp): Promise<void> {
  if (!child || line.test(serverOutput())) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!line.test(serverOutput())) return
      child?.stdout?.off('data', check)
      child?.stderr?.off('data', check)
      resolve()
    }
    child!.stdout?.on('data', check)
    child!.stderr?.on('data', check)
    child!.once('exit', () => reject(new Error(`the server ended before it said ${line}`)))
  })
}

type DraftAnswer = {
  blocks: Array<{ level: string; segments: Array<string | { text: string; note: string }> }>
  missing: Array<{ item: string; what: string; where: string }>
}

test('the demo district’s report: every X of the seed filled, names included, nothing missing; the pilot counts its own sites', async () => {
  await serverSaid(/Seeded the demo points/)
  const admin = await token(ADMIN.email, ADMIN.password)
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const preview = () => api('POST', '/work-report/preview', admin, { date: today, period: 'ytd', sections: 'all' })
  // A production start seeds no accounts, so no inspectors' shift plan for today: the draft says so, and lists it.
  const first = (await preview()).body as DraftAnswer
  const shifts = '/admin/collections/inspector-shifts'
  if (first.missing.length) {
    expect(first.missing).toEqual([{ item: '（一）6', what: `${today} 的巡检排班`, where: shifts }])
    // Entered as the district would, the sentence fills.
    const ops = (await api('GET', '/users?where[role][equals]=operator&depth=0&limit=5', admin)).body.docs as Array<{
      id: number
    }>
    expect(ops.length).toBeGreaterThan(0)
    for (const shift of ['day', 'night'])
      expect(
        (
          await api('POST', '/inspector-shifts', admin, {
            day: new Date(`${today}T00:00:00+08:00`).toISOString(),
            shift,
            inspectors: ops.map((u) => u.id),
          })
        ).status,
      ).toBe(201)
  }
  const draft = await preview()
  expect(draft.status).toBe(200)
  const answer = draft.body as DraftAnswer
  const text = answer.blocks.map((b) => b.segments.map((s) => (typeof s === 'string' ? s : s.text)).join('')).join('\n')
  const figures = answer.blocks.flatMap((b) => b.segments.filter((s) => typeof s !== 'string'))
  // Nothing the demo district lacks: no 【待补】, no missing list.
  expect(answer.missing).toEqual([])
  expect(text).not.toContain('待补')
  // Every X of the seed, in its sentence: the names from the records…
  for (const words of [
    '现将鸠江区城乡生活垃圾分类和减量化、资源化、无害化利用工作情况汇报如下',
    '我区城区生活垃圾分类试点于2026年元月启动，试点范围为市政府、区政府、城小区南区三个场所',
    '目前运营单位为洁臣环境科技（深圳）有限公司',
    '目前区政府和城小区南区已举行启动仪式，设备已全部投入使用，市政府垃圾分类运营设备投放工作已完成',
    '区政府垃圾分类启动仪式',
    '《第一看点》',
    '厨余垃圾由运营单位送至芜湖市餐厨垃圾处理厂；其他垃圾送至区生活垃圾转运站，破袋后统一送至芜湖市生活垃圾焚烧发电厂处置',
    '由芜湖再生资源回收有限公司进行统一收集',
    '送至安徽省危险废物处置中心统一处理',
    '完善《农村生活垃圾治理考评办法（2026 年版）》',
    '参考浙江金华“两次四分”农村垃圾分类方式',
    '目前我区试点方案《区农村生活垃圾治理考评办法》正在征求意见',
    '前往浙江金华、安吉等地参观学习',
    '出台《区农村生活垃圾治理考评办法》。目前已经形成征求意见稿',
    '将湾里街道打造成省级生活垃圾分类示范片区',
    '湾里街道全部村居、其他镇80%的村居开展农村生活垃圾分类',
    '二坝镇选择三个村，其他三镇选择两个村，推广浙江金华农村生活垃圾“两次四分法”经验',
    '编制《致全区市民的一封信》《生活垃圾分类知识手册（2026 版）》、制作宣传标语等',
    '其中包括区政府垃圾分类启动仪式、城小区南区垃圾分类启动仪式、城小区元宵节垃圾分类活动、“垃圾分类进万家”启动仪式暨大型宣传活动',
    '将区政府机关大楼、湾里街道、城小区南区和翰文学校建设成城区生活垃圾分类示范教育基地',
  ])
    expect(text).toContain(words)
  // …and the figures, each one footnoted with its definition.
  for (const sentence of [
    /共投入政府资金\d+\.\d{2}万元（其中设施设备\d+\.\d{2}万元，运营服务费\d+\.\d{2}万元，智能卡\d+\.\d{2}万元，宣传\d+\.\d{2}万元）/,
    /投放全自动四分类可回收箱\d+套，有毒有害垃圾投放箱\d+套，全自动礼品兑换机\d+台，全自动两分类箱\d+套/,
    /共发放智能分类卡\d+张（[^）]+），其中\d+人参与投放，最高积分已达到\d+分，(1—\d+月|\d{4}年1月\d+日至\d+月\d+日)完成参与率\d+\.\d%（参与\d+户，覆盖\d+户），投放率\d+\.\d%/,
    /已组织大型宣传活动\d+场，专题培训\d+场，现场参观讲演\d+场/,
    /参观学习成熟经验\d+次；召开涉及部门联动会议\d+次/,
    /回收利用率\d+\.\d%，无害化处理率\d+\.\d%/,
    /试点区域配备\d+名白班、\d+名晚班巡检人员/,
    /按照农村户籍人口1:\d+的标准/,
    /2026年来共清理积存垃圾\d+余吨/,
    /目前二坝镇镇区已实现市场化\d+\.\d%覆盖，其他两镇垃圾收运市场化覆盖镇政府驻地以及部分主要道路，覆盖率约\d+\.\d%/,
    /截止\d+月份，组织开展了专项考核[1-9]\d*次，兑现奖补资金\d+\.\d{2}万元/,
    /开展垃圾分类的行政村（社区）\d+个，覆盖率\d+\.\d%，已创建分类处理示范村\d+个/,
    /在\d+月底前，出台《/,
    /高效推进\d{4}年生活垃圾分类工作/,
  ])
    expect(text).toMatch(sentence)
  expect(figures.length).toBeGreaterThanOrEqual(30)
  for (const f of figures) expect((f as { note: string }).note).toMatch(/定义版本 v\d+/)

  // The pilot's cards and devices are those of its three sites, counted here from the records: not the village
  // point's 600 booth cards or its two-category bin.
  const pilots = (await api('GET', '/sites?where[urbanPilot][equals]=true&limit=0&depth=0&pagination=false', admin))
    .body.docs as Array<{ id: number; name: string }>
  expect(pilots.map((p) => p.name).sort()).toEqual(['区政府', '城小区南区', '市政府'].sort())
  const inPilot = pilots.map((p) => `where[site][in][]=${p.id}`).join('&')
  const pilotCards = (await api('GET', `/cards?${inPilot}&limit=1&depth=0`, admin)).body.totalDocs as number
  const allCards = (await api('GET', '/cards?limit=1&depth=0', admin)).body.totalDocs as number
  expect(text).toContain(`共发放智能分类卡${pilotCards}张`)
  expect(allCards - pilotCards).toBeGreaterThanOrEqual(600)
  const pilotBins = (await api('GET', `/bins?${inPilot}&where[kind][equals]=two-category&limit=1&depth=0`, admin)).body
    .totalDocs as number
  expect(text).toContain(`全自动两分类箱${pilotBins}套`)

  // The PDF of exactly this draft, page 1 drawn to a PNG for the record.
  const res = await fetch(`${base}/api/work-report/download`, {
    method: 'POST',
    headers: { Authorization: `JWT ${admin}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ date: today, period: 'ytd', sections: 'all', format: 'pdf' }),
  })
  expect(res.status).toBe(200)
  const file = path.join(dir, 'demo-report.pdf')
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()))
  fs.mkdirSync('test-results', { recursive: true })
  const made = await runCommand('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    'test-results/work-report-pdf-page1',
  ])
  expect(made).toBe(0)
  expect(fs.statSync('test-results/work-report-pdf-page1.png').size).toBeGreaterThan(10_000)
}, 600_000)

/** A command's exit code (its output inherited by nobody). */
function runCommand(command: string, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const c = spawn(command, args, { stdio: 'ignore' })
    c.once('error', reject)
    c.once('exit', (code) => resolve(code))
  })
}
