/**
 * Runs before each test file's own imports (jest `setupFiles`): points the whole app at a fresh
 * temporary data folder and SQLite file, so no import order can ever reach ./data.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-test-'))
process.env.DATA_DIR = dir
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.PAYLOAD_SECRET = 'test-secret-0123456789abcdef'
process.env.SEED_ON_START = 'false'
// As server.ts runs: dates formatted in Shanghai, stored in UTC.
process.env.TZ = 'Asia/Shanghai'
// Fresh files: the schema is pushed straight from the collections (no migrations to replay).
process.env.DB_PUSH = 'true'
