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
