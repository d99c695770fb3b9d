/** The scheduler: node-cron, one run at a time per job (an overlap guard), errors logged. */
import cron from 'node-cron'
import type { Payload } from 'payload'

import { env } from '../config/env'
import { payClosedPeriods } from './assessment/payClosedPeriods'
import { expirePoints } from './points/expirePoints'
import { markOfflineBins } from './devices/markOffline'
import { runQueuedJobs } from './publicity/runQueued'
import { reconcileLedger } from './points/reconcile'
import { deliverMail } from './system/deliverMail'
import { nightlyBackup } from './system/nightlyBackup'

export function startScheduler(payload: Payload): () => void {
  const guarded = (name: string, work: () => Promise<unknown>) => {
    let running = false
    return async () => {
      if (running) return
      running = true
      try {
        await work()
      } catch (err) {
        payload.logger.error({ err, msg: `job ${name} failed` })
      } finally {
        running = false
      }
    }
  }
  const tasks = [
    cron.schedule(
      '* * * * *',
      guarded('run-queued-jobs', async () => {
        const ran = await runQueuedJobs(payload)
        if (ran) payload.logger.info(`Ran ${ran} queued jobs (scheduled publishing).`)
      }),
    ),
    cron.schedule(
      '* * * * *',
      guarded('mark-offline', async () => {
        const ids = await markOfflineBins(payload, env.OFFLINE_AFTER_MINUTES)
        if (ids.length) payload.logger.info(`Marked offline: ${ids.join(', ')}`)
      }),
    ),
    // 03:00 in Shanghai (19:00 UTC): points older than the rules' expiry expire.
    cron.schedule(
      '0 19 * * *',
      guarded('expire-points', async () => {
        const result = await expirePoints(payload)
        if (result.cards) payload.logger.info(`Expired ${result.points} points on ${result.cards} cards.`)
      }),
    ),
    // 02:00 in Shanghai (18:00 UTC): periods whose assessments are all approved get their payouts.
    cron.schedule(
      '0 18 * * *',
      guarded('pay-closed-periods', async () => {
        const periods = await payClosedPeriods(payload)
        if (periods.length) payload.logger.info(`Payouts computed for ${periods.join(', ')}.`)
      }),
    ),
    // The outbox: queued mail sent, failures retried with growing pauses.
    cron.schedule(
      '* * * * *',
      guarded('deliver-mail', async () => {
        const r = await deliverMail(payload)
        if (r.sent + r.retrying + r.failed)
          payload.logger.info(`Mail: ${r.sent} sent, ${r.retrying} to retry, ${r.failed} given up.`)
      }),
    ),
    // 01:30 in Shanghai (17:30 UTC): every balance against its ledger; a drift is reported, never fixed.
    cron.schedule(
      '30 17 * * *',
      guarded('reconcile-ledger', async () => {
        await reconcileLedger(payload)
      }),
    ),
    // 04:00 in Shanghai (20:00 UTC): a backup of the embedded database and the uploads; the last N kept.
    cron.schedule(
      '0 20 * * *',
      guarded('nightly-backup', async () => {
        const done = await nightlyBackup(payload)
        if (done) payload.logger.info(`Backup written: ${done.file} (older removed: ${done.pruned.length}).`)
      }),
    ),
  ]
  return () => tasks.forEach((t) => void t.stop())
}
