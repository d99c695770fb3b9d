/**
 * The device bridge over real HTTP: signing and every refusal, batches with duplicates and
 * rejections, fill levels and authorize, alarms, offline detection, gift-machine redemptions,
 * the OpenAPI document, and the same batch through two bridge processes on one database.
 */
import type { ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import Ajv2020 from 'ajv/dist/2020.js'
import express from 'express'

import { sign } from '../domain/devices/deviceAuth'
import { sendSigned, type DeviceCredentials, type DeviceResponse } from '../device-bridge/client'
import type { Bin } from '../payload-types'
import { bootPayload, type Booted } from './helpers/boot'
import { bin, person, town } from './helpers/fixtures'
import { scaled } from './helpers/slowness'
import { startApp } from './helpers/spawn'

let app: Booted
let server: http.Server
let base = ''
let adminToken = ''
let siteId = 0
let officeSiteId = 0
const bins: Record<string, DeviceCredentials & { id: number }> = {}

async function registerBin(deviceId: string, extra: Record<string, unknown> = {}) {
  bins[deviceId] = await bin(app, adminToken, siteId, deviceId, extra)
  return bins[deviceId]!
}

async function card(number: string, extra: Record<string, unknown> = {}) {
  return app.payload.create({
    collection: 'cards',
    data: {
      cardNumber: number,
      status: 'active',
      holderKind: 'household',
      site: siteId,
      channel: 'booth',
      issuedAt: '2026-01-01T00:00:00.000Z',
      ...extra,
    },
  })
}

const sizes = async () => {
  const slugs = ['drop-offs', 'point-entries', 'alerts', 'device-receipts', 'redemptions'] as const
  return Object.fromEntries(
    await Promise.all(slugs.map(async (c) => [c, (await app.payload.count({ collection: c })).totalDocs])),
  )
}
const logCount = async (code?: string) =>
  (await app.payload.count({ collection: 'device-events', where: code ? { code: { equals: code } } : {} })).totalDocs

/**
 * Every answer the bridge gives in these tests is checked against the response schemas of its own
 * OpenAPI document: a status the document does not list, or a body it does not describe, fails.
 */
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
let documented = false
async function loadDocument() {
  const doc = await (await fetch(`${base}/device/v1/openapi.json`)).json()
  for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, object>)) {
    ajv.addSchema({ ...schema, $schema: undefined }, name)
  }
  return doc
}
let openapi: {
  paths: Record<
    string,
    { post?: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }
  >
}
function checkAnswer(endpoint: string, answer: Pick<DeviceResponse, 'status' | 'body'>) {
  const responses = openapi.paths[`/${endpoint}`]?.post?.responses ?? {}
  const documentedAnswer = responses[String(answer.status)]
  if (!documentedAnswer) throw new Error(`status ${answer.status} of /${endpoint} is not in the OpenAPI document`)
  const name = documentedAnswer.content!['application/json']!.schema.$ref.split('/').pop()!
  if (!ajv.validate(name, answer.body)) {
    throw new Error(
      `/${endpoint} ${answer.status} does not match ${name}: ${ajv.errorsText()} — ${JSON.stringify(answer.body)}`,
    )
  }
  documented = true
}
const send: typeof sendSigned = async (target, device, endpoint, body, options) => {
  const answer = await sendSigned(target, device, endpoint, body, options)
  checkAnswer(endpoint, answer)
  return answer
}
/** Rows of sampled refusals are written in the background: wait for them. */
async function eventually(check: () => Promise<boolean>, ms = 3000) {
  const until = Date.now() + scaled(ms)
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

let seq = 0
const dropEvent = (cardNumber: string, extra: Record<string, unknown> = {}) => ({
  type: 'drop',
  eventId: `e-${++seq}`,
  card: cardNumber,
  compartment: 1,
  grams: 1000,
  occurredAt: new Date(Date.now() - 60_000).toISOString(),
  ...extra,
})

beforeAll(async () => {
  process.env.BRIDGE_RATE_LIMIT = '20'
  process.env.BRIDGE_FAILED_AUTH_RATE = '5'
  process.env.BRIDGE_DEVICE_CACHE_MAX = '300'
  app = await bootPayload()
  adminToken = (await person(app, 'admin', { email: 'admin@b.local', name: '管理员' })).token
  const place = await town(app, '设备镇', {
    sites: [
      { name: '设备小区', kind: 'residential' },
      { name: '设备机关', kind: 'government' },
    ],
  })
  siteId = place.sites['设备小区']!
  officeSiteId = place.sites['设备机关']!
  await app.payload.updateGlobal({ slug: 'point-rules', data: { effectiveFrom: '2020-01-01T00:00:00.000Z' } })
  const { createDeviceBridge } = await import('../device-bridge')
  const web = express()
  web.use('/device', createDeviceBridge(app.payload))
  server = http.createServer(web)
  // A long test (thousands of queries on one event loop) must not leave the client a stale keep-alive socket.
  server.keepAliveTimeout = 120_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  openapi = await loadDocument()
})
afterAll(async () => {
  expect(documented).toBe(true)
  await new Promise((resolve) => server?.close(resolve))
  await app?.close()
})

describe('device secrets', () => {
  test('shown once at registration, never readable again, and rotation stops the old one', async () => {
    const bin = await registerBin('SEC-001')
    expect(bin.secret).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const read = await app.rest.call('GET', `/bins/${bin.id}`, { token: adminToken })
    expect(JSON.stringify(read.body)).not.toContain(bin.secret)
    expect(read.body.secretSealed).toBeUndefined()
    expect(read.body.newSecret).toBeUndefined()
    const list = await app.rest.call('GET', '/bins?limit=50', { token: adminToken })
    expect(JSON.stringify(list.body)).not.toContain('secretSealed')
    await card('SEC00001')
    expect((await send(base, bin, 'authorize', { card: 'SEC00001' })).status).toBe(200)
    const rotated = await app.rest.call<{ deviceId: string; secret: string; secretRotatedAt: string }>(
      'POST',
      `/bins/${bin.id}/rotate-secret`,
      { token: adminToken },
    )
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).not.toBe(bin.secret)
    const old = await send(base, bin, 'authorize', { card: 'SEC00001' })
    expect(old.status).toBe(401)
    expect(old.body.error.code).toBe('AUTH_FAILED')
    expect((await send(base, { ...bin, secret: rotated.body.secret }, 'authorize', { card: 'SEC00001' })).status).toBe(
      200,
    )
  })
})

