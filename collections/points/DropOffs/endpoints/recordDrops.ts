/**
 * POST /api/drop-offs/record — staff enter drops by hand (a resident's weighed bag at a booth, a
 * device's lost record) with idempotent semantics: a repeated key with the same content returns the
 * first result, with other content it is refused. Body: { drops: [...] } (at most 500).
 *
 * Provenance is the server's: these drops are `manual`, recorded by the signed-in person, at their
 * card's site, and each carries the person's written reason. A body naming a source, a device, a site
 * or any other field is refused. Keys are the caller's own: they cannot collide with a device's.
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { currentUser } from '../../../../shared/roles'
import { MAX_DROP_GRAMS } from '../../../../domain/points/points'
import { recordDrops } from '../../drops'
import { say } from '../../../../shared/errors'
import { writeAudit } from '../../../../hooks/audit'
import { parseWith, readJson, requireRole } from '../../../../shared/endpoint'

export const ManualDropSchema = z
  .object({
    card: z.union([z.number().int(), z.string().min(1)]).optional(),
    cardNumber: z.string().min(1).max(32).optional(),
    category: z.string().min(1).max(32),
    grams: z.number().int().min(1).max(MAX_DROP_GRAMS),
    occurredAt: z.string().datetime({ offset: true }),
    note: z.string().trim().min(2, '请写明补录原因 / give the reason for entering it by hand').max(500),
    idempotencyKey: z.string().min(1).max(96),
  })
  .strict()
  .refine((d) => d.card !== undefined || d.cardNumber !== undefined, {
    message: 'card or cardNumber is required',
    path: ['card'],
  })

const BodySchema = z.object({ drops: z.array(ManualDropSchema).min(1).max(500) }).strict()

/** A person's idempotency keys live in their own namespace. */
export const manualKey = (userId: number | string, key: string) => `manual:${userId}:${key}`

export const recordDropsEndpoint: Endpoint = {
  path: '/record',
  method: 'post',
  handler: async (req) => {
    requireRole(req, ['admin', 'operator'])
    const user = currentUser(req)!
    const { drops } = parseWith(req, BodySchema, await readJson(req))
    const outcomes = await recordDrops(
      req.payload,
      drops.map((d) => ({
        ...d,
        source: 'manual' as const,
        recordedBy: user.id,
        idempotencyKey: manualKey(user.id, d.idempotencyKey),
      })),
    )
    // The drops are the platform's writes; that this person entered them is one audit row.
    const accepted = outcomes.flatMap((o) => (o.status === 'accepted' ? [o.dropId] : []))
    if (accepted.length) {
      await writeAudit(
        req,
        'create',
        'drop-offs',
        accepted.slice(0, 20).join(',') + (accepted.length > 20 ? ',…' : ''),
        null,
        {
          drops: accepted.length,
          ids: accepted,
        },
      )
    }
    // What was refused, said in the reader's language (the code stays for programs).
    return Response.json({
      outcomes: outcomes.map((o) =>
        o.status === 'rejected' ? { status: o.status, code: o.code, message: say(req, o.code, o.params) } : o,
      ),
    })
  },
}
