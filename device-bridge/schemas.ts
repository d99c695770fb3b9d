/**
 * The device protocol, v1, as zod schemas: the same schemas validate every request and
 * generate the OpenAPI document (openapi.ts), so the two cannot drift.
 */
import { z } from 'zod'

import { ALARM_KINDS, FAULT_KINDS } from '../domain/devices/bins'
import { CATEGORIES, MAX_DROP_GRAMS } from '../domain/points/points'

export const MAX_EVENTS = 500
export const MAX_BODY_BYTES = 256 * 1024
/** A device clock may run a little ahead; more than this is a future timestamp. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000

const eventId = z.string().min(1).max(64).describe('The device’s own id for this event; repeats are recognised by it')
const occurredAt = z
  .string()
  .datetime({ offset: true })
  .refine((v) => new Date(v).getTime() <= Date.now() + FUTURE_SKEW_MS, {
    message: 'FUTURE_TIMESTAMP: occurredAt is in the future',
  })
  .describe('When it happened (ISO 8601 with offset)')
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

export const AlarmEvent = z.object({
  type: z.literal('alarm'),
  eventId,
  kind: z.enum(ALARM_KINDS),
  detail: z.string().max(500).optional(),
  occurredAt,
})
export const FaultEvent = z.object({
  type: z.literal('fault'),
  eventId,
  kind: z.enum(FAULT_KINDS),
  detail: z.string().max(500).optional(),
  occurredAt,
})

export const DeviceEvent = z.discriminatedUnion('type', [
  DropEvent,
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

export const EventResult = z.object({
  eventId: z.string(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  points: z.number().int().optional(),
  balance: z.number().int().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
})
export const EventsResponse = z.object({ results: z.array(EventResult) })
export const AuthorizeResponse = z.object({
  allowed: z.boolean(),
  compartments: z.array(z.number().int()),
  balance: z.number().int().optional(),
  reason: z
    .enum(['UNKNOWN_CARD', 'CARD_LOST', 'CARD_CANCELLED', 'BIN_FULL', 'BIN_DISABLED', 'WRONG_AUDIENCE'])
    .optional(),
})
export const RedeemResponse = z.object({
  status: z.enum(['approved', 'declined']),
  balance: z.number().int().optional(),
  redemption: z.union([z.number(), z.string()]).optional(),
  reason: z.string().optional(),
  message: z.string().optional(),
})
export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), path: z.string().optional() }),
})

export type EventsResponseT = z.infer<typeof EventsResponse>
export type AuthorizeResponseT = z.infer<typeof AuthorizeResponse>
export type RedeemResponseT = z.infer<typeof RedeemResponse>