describe('refusals: clear codes, nothing written but the log line', () => {
  let bin: DeviceCredentials
  beforeAll(async () => {
    bin = await registerBin('REF-001')
    await card('REF00001')
  })

  /** [name, request, status, code answered, code in the raw log] */
  const refusals: Array<[string, () => Promise<Pick<DeviceResponse, 'status' | 'body'>>, number, string, string]> = [
    [
      'missing headers',
      () =>
        fetch(`${base}/device/v1/events`, { method: 'POST', body: '{}' }).then(async (r) => {
          const answer = { status: r.status, body: await r.json() }
          checkAnswer('events', answer)
          return answer
        }),
      401,
      'MISSING_AUTH',
      'MISSING_AUTH',
    ],
    [
      'unknown device',
      () => send(base, { deviceId: 'NOPE-404', secret: 'x' }, 'events', { events: [dropEvent('REF00001')] }),
      401,
      'AUTH_FAILED',
      'UNKNOWN_DEVICE',
    ],
    [
      'bad signature',
      () => send(base, bin, 'events', { events: [dropEvent('REF00001')] }, { signature: 'ab'.repeat(32) }),
      401,
      'AUTH_FAILED',
      'BAD_SIGNATURE',
    ],
    [
      'signature for another body',
      () => {
        const timestamp = String(Date.now())
        const signed = { method: 'POST', path: '/device/v1/events', deviceId: bin.deviceId, timestamp, body: '{}' }
        return send(
          base,
          bin,
          'events',
          {},
          {
            timestamp: Number(timestamp),
            rawBody: JSON.stringify({ events: [dropEvent('REF00001', { grams: 99999 })] }),
            signature: sign(bin.secret, signed),
          },
        )
      },
      401,
      'AUTH_FAILED',
      'BAD_SIGNATURE',
    ],
    [
      'signature for another endpoint (authorize) sent to events',
      () => {
        const timestamp = String(Date.now())
        const body = JSON.stringify({ events: [dropEvent('REF00001')] })
        const signed = { method: 'POST', path: '/device/v1/authorize', deviceId: bin.deviceId, timestamp, body }
        return send(base, bin, 'events', null, {
          timestamp: Number(timestamp),
          rawBody: body,
          signature: sign(bin.secret, signed),
        })
      },
      401,
      'AUTH_FAILED',
      'BAD_SIGNATURE',
    ],
    [
      'signature made for another device id',
      () => {
        const timestamp = String(Date.now())
        const body = JSON.stringify({ events: [dropEvent('REF00001')] })
        const signed = { method: 'POST', path: '/device/v1/events', deviceId: 'REF-OTHER', timestamp, body }
        return send(base, bin, 'events', null, {
          timestamp: Number(timestamp),
          rawBody: body,
          signature: sign(bin.secret, signed),
        })
      },
      401,
      'AUTH_FAILED',
      'BAD_SIGNATURE',
    ],
    [
      'a captured request replayed after the window',
      () => send(base, bin, 'events', { events: [dropEvent('REF00001')] }, { timestamp: Date.now() - 6 * 60_000 }),
      401,
      'STALE_TIMESTAMP',
      'STALE_TIMESTAMP',
    ],
    [
      'a timestamp from the future',
      () => send(base, bin, 'events', { events: [dropEvent('REF00001')] }, { timestamp: Date.now() + 6 * 60_000 }),
      401,
      'STALE_TIMESTAMP',
      'STALE_TIMESTAMP',
    ],
    [
      'malformed JSON',
      () => send(base, bin, 'events', null, { rawBody: '{"events": [' }),
      400,
      'MALFORMED_JSON',
      'MALFORMED_JSON',
    ],
    [
      'too many events',
      () =>
        send(base, bin, 'events', {
          events: Array.from({ length: 501 }, () => ({
            type: 'door',
            eventId: 'd',
            action: 'open',
            serial: 's',
            occurredAt: new Date().toISOString(),
          })),
        }),
      400,
      'TOO_MANY_EVENTS',
      'TOO_MANY_EVENTS',
    ],
    [
      'unknown event type',
      () =>
        send(base, bin, 'events', {
          events: [dropEvent('REF00001'), { type: 'teleport', eventId: 'x', occurredAt: new Date().toISOString() }],
        }),
      400,
      'UNKNOWN_EVENT_TYPE',
      'UNKNOWN_EVENT_TYPE',
    ],
    [
      'weight out of range',
      () => send(base, bin, 'events', { events: [dropEvent('REF00001', { grams: 250_000 })] }),
      400,
      'WEIGHT_OUT_OF_RANGE',
      'WEIGHT_OUT_OF_RANGE',
    ],
    [
      'negative weight',
      () => send(base, bin, 'events', { events: [dropEvent('REF00001', { grams: -5 })] }),
      400,
      'WEIGHT_OUT_OF_RANGE',
      'WEIGHT_OUT_OF_RANGE',
    ],
    [
      'a weight sent as a string',
      () => send(base, bin, 'events', { events: [dropEvent('REF00001', { grams: '400' })] }),
      400,
      'INVALID_TYPE',
      'INVALID_TYPE',
    ],
    [
      'event in the future',
      () =>
        send(base, bin, 'events', {
          events: [dropEvent('REF00001', { occurredAt: new Date(Date.now() + 3_600_000).toISOString() })],
        }),
      400,
      'FUTURE_TIMESTAMP',
      'FUTURE_TIMESTAMP',
    ],
    [
      'missing field',
      () =>
        send(base, bin, 'events', {
          events: [
            { type: 'drop', eventId: 'm', card: 'REF00001', compartment: 1, occurredAt: new Date().toISOString() },
          ],
        }),
      400,
      'MISSING_FIELD',
      'MISSING_FIELD',
    ],
    ['authorize without a card', () => send(base, bin, 'authorize', {}), 400, 'MISSING_FIELD', 'MISSING_FIELD'],
    [
      'redeem from a bin that is not a gift machine',
      () => send(base, bin, 'redeem', { requestId: 'r-1', card: 'REF00001', reward: 1 }),
      403,
      'NOT_A_GIFT_MACHINE',
      'NOT_A_GIFT_MACHINE',
    ],
  ]
  for (const [name, call, status, code, logged] of refusals) {
    test(`${name} → ${status} ${code}`, async () => {
      const before = await sizes()
      const logs = await logCount(logged)
      const res = await call()
      expect(res.status).toBe(status)
      expect(res.body.error.code).toBe(code)
      expect(res.body.error.message).toBeTruthy()
      expect(await sizes()).toEqual(before)
      await eventually(async () => (await logCount(logged)) === logs + 1)
    })
  }

  test('schema violations name the failing path', async () => {
    const res = await send(base, bin, 'events', {
      events: [dropEvent('REF00001'), dropEvent('REF00001', { grams: 1.5 })],
    })
    expect(res.status).toBe(400)
    expect(res.body.error.path).toBe('events.1.grams')
  })

  test('a body over the size limit → 413', async () => {
    const before = await sizes()
    const res = await send(base, bin, 'events', null, {
      rawBody: JSON.stringify({ events: [], pad: 'x'.repeat(300 * 1024) }),
    })
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe('BODY_TOO_LARGE')
    expect(await sizes()).toEqual(before)
  })

  test('a disabled device is refused', async () => {
    const off = await registerBin('REF-OFF', { status: 'disabled' })
    const res = await send(base, off, 'events', { events: [dropEvent('REF00001')] })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('DEVICE_DISABLED')
  })

  test('a flood from one device is limited (429 with Retry-After); other devices go on', async () => {
    const flood = await registerBin('REF-FLOOD')
    const other = await registerBin('REF-CALM')
    // 20/s with bursts of 40: the device gets at most the burst and what refilled while its flood lasted — however
    // slow the machine (on a starved one the 200 reach the limiter over seconds, and fewer are refused).
    const started = Date.now()
    const answers = await Promise.all(
      // Each signed on its own (200 identical requests in one millisecond would be replays of one).
      Array.from({ length: 200 }, (_, k) =>
        send(base, flood, 'authorize', { card: 'REF00001' }, { timestamp: Date.now() + k }),
      ),
    )
    const admitted = 40 + Math.ceil((20 * (Date.now() - started)) / 1000)
    const limited = answers.filter((a) => a.status === 429)
    const passed = answers.filter((a) => a.status === 200).length
    expect(passed).toBeLessThanOrEqual(admitted)
    expect(passed + limited.length).toBe(200)
    for (const a of limited) expect(a.body.error.code).toBe('RATE_LIMITED')
    expect(passed).toBeGreaterThanOrEqual(40)
    expect((await send(base, other, 'authorize', { card: 'REF00001' })).status).toBe(200)
  })
})

