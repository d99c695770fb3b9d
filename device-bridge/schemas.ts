/**
 * The device protocol, v1, as zod schemas: the same schemas validate every request and
 * generate the OpenAPI document (openapi.ts), so the two cannot drift.
 */
import { z } from 'zod'

import { ALARM_KINDS, FAULT_KINDS } from '../domain/devices/bins'
import { REJECT_CODES } from '../domain/points/dropPlan'
import { CATEGORIES, MAX_DROP_GRAMS } from '../domain/points/points'
import { REDEMPTION_CODES } from '../domain/points/rewards'
import { MAX_PICKUP_GRAMS } from '../domain/operations/pickups'

export const MAX_EVENTS = 500
export const MAX_BODY_BYTES = 256 * 1024
/** A device clock may run a little ahead; more than this is a future timestamp. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000

const eventId = z
  .string()
  .min(1)
  .max(64)
  .describe(
    'The device’s own id for this event, unique per device (two bins may use the same ids). A repeat — the same ' +
      'id again, from this device — is answered with the first outcome and counted once; the same id with other ' +
      'content (another card, category, weight or time for a drop; any other difference for other events) is ' +
      'rejected as IDEMPOTENCY_CONFLICT.',
  )
const occurredAt = z
  .string()
  .datetime({ offset: true })
  .refine((v) => new Date(v).getTime() <= Date.now() + FUTURE_SKEW_MS, {
    message: 'FUTURE_TIMESTAMP: occurredAt is in the future',
  })
  .describe(
    'When it happened (ISO 8601 with offset). At most 5 minutes ahead of the platform’s clock (else the whole ' +
      'request is refused, FUTURE_TIMESTAMP). A drop may be at most the rules’ device backlog old (7 days by ' +
      'default; else TOO_OLD), and not before the bin was commissioned or the card issued.',
  )
const cardNumber = z.string().min(4).max(32).describe('The number printed on the smart card')

export const DropEvent = z
  .object({
    type: z.literal('drop'),
    eventId,
    card: cardNumber,
    compartment: z
      .number()
      .int()
      .min(1)
      .max(32)
      .optional()
      .describe('Compartment number; its category comes from the bin’s registration'),
    category: z.enum(CATEGORIES).optional().describe('Category, when the device reports it directly'),
    grams: z.number().int().min(1).max(MAX_DROP_GRAMS).describe('Weight in whole grams'),
    occurredAt,
    photo: z.string().max(256).optional().describe('Reference to a photo kept by the vendor'),
  })
  .refine((e) => e.compartment !== undefined || e.category !== undefined, {
    message: 'compartment or category is required',
    path: ['compartment'],
  })
  .meta({
    description:
      'A weighed drop. Give the compartment (its category comes from the bin’s registration) or the category, ' +
      'or both (then they must agree); the category must be one this bin takes (CATEGORY_NOT_IN_BIN).',
    anyOf: [{ required: ['compartment'] }, { required: ['category'] }],
  })

export const DoorEvent = z.object({
  type: z.literal('door'),
  eventId,
  action: z.enum(['open', 'close']),
  compartment: z.number().int().min(1).max(32).optional(),
  serial: z.string().min(1).max(64).describe('Operation serial tying an open to its close'),
  occurredAt,
})

export const FillEvent = z.object({
  type: z.literal('fill'),
  eventId,
  levels: z
    .array(z.object({ compartment: z.number().int().min(1).max(32), percent: z.number().int().min(0).max(100) }))
    .min(1)
    .max(32),
  occurredAt,
})

export const HeartbeatEvent = z.object({
  type: z.literal('heartbeat'),
  eventId,
  firmware: z.string().max(64).optional(),
  signal: z.number().int().min(-150).max(0).optional().describe('Signal strength, dBm'),
  voltage: z.number().min(0).max(400).optional(),
  battery: z.number().int().min(0).max(100).optional().describe('Battery, %'),
  temperature: z.number().min(-60).max(150).optional().describe('°C'),
  occurredAt,
})

/** An alarm or a fault: its kind, what the device says, and whether the condition has cleared. */
const condition = <T extends 'alarm' | 'fault', K extends readonly [string, ...string[]]>(type: T, kinds: K) =>
  z.object({
    type: z.literal(type),
    eventId,
    kind: z.enum(kinds),
    detail: z.string().max(500).optional(),
    cleared: z
      .boolean()
      .optional()
      .describe('true: the condition has cleared — the open alert of this kind is closed and noted on its work order'),
    occurredAt,
  })
export const AlarmEvent = condition('alarm', ALARM_KINDS)
export const FaultEvent = condition('fault', FAULT_KINDS)

/** A pickup scale's reading at the household's door: it becomes one of the pickup's readings. */
export const WeighEvent = z
  .object({
    type: z.literal('weigh'),
    eventId,
    pickup: z.string().min(4).max(32).describe('The pickup’s reference (SM…), as on the collector’s list'),
    category: z.enum(CATEGORIES),
    grams: z.number().int().min(1).max(MAX_PICKUP_GRAMS).describe('Weight in whole grams'),
    occurredAt,
  })
  .meta({
    description:
      'Pickup scales only (NOT_A_SCALE otherwise). Added to the readings of an assigned pickup (UNKNOWN_PICKUP, ' +
      'PICKUP_NOT_ASSIGNED); the collector completes the pickup with them, no reason needed.',
  })

