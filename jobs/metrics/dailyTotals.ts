/** The daily totals behind the figures (collections/metrics/DailyTotals): kept every ten minutes, checked nightly. */
import { checkRollups, keepRollups } from '../../collections/metrics'
import { scheduledJob } from '../scheduled'

/** Every ten minutes (and once at start): the days with newly recorded drops recounted. */
export const dailyTotalsJob = scheduledJob({
  slug: 'daily-totals',
  label: '每日汇总',
  cron: '*/10 * * * *',
  quiet: true,
  // After an upgrade the first build recounts every day (about a minute at 1 M drops): done at start, not on the
  // first person to open the dashboard.
  atStart: true,
  work: async (payload) => {
    const { days } = await keepRollups(payload)
    return days.length
      ? `每日汇总：重算 ${days.length} 天（${days.slice(0, 3).join('、')}${days.length > 3 ? '……' : ''}）`
      : ''
  },
})

/** 01:45 in Shanghai: every day's totals and card-days against a full recount of the drops. */
export const checkFiguresJob = scheduledJob({
  slug: 'check-figures',
  label: '汇总核对',
  cron: '45 17 * * *',
  work: async (payload) => {
    const r = await checkRollups(payload)
    return `核对 ${r.days} 天：每日汇总不一致 ${r.rollupDrift.length} 天（已重算），投放日统计不一致 ${r.cardDayDrift.length} 条（未修改）`
  },
})