describe('events', () => {
  let bin: DeviceCredentials & { id: number }
  beforeAll(async () => {
    bin = await registerBin('EVT-001')
    await card('EVT00001')
    await card('EVT00002', { status: 'lost' })
  })

  test('a mixed batch: valid events are kept, bad ones rejected with a reason', async () => {
    const events = [
      dropEvent('EVT00001', { grams: 1500 }), // paper, 105
      dropEvent('EVT00009'), // unknown card
      dropEvent('EVT00002'), // lost card
      dropEvent('EVT00001', { compartment: 9 }), // no such compartment
      dropEvent('EVT00001', { compartment: undefined, category: 'plastic', grams: 400 }), // 28
      dropEvent('EVT00001', { compartment: undefined, category: 'kitchen', grams: 400 }), // not taken by this bin
      {
        type: 'door',
        eventId: `door-${++seq}`,
        action: 'open',
        serial: 'op-1',
        compartment: 1,
        occurredAt: new Date().toISOString(),
      },
      {
        type: 'heartbeat',
        eventId: `hb-${++seq}`,
        firmware: '2.4.1',
        signal: -71,
        battery: 88,
        temperature: 21.5,
        occurredAt: new Date().toISOString(),
      },
    ]
    const res = await send(base, bin, 'events', { events })
    expect(res.status).toBe(200)
    expect(res.body.results.map((r: { status: string; code?: string }) => r.code ?? r.status)).toEqual([
      'accepted',
      'UNKNOWN_CARD',
      'CARD_NOT_ACTIVE',
      'UNKNOWN_COMPARTMENT',
      'accepted',
      'CATEGORY_NOT_IN_BIN',
      'accepted',
      'accepted',
    ])
    expect(res.body.results[0]).toMatchObject({ points: 105, balance: 105 })
    expect(res.body.results[4]).toMatchObject({ points: 28, balance: 133 })
    const stored = await app.payload.findByID({ collection: 'bins', id: bin.id })
    expect(stored).toMatchObject({ firmware: '2.4.1', status: 'online', telemetry: { battery: 88 } })
  })

  test('the same batch sent twice is counted once and answered with the first outcomes', async () => {
    const events = [
      dropEvent('EVT00001'),
      dropEvent('EVT00001', { compartment: 2, grams: 500 }),
      { type: 'alarm', eventId: `al-${++seq}`, kind: 'smoke', occurredAt: new Date().toISOString() },
    ]
    const first = await send(base, bin, 'events', { events })
    const before = await sizes()
    const second = await send(base, bin, 'events', { events })
    expect(second.body.results).toEqual(first.body.results.map((r: object) => ({ ...r, status: 'duplicate' })))
    expect(await sizes()).toEqual(before)
    const changed = await send(base, bin, 'events', { events: [{ ...events[0], grams: 999 }] })
    expect(changed.body.results[0]).toMatchObject({ status: 'rejected', code: 'IDEMPOTENCY_CONFLICT' })
  })

  test('the same batch sent concurrently is counted once', async () => {
    const c = await card('EVT00003')
    const events = Array.from({ length: 20 }, (_, i) =>
      // Spread over the device backlog window (7 days) so that the daily cap never bites.
      dropEvent('EVT00003', {
        grams: 300 + i,
        occurredAt: new Date(Date.now() - (i % 6) * 86_400_000 - i * 60_000).toISOString(),
      }),
    )
    // Five requests, each signed on its own (the same signature again is a replay, answered from memory).
    const now = Date.now()
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, k) => send(base, bin, 'events', { events }, { timestamp: now + k })),
    )
    const accepted = answers.flatMap((a) => a.body.results).filter((r: { status: string }) => r.status === 'accepted')
    expect(accepted).toHaveLength(20)
    const balance = (await app.payload.findByID({ collection: 'cards', id: c.id })).balance
    expect(balance).toBe(events.reduce((s, e) => s + Math.floor(((e.grams as number) * 70) / 1000), 0))
  })

  test('a bin going full refuses authorize for that compartment, then entirely, and recovers', async () => {
    const swipe = () => send(base, bin, 'authorize', { card: 'EVT00001' })
    expect((await swipe()).body).toMatchObject({ allowed: true, compartments: [1, 2, 3, 4] })
    const fill = (levels: Array<[number, number]>) =>
      send(base, bin, 'events', {
        events: [
          {
            type: 'fill',
            eventId: `f-${++seq}`,
            levels: levels.map(([compartment, percent]) => ({ compartment, percent })),
            occurredAt: new Date().toISOString(),
          },
        ],
      })
    expect((await fill([[1, 100]])).body.results[0].status).toBe('accepted')
    expect(
      (await app.payload.findByID({ collection: 'bins', id: bin.id })).compartments?.map((c) => c.fillPercent),
    ).toEqual([100, 0, 0, 0])
    expect((await swipe()).body).toMatchObject({ allowed: true, compartments: [2, 3, 4] })
    expect((await app.payload.findByID({ collection: 'bins', id: bin.id })).status).toBe('full')
    await fill([
      [2, 100],
      [3, 100],
      [4, 100],
    ])
    expect((await swipe()).body).toMatchObject({ allowed: false, reason: 'BIN_FULL' })
    await fill([
      [1, 10],
      [2, 10],
      [3, 10],
      [4, 10],
    ])
    expect((await swipe()).body).toMatchObject({ allowed: true, compartments: [1, 2, 3, 4] })
    expect((await app.payload.findByID({ collection: 'bins', id: bin.id })).status).toBe('online')
  })

  test('authorize answers why not', async () => {
    await card('EVT00004', { status: 'cancelled' })
    await card('EVT00005', { holderKind: 'office' })
    const residents = await registerBin('EVT-RES', { audience: 'residents' })
    expect((await send(base, bin, 'authorize', { card: 'NOPE0000' })).body).toMatchObject({
      allowed: false,
      reason: 'UNKNOWN_CARD',
    })
    expect((await send(base, bin, 'authorize', { card: 'EVT00002' })).body).toMatchObject({
      allowed: false,
      reason: 'CARD_LOST',
    })
    expect((await send(base, bin, 'authorize', { card: 'EVT00004' })).body).toMatchObject({
      allowed: false,
      reason: 'CARD_CANCELLED',
    })
    expect((await send(base, residents, 'authorize', { card: 'EVT00005' })).body).toMatchObject({
      allowed: false,
      reason: 'WRONG_AUDIENCE',
    })
  })

  test('alarms open an alert; repeats of the same kind join it; a fault opens its own', async () => {
    const alarm = () => ({ type: 'alarm', eventId: `al-${++seq}`, kind: 'gas', occurredAt: new Date().toISOString() })
    await send(base, bin, 'events', { events: [alarm(), alarm()] })
    await send(base, bin, 'events', {
      events: [
        alarm(),
        {
          type: 'fault',
          eventId: `fl-${++seq}`,
          kind: 'scale',
          detail: '称重传感器无读数',
          occurredAt: new Date().toISOString(),
        },
      ],
    })
    const alerts = await app.payload.find({ collection: 'alerts', where: { bin: { equals: bin.id } }, sort: 'kind' })
    const byKind = Object.fromEntries(alerts.docs.map((a) => [a.kind, a]))
    expect(byKind.gas).toMatchObject({ severity: 'critical', status: 'open', count: 3 })
    expect(byKind['fault-scale']).toMatchObject({ severity: 'minor', count: 1 })
    // Each reads as staff say it: the bin, the kind, the time (in Shanghai).
    expect(byKind.gas!.title).toMatch(new RegExp(`^${bin.deviceId} · 可燃气体 · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`))
    expect(byKind['fault-scale']!.title).toContain('称重故障')
    await app.rest.call('PATCH', `/alerts/${byKind.gas!.id}`, { token: adminToken, body: { status: 'closed' } })
    await send(base, bin, 'events', { events: [alarm()] })
    expect(
      (
        await app.payload.count({
          collection: 'alerts',
          where: { and: [{ bin: { equals: bin.id } }, { kind: { equals: 'gas' } }] },
        })
      ).totalDocs,
    ).toBe(2)
  })

  test('a silent bin is marked offline by the job and comes back with its next message', async () => {
    const { markOfflineBins } = await import('../jobs/devices/markOffline')
    const marked = await markOfflineBins(app.payload, 10, new Date(Date.now() + 11 * 60_000))
    expect(marked).toContain('EVT-001')
    expect((await app.payload.findByID({ collection: 'bins', id: bin.id })).status).toBe('offline')
    await send(base, bin, 'events', {
      events: [{ type: 'heartbeat', eventId: `hb-${++seq}`, occurredAt: new Date().toISOString() }],
    })
    expect((await app.payload.findByID({ collection: 'bins', id: bin.id })).status).toBe('online')
  })
})

