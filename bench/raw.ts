/** The raw SQLite insert ceiling: prepared inserts in one transaction through libsql (the app's driver). */
import path from 'node:path'

import { createClient } from '@libsql/client'

export async function rawInsertRate(
  dir: string,
  rows = 100_000,
): Promise<{ rows: number; seconds: number; perSecond: number }> {
  const raw = createClient({ url: `file:${path.join(dir, 'raw.db')}` })
  await raw.execute('PRAGMA journal_mode = WAL')
  await raw.execute(
    'CREATE TABLE t (id INTEGER PRIMARY KEY, card INTEGER, category TEXT, grams INTEGER, occurred_at TEXT, key TEXT UNIQUE)',
  )
  const started = performance.now()
  const tx = await raw.transaction('write')
  for (let i = 0; i < rows; i++) {
    await tx.execute({
      sql: 'INSERT INTO t (card, category, grams, occurred_at, key) VALUES (?, ?, ?, ?, ?)',
      args: [i % 500, 'paper', 1000, new Date().toISOString(), `r-${i}`],
    })
  }
  await tx.commit()
  raw.close()
  const seconds = (performance.now() - started) / 1000
  return { rows, seconds, perSecond: Math.round(rows / seconds) }
}

/** The same ceiling on PostgreSQL: prepared inserts in one transaction through pg (the app's driver). */
export async function rawPostgresInsertRate(
  url: string,
  rows = 100_000,
): Promise<{ rows: number; seconds: number; perSecond: number }> {
  const { default: pg } = await import('pg')
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${url.split('/').at(-1)}`)
  await admin.end()
  const raw = new pg.Client({ connectionString: url })
  await raw.connect()
  await raw.query(
    'CREATE TABLE t (id serial PRIMARY KEY, card integer, category text, grams integer, occurred_at text, key text UNIQUE)',
  )
  const started = performance.now()
  await raw.query('BEGIN')
  for (let i = 0; i < rows; i++) {
    await raw.query({
      name: 'ins',
      text: 'INSERT INTO t (card, category, grams, occurred_at, key) VALUES ($1, $2, $3, $4, $5)',
      values: [i % 500, 'paper', 1000, new Date().toISOString(), `r-${i}`],
    })
  }
  await raw.query('COMMIT')
  await raw.end()
  const seconds = (performance.now() - started) / 1000
  return { rows, seconds, perSecond: Math.round(rows / seconds) }
}
