/**
 * GET /api/card-batches/next-start?prefix=CXN&digits=6 — the first free number after the highest card of
 * that prefix, so that a new batch continues the range (the admin's batch form proposes it).
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { parseWith, requireRole } from '../../../../shared/endpoint'

const QuerySchema = z.object({
  prefix: z.string().max(16).default(''),
  digits: z.coerce.number().int().min(1).max(12).default(6),
})

export const nextBatchStartEndpoint: Endpoint = {
  path: '/next-start',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ['admin', 'operator'])
    const { prefix, digits } = parseWith(req, QuerySchema, req.query ?? {}, 'INVALID_QUERY')
    const pattern = new RegExp(`^${prefix.replace(/[^A-Za-z0-9-]/g, '')}(\\d{${digits}})$`)
    const cards = await req.payload.find({
      collection: 'cards',
      where: { cardNumber: { like: prefix } },
      sort: '-cardNumber',
      limit: 200,
      depth: 0,
      select: { cardNumber: true },
      req,
    })
    const highest = Math.max(0, ...cards.docs.map((c) => Number(pattern.exec(c.cardNumber)?.[1] ?? 0)))
    return Response.json({ prefix, digits, start: highest + 1 })
  },
}