describe('gift machine', () => {
  let machine: DeviceCredentials
  let towel: number
  beforeAll(async () => {
    machine = await registerBin('GIFT-001', { kind: 'gift-machine', compartments: [] })
    const c = await card('GFT00001')
    await app.payload.create({
      collection: 'point-entries',
      data: { card: c.id, delta: 100, reason: 'adjustment', note: '测试' },
      overrideAccess: false,
      user: (await app.payload.find({ collection: 'users', limit: 1 })).docs[0],
    })
    towel = (
      await app.payload.create({
        collection: 'rewards',
        data: { name: '毛巾', kind: 'goods', pointsCost: 40, audience: 'both', stock: 1 },
      })
    ).id
  })

  test('approved once per request id; declined when the balance or stock runs out', async () => {
    const first = await send(base, machine, 'redeem', { requestId: 'r-1', card: 'GFT00001', reward: towel })
    expect(first.body).toMatchObject({ status: 'approved', balance: 60 })
    const again = await send(base, machine, 'redeem', { requestId: 'r-1', card: 'GFT00001', reward: towel })
    expect(again.body).toEqual(first.body)
    const noStock = await send(base, machine, 'redeem', { requestId: 'r-2', card: 'GFT00001', reward: towel })
    expect(noStock.body).toMatchObject({ status: 'declined', reason: 'OUT_OF_STOCK' })
    await app.payload.update({ collection: 'rewards', id: towel, data: { stock: 10 } })
    expect(
      (await send(base, machine, 'redeem', { requestId: 'r-3', card: 'GFT00001', reward: towel })).body,
    ).toMatchObject({ status: 'approved', balance: 20 })
    expect(
      (await send(base, machine, 'redeem', { requestId: 'r-4', card: 'GFT00001', reward: towel })).body,
    ).toMatchObject({ status: 'declined', reason: 'INSUFFICIENT_BALANCE' })
    expect(
      (await send(base, machine, 'redeem', { requestId: 'r-5', card: 'NOPE0000', reward: towel })).body,
    ).toMatchObject({ status: 'declined', reason: 'UNKNOWN_CARD' })
    expect(
      (await send(base, machine, 'redeem', { requestId: 'r-1', card: 'GFT00001', reward: towel, quantity: 2 })).body,
    ).toMatchObject({ status: 'declined', reason: 'IDEMPOTENCY_CONFLICT' })
    expect(
      (await app.payload.count({ collection: 'redemptions', where: { channel: { equals: 'gift-machine' } } }))
        .totalDocs,
    ).toBe(2)
  })

  test('an honour is awarded by the district, never taken at a machine — not even by an office card for 0 points', async () => {
    // Issue 19: any office card took 流动红旗 at any gift machine.
    await card('GFT00002', { holderKind: 'office' })
    const flag = await app.payload.create({
      collection: 'rewards',
      data: { name: '流动红旗', kind: 'honour', pointsCost: 0, audience: 'offices' },
    })
    const before = await sizes()
    const taken = await send(base, machine, 'redeem', { requestId: 'h-1', card: 'GFT00002', reward: flag.id })
    expect(taken.body).toMatchObject({ status: 'declined', reason: 'HONOUR_AWARDED' })
    // Nothing taken: only the receipt that answers a repeat of this request id the same way.
    expect(await sizes()).toEqual({ ...before, 'device-receipts': before['device-receipts'] + 1 })
  })
})

