/**
 * Which database Fenlei runs on, decided from DATABASE_URL alone (pure, tested on its own).
 *   unset            → embedded SQLite at <DATA_DIR>/fenlei.db
 *   file:<path>      → that SQLite file
 *   mongodb://…      → MongoDB (mongodb+srv:// too)
 *   anything else    → an error that says what is accepted
 */
import path from 'node:path'

export type DatabaseChoice = { kind: 'sqlite'; file: string; url: string } | { kind: 'mongodb'; url: string }

export function chooseDatabase(databaseUrl: string | undefined, dataDirectory: string): DatabaseChoice {
  const raw = databaseUrl?.trim()
  if (!raw) {
    const file = path.resolve(dataDirectory, 'fenlei.db')
    return { kind: 'sqlite', file, url: `file:${file}` }
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
      'file:<path> (another SQLite file), or mongodb://… / mongodb+srv://… (MongoDB replica set).',
  )
}

/** Hide a password in a connection string before it reaches a log or an error. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}
