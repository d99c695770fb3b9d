/**
 * `npm run backup [FILE]`: a consistent copy of the embedded database and the uploads, while the server
 * runs — into FILE, or DATA_DIR/backups/fenlei-<time>.zip. MongoDB: use mongodump (README).
 */
import path from 'node:path'

import { dataDir, env } from '../config/env'
import { chooseDatabase, serverBackupAdvice } from '../db/select'
import { backupName } from '../domain/system/backups'
import { backupSqlite } from '../collections/system/backup'

const database = chooseDatabase(env.DATABASE_URL, dataDir())
if (database.kind !== 'sqlite') {
  console.error(serverBackupAdvice(database.kind, 'backup'))
  process.exit(1)
}
const out = path.resolve(process.argv[2] ?? path.join(dataDir(), 'backups', backupName(new Date())))
const started = Date.now()
const manifest = await backupSqlite({ dbFile: database.file, dataDir: dataDir(), out })
console.log(
  `备份完成 Backup written: ${out} (database ${manifest.database.bytes} bytes, ${manifest.uploads.length} uploaded files, ${Date.now() - started} ms)`,
)
