/**
 * The device bridge: smart bins and gift machines talk to the platform here. Mounted at
 * /device on the main server, and runnable alone (`npm run bridge`) so that several bridge
 * processes can serve one database. Protocol: see schemas.ts and GET /device/v1/openapi.json.
 *
 * Order of checks, cheapest first: the endpoint, the auth headers, the sender's address (an address
 * that keeps failing is refused before any signature work), the signature (an unknown device and a
 * bad signature answer alike), the timestamp, the device's state and its own rate, the body.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import type { Payload } from 'payload'
import type { z } from 'zod'

import { env } from '../config/env'
import {
  legacySignatureMatches,
  SIGNATURE_SCHEME,
  signatureMatches,
  TIMESTAMP_WINDOW_MS,
  timestampFresh,
} from '../domain/devices/deviceAuth'
import { authorizeSwipe } from './authorize'
import { getDevice } from '../collections/devices/Bins/directory'
import { openApiDocument } from './openapi'
import { Batcher, type LogRow } from './process'
import { RateLimiter } from './rateLimit'
import { redeemAtMachine } from './redeem'
import { RefusalSampler } from './refusals'
import { ReplayMemory } from './replays'
import {
  AuthorizeRequest,
  EventsRequest,
  type LimitsResponseT,
  MAX_BODY_BYTES,
  MAX_EVENTS,
  RedeemRequest,
} from './schemas'
import { rulesFor } from '../collections/points'

type Refusal = { status: number; code: string; message: string; path?: string }

/** Names the first problem of a schema failure with a code a vendor can act on. */
export function schemaRefusal(error: z.ZodError): Refusal {
  const issue = error.issues[0]!
  const path = issue.path.join('.')
  const last = issue.path.at(-1)
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message)
  let code = 'INVALID_REQUEST'
  if (path === 'events' && issue.code === 'too_big') code = 'TOO_MANY_EVENTS'
  else if (last === 'type' || issue.code === 'invalid_union') code = 'UNKNOWN_EVENT_TYPE'
  else if (missing) code = 'MISSING_FIELD'
  else if (issue.code === 'invalid_type') code = 'INVALID_TYPE'
  else if (last === 'grams') code = 'WEIGHT_OUT_OF_RANGE'
  else if (issue.message.startsWith('FUTURE_TIMESTAMP')) code = 'FUTURE_TIMESTAMP'
  const message =
    code === 'TOO_MANY_EVENTS'
      ? `一次最多 ${MAX_EVENTS} 个事件。At most ${MAX_EVENTS} events per request.`
      : issue.message
  return { status: 400, code, message, path }
}

const AUTH_FAILED: Refusal = {
  status: 401,
  code: 'AUTH_FAILED',
  message: '设备编号或签名不正确。Unknown device or bad signature.',
}
/** Compared against when the device is unknown, so that both failures cost the same. */
const NO_SECRET = 'no-such-device-0000000000000000'

