/**
 * Backups of the embedded database and the uploads, online: `VACUUM INTO` writes a consistent copy of the
 * SQLite file while the server keeps running (a read transaction; writers go on in the WAL), then the copy
 * and the upload folders go into one zip with a manifest and the copy's SHA-256. A restore checks all of
 * that — zip, manifest, checksum, `PRAGMA integrity_check`, Payload's migration table — before it touches
 * anything, refuses while a server holds the folder, and keeps what it replaces beside it.
 * MongoDB is backed up with its own tools (README: Production).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'

import { claimDataDir } from '../../config/startup'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupsToPrune,
  readManifest,
  type BackupManifest,
} from '../../domain/system/backups'

/** The folders of uploaded files inside DATA_DIR (collections' `staticDir`s). */
export const UPLOAD_FOLDERS = ['media', 'materials']

export class RestoreRefused extends Error {}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`

function listFiles(root: string, folder: string): string[] {
  const dir = path.join(root, folder)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
}

/** A consistent copy of a live SQLite file (`VACUUM INTO`: committed data only, while others read and write it). */
export async function copySqlite(dbFile: string, to: string): Promise<void> {
  const client = createClient({ url: `file:${dbFile}` })
  try {
    await client.execute(`VACUUM INTO ${sqlString(to)}`)
  } finally {
    client.close()
  }
}

export async function backupSqlite(o: { dbFile: string; dataDir: string; out: string }): Promise<BackupManifest> {
  const copy = `${o.out}.db-copy`
  // The documented `npm run backup` on a fresh install: DATA_DIR/backups does not exist yet (VACUUM INTO cannot
  // create it: SQLITE_CANTOPEN).
  fs.mkdirSync(path.dirname(o.out), { recursive: true, mode: 0o700 })
  fs.rmSync(copy, { force: true })
  await copySqlite(o.dbFile, copy)
  const db = new Uint8Array(fs.readFileSync(copy))
  fs.rmSync(copy, { force: true })
  const uploads = UPLOAD_FOLDERS.flatMap((f) => listFiles(o.dataDir, f))
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    database: { file: 'fenlei.db', bytes: db.byteLength, sha256: sha256(db) },
    uploads,
  }
  const zip: Zippable = { 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)), 'fenlei.db': db }
  for (const u of uploads)
    zip[`uploads/${u}`] = [new Uint8Array(fs.readFileSync(path.join(o.dataDir, u))), { level: 0 }]
  const partial = `${o.out}.partial`
  fs.writeFileSync(partial, zipSync(zip, { level: 6 }), { mode: 0o600 })
  fs.renameSync(partial, o.out)
  return manifest
}

/** Checks an archive completely and returns what it holds, or refuses with the reason. Writes nothing. */
export async function inspectBackup(
  file: string,
): Promise<{ manifest: BackupManifest; db: Uint8Array; files: Record<string, Uint8Array> }> {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(new Uint8Array(fs.readFileSync(file)))
  } catch (e) {
    throw new RestoreRefused(
      `不是有效的备份文件（无法解压）。Not a backup archive: ${e instanceof Error ? e.message : String(e)}`,
    )
  }
  let raw: unknown
  try {
    raw = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()))
  } catch {
    raw = null
  }
  const manifest = readManifest(raw)
  if (typeof manifest === 'string') throw new RestoreRefused(`备份文件的说明无效。Not a Fenlei backup: ${manifest}`)
  const db = files[manifest.database.file]
  if (!db || sha256(db) !== manifest.database.sha256)
    throw new RestoreRefused(
      '备份中的数据库与校验值不符（文件已损坏）。The database in the backup does not match its checksum.',
    )
  for (const u of manifest.uploads)
    if (!files[`uploads/${u}`]) throw new RestoreRefused(`备份缺少文件 ${u}。The backup lacks ${u}.`)
  return { manifest, db, files }
}

async function checkDatabase(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}` })
  try {
    const integrity = await client.execute('PRAGMA integrity_check')
    const verdict = String(Object.values(integrity.rows[0] ?? {})[0] ?? '')
    if (verdict !== 'ok')
      throw new RestoreRefused(`备份中的数据库已损坏：${verdict}。The database in the backup is damaged.`)
    const migrations = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE name = 'payload_migrations'")
    if (!Number(migrations.rows[0]?.n))
      throw new RestoreRefused('备份中的数据库不是分类平台的数据库。Not a Fenlei database.')
  } catch (e) {
    if (e instanceof RestoreRefused) throw e
    throw new RestoreRefused(
      `备份中的数据库无法打开。The database in the backup cannot be opened: ${e instanceof Error ? e.message : String(e)}`,
    )
  } finally {
    client.close()
  }
}

/**
 * Brings a backup back into `dataDir` (which no server may be using). Everything is checked first; what
 * it replaces is kept beside it as `*.before-restore-<time>`.
 */
export async function restoreSqlite(o: { file: string; dataDir: string; dbFile: string }): Promise<BackupManifest> {
  const { manifest, db, files } = await inspectBackup(o.file)
  fs.mkdirSync(o.dataDir, { recursive: true })
  const release = claimDataDir(o.dataDir)
  try {
    const incoming = `${o.dbFile}.restoring`
    fs.writeFileSync(incoming, db, { mode: 0o600 })
    try {
      await checkDatabase(incoming)
    } catch (e) {
      fs.rmSync(incoming, { force: true })
      throw e
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    if (fs.existsSync(o.dbFile)) fs.renameSync(o.dbFile, `${o.dbFile}.before-restore-${stamp}`)
    for (const side of ['-wal', '-shm']) fs.rmSync(`${o.dbFile}${side}`, { force: true })
    fs.renameSync(incoming, o.dbFile)
    for (const folder of UPLOAD_FOLDERS) {
      const dir = path.join(o.dataDir, folder)
      if (fs.existsSync(dir)) fs.renameSync(dir, `${dir}.before-restore-${stamp}`)
    }
    for (const u of manifest.uploads) {
      const target = path.join(o.dataDir, u)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, files[`uploads/${u}`]!)
    }
    return manifest
  } finally {
    release()
  }
}

/** Removes the nightly archives beyond the newest `keep`; returns what it removed. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!fs.existsSync(dir)) return []
  const gone = backupsToPrune(fs.readdirSync(dir), keep)
  for (const name of gone) fs.rmSync(path.join(dir, name), { force: true })
  return gone
}
