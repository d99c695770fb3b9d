/**
 * Bins looked after: the demo simulator's bins (device-bridge/demo.ts) speak to the bridge over HTTP, signed with
 * their seeded secrets. An alarm becomes a work order for the inspector on duty; repeats join it; the device
 * reporting it cleared closes the alert and notes it on the order; a full compartment and a silent bin do the same.
 * Orders close only with a result (who and when are the server's) and then close their alerts; the clock escalates
 * level by level (catching up when late), tells the overall deadline once and reminds until acknowledged. An
 * inspection that finds a problem opens an order with its photos. The fill forecast from fill reports, the
 * card-less flag, old reports pruned, the weekly follow-up list — each job safe to run twice. Every role over REST and GraphQL.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import express from 'express'

import { DemoBin, readDemoDevices, startDemoTraffic } from '../device-bridge/demo'
import { markOfflineBins } from '../jobs/devices/markOffline'
import { forecastFills } from '../jobs/operations/fillForecast'
import { weeklyFollowUps } from '../jobs/points/weeklyFollowUps'
import { shanghaiDay } from '../shared/time'
import { DEMO_PASSWORD } from '../seed/district'
import { runWorkOrderClock } from '../collections/operations/WorkOrders/open'
import type { FillForecast, User, WorkOrder } from '../payload-types'
import { scaled } from './helpers/slowness'
import type { Present, With } from './helpers/api'
import { bootSeeded } from './helpers/seeded'
import { type Booted } from './helpers/boot'

let app: Booted
let server: http.Server
let admin = ''
let ops = ''
let town = ''
let baseEditor = ''
let opsId = 0
let adminId = 0
let bin: DemoBin
let bridgeBase = ''
let binId = 0

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
async function photo(token: string, name: string): Promise<number> {
  const form = new FormData()
  form.append('file', new File([PNG], name, { type: 'image/png' }))
  form.append('_payload', JSON.stringify({ alt: name, area: 'operations' }))
  const res = await app.rest.call('POST', '/media', { token, form })
  expect(res.status).toBe(201)
  return res.body.doc.id
}

const ordersOf = async (kind: string) =>
  (
    await app.payload.find({
      collection: 'work-orders',
      where: { and: [{ bin: { equals: binId } }, { kind: { equals: kind } }] },
      depth: 0,
      sort: 'createdAt',
    })
  ).docs
const alertsOf = async (kind: string) =>
  (
    await app.payload.find({
      collection: 'alerts',
      where: { and: [{ bin: { equals: binId } }, { kind: { equals: kind } }] },
      depth: 0,
      sort: 'createdAt',
    })
  ).docs
const order = (id: number) => app.payload.findByID({ collection: 'work-orders', id, depth: 0 })
const inbox = async (user: number, title: string) =>
  (
    await app.payload.count({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: user } }, { title: { like: title } }] },
    })
  ).totalDocs
const accepted = (res: { status: number; body: { results: Array<{ status: string }> } }) => {
  expect(res.status).toBe(200)
  expect(res.body.results.map((r) => r.status)).toEqual(['accepted'])
}

beforeAll(async () => {
  app = await bootSeeded({ adminEmail: 'admin@care.local', adminPassword: 'care-admin-1' })
  admin = await app.rest.login('admin@care.local', 'care-admin-1')
  ops = await app.rest.login('ops@fenlei.local', DEMO_PASSWORD)
  town = await app.rest.login('erba@fenlei.local', DEMO_PASSWORD)
  baseEditor = await app.rest.login('base@fenlei.local', DEMO_PASSWORD)
  const user = async (email: string) =>
    (await app.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!.id
  opsId = await user('ops@fenlei.local')
  adminId = await user('admin@care.local')
  const { createDeviceBridge } = await import('../device-bridge')
  const web = express()
  web.use('/device', createDeviceBridge(app.payload))
  server = http.createServer(web)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const devices = readDemoDevices(path.join(app.dir, 'demo-devices.json'))
  bridgeBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  bin = new DemoBin(
    devices.find((d) => d.deviceId === 'CXN-BIN-03')!,
    bridgeBase,
  )
  binId = (await app.payload.find({ collection: 'bins', where: { deviceId: { equals: 'CXN-BIN-03' } } })).docs[0]!.id
}, 120_000)
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await app?.close()
})

describe('alerts become work orders', () => {
  test('an alarm opens an order for the inspector on duty; repeats join it; the device clearing it closes the alert and notes it on the order', async () => {
    accepted(await bin.alarm('water', { detail: '箱体底部进水' }))
    const [alert] = await alertsOf('water')
    const [first] = await ordersOf('water')
    expect(first).toMatchObject({ source: 'alert', status: 'open', level: 1, assignee: opsId, alertCount: 1 })
    expect(first!.alerts).toEqual([alert!.id])
    expect(first!.reference).toMatch(
      new RegExp(`^GD${shanghaiDay(new Date()).slice(2).replace(/-/g, '')}[A-HJKMNP-Z2-9]{6}$`),
    )
    expect(first!.title).toBe(`${first!.reference} · 进水 · CXN-BIN-03`)
    // Water is a major alarm: 60 minutes at level 1, 24 hours overall (no row for it in 运营设置).
    const opened = new Date(first!.openedAt!).getTime()
    expect(new Date(first!.levelDeadline!).getTime() - opened).toBe(60 * 60_000)
    expect(new Date(first!.deadline!).getTime() - opened).toBe(24 * 3600_000)
    expect(await inbox(opsId, '新工单')).toBeGreaterThanOrEqual(1)

    accepted(await bin.alarm('water'))
    expect((await alertsOf('water'))[0]).toMatchObject({ count: 2, status: 'open' })
    expect(await ordersOf('water')).toHaveLength(1)
    expect((await order(first!.id)).alertCount).toBe(2)

    accepted(await bin.alarm('water', { cleared: true, detail: '水已排出' }))
    expect((await alertsOf('water'))[0]).toMatchObject({ status: 'closed' })
    expect((await alertsOf('water'))[0]!.resolution).toMatch(/^设备报告已恢复（.+）：水已排出$/)
    const noted = await order(first!.id)
    expect(noted.status).toBe('open')
    expect(noted.log!.map((l) => l.text)).toEqual([expect.stringMatching(/^告警已关闭（.+）：设备报告已恢复/)])

    // It comes back minutes after it cleared: a flapping device reopens the same alert, the order notes nothing new.
    accepted(await bin.alarm('water'))
    expect(await alertsOf('water')).toMatchObject([{ status: 'open', count: 3 }])
    accepted(await bin.alarm('water', { cleared: true }))
    expect((await order(first!.id)).log).toHaveLength(1)

    // A person closes the alert, and the bin raises it again: a new alert, the same order.
    const [seen] = await alertsOf('water')
    // (A closed alert is not reopened by hand.)
    const reopen = await app.rest.call('PATCH', `/alerts/${seen!.id}`, { token: ops, body: { status: 'open' } })
    expect([reopen.status, reopen.body.errors[0].data.code]).toEqual([403, 'ALERT_CLOSED'])
    accepted(await bin.alarm('water'))
    expect(
      (
        await app.rest.call('PATCH', `/alerts/${seen!.id}`, {
          token: ops,
          body: { status: 'closed', resolution: '现场查看，已处理' },
        })
      ).status,
    ).toBe(200)
    accepted(await bin.alarm('water'))
    expect(await alertsOf('water')).toHaveLength(2)
    expect(await ordersOf('water')).toHaveLength(1)
    const joined = await order(first!.id)
    expect(joined.alerts).toHaveLength(2)
    expect(joined.log!.at(-1)!.text).toMatch(/^同一设备再次告警，并入本工单/)
  })

  test('closing needs a result — refused with nothing written; who and when are the server’s; the closed order closes its alerts and stays closed', async () => {
    const [o] = await ordersOf('water')
    const patch = (body: Record<string, unknown>, token = ops) =>
      app.rest.call('PATCH', `/work-orders/${o!.id}`, { token, body })
    for (const body of [{ status: 'closed' }, { status: 'closed', result: '   ' }]) {
      const refused = await patch(body)
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].data.code).toBe('WORK_ORDER_RESULT_REQUIRED')
      expect(refused.body.errors[0].message).toBe('办结工单须填写处理结果。')
    }
    for (const body of [
      { closedAt: '2026-01-01T00:00:00.000Z' },
      { level: 3 },
      { deadline: '2030-01-01T00:00:00.000Z' },
      { closedBy: adminId },
      { log: [] },
    ]) {
      const forged = await patch(body)
      expect(forged.status).toBe(403)
      expect(forged.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    }
    // The log's rows cannot be rewritten under their own ids, nor added to.
    const logged = (await order(o!.id)).log!
    expect(logged.length).toBeGreaterThan(0)
    for (const log of [
      logged.map((l) => ({ ...l, text: '一切正常' })),
      [...logged, { at: new Date().toISOString(), text: '补记' }],
    ]) {
      const forged = await patch({ log })
      expect([forged.status, forged.body.errors[0].data.code]).toEqual([403, 'SERVER_SET_FIELD'])
    }
    // Sent back unchanged (as the admin's form does), it passes.
    expect((await patch({ log: logged, description: '箱体底部进水，已到场' })).status).toBe(200)
    expect(await order(o!.id)).toMatchObject({ status: 'open', closedAt: null, level: 1 })

    // Another programme's evidence (an admin's assessment photo) is not this work's photo.
    const form = new FormData()
    form.append('file', new File([PNG], 'assessment.png', { type: 'image/png' }))
    form.append('_payload', JSON.stringify({ alt: '考核佐证', area: 'assessment' }))
    const foreign = (await app.rest.call('POST', '/media', { token: admin, form })).body.doc.id
    const borrowed = await patch({ afterPhotos: [foreign] }, admin)
    expect(borrowed.status).toBe(400)
    expect((await order(o!.id)).afterPhotos).toEqual([])
    const after = await photo(ops, 'after.png')
    const closed = await patch({ status: 'closed', result: ' 已排水，更换箱底密封条 ', afterPhotos: [after] })
    expect(closed.status).toBe(200)
    expect(closed.body.doc).toMatchObject({ status: 'closed', result: '已排水，更换箱底密封条' })
    const stored = await order(o!.id)
    expect(stored).toMatchObject({ closedBy: opsId, acknowledgedBy: opsId, afterPhotos: [after] })
    expect(Date.now() - new Date(stored.closedAt!).getTime()).toBeLessThan(60_000)
    for (const a of await alertsOf('water')) {
      expect(a.status).toBe('closed')
    }
    expect((await alertsOf('water'))[1]!.resolution).toBe(`工单 ${o!.reference} 办结：已排水，更换箱底密封条`)

    for (const body of [{ result: '改一下' }, { status: 'open' }]) {
      const again = await patch(body, admin)
      expect(again.status).toBe(400)
      expect(again.body.errors[0].data.code).toBe('WORK_ORDER_CLOSED')
    }
  })

  test('a full compartment opens a “full” order and its emptying closes the alert; a silent bin goes offline with an order, and its next word clears it', async () => {
    // The seeded fill levels follow the time of day (an evening bin may be full already): start from a low bin.
    accepted(
      await bin.fill([
        { compartment: 1, percent: 10 },
        { compartment: 2, percent: 10 },
      ]),
    )
    expect(await alertsOf('full')).toHaveLength(0)
    accepted(await bin.fill([{ compartment: 1, percent: 100 }]))
    expect((await app.payload.findByID({ collection: 'bins', id: binId })).status).toBe('full')
    expect(await alertsOf('full')).toMatchObject([{ status: 'open', severity: 'major', detail: '第 1 号箱格已满' }])
    expect(await ordersOf('full')).toMatchObject([{ status: 'open', source: 'alert' }])
    // Still full: the same alert, no second.
    accepted(await bin.fill([{ compartment: 1, percent: 100 }]))
    expect(await alertsOf('full')).toHaveLength(1)
    accepted(await bin.fill([{ compartment: 1, percent: 4 }]))
    expect((await alertsOf('full'))[0]!.status).toBe('closed')
    expect((await ordersOf('full'))[0]!.log!.at(-1)!.text).toMatch(/箱格已清空/)

    const later = new Date(Date.now() + 3600_000)
    expect(await markOfflineBins(app.payload, 10, later)).toContain('CXN-BIN-03')
    expect(await alertsOf('offline')).toMatchObject([{ status: 'open', kind: 'offline' }])
    expect(await ordersOf('offline')).toHaveLength(1)
    // Run again: already offline, nothing new.
    expect(await markOfflineBins(app.payload, 10, later)).toEqual([])
    expect(await alertsOf('offline')).toHaveLength(1)
    accepted(await bin.heartbeat())
    expect((await alertsOf('offline'))[0]!.status).toBe('closed')
    expect((await app.payload.findByID({ collection: 'bins', id: binId })).status).toBe('online')
  })
})

describe('orders by hand, and from inspections', () => {
  test('an operator gives an order to a colleague, who is told; an operator sees the operators’ accounts and no others', async () => {
    const colleague = await app.payload.create({
      collection: 'users',
      data: { email: 'li@ops.local', password: 'colleague-pass-1', name: '李师傅', role: 'operator' },
    })
    const made = await app.rest.call('POST', '/work-orders', {
      token: ops,
      body: { kind: 'other', bin: binId, description: '投口贴纸脱落' },
    })
    const given = await app.rest.call('PATCH', `/work-orders/${made.body.doc.id}`, {
      token: ops,
      body: { assignee: colleague.id },
    })
    expect(given.status).toBe(200)
    expect(await inbox(colleague.id, '已派给您')).toBe(1)
    const users = await app.rest.call<{ docs: User[] }>('GET', '/users?limit=100&depth=0', { token: ops })
    expect(users.body.docs.every((u) => u.role === 'operator')).toBe(true)
    expect(users.body.docs.map((u: { id: number }) => u.id)).toEqual(expect.arrayContaining([opsId, colleague.id]))
    expect((await app.rest.call('GET', '/users?limit=100', { token: town })).body.docs).toHaveLength(1)
  })

  test('a person opens an order for a bin or a site; the source, status and times are the server’s', async () => {
    const site = (await app.payload.find({ collection: 'sites', where: { name: { equals: '城小区南区' } } })).docs[0]!
    const before = (await app.payload.count({ collection: 'work-orders' })).totalDocs
    const post = (body: Record<string, unknown>) => app.rest.call('POST', '/work-orders', { token: ops, body })
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ kind: 'other', description: '无处可去' }, 400, 'WORK_ORDER_PLACE'],
      [{ kind: 'other', site: site.id, status: 'closed', result: '已办' }, 400, 'WORK_ORDER_STEP'],
      [{ kind: 'other', site: site.id, source: 'alert' }, 403, 'SERVER_SET_FIELD'],
      [{ kind: 'other', site: site.id, openedAt: '2026-01-01T00:00:00.000Z' }, 403, 'SERVER_SET_FIELD'],
      [{ kind: 'other', bin: 999_999 }, 400, 'UNKNOWN_BIN'],
    ]
    for (const [body, status, code] of cases) {
      const res = await post(body)
      expect([res.status, res.body.errors?.[0]?.data?.code]).toEqual([status, code])
    }
    expect((await app.payload.count({ collection: 'work-orders' })).totalDocs).toBe(before)
    const made = await post({ kind: 'other', bin: binId, description: '箱体贴纸破损' })
    expect(made.status).toBe(201)
    expect(await order(made.body.doc.id)).toMatchObject({
      source: 'manual',
      openedBy: opsId,
      site: site.id,
      status: 'open',
      level: 1,
    })
  })

  test('an inspection that finds a problem opens an order with its photos; logs are the server’s and are not edited', async () => {
    const seen = await photo(ops, 'found.png')
    const log = await app.rest.call('POST', '/bin-logs', {
      token: ops,
      body: { bin: binId, kind: 'inspection', outcome: 'problem', note: '投口铰链断裂', photos: [seen] },
    })
    expect(log.status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'bin-logs', id: log.body.doc.id, depth: 0 })
    expect(stored).toMatchObject({ by: opsId })
    const o = await order(stored.workOrder as number)
    expect(o).toMatchObject({ source: 'inspection', kind: 'inspection', beforePhotos: [seen], openedBy: opsId })
    expect(o.description).toBe('投口铰链断裂')
    const clean = await app.rest.call('POST', '/bin-logs', {
      token: ops,
      body: { bin: binId, kind: 'cleaning', outcome: 'ok' },
    })
    expect(clean.body.doc.workOrder ?? null).toBeNull()
    const forged = await app.rest.call('POST', '/bin-logs', {
      token: ops,
      body: { bin: binId, kind: 'cleaning', at: '2026-01-01T00:00:00.000Z' },
    })
    expect(forged.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    expect((await app.rest.call('PATCH', `/bin-logs/${stored.id}`, { token: admin, body: { note: 'x' } })).status).toBe(
      403,
    )
    // The log's photo is part of it (issue 19): its uploader cannot replace or delete it, nor can an admin.
    for (const token of [ops, admin]) {
      const captioned = await app.rest.call('PATCH', `/media/${seen}`, { token, body: { alt: '换了' } })
      const deleted = await app.rest.call('DELETE', `/media/${seen}`, { token })
      for (const res of [captioned, deleted])
        expect([res.status, res.body.errors[0].data.code]).toEqual([403, 'FILE_LOCKED'])
    }
    expect(await app.payload.findByID({ collection: 'media', id: seen, depth: 0 })).toBeTruthy()
  })

  test('one plan per day and shift', async () => {
    const day = shanghaiDay(new Date(Date.now() + 10 * 86_400_000))
    const body = { day: `${day}T04:00:00.000Z`, shift: 'night', inspectors: [opsId] }
    expect((await app.rest.call('POST', '/inspector-shifts', { token: ops, body })).status).toBe(201)
    const twin = await app.rest.call('POST', '/inspector-shifts', {
      token: ops,
      body: { ...body, day: `${day}T15:00:00.000Z` },
    })
    expect(twin.status).toBe(409)
    expect(twin.body.errors[0].data.code).toBe('SHIFT_EXISTS')
    expect(twin.body.errors[0].message).toBe(`${day} 的夜班 20:00–次日08:00已排班，请修改原排班。`)
  })
})

test('the clock escalates level by level (catching up when late), tells the overall deadline once, and reminds until acknowledged', async () => {
  const smoke = await app.rest.call<{ doc: Present<WorkOrder, 'openedAt' | 'levelDeadline' | 'deadline'> }>(
    'POST',
    '/work-orders',
    {
      token: admin,
      body: { kind: 'smoke', bin: binId, description: '演练：烟雾', assignee: opsId },
    },
  )
  const id = smoke.body.doc.id as number
  const t0 = new Date(smoke.body.doc.openedAt).getTime()
  const at = (minutes: number) => new Date(t0 + minutes * 60_000)
  // The seeded 运营设置 row for smoke: 30 / 60 / 120 minutes, 4 hours overall.
  expect(new Date(smoke.body.doc.levelDeadline).getTime()).toBe(at(30).getTime())
  expect(new Date(smoke.body.doc.deadline).getTime()).toBe(at(240).getTime())

  await runWorkOrderClock(app.payload, at(10))
  expect(await order(id)).toMatchObject({ level: 1, reminders: 0 })

  const operatorsTold = await inbox(opsId, '升级为二级')
  await runWorkOrderClock(app.payload, at(31))
  let o = await order(id)
  expect(o).toMatchObject({ level: 2, reminders: 1, overdue: false })
  expect(new Date(o.levelDeadline!).getTime()).toBe(at(90).getTime())
  expect(await inbox(opsId, '升级为二级')).toBe(operatorsTold + 1)
  // The same minute again: nothing more.
  await runWorkOrderClock(app.payload, at(31))
  expect(await order(id)).toMatchObject({ level: 2, reminders: 1 })

  // A run five hours late: straight to level 3, past the overall deadline, the district told once.
  await runWorkOrderClock(app.payload, at(300))
  o = await order(id)
  expect(o).toMatchObject({ level: 3, overdue: true, reminders: 2 })
  expect(new Date(o.levelDeadline!).getTime()).toBe(at(210).getTime())
  expect(o.log!.at(-1)!.text).toBe('超过本级时限，升级为三级（区城管局）；已超过总时限')
  expect(await inbox(adminId, '已超过总时限')).toBe(1)
  await runWorkOrderClock(app.payload, at(301))
  expect(await inbox(adminId, '已超过总时限')).toBe(1)

  await runWorkOrderClock(app.payload, at(340))
  expect((await order(id)).reminders).toBe(3)
  expect(
    (await app.rest.call('PATCH', `/work-orders/${id}`, { token: ops, body: { status: 'acknowledged' } })).status,
  ).toBe(200)
  await runWorkOrderClock(app.payload, at(400))
  expect(await order(id)).toMatchObject({ reminders: 3, status: 'acknowledged', acknowledgedBy: opsId })
})

test('the fill forecast: the rate from fill reports, when it will be full, and a rise with no card drops flagged', async () => {
  const other = (await app.payload.find({ collection: 'bins', where: { deviceId: { equals: 'SZF-BIN-01' } } })).docs[0]!
  await app.payload.db.deleteMany({ collection: 'fill-readings', where: { bin: { equals: other.id } } })
  const now = new Date()
  // One point an hour for 40 hours: from 10 % to 50 %.
  for (let k = 0; k <= 40; k++)
    await app.payload.db.create({
      collection: 'fill-readings',
      data: {
        bin: other.id,
        compartment: 1,
        percent: 10 + k,
        at: new Date(now.getTime() - (40 - k) * 3600_000).toISOString(),
      },
    })
  await app.payload.update({
    collection: 'bins',
    id: other.id,
    data: { compartments: (other.compartments ?? []).map((c) => ({ ...c, fillPercent: c.number === 1 ? 50 : 0 })) },
  })
  // A report older than five weeks: no longer needed, dropped by the run.
  const old = await app.payload.db.create({
    collection: 'fill-readings',
    data: { bin: other.id, compartment: 1, percent: 70, at: new Date(now.getTime() - 40 * 86_400_000).toISOString() },
  })
  const first = await forecastFills(app.payload, now)
  expect(await app.payload.db.findOne({ collection: 'fill-readings', where: { id: { equals: old.id } } })).toBeNull()
  const row = async () =>
    (
      await app.payload.find({
        collection: 'fill-forecasts',
        where: { and: [{ bin: { equals: other.id } }, { compartment: { equals: 1 } }] },
      })
    ).docs
  const [f] = await row()
  expect(new Date(f!.fullAt!).getTime()).toBeCloseTo(now.getTime() + 50 * 3600_000, -4)
  const days = Math.round(
    (Date.parse(shanghaiDay(new Date(now.getTime() + 50 * 3600_000))) - Date.parse(shanghaiDay(now))) / 86_400_000,
  )
  expect(f!.fullWhen).toBe(days === 2 ? 'in-two-days' : 'later')
  expect(f).toMatchObject({
    fillPercent: 50,
    cardless: true,
    cardlessReason: '24 小时内满溢度上升 24 个百分点，但没有刷卡投放',
  })
  // The other compartments have no reports: not enough data, nothing flagged.
  const rest = await app.payload.find({
    collection: 'fill-forecasts',
    where: { and: [{ bin: { equals: other.id } }, { compartment: { not_equals: 1 } }] },
  })
  expect(rest.docs.map((d) => [d.fullWhen, d.cardless])).toEqual(rest.docs.map(() => ['unknown', false]))
  // Twice: the same table, not twice the rows.
  expect(await forecastFills(app.payload, now)).toEqual(first)
  expect(await row()).toHaveLength(1)
  // The collection plan as the operator reads it over REST.
  const plan = await app.rest.call<{ docs: Array<Present<FillForecast, 'fullWhen'>> }>(
    'GET',
    '/fill-forecasts?where[fullWhen][in]=today,tomorrow,in-two-days&limit=100',
    { token: ops },
  )
  expect(plan.status).toBe(200)
  expect(
    plan.body.docs.every((d: { fullWhen: string }) => ['today', 'tomorrow', 'in-two-days'].includes(d.fullWhen)),
  ).toBe(true)
})

test('the weekly follow-up list: each card with too few points gets one open follow-up, however often it runs', async () => {
  const site = (await app.payload.find({ collection: 'sites', where: { name: { equals: '城小区南区' } } })).docs[0]!
  for (const n of ['FUP00001', 'FUP00002'])
    await app.payload.create({
      collection: 'cards',
      data: {
        cardNumber: n,
        status: 'active',
        holderKind: 'household',
        holderName: '住户',
        site: site.id,
        channel: 'booth',
        issuedAt: '2026-01-01T00:00:00.000Z',
      },
    })
  const first = await weeklyFollowUps(app.payload)
  expect(first).toBeGreaterThanOrEqual(2)
  expect(await weeklyFollowUps(app.payload)).toBe(0)
  const open = await app.payload.find({
    collection: 'follow-ups',
    where: { status: { equals: 'open' } },
    pagination: false,
    depth: 0,
  })
  expect(open.docs).toHaveLength(first)
  expect(await inbox(opsId, '本周回访名单')).toBe(1)
})

test('every role: the operator and the admin run the work; a town official reads its own town’s; a base editor and the public nothing', async () => {
  const slugs = ['work-orders', 'bin-logs', 'inspector-shifts', 'fill-forecasts', 'fill-readings'] as const
  for (const token of [baseEditor, undefined])
    for (const slug of slugs) expect((await app.rest.call('GET', `/${slug}`, { token })).status).toBe(403)
  const gql = '{ WorkOrders { docs { title } } BinLogs { docs { title } } FillForecasts { docs { title } } }'
  for (const token of [baseEditor, undefined]) {
    const res = await app.rest.graphql(gql, { token })
    expect(res.body.data?.WorkOrders ?? null).toBeNull()
    expect(res.body.data?.FillForecasts ?? null).toBeNull()
  }
  // 二坝镇 holds 城小区南区 (where CXN-BIN-03 stands), not 市政府.
  const theirs = await app.rest.call<{ docs: Array<With<WorkOrder, { site: number }>> }>(
    'GET',
    '/work-orders?limit=100&depth=0',
    { token: town },
  )
  expect(theirs.status).toBe(200)
  expect(theirs.body.docs.length).toBeGreaterThan(0)
  const townSites = (
    await app.payload.find({
      collection: 'sites',
      where: {
        town: {
          equals: (await app.payload.find({ collection: 'towns', where: { name: { equals: '二坝镇' } } })).docs[0]!.id,
        },
      },
    })
  ).docs.map((s) => s.id)
  expect(theirs.body.docs.every((d: { site: number }) => townSites.includes(d.site))).toBe(true)
  const some = theirs.body.docs[0].id
  for (const [method, url, body] of [
    ['POST', '/work-orders', { kind: 'other', bin: binId }],
    ['PATCH', `/work-orders/${some}`, { status: 'acknowledged' }],
    ['POST', '/bin-logs', { bin: binId, kind: 'cleaning' }],
    ['POST', '/inspector-shifts', { day: '2027-01-01', shift: 'day', inspectors: [opsId] }],
  ] as const)
    expect((await app.rest.call(method, url, { token: town, body })).status).toBe(403)
  // Nobody types a forecast or a fill reading, not even an admin.
  for (const slug of ['fill-forecasts', 'fill-readings'])
    expect((await app.rest.call('POST', `/${slug}`, { token: admin, body: { bin: binId } })).status).toBe(403)
  // The settings: everyone signed in reads them; only an admin changes them.
  expect(
    (await app.rest.call('POST', '/globals/operations-settings', { token: ops, body: { reminderMinutes: 5 } })).status,
  ).toBe(403)
  expect((await app.rest.call('GET', '/globals/operations-settings', {})).status).toBe(403)
  const set = await app.rest.call('POST', '/globals/operations-settings', {
    token: admin,
    body: { reminderMinutes: 45 },
  })
  expect(set.status).toBe(200)
})

test('the living demo: the simulated bins come online, report fills and drops, and 运营设置 turns them off', async () => {
  const devices = readDemoDevices(path.join(app.dir, 'demo-devices.json')).filter((d) => d.deviceId !== 'CXN-BIN-03')
  const readings = async () => (await app.payload.count({ collection: 'fill-readings' })).totalDocs
  const logged = async () =>
    (await app.payload.count({ collection: 'device-events', where: { endpoint: { equals: 'events' } } })).totalDocs
  const before = { readings: await readings(), logged: await logged() }
  const stop = startDemoTraffic(app.payload, bridgeBase, devices, { tickMs: 100 })
  try {
    const until = async (check: () => Promise<boolean>) => {
      for (const end = Date.now() + scaled(10_000); Date.now() < end && !(await check());)
        await new Promise((r) => setTimeout(r, 100))
      expect(await check()).toBe(true)
    }
    // Every demo bin's heartbeat brings it online; fills and drops follow.
    await until(async () => {
      const bins = await app.payload.find({
        collection: 'bins',
        where: { deviceId: { in: devices.map((d) => d.deviceId) } },
        depth: 0,
      })
      return bins.docs.every((b) => b.status === 'online' || b.status === 'full')
    })
    await until(async () => (await readings()) > before.readings)
    await app.payload.updateGlobal({ slug: 'operations-settings', data: { demoSimulator: false } })
    // "Nothing more arrives" can only be watched for a while: a request already in flight lands first (scaled to the
    // machine's measured slowness, tests/helpers/slowness.ts), then a quiet stretch longer than the traffic's pace.
    await new Promise((r) => setTimeout(r, scaled(500)))
    const quiet = await logged()
    await new Promise((r) => setTimeout(r, scaled(800)))
    expect(await logged()).toBe(quiet)
    expect(quiet).toBeGreaterThan(before.logged)
  } finally {
    stop()
    await app.payload.updateGlobal({ slug: 'operations-settings', data: { demoSimulator: true } })
  }
})