describe('OpenAPI', () => {
  test('the document is generated from the request schemas and validates requests like the bridge does', async () => {
    const res = await fetch(`${base}/device/v1/openapi.json`)
    const doc = await res.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/authorize', '/events', '/redeem']))
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }) // date-time is checked by the bridge itself
    const validate = (name: string, value: unknown) => ajv.validate(doc.components.schemas[name], value)
    const now = new Date().toISOString()
    expect(
      validate('EventsRequest', {
        events: [
          dropEvent('X0000001'),
          { type: 'fill', eventId: 'f', levels: [{ compartment: 1, percent: 50 }], occurredAt: now },
        ],
      }),
    ).toBe(true)
    expect(validate('EventsRequest', { events: [dropEvent('X0000001', { grams: -1 })] })).toBe(false)
    expect(validate('EventsRequest', { events: [{ type: 'teleport', eventId: 'x', occurredAt: now }] })).toBe(false)
    expect(validate('EventsRequest', { events: [] })).toBe(false)
    expect(validate('AuthorizeRequest', { card: 'X0000001' })).toBe(true)
    expect(validate('RedeemRequest', { requestId: 'r', card: 'X0000001', reward: 3 })).toBe(true)
    expect(validate('RedeemRequest', { card: 'X0000001', reward: 3 })).toBe(false)
    const { EventsRequest } = await import('../device-bridge/schemas')
    for (const sample of [
      { events: [dropEvent('X0000001')] },
      { events: [dropEvent('X0000001', { grams: 0 })] },
      { events: 'no' },
    ]) {
      expect(validate('EventsRequest', sample)).toBe(EventsRequest.safeParse(sample).success)
    }
  })
})

describe('two bridge processes on one database', () => {
  let child: ChildProcess
  let other = ''
  beforeAll(async () => {
    const started = await startApp(
      'device-bridge/standalone.ts',
      { BRIDGE_PORT: '0', HOST: '127.0.0.1' },
      /listening on http:\/\/localhost:(\d+)/,
    )
    child = started.child
    other = `http://127.0.0.1:${started.match[1]}`
  }, 200_000)
  afterAll(() => {
    child?.kill('SIGTERM')
  })

  test('the same batch sent to both at once is counted once', async () => {
    const bin = await registerBin('TWO-001')
    const c = await card('TWO00001')
    const events = Array.from({ length: 50 }, (_, i) =>
      dropEvent('TWO00001', {
        grams: 100 + i * 2,
        // Within the device backlog window, spread so that the daily cap never bites.
        occurredAt: new Date(Date.now() - (i % 6) * 86_400_000 - i * 60_000).toISOString(),
      }),
    )
    const answers = await Promise.all([
      send(base, bin, 'events', { events }),
      send(other, bin, 'events', { events }),
      send(other, bin, 'events', { events }),
      send(base, bin, 'events', { events }),
    ])
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
    const accepted = answers.flatMap((a) => a.body.results).filter((r: { status: string }) => r.status === 'accepted')
    expect(accepted).toHaveLength(50)
    const expected = events.reduce((s, e) => s + Math.floor(((e.grams as number) * 70) / 1000), 0)
    expect((await app.payload.findByID({ collection: 'cards', id: c.id })).balance).toBe(expected)
    const entries = await app.payload.find({
      collection: 'point-entries',
      where: { card: { equals: c.id } },
      pagination: false,
    })
    expect(entries.docs.reduce((s, e) => s + e.delta, 0)).toBe(expected)
  }, 60_000)
})

