/**
 * Which database Fenlei runs on, decided from DATABASE_URL alone (pure, tested on its own).
 *   unset            → embedded SQLite at <DATA_DIR>/fenlei.db
 *   file:<path>      → that SQLite file
 *   postgres://…     → PostgreSQL (postgresql:// too; the verified server engine)
 *   mongodb://…      → MongoDB (mongodb+srv:// too)
 *   anything else    → an error that says what is accepted
 */
import path from 'node:path'

export type DatabaseChoice =
  { kind: 'sqlite'; file: string; url: string } | { kind: 'postgres'; url: string } | { kind: 'mongodb'; url: string }

export function chooseDatabase(databaseUrl: string | undefined, dataDirectory: string): DatabaseChoice {
  const raw = databaseUrl?.trim()
  if (!raw) {
    const file = path.resolve(dataDirectory, 'fenlei.db')
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://')) {
    return { kind: 'postgres', url: raw }
  }
  if (raw.startsWith('mongodb://') || raw.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: raw }
  }
  if (raw.startsWith('file:')) {
    const rest = raw.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!rest || rest === ':memory:') {
      throw new Error(`DATABASE_URL "${raw}" names no file. Use file:./data/name.db.`)
    }
    const file = path.resolve(rest)
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  throw new Error(
    `DATABASE_URL "${redact(raw)}" is not supported. Use nothing (embedded SQLite), ` +
      'file:<path> (another SQLite file), postgres://… (PostgreSQL), or mongodb://… / mongodb+srv://… (MongoDB replica set).',
  )
}

/**
 * A server database is backed up by its own tools, not by Fenlei's backup (which copies the embedded file): what to
 * tell the operator, in both languages (scripts/backup.ts, scripts/restore.ts, the nightly job).
 */
export function serverBackupAdvice(kind: 'postgres' | 'mongodb', action: 'backup' | 'restore'): string {
  const tool = {
    postgres: { backup: 'pg_dump', restore: 'pg_restore' },
    mongodb: { backup: 'mongodump', restore: 'mongorestore' },
  }[kind][action]
  const name = kind === 'postgres' ? 'PostgreSQL' : 'MongoDB'
  return action === 'backup'
    ? `这是 ${name}：请用 ${tool}${kind === 'postgres' ? '（或连续归档 PITR）' : ''}备份（见 README）。This is ${name}: back it up with ${tool}${kind === 'postgres' ? ' (or continuous archiving, PITR)' : ''} — see the README.`
    : `这是 ${name}：请用 ${tool} 恢复（见 README）。This is ${name}: restore it with ${tool} — see the README.`
}

/** Hide a password in a connection string before it reaches a log or an error. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}
