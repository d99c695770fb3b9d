/**
 * GET /api/follow-ups/candidates?from=YYYY-MM-DD&to=YYYY-MM-DD[&threshold=N]
 * The cards an operator should call or visit (see services/points/followUps).
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { shanghaiDay } from '../../../../shared/time'
import { findCandidates } from '../candidates'
import { parseWith, requireRole } from '../../../../shared/endpoint'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
const QuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  threshold: z.coerce.number().int().optional(),
})

export const followUpCandidatesEndpoint: Endpoint = {
  path: '/candidates',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ['admin', 'operator'])
    const query = parseWith(req, QuerySchema, req.query ?? {}, 'INVALID_QUERY')
    const to = query.to ?? shanghaiDay(new Date())
    const from = query.from ?? shanghaiDay(new Date(Date.now() - 29 * 86_400_000))
    const candidates = await findCandidates(req.payload, { from, to, threshold: query.threshold })
    return Response.json({ from, to, count: candidates.length, candidates })
  },
}
