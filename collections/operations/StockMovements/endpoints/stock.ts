/** GET /api/stock-movements/stock — the stock of every material in grams, counted from the movements (staff). */
import type { Endpoint } from 'payload'

import { stockOf } from '../stock'
import { requireRole } from '../../../../shared/endpoint'

export const stockEndpoint: Endpoint = {
  path: '/stock',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ['admin', 'operator'])
    return Response.json({ stockGrams: await stockOf(req) })
  },
}