export function createDeviceBridge(payload: Payload): Router {
  const router = express.Router()
  const batcher = new Batcher(payload)
  const limiter = new RateLimiter(env.BRIDGE_RATE_LIMIT)
  // Failed authentications per address (BRIDGE_FAILED_AUTH_RATE a second, bursts of twice that); past that, refused unread.
  const failures = new RateLimiter(env.BRIDGE_FAILED_AUTH_RATE, 20_000)
  const writeLog = (rows: LogRow[]) =>
    rows.forEach((row) =>
      batcher
        .submit({ kind: 'log', row })
        .catch((err) => payload.logger.error({ err, msg: 'device log write failed' })),
    )
  const sampler = new RefusalSampler(writeLog)
  // Replayed signatures: answered from memory, counted in one summary row a minute (never one row each).
  const replays = new ReplayMemory(2 * TIMESTAMP_WINDOW_MS)
  const replaySummary = new RefusalSampler(writeLog, 0)
  // Log rows of answers that changed nothing (a swipe at the door) are gathered for up to 200 ms and written
  // together: one commit (and one disk sync) for many, never on the path of the resident waiting at the door.
  let deferred: LogRow[] = []
  let deferTimer: NodeJS.Timeout | undefined
  const writeLater = (row: LogRow) => {
    deferred.push(row)
    deferTimer ??= setTimeout(() => {
      const rows = deferred
      deferred = []
      deferTimer = undefined
      writeLog(rows)
    }, 200)
  }
  const flushTimer = setInterval(() => {
    sampler.flush()
    replaySummary.flush()
  }, 60_000)
  flushTimer.unref()

  const errorBody = (r: Refusal) => ({
    error: { code: r.code, message: r.message, ...(r.path !== undefined ? { path: r.path } : {}) },
  })
  /**
   * A refusal of a signed request: logged in full (its body too) while its kind is rare for this address, then
   * summarised like the unsigned ones — a device flooding with a valid secret cannot fill the log either.
   */
  const refuse = (
    res: Response,
    refusal: Refusal,
    row: Omit<LogRow, 'status' | 'code' | 'response'> & { clientAddress: string },
  ) => {
    const body = errorBody(refusal)
    sampler.record({ ...row, status: refusal.status, code: refusal.code, response: body })
    res.status(refusal.status).json(body)
  }
  /** A refusal of traffic that never proved its sender: sampled, never one row per request. */
  const refuseUnproven = (res: Response, refusal: Refusal, row: LogRow & { clientAddress: string }) => {
    sampler.record({ ...row, status: refusal.status, code: row.code ?? refusal.code, response: errorBody(refusal) })
    res.status(refusal.status).json(errorBody(refusal))
  }

  router.get('/', (_req, res) => {
    res.json({ service: 'fenlei-device-bridge', versions: ['v1'], openapi: '/device/v1/openapi.json' })
  })
  router.get('/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument())
  })

  // Every answer carries the platform's clock, so a device refused STALE_TIMESTAMP can correct its own.
  router.use((_req, res, next) => {
    res.set('X-Server-Time', String(Date.now()))
    next()
  })

  const handle = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const endpoint = req.method === 'GET' ? 'limits' : String(req.params.endpoint)
      const clientAddress = req.ip ?? req.socket.remoteAddress ?? 'unknown'
      const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
      const deviceId = req.get('x-device-id') ?? ''
      const timestamp = req.get('x-timestamp') ?? ''
      const signature = req.get('x-signature') ?? ''
      const rawText = raw.toString('utf8')
      const unproven = {
        deviceId: deviceId.slice(0, 64) || null,
        bin: null,
        endpoint: endpoint.slice(0, 32),
        clientAddress,
        body: null,
      }
      if (req.method === 'POST' && !['authorize', 'events', 'redeem'].includes(endpoint)) {
        return refuseUnproven(
          res,
          { status: 404, code: 'NOT_FOUND', message: `No endpoint ${endpoint.slice(0, 32)}` },
          { ...unproven, status: 404 },
        )
      }
      if (!deviceId || !timestamp || !signature) {
        const refusal = {
          status: 401,
          code: 'MISSING_AUTH',
          message: 'X-Device-Id, X-Timestamp and X-Signature are required.',
        }
        failures.take(clientAddress)
        return refuseUnproven(res, refusal, { ...unproven, status: 401 })
      }
      const tooMany = (wait: number) => {
        res.set('Retry-After', String(wait))
        const refusal = {
          status: 429,
          code: 'RATE_LIMITED',
          message: '认证失败过多，请稍后再试。Too many failed requests from this address.',
        }
        return refuseUnproven(res, refusal, { ...unproven, status: 429 })
      }
      const wait = failures.wait(clientAddress)
      if (wait > 0) return tooMany(wait)
      const device = await getDevice(payload, deviceId)
      const parts = { method: req.method, path: req.originalUrl.split('?')[0]!, deviceId, timestamp, body: raw }
      const signed = signatureMatches(device?.secret ?? NO_SECRET, parts, signature)
      if (device?.secret && !signed && legacySignatureMatches(device.secret, timestamp, raw, signature)) {
        // A genuine device still signing as protocol 1.0.0 did: told what changed, nothing applied.
        res.set('X-Signature-Scheme', SIGNATURE_SCHEME)
        return refuseUnproven(
          res,
          {
            status: 401,
            code: 'SIGNATURE_VERSION',
            message:
              '签名方式已更新：请按 METHOD\\nPATH\\nDEVICE_ID\\nTIMESTAMP\\nBODY 签名（协议 1.1）。The signature scheme changed in protocol 1.1: sign METHOD\\nPATH\\nDEVICE_ID\\nTIMESTAMP\\nBODY.',
          },
          { ...unproven, bin: device.id, status: 401 },
        )
      }
      if (!device || !device.secret || !signed) {
        // Requests that passed the check above together (their device looked up concurrently, as on a server
        // database) take their tokens now: past the bucket, they too are refused as too many.
        const late = failures.take(clientAddress)
        if (late > 0) return tooMany(late)
        return refuseUnproven(res, AUTH_FAILED, {
          ...unproven,
          status: 401,
          code: device ? 'BAD_SIGNATURE' : 'UNKNOWN_DEVICE',
        })
      }
      if (!timestampFresh(timestamp, Date.now())) {
        const late = failures.take(clientAddress)
        if (late > 0) return tooMany(late)
        const refusal = {
          status: 401,
          code: 'STALE_TIMESTAMP',
          message: '时间戳超出 ±5 分钟。The timestamp is outside ±5 minutes.',
        }
        return refuseUnproven(res, refusal, { ...unproven, bin: device.id, status: 401 })
      }
      const logBase = {
        deviceId,
        bin: device.id,
        endpoint,
        clientAddress,
        body: rawText.length <= 4096 ? rawText : `${rawText.slice(0, 4096)}…`,
      }
      // The same signature again: the first answer again, nothing processed, no row of its own.
      const replayKey = `${deviceId}|${signature}`
      const earlier = replays.get(replayKey)
      if (earlier) {
        replaySummary.record({ ...logBase, body: null, status: earlier.status, code: 'REPLAYED', response: null })
        res.set('X-Fenlei-Replay', 'true')
        return res.status(earlier.status).json(earlier.body)
      }
      const json = res.json.bind(res)
      res.json = (answer: unknown) => {
        // A refusal that may pass later (429, 5xx) is not kept: the same bytes retried are tried again.
        if (res.statusCode < 500 && res.statusCode !== 429) replays.remember(replayKey, res.statusCode, answer)
        return json(answer)
      }
      if (device.status === 'disabled') {
        return refuse(
          res,
          { status: 401, code: 'DEVICE_DISABLED', message: '设备已停用。The device is disabled.' },
          logBase,
        )
      }
      const busy = limiter.take(deviceId)
      if (busy > 0) {
        res.set('Retry-After', String(busy))
        return refuse(
          res,
          { status: 429, code: 'RATE_LIMITED', message: '请求过于频繁。Too many requests from this device.' },
          logBase,
        )
      }
      if (endpoint === 'limits') {
        const rules = await rulesFor(payload, new Date())
        const limits: LimitsResponseT = {
          requestsPerSecond: env.BRIDGE_RATE_LIMIT,
          failedAuthPerSecond: env.BRIDGE_FAILED_AUTH_RATE,
          timestampWindowMs: TIMESTAMP_WINDOW_MS,
          backlogDays: rules.deviceBacklogDays,
          maxEventsPerBatch: MAX_EVENTS,
          maxBodyBytes: MAX_BODY_BYTES,
          eventIdsRemembered: 'for good: drops and receipts are never deleted',
          serverTime: Date.now(),
        }
        return res.json(limits)
      }
      if (endpoint === 'redeem' && device.kind !== 'gift-machine') {
        const refusal = {
          status: 403,
          code: 'NOT_A_GIFT_MACHINE',
          message: '只有礼品兑换机可以兑换。Only gift machines redeem.',
        }
        return refuse(res, refusal, logBase)
      }
      let body: unknown
      try {
        body = JSON.parse(rawText)
      } catch {
        return refuse(
          res,
          { status: 400, code: 'MALFORMED_JSON', message: '请求体不是有效的 JSON。Malformed JSON.' },
          logBase,
        )
      }
      const logged = { ...logBase, body }

      if (endpoint === 'events') {
        const parsed = EventsRequest.safeParse(body)
        if (!parsed.success) return refuse(res, schemaRefusal(parsed.error), logged)
        const results = await batcher.submit({ kind: 'events', device, events: parsed.data.events, body })
        res.json({ results })
        return
      }
      if (endpoint === 'authorize') {
        const parsed = AuthorizeRequest.safeParse(body)
        if (!parsed.success) return refuse(res, schemaRefusal(parsed.error), logged)
        const answer = await authorizeSwipe(payload, device, parsed.data.card)
        // A resident waits at the door: answer now; the log row follows within 200 ms.
        writeLater({ ...logged, status: 200, code: answer.reason ?? null, response: answer })
        res.json(answer)
        return
      }
      const parsed = RedeemRequest.safeParse(body)
      if (!parsed.success) return refuse(res, schemaRefusal(parsed.error), logged)
      res.json(await redeemAtMachine(payload, device, parsed.data, body))
    } catch (err) {
      next(err)
    }
  }
  router.post('/v1/:endpoint', express.raw({ type: () => true, limit: MAX_BODY_BYTES }), handle)
  // The limits in force, signed like every call (an empty body, signed as GET /device/v1/limits).
  router.get('/v1/limits', handle)

  // Body too large, or anything unexpected: a JSON error the vendor can read.
  router.use((err: Error & { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
    if (err.type === 'entity.too.large') {
      const refusal = {
        status: 413,
        code: 'BODY_TOO_LARGE',
        message: `请求体超过 ${MAX_BODY_BYTES} 字节。Body over ${MAX_BODY_BYTES} bytes.`,
      }
      const clientAddress = req.ip ?? 'unknown'
      return refuseUnproven(res, refusal, {
        deviceId: (req.get('x-device-id') ?? '').slice(0, 64) || null,
        bin: null,
        endpoint: String(req.params?.endpoint ?? req.path).slice(0, 32),
        clientAddress,
        status: 413,
        body: null,
      })
    }
    payload.logger.error({ err, msg: 'device bridge error' })
    res
      .status(500)
      .json({ error: { code: 'INTERNAL', message: '服务器内部错误，请重试。Internal error; retry later.' } })
  })
  router.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such device endpoint' } })
  })
  return router
}
