/** Backups (pure): the archive's manifest, its name, and which old nightly copies go. */
export const BACKUP_FORMAT = 'fenlei-backup'
export const BACKUP_VERSION = 1

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  database: { file: string; bytes: number; sha256: string }
  uploads: string[]
}

/** A file name that sorts by time: fenlei-2026-12-01T18-30-00Z.zip. */
export const backupName = (at: Date) => `fenlei-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.zip`

/** The manifest as read back, or why it is not one of ours. */
export function readManifest(raw: unknown): BackupManifest | string {
  if (!raw || typeof raw !== 'object') return 'no manifest'
  const m = raw as Partial<BackupManifest>
  if (m.format !== BACKUP_FORMAT) return 'not a Fenlei backup'
  if (m.version !== BACKUP_VERSION) return `backup format version ${String(m.version)} is not ${BACKUP_VERSION}`
  if (!m.database || typeof m.database.sha256 !== 'string' || typeof m.database.file !== 'string')
    return 'the manifest names no database'
  if (
    !Array.isArray(m.uploads) ||
    m.uploads.some((u) => typeof u !== 'string' || u.includes('..') || u.startsWith('/'))
  )
    return 'the manifest lists unsafe file names'
  return m as BackupManifest
}

/** Of the nightly archives in a folder, those beyond the newest `keep` (oldest first). */
export function backupsToPrune(names: string[], keep: number): string[] {
  const ours = names.filter((n) => /^fenlei-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.zip$/.test(n)).sort()
  return ours.slice(0, Math.max(0, ours.length - keep))
}
