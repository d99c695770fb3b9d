/** The OpenAPI 3.1 description of the device protocol, generated from the zod schemas. */
import { z } from 'zod'

import {
  AuthorizeRequest,
  AuthorizeResponse,
  ErrorResponse,
  EventsRequest,
  EventsResponse,
  MAX_BODY_BYTES,
  MAX_EVENTS,
  RedeemRequest,
  RedeemResponse,
} from './schemas'

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' })

const errors = {
  '400': {
    description: 'MALFORMED_JSON, INVALID_REQUEST (with the failing path)',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
  '401': {
    description: 'MISSING_AUTH, UNKNOWN_DEVICE, DEVICE_DISABLED, BAD_SIGNATURE, STALE_TIMESTAMP',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
  '413': {
    description: `BODY_TOO_LARGE (over ${MAX_BODY_BYTES} bytes)`,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
  '429': {
    description: 'RATE_LIMITED: too many requests from this device; retry after the Retry-After header',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
}

const post = (summary: string, request: string, response: string) => ({
  summary,
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
    ...errors,
  },
})

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fenlei device bridge 分类平台设备接口',
      version: '1.0.0',
      description:
        'Smart bins and gift machines sign every request: X-Device-Id, X-Timestamp (milliseconds since the epoch, within ±5 minutes) ' +
        'and X-Signature = hex(HMAC-SHA256(device secret, `${X-Timestamp}.${raw body}`)). Delivery is at least once: every event carries the ' +
        `device’s own eventId and a repeat is answered with the first outcome. Batches hold at most ${MAX_EVENTS} events.`,
    },
    servers: [{ url: '/device/v1' }],
    components: {
      securitySchemes: {
        deviceId: { type: 'apiKey', in: 'header', name: 'X-Device-Id' },
        timestamp: { type: 'apiKey', in: 'header', name: 'X-Timestamp' },
        signature: { type: 'apiKey', in: 'header', name: 'X-Signature' },
      },
      schemas: {
        EventsRequest: schema(EventsRequest, 'input'),
        EventsResponse: schema(EventsResponse, 'output'),
        AuthorizeRequest: schema(AuthorizeRequest, 'input'),
        AuthorizeResponse: schema(AuthorizeResponse, 'output'),
        RedeemRequest: schema(RedeemRequest, 'input'),
        RedeemResponse: schema(RedeemResponse, 'output'),
        Error: schema(ErrorResponse, 'output'),
      },
    },
    paths: {
      '/authorize': {
        post: post('A card is swiped: which compartments may open', 'AuthorizeRequest', 'AuthorizeResponse'),
      },
      '/events': { post: post('A batch of device events', 'EventsRequest', 'EventsResponse') },
      '/redeem': { post: post('A gift machine asks to hand out a reward', 'RedeemRequest', 'RedeemResponse') },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
  }
}