export const DeviceEvent = z.discriminatedUnion('type', [
  DropEvent,
  WeighEvent,
  DoorEvent,
  FillEvent,
  HeartbeatEvent,
  AlarmEvent,
  FaultEvent,
])
export type DeviceEvent = z.infer<typeof DeviceEvent>

export const EventsRequest = z.object({ events: z.array(DeviceEvent).min(1).max(MAX_EVENTS) })
export const AuthorizeRequest = z.object({ card: cardNumber })
export const RedeemRequest = z.object({
  requestId: z.string().min(1).max(64).describe('Idempotency: the same request id returns the same answer'),
  card: cardNumber,
  reward: z.union([z.number().int().positive(), z.string().min(1).max(32)]).describe('Reward id'),
  quantity: z.number().int().min(1).max(100).default(1),
})

/** Per-event refusals: the drop rules' codes, and what the bridge itself checks. */
export const EVENT_CODES = [
  ...REJECT_CODES,
  'UNKNOWN_COMPARTMENT',
  'NOT_A_SCALE',
  'UNKNOWN_PICKUP',
  'PICKUP_NOT_ASSIGNED',
] as const

export const EventResult = z.object({
  eventId: z.string(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  points: z
    .number()
    .int()
    .optional()
    .describe('Points this drop earned (0 below the minimum weight or past the daily cap); drops only'),
  balance: z.number().int().optional().describe('The card’s balance after this drop; drops only'),
  code: z.enum(EVENT_CODES).optional().describe('Why the event was rejected (status rejected only)'),
  message: z.string().optional(),
})
export const EventsResponse = z.object({ results: z.array(EventResult) })
export const AuthorizeResponse = z.object({
  allowed: z.boolean(),
  compartments: z.array(z.number().int()).describe('The compartments that may open (full ones stay shut)'),
  balance: z.number().int().optional().describe('The card’s balance, when allowed only: a refusal never carries one'),
  reason: z
    .enum(['UNKNOWN_CARD', 'CARD_LOST', 'CARD_CANCELLED', 'BIN_FULL', 'BIN_DISABLED', 'WRONG_AUDIENCE'])
    .optional(),
})
/** Why a gift machine's request was declined. */
export const REDEEM_CODES = [
  ...REDEMPTION_CODES,
  'UNKNOWN_CARD',
  'UNKNOWN_REWARD',
  'INSUFFICIENT_BALANCE',
  'IDEMPOTENCY_CONFLICT',
] as const
export const RedeemResponse = z.object({
  status: z.enum(['approved', 'declined']),
  balance: z.number().int().optional().describe('The card’s balance after the redemption; approved only'),
  redemption: z
    .union([z.number(), z.string()])
    .optional()
    .describe('The redemption’s record id on the platform (for the receipt); approved only'),
  reason: z.enum(REDEEM_CODES).optional(),
  message: z.string().optional(),
})

/** What a device may read of the limits in force: `GET /device/v1/limits`, signed like every call. */
export const LimitsResponse = z.object({
  requestsPerSecond: z.number().int().describe('Per device; bursts of twice that; then 429 with Retry-After'),
  failedAuthPerSecond: z.number().int().describe('Failed authentications per address; then 429 before any check'),
  timestampWindowMs: z.number().int().describe('X-Timestamp must be within ± this of X-Server-Time'),
  backlogDays: z.number().int().describe('How far back a drop may be dated (an offline backlog)'),
  maxEventsPerBatch: z.number().int(),
  maxBodyBytes: z.number().int(),
  eventIdsRemembered: z.string().describe('How long event and request ids are remembered'),
  serverTime: z.number().int().describe('The platform’s clock, milliseconds since the epoch'),
})

/** Request-level refusals, by HTTP status: nothing of such a request is applied. */
export const REQUEST_CODES = {
  400: [
    'MALFORMED_JSON',
    'INVALID_REQUEST',
    'MISSING_FIELD',
    'INVALID_TYPE',
    'TOO_MANY_EVENTS',
    'UNKNOWN_EVENT_TYPE',
    'WEIGHT_OUT_OF_RANGE',
    'FUTURE_TIMESTAMP',
  ],
  401: ['MISSING_AUTH', 'AUTH_FAILED', 'SIGNATURE_VERSION', 'STALE_TIMESTAMP', 'DEVICE_DISABLED'],
  403: ['NOT_A_GIFT_MACHINE'],
  404: ['NOT_FOUND'],
  413: ['BODY_TOO_LARGE'],
  429: ['RATE_LIMITED'],
  500: ['INTERNAL'],
} as const

export const errorResponse = (codes: readonly [string, ...string[]]) =>
  z.object({
    error: z.object({
      code: z.enum(codes),
      message: z.string(),
      path: z.string().optional().describe('Where in the body the first problem is (400 only)'),
    }),
  })
export const ErrorResponse = errorResponse(Object.values(REQUEST_CODES).flat() as unknown as [string, ...string[]])

export type EventsResponseT = z.infer<typeof EventsResponse>
export type AuthorizeResponseT = z.infer<typeof AuthorizeResponse>
export type LimitsResponseT = z.infer<typeof LimitsResponse>
export type RedeemResponseT = z.infer<typeof RedeemResponse>