/** A POST from a chosen loopback address (127.0.0.0/8 is all ours), to tell one sender from another. */
function postFrom(localAddress: string, path: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; body: { error: { code: string } } }>((resolve, reject) => {
    const { port } = server.address() as AddressInfo
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        localAddress,
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('the bridge under abuse', () => {
  test('one captured signed heartbeat replayed 300 times: the first answer each time, one log row, nothing processed again', async () => {
    // Issue 19: 1,000 replays in the window wrote ~1,000 device-events rows, each with the full body.
    const bin = await registerBin('RPL-001')
    const timestamp = String(Date.now())
    const body = JSON.stringify({
      events: [{ type: 'heartbeat', eventId: `hb-${++seq}`, occurredAt: new Date().toISOString() }],
    })
    const parts = { method: 'POST', path: '/device/v1/events', deviceId: bin.deviceId, timestamp, body }
    const replay = () =>
      send(base, bin, 'events', null, {
        timestamp: Number(timestamp),
        rawBody: body,
        signature: sign(bin.secret, parts),
      })
    const rows = async () =>
      (await app.payload.count({ collection: 'device-events', where: { deviceId: { equals: bin.deviceId } } }))
        .totalDocs
    const first = await replay()
    expect(first.status).toBe(200)
    await eventually(async () => (await rows()) === 1)
    const stored = await sizes()
    for (let i = 0; i < 300; i++) {
      const again = await replay()
      expect([again.status, again.body]).toEqual([first.status, first.body])
    }
    expect(await rows()).toBe(1)
    expect(await sizes()).toEqual(stored)
  })

  test('a device flooding with a valid secret: its refusals are sampled, not one row each', async () => {
    const flood = await registerBin('RPL-002', { status: 'disabled' })
    const answers = []
    for (let i = 0; i < 40; i++) answers.push(await send(base, flood, 'authorize', { card: `X${i}` }))
    expect(answers.every((a) => a.status === 401 && a.body.error.code === 'DEVICE_DISABLED')).toBe(true)
    await eventually(async () => (await logCount('DEVICE_DISABLED')) >= 1)
    expect(await logCount('DEVICE_DISABLED')).toBeLessThanOrEqual(5)
  })

  test('a flood of unsigned and badly signed traffic is refused per address before any signature work, and the log keeps samples only', async () => {
    const before = await logCount()
    const stored = await sizes()
    const started = Date.now()
    const answers = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        postFrom(
          '127.0.0.3',
          '/device/v1/events',
          { 'X-Device-Id': `FAKE-${i}`, 'X-Timestamp': String(Date.now()), 'X-Signature': 'ab'.repeat(32) },
          '{"events":[]}',
        ),
      ),
    )
    const byCode = answers.reduce<Record<string, number>>(
      (m, a) => ({ ...m, [a.body.error.code]: (m[a.body.error.code] ?? 0) + 1 }),
      {},
    )
    // The address's bucket (BRIDGE_FAILED_AUTH_RATE=5 a second, bursts of 10) lets through at most the burst and what
    // refilled while the flood lasted — however slow the machine is, the rest is refused unread.
    const admitted = 10 + Math.ceil((5 * (Date.now() - started)) / 1000)
    expect(byCode.AUTH_FAILED).toBeLessThanOrEqual(admitted)
    expect(byCode.RATE_LIMITED).toBeGreaterThanOrEqual(500 - admitted)
    for (const a of answers.filter((x) => x.status === 429)) checkAnswer('events', a)
    // At most five rows per kind of refusal per address and minute, written through the bridge's group commit (the
    // rest is counted in memory): wait for the rows the sampler wrote at once, then none more may be there.
    const sampled = Math.min(5, byCode.AUTH_FAILED ?? 0) + Math.min(5, byCode.RATE_LIMITED ?? 0)
    await eventually(async () => (await logCount()) - before >= sampled)
    expect((await logCount()) - before).toBeLessThanOrEqual(10)
    expect(await sizes()).toEqual(stored)
    // Another address (a real bin) is not affected.
    const calm = await registerBin('ABUSE-CALM')
    await card('ABU00001')
    expect((await send(base, calm, 'authorize', { card: 'ABU00001' })).status).toBe(200)
  })

  test('an unknown device and a bad signature answer alike', async () => {
    const known = await registerBin('ABUSE-KNOWN')
    const a = await postFrom(
      '127.0.0.4',
      '/device/v1/authorize',
      { 'X-Device-Id': 'NOBODY-1', 'X-Timestamp': String(Date.now()), 'X-Signature': 'cd'.repeat(32) },
      '{"card":"ABU00001"}',
    )
    const b = await postFrom(
      '127.0.0.4',
      '/device/v1/authorize',
      { 'X-Device-Id': known.deviceId, 'X-Timestamp': String(Date.now()), 'X-Signature': 'cd'.repeat(32) },
      '{"card":"ABU00001"}',
    )
    expect(a).toEqual(b)
    expect(a.status).toBe(401)
  })

  test('the device cache stays bounded under made-up device ids', async () => {
    const { getDevice, cachedDevices, deviceCacheLimit } = await import('../collections/devices/Bins/directory')
    // BRIDGE_DEVICE_CACHE_MAX=300 here (5 000 by default): the bound, not its size, is what is tested.
    for (let i = 0; i < deviceCacheLimit() + 200; i++) await getDevice(app.payload, `MADE-UP-${i}`)
    expect(cachedDevices()).toBeLessThanOrEqual(deviceCacheLimit())
    expect(cachedDevices()).toBeGreaterThan(0)
  })

  test('the signing test vectors of the document are what the reference signer computes', async () => {
    const doc = openapi as unknown as {
      'x-signing-test-vectors': Array<Parameters<typeof sign>[1] & { secret: string; signature: string }>
    }
    expect(doc['x-signing-test-vectors'].length).toBeGreaterThan(0)
    for (const v of doc['x-signing-test-vectors']) {
      expect(v.signature).toMatch(/^[0-9a-f]{64}$/)
      expect(sign(v.secret, v)).toBe(v.signature)
    }
    // Independently: HMAC-SHA256 over the documented canonical string, keyed by the secret's UTF-8 bytes — for every
    // vector, a POST and a GET among them; each secret as long as the text says an issued one is (32 characters).
    const crypto = await import('node:crypto')
    expect(new Set(doc['x-signing-test-vectors'].map((v) => v.method))).toEqual(new Set(['POST', 'GET']))
    for (const v of doc['x-signing-test-vectors']) {
      const canonical = `${v.method}\n${v.path}\n${v.deviceId}\n${v.timestamp}\n${v.body}`
      expect(crypto.createHmac('sha256', Buffer.from(v.secret, 'utf8')).update(canonical).digest('hex')).toBe(
        v.signature,
      )
      expect(v.secret).toHaveLength(32)
    }
    expect(String((openapi as unknown as { info: { description: string } }).info.description)).toContain('32-character')
  })
})

