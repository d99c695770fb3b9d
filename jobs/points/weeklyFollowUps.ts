/**
 * The weekly follow-up list (Monday 08:00 Shanghai): the cards that earned too little in the last 30 days, or whose
 * balance is negative, each get an open follow-up (a card with one already keeps it), and the operators are told
 * how many are new. Safe to run twice (one open follow-up per card) and late.
 */
import type { Payload } from 'payload'

import { shanghaiDay, shanghaiDayStart } from '../../shared/time'
import { findCandidates } from '../../collections/points/FollowUps/candidates'
import { asPlatform } from '../../shared/platform'
import { notify } from '../../collections/system'
import { inTransaction } from '../../shared/transaction'
import { scheduledJob } from '../scheduled'

export async function weeklyFollowUps(payload: Payload, now = new Date()): Promise<number> {
  const to = shanghaiDay(new Date(now.getTime() - 86_400_000))
  const from = shanghaiDay(new Date(now.getTime() - 30 * 86_400_000))
  const fresh = (await findCandidates(payload, { from, to })).filter((c) => !c.openFollowUp)
  if (!fresh.length) return 0
  return inTransaction(payload, async (req) => {
    // Read again in the transaction: an operator may have opened one for a card meanwhile (one open per card).
    const open = await payload.find({
      collection: 'follow-ups',
      where: { and: [{ status: { equals: 'open' } }, { card: { in: fresh.map((c) => c.id) } }] },
      select: { card: true },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const taken = new Set(open.docs.map((f) => String(typeof f.card === 'object' ? f.card.id : f.card)))
    const todo = fresh.filter((c) => !taken.has(String(c.id)))
    if (!todo.length) return 0
    await asPlatform(req, async () => {
      for (const c of todo)
        await payload.create({
          collection: 'follow-ups',
          data: {
            card: c.id as number,
            status: 'open',
            periodFrom: shanghaiDayStart(from).toISOString(),
            periodTo: shanghaiDayStart(to).toISOString(),
            pointsInPeriod: c.earned,
          },
          req,
          overrideAccess: true,
          depth: 0,
        })
    })
    await notify(
      req,
      { role: { equals: 'operator' } },
      {
        title: `本周回访名单：新增 ${todo.length} 张卡`,
        body: `${from} 至 ${to} 积分过少或余额为负的卡，已各建一条回访记录，请逐一电话或上门回访。`,
        link: '/admin/collections/follow-ups?where[status][equals]=open',
      },
    )
    return todo.length
  })
}

/** Monday 08:00 in Shanghai: the week's follow-up list. */
export const weeklyFollowUpsJob = scheduledJob({
  slug: 'weekly-follow-ups',
  label: '每周回访名单',
  cron: '0 0 * * 1',
  work: async (payload) => {
    const n = await weeklyFollowUps(payload)
    return n ? `本周回访名单新增 ${n} 张卡` : ''
  },
})
