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
  LimitsResponse,
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
  401: 'Not authenticated: missing headers, an unknown device or a bad signature (both answer AUTH_FAILED), a signature made the protocol 1.0.0 way (SIGNATURE_VERSION, with the expected scheme in X-Signature-Scheme), a timestamp outside ±5 minutes (STALE_TIMESTAMP: correct the clock from X-Server-Time), or a disabled device. Nothing was applied.',
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
  'A GET has an empty BODY (zero bytes). See x-signing-test-vectors for worked examples, POST and GET.',
  'The Content-Type header is not read: the body is always parsed as JSON (text/plain or none is fine).',
].join('\n')

const VERSIONS = [
  'Versions. The path carries the major version (/device/v1). A breaking change — a new signature, a field',
  'removed or changing meaning, a code changing class — comes under a new major (/device/v2), served beside the',
  'old one for at least six months, announced in this document’s x-changelog. Minor versions (info.version',
  '1.x) only add: optional fields, new codes, new endpoints; a client must ignore fields it does not know.',
  '1.1.0 changed the signature without a new major; to make that right, a request signed the 1.0.0 way',
  '(HMAC over TIMESTAMP + "." + BODY) is refused 401 SIGNATURE_VERSION with the expected scheme in the',
  'X-Signature-Scheme header, never AUTH_FAILED.',
].join('\n')

const RETRIES = [
  'Retrying. Permanent (do not resend unchanged): every 400, 403, 404, 413; 401 AUTH_FAILED, SIGNATURE_VERSION,',
  'DEVICE_DISABLED (until an operator enables the bin); an event rejected in a 200 answer. Transient: 401',
  'STALE_TIMESTAMP (correct the clock from X-Server-Time, re-sign, resend); 429 (wait Retry-After seconds); 500,',
  '502, 503 and a connection reset or timeout (a restart takes up to a minute): resend with exponential backoff —',
  '1 s, 2 s, 4 s … capped at 5 minutes, with ±20 % jitter; keep the events and their ids, re-sign each attempt.',
  'The exact same bytes sent again within 10 minutes (same timestamp and signature) get the first answer again,',
  'unprocessed (header X-Fenlei-Replay: true), except after a 429 or 5xx, which are tried again.',
  'Ordering: events are applied in the order of the batch; batches in the order they arrive. A drop carries its own',
  'occurredAt, so a backlog sent late counts on its own day. Concurrency: a device may send up to 4 requests at',
  'once; the same event in two concurrent requests still counts once.',
].join('\n')

const DELIVERY = [
  `Delivery is at least once. A batch holds at most ${MAX_EVENTS} events. A request refused with 4xx or 5xx applies`,
  'nothing. A 200 answers every event: accepted, duplicate (a repeat of an event this device already sent: the',
  'first outcome is returned and nothing is counted again) or rejected (with a code; the other events of the batch',
  'are kept). After a lost answer (timeout, broken connection), send the very same request again — new timestamp',
  'and signature, same events with the same event ids — and read the outcomes: nothing is ever counted twice.',
  'Event ids: one id is one event per device, whatever its type (a heartbeat’s id cannot later be a drop’s), and',
  'is remembered for good. The same event again — in a later request or twice in one batch — answers duplicate',
  'with its first outcome; the same id with other content or another type answers rejected IDEMPOTENCY_CONFLICT.',
  'Cards: a bin knows the cards of its own site (and of the sites an administrator lets share it); any other card',
  'answers as unknown (UNKNOWN_CARD), and a refused swipe carries no balance.',
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
      version: '1.2.0',
      description: `${SIGNING}\n\n${DELIVERY}\n\n${RETRIES}\n\n${VERSIONS}`,
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
    'x-changelog': [
      { version: '1.0.0', change: 'First protocol: HMAC over TIMESTAMP.BODY.' },
      {
        version: '1.1.0',
        change: 'Breaking: the signature covers METHOD, PATH and DEVICE_ID. Old signatures get SIGNATURE_VERSION.',
      },
      {
        version: '1.2.0',
        change:
          'GET /limits; X-Server-Time on every answer; replays answered from memory; one event id per event across types; bins serve their own sites’ cards; refusals carry no balance; HONOUR_AWARDED.',
      },
    ],
    'x-rate-limits': {
      perDevice:
        'BRIDGE_RATE_LIMIT requests per second (default 50), bursts of twice that; then 429 RATE_LIMITED with Retry-After. The values in force: GET /limits',
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
        LimitsResponse: schema(LimitsResponse, 'output'),
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
      '/limits': {
        get: {
          summary: 'The limits in force',
          description:
            'Signed like every call (GET, empty body). Rate, timestamp window, backlog, batch and body size, and how long ids are remembered.',
          security: [{ deviceId: [], timestamp: [], signature: [] }],
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/LimitsResponse' } } },
            },
            ...errors([401, 429, 500]),
          },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
  }
}
