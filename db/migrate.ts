/**
 * Applies the committed migrations at a development start. A database that was set up by a schema
 * push (an older checkout, or `DB_PUSH=true`) would make Payload ask whether to proceed — a question a
 * start without a terminal cannot answer — so that case is explained in one line instead.
 */
import type { Payload } from 'payload'

import { StartRefused } from '../config/startup'

export async function migrateOrExplain(payload: Payload): Promise<void> {
  let pushed = false
  try {
    const dev = await payload.find({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, limit: 1 })
    pushed = dev.totalDocs > 0
  } catch {
    // No migrations table yet: a fresh database.
  }
  if (pushed && !process.stdin.isTTY) {
    throw new StartRefused(
      '此数据库由开发模式直接推送表结构建立，不能在无终端的情况下迁移：请在终端中启动并确认，或设置 DB_PUSH=true。' +
        'This database was set up by a schema push; start once from a terminal to migrate it, or set DB_PUSH=true.',
    )
  }
  await payload.db.migrate()
}
