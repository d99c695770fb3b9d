/**
 * POST /api/drop-offs/record — staff record drops (pickups, manual entry) with idempotent
 * semantics: a repeated key with the same content returns the first result, with other content
 * it is refused. Body: { drops: DropInput[] } (at most 500).
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { MAX_DROP_GRAMS } from '../../domain/points/points'
import { recordDrops } from '../../services/points/drops'
import { parseWith, readJson, requireRole } from '../shared'

export const DropInputSchema = z
  .object({
    card: z.union([z.number().int(), z.string().min(1)]).optional(),
    cardNumber: z.string().min(1).max(32).optional(),
    category: z.string().min(1).max(32),
    grams: z.number().int().min(1).max(MAX_DROP_GRAMS),
    occurredAt: z.string().datetime({ offset: true }),
    source: z.enum(['device', 'pickup', 'manual']).default('manual'),
    sourceRef: z.string().max(64).optional(),
    site: z.union([z.number().int(), z.string()]).optional(),
    idempotencyKey: z.string().min(1).max(128),
  })
  .refine((d) => d.card !== undefined || d.cardNumber !== undefined, {
    message: 'card or cardNumber is required',
    path: ['card'],
  })

const BodySchema = z.object({ drops: z.array(DropInputSchema).min(1).max(500) })

export const recordDropsEndpoint: Endpoint = {
  path: '/record',
  method: 'post',
  handler: async (req) => {
    requireRole(req, ['admin', 'operator'], '无权录入投放。Not allowed.')
    const { drops } = parseWith(BodySchema, await readJson(req))
    const outcomes = await recordDrops(req.payload, drops, { user: req.user })
    return Response.json({ outcomes })
  },
}
