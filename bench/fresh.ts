/**
 * Every benchmark starts on a fresh temporary database: a data folder of its own, the schema pushed straight from
 * the collections. Sets the variables in this process (before Payload's config is imported) and returns them for
 * child processes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function freshDatabase(prefix: string, extra: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const env = {
    DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    PAYLOAD_SECRET: 'bench-secret-0123456789abcdef',
    DB_PUSH: 'true',
    ...extra,
  }
  Object.assign(process.env, env)
  return { dir, env, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
