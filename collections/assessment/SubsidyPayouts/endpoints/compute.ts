/**
 * POST /api/subsidy-payouts/compute { period, reason? }: the payout computation for a closed period (admins); with a
 * reason, a recomputation of payouts not yet approved (../compute.ts).
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { computePayouts } from '../compute'
import { inTransaction } from '../../../../shared/transaction'
import { parseWith, readJson, requireRole } from '../../../../shared/endpoint'

const Body = z.object({
  period: z.string().regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, 'YYYY-Qn or YYYY-MM'),
  reason: z.string().max(500).optional(),
})

export const computePayoutsEndpoint: Endpoint = {
  path: '/compute',
  method: 'post',
  handler: async (req) => {
    requireRole(req, ['admin'])
    const { period, reason } = parseWith(req, Body, await readJson(req))
    const result = await inTransaction(req.payload, (tx) => computePayouts(tx, period, { reason }), { req })
    return Response.json({ period, ...result }, { status: 201 })
  },
}
