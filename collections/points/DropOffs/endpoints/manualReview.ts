/**
 * GET /api/drop-offs/manual-daily?day=YYYY-MM-DD — for admins: the drops entered by hand that Shanghai
 * day, by the person who entered them, with each one's card, weight, points and written reason.
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { refId } from '../../../../shared/refs'
import { shanghaiDay, shanghaiDayStart } from '../../../../shared/time'
import { parseWith, requireRole } from '../../../../shared/endpoint'

const QuerySchema = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional(),
})

export const manualReviewEndpoint: Endpoint = {
  path: '/manual-daily',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ['admin'])
    const day = parseWith(req, QuerySchema, req.query ?? {}, 'INVALID_QUERY').day ?? shanghaiDay(new Date())
    const from = shanghaiDayStart(day)
    const to = new Date(from.getTime() + 86_400_000)
    const drops = await req.payload.find({
      collection: 'drop-offs',
      where: {
        and: [
          // Typed by a person: at the counter, or a pickup's readings (a scale's would carry no person).
          {
            or: [
              { source: { equals: 'manual' } },
              { and: [{ source: { equals: 'pickup' } }, { recordedBy: { exists: true } }] },
            ],
          },
          { createdAt: { greater_than_equal: from.toISOString() } },
          { createdAt: { less_than: to.toISOString() } },
        ],
      },
      sort: 'createdAt',
      pagination: false,
      depth: 1,
      req,
    })
    const byUser = new Map<string, { user: unknown; drops: number; grams: number; points: number; items: unknown[] }>()
    for (const d of drops.docs) {
      const key = String(refId(d.recordedBy) ?? 'unknown')
      const entry = byUser.get(key) ?? { user: d.recordedBy ?? null, drops: 0, grams: 0, points: 0, items: [] }
      entry.drops++
      entry.grams += d.grams
      entry.points += d.points ?? 0
      const card = d.card && typeof d.card === 'object' ? d.card.cardNumber : d.card
      entry.items.push({
        id: d.id,
        card,
        category: d.category,
        grams: d.grams,
        points: d.points,
        occurredAt: d.occurredAt,
        note: d.note,
        source: d.source,
      })
      byUser.set(key, entry)
    }
    return Response.json({ day, people: [...byUser.values()] })
  },
}
