/** The scheduler: node-cron, one run at a time per job (an overlap guard), errors logged. */
import cron from 'node-cron'
import type { Payload } from 'payload'

import { env } from '../config/env'
import { markOfflineBins } from './markOffline'

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
      guarded('mark-offline', async () => {
        const ids = await markOfflineBins(payload, env.OFFLINE_AFTER_MINUTES)
        if (ids.length) payload.logger.info(`Marked offline: ${ids.join(', ')}`)
      }),
    ),
  ]
  return () => tasks.forEach((t) => void t.stop())
}
