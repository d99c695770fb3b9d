/** The nightly backup of the embedded database and the uploads into DATA_DIR/backups, keeping the newest BACKUP_KEEP. */
import path from 'node:path'

import type { Payload } from 'payload'

import { dataDir, env } from '../../config/env'
import { chooseDatabase, serverBackupAdvice } from '../../db/select'
import { backupName } from '../../domain/system/backups'
import { backupSqlite, pruneBackups } from '../../collections/system/backup'
import { scheduledJob } from '../scheduled'

export async function nightlyBackup(
  payload: Payload,
  now = new Date(),
): Promise<{ file: string; pruned: string[] } | null> {
  const database = chooseDatabase(env.DATABASE_URL, dataDir())
  if (database.kind !== 'sqlite') {
    payload.logger.info(`Nightly backup: not by the server. ${serverBackupAdvice(database.kind, 'backup')}`)
    return null
  }
  const folder = path.join(dataDir(), 'backups')
  const file = path.join(folder, backupName(now))
  await backupSqlite({ dbFile: database.file, dataDir: dataDir(), out: file })
  return { file, pruned: pruneBackups(folder, env.BACKUP_KEEP) }
}

/** 04:00 in Shanghai: a backup of the embedded database and the uploads; the newest BACKUP_KEEP kept. */
export const nightlyBackupJob = scheduledJob({
  slug: 'nightly-backup',
  label: '夜间备份',
  cron: '0 20 * * *',
  work: async (payload) => {
    const done = await nightlyBackup(payload)
    if (done) return `备份 ${done.file}（删除旧备份 ${done.pruned.length} 个）`
    const { kind } = chooseDatabase(env.DATABASE_URL, dataDir())
    return kind === 'postgres' ? 'PostgreSQL：由 pg_dump / 连续归档备份' : 'MongoDB：由 mongodump 备份'
  },
})