describe('a pickup scale weighs at the door (issue 19)', () => {
  test('its readings go to the assigned pickup; the collector completes without a reason, and they are not a typed entry', async () => {
    const scale = await registerBin('SCL-001', { kind: 'pickup-scale', compartments: [] })
    const notScale = await registerBin('SCL-BIN')
    const collector = await person(app, 'operator')
    const holder = await card('SCL00001')
    const slot = await app.payload.create({
      collection: 'pickup-slots',
      data: {
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
        capacity: 5,
      },
    })
    const pickup = await app.payload.create({
      collection: 'pickups',
      data: { card: holder.id, slot: slot.id, address: '设备小区 1 栋', status: 'booked' } as never,
    })
    await app.payload.update({
      collection: 'pickups',
      id: pickup.id,
      data: { status: 'assigned', collector: collector.id },
    })
    const weigh = (grams: number, over = scale) =>
      send(base, over, 'events', {
        events: [
          {
            type: 'weigh',
            eventId: `w-${++seq}`,
            pickup: pickup.reference,
            category: 'paper',
            grams,
            occurredAt: new Date().toISOString(),
          },
        ],
      })
    expect((await weigh(2500, notScale)).body.results[0]).toMatchObject({ status: 'rejected', code: 'NOT_A_SCALE' })
    expect((await weigh(2500)).body.results[0].status).toBe('accepted')
    expect((await weigh(1200)).body.results[0].status).toBe('accepted')
    const weighed = await app.payload.findByID({ collection: 'pickups', id: pickup.id, depth: 0 })
    expect([weighed.readingsFrom, weighed.scale, weighed.readings?.map((r) => r.grams)]).toEqual([
      'scale',
      scale.id,
      [2500, 1200],
    ])
    // The slot has begun; the collector completes it with the scale's readings, no reason asked.
    await app.payload.update({
      collection: 'pickup-slots',
      id: slot.id,
      data: {
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    })
    const done = await app.rest.call('PATCH', `/pickups/${pickup.id}`, {
      token: collector.token,
      body: { status: 'done' },
    })
    expect(done.status).toBe(200)
    const drops = await app.payload.find({
      collection: 'drop-offs',
      where: { sourceRef: { equals: pickup.reference } },
      sort: 'id',
      depth: 0,
    })
    expect(drops.docs.map((d) => [d.grams, d.recordedBy ?? null])).toEqual([
      [2500, null],
      [1200, null],
    ])
    // Done, the scale can add nothing more.
    expect((await weigh(999)).body.results[0]).toMatchObject({ status: 'rejected', code: 'PICKUP_NOT_ASSIGNED' })
  })
})

describe('what a vendor no longer has to guess (issue 19)', () => {
  const signedFetch = (
    device: DeviceCredentials,
    method: 'GET' | 'POST',
    path: string,
    body: string,
    o: { timestamp?: number; legacy?: boolean } = {},
  ) => {
    const timestamp = String(o.timestamp ?? Date.now())
    const signature = o.legacy
      ? crypto.createHmac('sha256', device.secret).update(`${timestamp}.`).update(body).digest('hex')
      : sign(device.secret, { method, path, deviceId: device.deviceId, timestamp, body })
    return fetch(`${base}${path}`, {
      method,
      headers: { 'X-Device-Id': device.deviceId, 'X-Timestamp': timestamp, 'X-Signature': signature },
      ...(method === 'POST' ? { body } : {}),
    })
  }

  test('a device still signing the 1.0.0 way is told SIGNATURE_VERSION and the scheme expected, not AUTH_FAILED', async () => {
    const old = await registerBin('VER-001')
    await card('VER00001')
    const before = await sizes()
    const res = await signedFetch(old, 'POST', '/device/v1/authorize', '{"card":"VER00001"}', { legacy: true })
    expect(res.status).toBe(401)
    expect((await res.json()).error.code).toBe('SIGNATURE_VERSION')
    expect(res.headers.get('x-signature-scheme')).toContain('METHOD\\nPATH\\nDEVICE_ID\\nTIMESTAMP\\nBODY')
    expect(await sizes()).toEqual(before)
    // A made-up signature is still AUTH_FAILED: only the secret's holder learns of the version.
    const forged = await send(base, old, 'authorize', { card: 'VER00001' }, { signature: 'ab'.repeat(32) })
    expect(forged.body.error.code).toBe('AUTH_FAILED')
  })

  test('one rule for an event id: twice in one batch is a duplicate; a heartbeat’s id is not a drop’s, nor the reverse', async () => {
    const dev = await registerBin('IDS-001')
    await card('IDS00001')
    const drop = dropEvent('IDS00001')
    const twice = await send(base, dev, 'events', { events: [drop, drop] })
    expect(twice.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'duplicate'])
    const hb = { type: 'heartbeat', eventId: `hb-${++seq}`, occurredAt: new Date().toISOString() }
    expect((await send(base, dev, 'events', { events: [hb] })).body.results[0].status).toBe('accepted')
    const before = await sizes()
    const reused = await send(base, dev, 'events', { events: [{ ...dropEvent('IDS00001'), eventId: hb.eventId }] })
    expect(reused.body.results[0]).toMatchObject({ status: 'rejected', code: 'IDEMPOTENCY_CONFLICT' })
    const back = await send(base, dev, 'events', { events: [{ ...hb, eventId: drop.eventId }] })
    expect(back.body.results[0]).toMatchObject({ status: 'rejected', code: 'IDEMPOTENCY_CONFLICT' })
    expect(await sizes()).toEqual(before)
  })

  test('the limits in force are read by a signed GET; every answer carries the server’s time', async () => {
    const dev = await registerBin('LIM-001')
    const res = await signedFetch(dev, 'GET', '/device/v1/limits', '')
    expect(res.status).toBe(200)
    const limits = await res.json()
    expect(ajv.validate('LimitsResponse', limits)).toBe(true)
    expect(limits).toMatchObject({ requestsPerSecond: 20, maxEventsPerBatch: expect.any(Number), backlogDays: 7 })
    const stale = await signedFetch(dev, 'POST', '/device/v1/authorize', '{"card":"X"}', {
      timestamp: Date.now() - 3_600_000,
    })
    expect((await stale.json()).error.code).toBe('STALE_TIMESTAMP')
    expect(Math.abs(Number(stale.headers.get('x-server-time')) - Date.now())).toBeLessThan(60_000)
    // Unsigned, the limits are refused like any call.
    expect((await fetch(`${base}/device/v1/limits`)).status).toBe(401)
  })
})

