/**
 * `npm run restore FILE`: brings a backup back into DATA_DIR — only after checking the whole archive, only
 * while no server uses the folder, keeping what it replaces beside it. A refused restore changes nothing.
 */
import { StartRefused } from '../config/startup'
import { dataDir, env } from '../config/env'
import { chooseDatabase, serverBackupAdvice } from '../db/select'
import { RestoreRefused, restoreSqlite } from '../collections/system/backup'

const file = process.argv[2]
if (!file) {
  console.error('用法 Usage: npm run restore <backup.zip>')
  process.exit(2)
}
const database = chooseDatabase(env.DATABASE_URL, dataDir())
if (database.kind !== 'sqlite') {
  console.error(serverBackupAdvice(database.kind, 'restore'))
  process.exit(1)
}
try {
  const manifest = await restoreSqlite({ file, dataDir: dataDir(), dbFile: database.file })
  console.log(
    `恢复完成 Restored the backup of ${manifest.createdAt} into ${dataDir()} (${manifest.uploads.length} uploaded files).`,
  )
} catch (e) {
  if (e instanceof RestoreRefused || e instanceof StartRefused) {
    console.error(`恢复被拒绝，现有数据未改动。Restore refused; nothing was changed: ${e.message}`)
    process.exit(1)
  }
  throw e
}
