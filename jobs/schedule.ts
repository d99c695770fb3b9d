/**
 * The scheduler: node-cron starts each job on its schedule; `runJob` lets one runner at a time do it,
 * across every server process on the database, and writes its history (admins: 定时任务记录). Every job is
 * safe to run twice and safe to run late. `npm run job <name>` runs one by hand.
 */
import cron from 'node-cron'
import type { Payload } from 'payload'

import { env } from '../config/env'
import { payClosedPeriods } from './assessment/payClosedPeriods'
import { markOfflineBins } from './devices/markOffline'
import { findMissedRuns } from './operations/missedRuns'
import { forecastFills } from './operations/fillForecast'
import { driveWorkOrders } from './operations/workOrders'
import { expirePoints } from './points/expirePoints'
import { reconcileLedger } from './points/reconcile'
import { weeklyFollowUps } from './points/weeklyFollowUps'
import { runQueuedJobs } from './publicity/runQueued'
import { checkRollups, keepRollups } from '../collections/metrics/DailyTotals/rollups'
import { runJob } from './runner'
import { deliverMail } from './system/deliverMail'
import { nightlyBackup } from './system/nightlyBackup'

type Job = {
  /** node-cron, in UTC (Shanghai is UTC+8). */
  cron: string
  /** Minutely jobs record only the runs that did something or failed. */
  quiet?: boolean
  /** Also run once when the server starts (in the background). */
  atStart?: boolean
  /** Does the work; says what it did (empty: nothing to do). */
  work: (payload: Payload) => Promise<string>
}

export const JOBS: Record<string, Job> = {
  'mark-offline': {
    cron: '* * * * *',
    quiet: true,
    work: async (payload) => {
      const ids = await markOfflineBins(payload, env.OFFLINE_AFTER_MINUTES)
      return ids.length ? `离线 Marked offline: ${ids.join(', ')}` : ''
    },
  },
  // Payload's jobs queue: scheduled publishing and unpublishing.
  'run-queued-jobs': {
    cron: '* * * * *',
    quiet: true,
    work: async (payload) => {
      const ran = await runQueuedJobs(payload)
      return ran ? `定时发布 Ran ${ran} queued jobs` : ''
    },
  },
  // The outbox: queued mail sent, failures retried with growing pauses.
  'deliver-mail': {
    cron: '* * * * *',
    quiet: true,
    work: async (payload) => {
      const r = await deliverMail(payload)
      return r.sent + r.retrying + r.failed ? `邮件 ${r.sent} sent, ${r.retrying} to retry, ${r.failed} given up` : ''
    },
  },
  // Work orders: escalations when a level's time runs out, reminders until acknowledged, the overall deadline.
  'work-orders': {
    cron: '*/5 * * * *',
    quiet: true,
    work: (payload) => driveWorkOrders(payload),
  },
  // Hourly: the fill forecast — the operator's collection plan, and bins filling without cards.
  'fill-forecast': {
    cron: '5 * * * *',
    work: async (payload) => {
      const r = await forecastFills(payload)
      return `三天内将满 ${r.soon} 个箱格；疑似无卡投放 ${r.cardless} 个`
    },
  },
  // Monday 08:00 in Shanghai: the week's follow-up list.
  'weekly-follow-ups': {
    cron: '0 0 * * 1',
    work: async (payload) => {
      const n = await weeklyFollowUps(payload)
      return n ? `本周回访名单新增 ${n} 张卡` : ''
    },
  },
  // The daily totals behind the figures: the days with newly recorded drops recounted.
  'daily-totals': {
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
  },
  // 01:45 in Shanghai: every day's totals and card-days against a full recount of the drops.
  'check-figures': {
    cron: '45 17 * * *',
    work: async (payload) => {
      const r = await checkRollups(payload)
      return `核对 ${r.days} 天：每日汇总不一致 ${r.rollupDrift.length} 天（已重算），投放日统计不一致 ${r.cardDayDrift.length} 条（未修改）`
    },
  },
  // 12:30 and 22:30 in Shanghai: a shift not run by its deadline is noticed before anyone complains.
  'missed-runs': {
    cron: '30 4,14 * * *',
    work: async (payload) => {
      const missed = await findMissedRuns(payload)
      return missed ? `漏收 ${missed} 处（已通知运营与管理员）` : ''
    },
  },
  // 01:30 in Shanghai: every balance against its ledger; a drift is reported, never fixed.
  'reconcile-ledger': {
    cron: '30 17 * * *',
    work: async (payload) => {
      const drift = await reconcileLedger(payload)
      return drift.length
        ? `${drift.length} 张卡余额与流水不一致（已通知管理员，未修改）`
        : '全部余额与流水一致 All balances match'
    },
  },
  // 02:00 in Shanghai: periods whose assessments are all approved get their payouts.
  'pay-closed-periods': {
    cron: '0 18 * * *',
    work: async (payload) => {
      const periods = await payClosedPeriods(payload)
      return periods.length ? `奖补已计算 Payouts computed for ${periods.join(', ')}` : ''
    },
  },
  // 03:00 in Shanghai: points older than the rules' expiry expire.
  'expire-points': {
    cron: '0 19 * * *',
    work: async (payload) => {
      const result = await expirePoints(payload)
      return result.cards ? `过期 ${result.points} 分，${result.cards} 张卡` : ''
    },
  },
  // 04:00 in Shanghai: a backup of the embedded database and the uploads; the newest BACKUP_KEEP kept.
  'nightly-backup': {
    cron: '0 20 * * *',
    work: async (payload) => {
      const done = await nightlyBackup(payload)
      return done ? `备份 ${done.file}（删除旧备份 ${done.pruned.length} 个）` : 'MongoDB：由 mongodump 备份'
    },
  },
}

export function runNamedJob(payload: Payload, name: string) {
  const job = JOBS[name]
  if (!job) throw new Error(`No job "${name}". Jobs: ${Object.keys(JOBS).join(', ')}`)
  return runJob(payload, name, () => job.work(payload), { quiet: job.quiet })
}

export function startScheduler(payload: Payload): () => void {
  const tasks = Object.entries(JOBS).map(([name, job]) =>
    cron.schedule(
      job.cron,
      async () => {
        await runJob(payload, name, () => job.work(payload), { quiet: job.quiet })
      },
      // The schedules are written in UTC: a server whose clock is set to Shanghai time runs them at the same moments.
      { timezone: 'UTC' },
    ),
  )
  for (const [name, job] of Object.entries(JOBS))
    if (job.atStart) void runJob(payload, name, () => job.work(payload), { quiet: job.quiet })
  return () => tasks.forEach((t) => void t.stop())
}
