/**
 * Missed collection runs (12:30 and 22:30 Shanghai): for each shift of the day whose deadline has passed,
 * every site expecting it that no run served gets one 漏收 record, and the operators and admins are told
 * at once — before anyone complains. Safe to run twice (one record per site, day and shift) and late.
 */
import type { Payload } from 'payload'

import { refId } from '../../shared/refs'
import { missedRuns, shiftsDue, SHIFTS } from '../../domain/operations/collection'
import { shanghaiDay, shanghaiDayStart } from '../../shared/time'
import { asPlatform } from '../../shared/platform'
import { notify } from '../../collections/system'
import { inTransaction } from '../../shared/transaction'
import { scheduledJob } from '../scheduled'

export async function findMissedRuns(payload: Payload, now = new Date()): Promise<number> {
  const day = shanghaiDay(now)
  const shifts = shiftsDue(day, now)
  if (!shifts.length) return 0
  const start = shanghaiDayStart(day).toISOString()
  const end = shanghaiDayStart(shanghaiDay(new Date(now.getTime() + 86_400_000))).toISOString()
  const inDay = { and: [{ day: { greater_than_equal: start } }, { day: { less_than: end } }] }
  const [sites, runs, known] = await Promise.all([
    payload.find({ collection: 'sites', select: { name: true, expectedShifts: true }, pagination: false, depth: 0 }),
    payload.find({
      collection: 'collection-runs',
      where: inDay,
      select: { shift: true, sites: true },
      pagination: false,
      depth: 0,
    }),
    payload.find({
      collection: 'missed-collections',
      where: inDay,
      select: { site: true, shift: true },
      pagination: false,
      depth: 0,
    }),
  ])
  const seen = new Set(known.docs.map((k) => `${k.shift}:${refId(k.site)}`))
  const missed = missedRuns(
    sites.docs,
    runs.docs.map((r) => ({ shift: r.shift, sites: (r.sites ?? []).map((s) => refId(s)!) })),
    shifts,
  ).filter((m) => !seen.has(`${m.shift}:${m.site}`))
  if (!missed.length) return 0
  const name = new Map(sites.docs.map((s) => [String(s.id), s.name]))
  await inTransaction(payload, async (req) => {
    await asPlatform(req, async () => {
      for (const m of missed)
        await payload.create({
          collection: 'missed-collections',
          data: {
            site: m.site as number,
            day: start,
            shift: m.shift,
            title: `${day} ${SHIFTS[m.shift].zh} · ${name.get(String(m.site))}`,
          },
          req,
          overrideAccess: true,
          depth: 0,
        })
    })
    await notify(
      req,
      { role: { in: ['admin', 'operator'] } },
      {
        title: `漏收提醒：${day} ${missed.length} 处未收运`,
        body: `${missed.map((m) => `${name.get(String(m.site))}（${SHIFTS[m.shift].zh}）`).join('、')} 应收未收，请尽快安排。`,
        link: '/admin/collections/missed-collections',
      },
    )
  })
  return missed.length
}

/** 12:30 and 22:30 in Shanghai: a shift not run by its deadline is noticed before anyone complains. */
export const missedRunsJob = scheduledJob({
  slug: 'missed-runs',
  label: '漏收检查',
  cron: '30 4,14 * * *',
  work: async (payload) => {
    const missed = await findMissedRuns(payload)
    return missed ? `漏收 ${missed} 处（已通知运营与管理员）` : ''
  },
})
