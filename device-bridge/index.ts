/**
 * The device bridge: smart bins and gift machines talk to the platform here. Mounted at
 * /device on the main server, and runnable alone (`npm run bridge`) so that several bridge
 * processes can serve one database. Protocol: see schemas.ts and GET /device/v1/openapi.json.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import type { Payload } from 'payload'
import type { z } from 'zod'

import { env } from '../config/env'
import { signatureMatches, timestampFresh } from '../domain/devices/deviceAuth'
import { authorizeSwipe } from './authorize'
import { getDevice, type Device } from './devices'
import { openApiDocument } from './openapi'
import { Batcher, type LogRow } from './process'
import { RateLimiter } from './rateLimit'
import { redeemAtMachine } from './redeem'
import { AuthorizeRequest, EventsRequest, MAX_BODY_BYTES, MAX_EVENTS, RedeemRequest } from './schemas'

type Refusal = { status: number; code: string; message: string; path?: string }

/** Names the first problem of a schema failure with a code a vendor can act on. */
function schemaRefusal(error: z.ZodError): Refusal {
  const issue = error.issues[0]!
  const path = issue.path.join('.')
  const last = issue.path.at(-1)
  let code = 'INVALID_REQUEST'
  if (path === 'events' && issue.code === 'too_big') code = 'TOO_MANY_EVENTS'
  else if (last === 'type' || issue.code === 'invalid_union') code = 'UNKNOWN_EVENT_TYPE'
  else if (last === 'grams') code = 'WEIGHT_OUT_OF_RANGE'
  else if (issue.message.startsWith('FUTURE_TIMESTAMP')) code = 'FUTURE_TIMESTAMP'
  const message =
    code === 'TOO_MANY_EVENTS'
      ? `一次最多 ${MAX_EVENTS} 个事件。At most ${MAX_EVENTS} events per request.`
      : issue.message
  return { status: 400, code, message, path }
}

export function createDeviceBridge(payload: Payload): Router {
  const router = express.Router()
  const batcher = new Batcher(payload)
  const limiter = new RateLimiter(env.BRIDGE_RATE_LIMIT)

  const refuse = async (res: Response, refusal: Refusal, row: Omit<LogRow, 'status' | 'code' | 'response'>) => {
    const body = {
      error: {
        code: refusal.code,
        message: refusal.message,
        ...(refusal.path !== undefined ? { path: refusal.path } : {}),
      },
    }
    // The refusal is logged (and nothing else is written) before the device hears of it.
    await batcher
      .submit({ kind: 'log', row: { ...row, status: refusal.status, code: refusal.code, response: body } })
      .catch((err) => payload.logger.error({ err, msg: 'device log write failed' }))
    res.status(refusal.status).json(body)
  }

  router.get('/', (_req, res) => {
    res.json({ service: 'fenlei-device-bridge', versions: ['v1'], openapi: '/device/v1/openapi.json' })
  })
  router.get('/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument())
  })

  router.post(
    '/v1/:endpoint',
    express.raw({ type: () => true, limit: MAX_BODY_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const endpoint = String(req.params.endpoint)
        if (!['authorize', 'events', 'redeem'].includes(endpoint)) {
          res.status(404).json({ error: { code: 'NOT_FOUND', message: `No endpoint ${endpoint}` } })
          return
        }
        const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
        const deviceId = req.get('x-device-id') ?? ''
        const timestamp = req.get('x-timestamp') ?? ''
        const signature = req.get('x-signature') ?? ''
        const rawText = raw.toString('utf8')
        const logBase = {
          deviceId: deviceId || null,
          bin: null as number | string | null,
          endpoint,
          body: rawText.length <= 4096 ? rawText : `${rawText.slice(0, 4096)}…`,
        }
        if (!deviceId || !timestamp || !signature) {
          return refuse(
            res,
            { status: 401, code: 'MISSING_AUTH', message: 'X-Device-Id, X-Timestamp and X-Signature are required.' },
            logBase,
          )
        }
        const device: Device | null = await getDevice(payload, deviceId)
        if (!device || !device.secret)
          return refuse(res, { status: 401, code: 'UNKNOWN_DEVICE', message: '未登记的设备。Unknown device.' }, logBase)
        logBase.bin = device.id
        if (device.status === 'disabled')
          return refuse(
            res,
            { status: 401, code: 'DEVICE_DISABLED', message: '设备已停用。The device is disabled.' },
            logBase,
          )
        if (!signatureMatches(device.secret, timestamp, raw, signature)) {
          return refuse(res, { status: 401, code: 'BAD_SIGNATURE', message: '签名不正确。Bad signature.' }, logBase)
        }
        if (!timestampFresh(timestamp, Date.now())) {
          return refuse(
            res,
            {
              status: 401,
              code: 'STALE_TIMESTAMP',
              message: '时间戳超出 ±5 分钟。The timestamp is outside ±5 minutes.',
            },
            logBase,
          )
        }
        const wait = limiter.take(deviceId)
        if (wait > 0) {
          res.set('Retry-After', String(wait))
          return refuse(
            res,
            { status: 429, code: 'RATE_LIMITED', message: '请求过于频繁。Too many requests from this device.' },
            logBase,
          )
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
          await batcher.submit({
            kind: 'log',
            row: { ...logged, status: 200, code: answer.reason ?? null, response: answer },
          })
          res.json(answer)
          return
        }
        const parsed = RedeemRequest.safeParse(body)
        if (!parsed.success) return refuse(res, schemaRefusal(parsed.error), logged)
        res.json(await redeemAtMachine(payload, device, parsed.data, body))
      } catch (err) {
        next(err)
      }
    },
  )

  // Body too large, or anything unexpected: a JSON error the vendor can read.
  router.use(
    async (err: Error & { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
      if (err.type === 'entity.too.large') {
        const row = {
          deviceId: req.get('x-device-id') ?? null,
          bin: null,
          endpoint: String(req.params?.endpoint ?? req.path),
          status: 413,
          code: 'BODY_TOO_LARGE',
          body: null,
        }
        await batcher.submit({ kind: 'log', row: { ...row, response: null } }).catch(() => undefined)
        res.status(413).json({
          error: {
            code: 'BODY_TOO_LARGE',
            message: `请求体超过 ${MAX_BODY_BYTES} 字节。Body over ${MAX_BODY_BYTES} bytes.`,
          },
        })
        return
      }
      payload.logger.error({ err, msg: 'device bridge error' })
      res
        .status(500)
        .json({ error: { code: 'INTERNAL', message: '服务器内部错误，请重试。Internal error; retry later.' } })
    },
  )
  router.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such device endpoint' } })
  })
  return router
}
