/**
 * GET /api/follow-ups/candidates?from=YYYY-MM-DD&to=YYYY-MM-DD[&threshold=N]
 * The cards an operator should call or visit: active cards that earned at most the threshold
 * (default: the rules' follow-up threshold) in the period, or whose balance is negative.
 */
import type { Endpoint, Payload } from 'payload'
import { z } from 'zod'

import { currentUser, hasRole, refId } from '../../access/roles'
import { followUpCandidates, type Candidate } from '../../domain/points/followUps'
import { shanghaiDay } from '../../domain/shared/time'
import { rulesFor } from './rules'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
const QuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  threshold: z.coerce.number().int().optional(),
})

export async function findCandidates(
  payload: Payload,
  period: { from: string; to: string; threshold?: number },
): Promise<Array<Candidate & { openFollowUp: boolean }>> {
  const threshold = period.threshold ?? (await rulesFor(payload, new Date())).followUpThreshold
  const [cards, days, open] = await Promise.all([
    payload.find({
      collection: 'cards',
      where: { status: { equals: 'active' } },
      pagination: false,
      depth: 0,
      select: { cardNumber: true, holderName: true, balance: true },
    }),
    payload.find({
      collection: 'card-days',
      where: { and: [{ day: { greater_than_equal: period.from } }, { day: { less_than_equal: period.to } }] },
      pagination: false,
      depth: 0,
      select: { card: true, points: true },
    }),
    payload.find({ collection: 'follow-ups', where: { status: { equals: 'open' } }, pagination: false, depth: 0, select: { card: true } }),
  ])
  const earned = new Map<string, number>()
  for (const d of days.docs) {
    const key = String(refId(d.card))
    earned.set(key, (earned.get(key) ?? 0) + (d.points ?? 0))
  }
  const openCards = new Set(open.docs.map((f) => String(refId(f.card))))
  const summaries = cards.docs.map((c) => ({ id: c.id, cardNumber: c.cardNumber, holderName: c.holderName, balance: c.balance ?? 0 }))
  return followUpCandidates(summaries, earned, threshold).map((c) => ({ ...c, openFollowUp: openCards.has(String(c.id)) }))
}

export const followUpCandidatesEndpoint: Endpoint = {
  path: '/candidates',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(currentUser(req), 'admin', 'operator')) {
      return Response.json({ error: { code: 'FORBIDDEN', message: '无权查看。Not allowed.' } }, { status: 403 })
    }
    const parsed = QuerySchema.safeParse(req.query ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      return Response.json({ error: { code: 'INVALID_QUERY', path: issue.path.join('.'), message: issue.message } }, { status: 400 })
    }
    const to = parsed.data.to ?? shanghaiDay(new Date())
    const from = parsed.data.from ?? shanghaiDay(new Date(Date.now() - 29 * 86_400_000))
    const candidates = await findCandidates(req.payload, { from, to, threshold: parsed.data.threshold })
    return Response.json({ from, to, count: candidates.length, candidates })
  },
}