describe('a bin’s secret reaches only what that bin can do', () => {
  test('a hazardous-waste box cannot post a 200 kg paper drop; drops keep the bin’s site', async () => {
    // Shared with the residential site by an admin (a bin takes only its own sites' cards otherwise).
    const hazardous = await registerBin('CAP-HAZ', {
      kind: 'hazardous',
      site: officeSiteId,
      servesSites: [siteId],
      compartments: [{ number: 1, category: 'hazardous', capacityLitres: 60 }],
    })
    await card('CAP00001')
    const before = await sizes()
    const res = await send(base, hazardous, 'events', {
      events: [dropEvent('CAP00001', { compartment: undefined, category: 'paper', grams: 200_000 })],
    })
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', code: 'CATEGORY_NOT_IN_BIN' })
    expect(await sizes()).toEqual(before)
    const ok = await send(base, hazardous, 'events', { events: [dropEvent('CAP00001', { grams: 300 })] })
    expect(ok.body.results[0].status).toBe('accepted')
    const drop = (await app.payload.find({ collection: 'drop-offs', where: { sourceRef: { equals: 'CAP-HAZ' } } }))
      .docs[0]!
    // The card belongs to another site; the drop is where the bin stands.
    expect(drop).toMatchObject({ source: 'device', category: 'hazardous' })
    expect(drop.site && typeof drop.site === 'object' ? drop.site.id : drop.site).toBe(officeSiteId)
  })

  test('a bin for offices refuses a household card at the door and in its events alike', async () => {
    const offices = await registerBin('CAP-OFF', { audience: 'offices' })
    await card('CAP00002')
    const door = await send(base, offices, 'authorize', { card: 'CAP00002' })
    expect(door.body).toMatchObject({ allowed: false, reason: 'WRONG_AUDIENCE' })
    const before = await sizes()
    const drop = await send(base, offices, 'events', { events: [dropEvent('CAP00002')] })
    expect(drop.body.results[0]).toMatchObject({ status: 'rejected', code: 'WRONG_AUDIENCE' })
    expect(await sizes()).toEqual(before)
  })

  test('a backlog is bounded: older than the rules allow, or before the bin was commissioned, is refused', async () => {
    const any = await registerBin('CAP-ANY')
    const late = await registerBin('CAP-LATE', { commissionedAt: new Date(Date.now() - 3 * 86_400_000).toISOString() })
    await card('CAP00003')
    const before = await sizes()
    const old = await send(base, any, 'events', {
      events: [dropEvent('CAP00003', { occurredAt: new Date(Date.now() - 8 * 86_400_000).toISOString() })],
    })
    const early = await send(base, late, 'events', {
      events: [dropEvent('CAP00003', { occurredAt: new Date(Date.now() - 4 * 86_400_000).toISOString() })],
    })
    expect([old.body.results[0].code, early.body.results[0].code]).toEqual(['TOO_OLD', 'BEFORE_COMMISSIONED'])
    expect(await sizes()).toEqual(before)
  })
})

describe('a bin serves the cards of its own site, and of the sites an admin lets share it', () => {
  test('a signed bin of one site cannot credit, open for or read the balance of another site’s card', async () => {
    // Issue 19: a validly signed bin of 城小区南区 credited a card of 大拐村 — one stolen secret, every card.
    const elsewhere = await town(app, '别的镇', { sites: [{ name: '别处小区', kind: 'residential' }] })
    await card('FAR00001', { site: elsewhere.sites['别处小区'] })
    const here = await registerBin('SVC-001')
    const before = await sizes()
    const drop = await send(base, here, 'events', { events: [dropEvent('FAR00001')] })
    expect(drop.body.results[0]).toMatchObject({ status: 'rejected', code: 'UNKNOWN_CARD' })
    const door = await send(base, here, 'authorize', { card: 'FAR00001' })
    // Answered exactly as a card that does not exist: no balance, no state.
    expect(door.body).toEqual((await send(base, here, 'authorize', { card: 'NOSUCH01' })).body)
    expect(door.body).toEqual({ allowed: false, compartments: [], reason: 'UNKNOWN_CARD' })
    expect(await sizes()).toEqual(before)
    // Any refused card's answer carries no balance (a lost card of its own site, say).
    await card('SVC00002', { status: 'lost' })
    expect((await send(base, here, 'authorize', { card: 'SVC00002' })).body).not.toHaveProperty('balance')

    // An operator may not widen what a bin serves; an admin may, and then the card is served.
    const ops = await person(app, 'operator')
    const widen = await app.rest.call('PATCH', `/bins/${here.id}`, {
      token: ops.token,
      body: { servesSites: [elsewhere.sites['别处小区']] },
    })
    expect([widen.status, widen.body.errors[0].data.code]).toEqual([403, 'ADMIN_ONLY_FIELD'])
    // Nor move it to that site, or make it another kind of device (a pickup scale writes pickups).
    for (const body of [{ site: elsewhere.sites['别处小区'] }, { kind: 'pickup-scale' }]) {
      const res = await app.rest.call('PATCH', `/bins/${here.id}`, { token: ops.token, body })
      expect([res.status, res.body.errors[0].data.code]).toEqual([403, 'ADMIN_ONLY_FIELD'])
    }
    const shared = await app.rest.call('PATCH', `/bins/${here.id}`, {
      token: adminToken,
      body: { servesSites: [elsewhere.sites['别处小区']] },
    })
    expect(shared.status).toBe(200)
    await eventually(
      async () => (await send(base, here, 'authorize', { card: 'FAR00001' })).body.allowed === true,
      8000,
    )
    const accepted = await send(base, here, 'events', { events: [dropEvent('FAR00001')] })
    expect(accepted.body.results[0].status).toBe('accepted')
  })
})

describe('bins that show what needs attention', () => {
  test('nearly full, an open alert or offline marks a bin; acknowledging and closing clears the alert’s part', async () => {
    const bin = await registerBin('ATT-001')
    const state = async () => {
      const b = await app.payload.findByID({ collection: 'bins', id: bin.id })
      return { needs: b.needsAttention, why: b.attention, alerts: b.openAlerts }
    }
    const fill = (percent: number) =>
      send(base, bin, 'events', {
        events: [
          {
            type: 'fill',
            eventId: `att-f-${++seq}`,
            levels: [{ compartment: 1, percent }],
            occurredAt: new Date().toISOString(),
          },
        ],
      })
    await fill(40)
    expect(await state()).toMatchObject({ needs: false })
    await fill(85)
    expect(await state()).toMatchObject({ needs: true, why: '满溢 85%' })
    await send(base, bin, 'events', {
      events: [{ type: 'alarm', eventId: `att-a-${++seq}`, kind: 'smoke', occurredAt: new Date().toISOString() }],
    })
    expect(await state()).toMatchObject({ needs: true, why: '满溢 85%、告警 1', alerts: 1 })
    await fill(10)
    const alert = (await app.payload.find({ collection: 'alerts', where: { bin: { equals: bin.id } } })).docs[0]!
    expect(
      (await app.rest.call('PATCH', `/alerts/${alert.id}`, { token: adminToken, body: { status: 'closed' } })).status,
    ).toBe(200)
    expect(await state()).toMatchObject({ needs: false, alerts: 0 })
    const list = await app.rest.call<{ docs: Bin[] }>('GET', '/bins?where[needsAttention][equals]=true&limit=100', {
      token: adminToken,
    })
    expect(list.body.docs.map((b: { deviceId: string }) => b.deviceId)).not.toContain('ATT-001')
  })
})
