/**
 * The OpenAPI 3.1 description of the device protocol — a vendor's whole manual — generated from the
 * same zod schemas that validate requests, with the signing rule, its test vectors and every code.
 */
import { z } from 'zod'

import { env } from '../config/env'
import { SIGNING_VECTORS, TIMESTAMP_WINDOW_MS } from '../domain/devices/deviceAuth'
import {
  AuthorizeRequest,
  AuthorizeResponse,
  ErrorResponse,
  errorResponse,
  EventsRequest,
  EventsResponse,
  MAX_BODY_BYTES,
  MAX_EVENTS,
  RedeemRequest,
  RedeemResponse,
  REQUEST_CODES,
} from './schemas'

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' })

type Status = keyof typeof REQUEST_CODES
const ERROR_TEXT: Record<Status, string> = {
  400: 'The request is malformed: nothing of it was applied. Fix it before sending again (the same request will be refused again).',
  401: 'Not authenticated: missing headers, an unknown device or a bad signature (both answer AUTH_FAILED), a timestamp outside ±5 minutes, or a disabled device. Nothing was applied.',
  403: 'This device may not call this endpoint (only gift machines redeem). Nothing was applied.',
  404: 'No such endpoint.',
  413: `The body is over ${MAX_BODY_BYTES} bytes. Nothing was applied.`,
  429: 'Too many requests from this device (or too many failed ones from this address). Nothing was applied: wait the seconds in Retry-After, then send the same request again.',
  500: 'Something failed on the platform. Nothing was applied: send the same request again later (repeats are safe).',
}

const errorRef = (status: Status) => `Error${status}`
const errors = (statuses: Status[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: `${REQUEST_CODES[status].join(', ')} — ${ERROR_TEXT[status]}`,
        ...(status === 429
          ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', minimum: 1 } } } }
          : {}),
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${errorRef(status)}` } } },
      },
    ]),
  )

const post = (summary: string, description: string, request: string, response: string, statuses: Status[]) => ({
  summary,
  description,
  security: [{ deviceId: [], timestamp: [], signature: [] }],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${request}` } } },
  },
  responses: {
    '200': {
      description: 'OK',
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${response}` } } },
    },
    ...errors(statuses),
  },
})

const COMMON: Status[] = [400, 401, 404, 413, 429, 500]

const SIGNING = [
  'Every request carries three headers: X-Device-Id (the bin’s device id), X-Timestamp (milliseconds since the',
  `Unix epoch, as decimal digits; accepted within ±${TIMESTAMP_WINDOW_MS / 60_000} minutes of the platform’s clock) and`,
  'X-Signature. The signature is HMAC-SHA256 over the canonical string',
  '',
  '    METHOD + "\\n" + PATH + "\\n" + DEVICE_ID + "\\n" + TIMESTAMP + "\\n" + BODY',
  '',
  'where METHOD is upper-case ("POST"), PATH the request path without query ("/device/v1/events"), BODY the raw',
  'request body byte for byte (UTF-8 JSON as sent). The HMAC key is the UTF-8 bytes of the device secret exactly',
  'as issued (a 32-character base64url string; do not decode it). Send the digest as 64 lower-case hex digits.',
  'See x-signing-test-vectors for worked examples.',
].join('\n')

const DELIVERY = [
  `Delivery is at least once. A batch holds at most ${MAX_EVENTS} events. A request refused with 4xx or 5xx applies`,
  'nothing. A 200 answers every event: accepted, duplicate (a repeat of an event this device already sent: the',
  'first outcome is returned and nothing is counted again) or rejected (with a code; the other events of the batch',
  'are kept). After a lost answer (timeout, broken connection), send the very same request again — new timestamp',
  'and signature, same events with the same event ids — and read the outcomes: nothing is ever counted twice.',
  'Event ids are the device’s own and unique per device; reusing one for different content is rejected',
  '(IDEMPOTENCY_CONFLICT).',
].join('\n')

export function openApiDocument() {
  const errorSchemas = Object.fromEntries(
    (Object.keys(REQUEST_CODES) as unknown as Status[]).map((status) => [
      errorRef(status),
      schema(errorResponse(REQUEST_CODES[status] as unknown as [string, ...string[]]), 'output'),
    ]),
  )
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fenlei device bridge 分类平台设备接口',
      version: '1.1.0',
      description: `${SIGNING}\n\n${DELIVERY}`,
    },
    servers: [{ url: '/device/v1' }],
    'x-signing': {
      canonicalString: 'METHOD\\nPATH\\nDEVICE_ID\\nTIMESTAMP\\nBODY',
      algorithm: 'HMAC-SHA256',
      key: 'UTF-8 bytes of the device secret as issued',
      encoding: 'hex, lower case, 64 characters',
      timestampWindowMs: TIMESTAMP_WINDOW_MS,
    },
    'x-signing-test-vectors': SIGNING_VECTORS,
    'x-rate-limits': {
      perDevice:
        'BRIDGE_RATE_LIMIT requests per second (default 50), bursts of twice that; then 429 RATE_LIMITED with Retry-After',
      perAddress: `failed authentications: ${env.BRIDGE_FAILED_AUTH_RATE} per second per address (default 20), bursts of twice that; then 429 before any signature check`,
    },
    components: {
      securitySchemes: {
        deviceId: { type: 'apiKey', in: 'header', name: 'X-Device-Id' },
        timestamp: { type: 'apiKey', in: 'header', name: 'X-Timestamp', description: 'Milliseconds since the epoch' },
        signature: { type: 'apiKey', in: 'header', name: 'X-Signature', description: 'See x-signing' },
      },
      schemas: {
        EventsRequest: schema(EventsRequest, 'input'),
        EventsResponse: schema(EventsResponse, 'output'),
        AuthorizeRequest: schema(AuthorizeRequest, 'input'),
        AuthorizeResponse: schema(AuthorizeResponse, 'output'),
        RedeemRequest: schema(RedeemRequest, 'input'),
        RedeemResponse: schema(RedeemResponse, 'output'),
        Error: schema(ErrorResponse, 'output'),
        ...errorSchemas,
      },
    },
    paths: {
      '/authorize': {
        post: post(
          'A card is swiped: which compartments may open',
          'Answers allowed with the compartments that may open (full ones stay shut), or a reason. Reading only: safe to repeat.',
          'AuthorizeRequest',
          'AuthorizeResponse',
          COMMON,
        ),
      },
      '/events': {
        post: post(
          'A batch of device events',
          'Drops, door movements, fill levels, heartbeats, alarms and faults; one result per event, in order.',
          'EventsRequest',
          'EventsResponse',
          COMMON,
        ),
      },
      '/redeem': {
        post: post(
          'A gift machine asks to hand out a reward',
          'Gift machines only (403 NOT_A_GIFT_MACHINE otherwise). Idempotent by requestId: the same id returns the same answer; another request under a used id is declined IDEMPOTENCY_CONFLICT.',
          'RedeemRequest',
          'RedeemResponse',
          [...COMMON, 403],
        ),
      },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
  }
}
