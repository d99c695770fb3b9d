/**
 * Everything Fenlei reads from the environment, validated once (zod) at import time.
 * `.env.example` documents each variable.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

import { processWide } from '../shared/processWide'

/** The demo admin's password, published in the README: refused in production. */
export const DEFAULT_ADMIN_PASSWORD = 'fenlei-admin-2026'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  /** Map tiles under the disclosure map, {z}/{x}/{y} in the URL (none: the map is drawn without tiles). */
  MAP_TILE_URL: z
    .string()
    .regex(/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'MAP_TILE_URL needs {z}, {x} and {y}')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  MONGODB_ALLOW_NO_TRANSACTIONS: z.enum(['true', 'false']).default('false'),
  PAYLOAD_SECRET: z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  MAIL_FROM: z.string().default('分类平台 Fenlei <noreply@fenlei.local>'),
  SEED_ADMIN_EMAIL: z.string().email().default('admin@fenlei.local'),
  SEED_ADMIN_PASSWORD: z.string().min(8).default(DEFAULT_ADMIN_PASSWORD),
  /** Default: seed an empty database in development, never in production unless set to true. */
  SEED_ON_START: z.enum(['true', 'false']).optional(),
  /** Push the schema straight from the collections (tests on fresh files); otherwise migrations apply. */
  DB_PUSH: z.enum(['true', 'false']).default('false'),
  /** The GraphQL playground at /api/graphql-playground: off unless asked for, in development too. */
  GRAPHQL_PLAYGROUND: z.enum(['true', 'false']).default('false'),
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Largest JSON body /api accepts, in bytes. */
  API_JSON_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  /** Nightly backups kept in DATA_DIR/backups (embedded SQLite only). */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  BRIDGE_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  BRIDGE_RATE_LIMIT: z.coerce.number().positive().default(50),
  /** Failed authentications per second one address may make (bursts of twice that) before it is refused unread. */
  BRIDGE_FAILED_AUTH_RATE: z.coerce.number().positive().default(20),
  /** Devices the bridge keeps in memory per process (the least recently used go first). */
  BRIDGE_DEVICE_CACHE_MAX: z.coerce.number().int().min(10).default(5000),
  OFFLINE_AFTER_MINUTES: z.coerce.number().int().positive().default(10),
  /** Development only: the demo bins keep speaking to the bridge (device-bridge/demo.ts). `false` keeps them quiet. */
  DEMO_SIMULATOR: z.enum(['true', 'false']).default('true'),
  // Development: compile the admin in the background right after start (false: on its first visit).
  DEV_WARMUP: z.enum(['true', 'false']).default('true'),
  // Development: serve the admin built at install while the sources are unchanged since (false: always compile).
  DEV_PREBUILT: z.enum(['true', 'false']).default('true'),
})

export type Env = z.infer<typeof EnvSchema>

/** The mode server.ts pinned, shared by every copy of this module in the process (Next's bundled one too). */
const pinnedMode = () => processWide('platform.mode', () => ({ mode: undefined as Env['NODE_ENV'] | undefined }))

/** The platform's mode for the rest of this process, whatever NODE_ENV becomes (server.ts only). */
export function pinMode(mode: Env['NODE_ENV']): void {
  pinnedMode().mode = mode
}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  // server.ts pins the platform's mode before Next starts (pinMode): a development start that serves the prebuilt
  // admin runs Next's production server, which sets NODE_ENV=production for the code it loads (the admin's Payload).
  const pinned = pinnedMode().mode
  if (source === process.env && pinned) given.NODE_ENV = pinned
  const parsed = EnvSchema.safeParse(given)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`)
  }
  return parsed.data
}

export const env: Env = readEnv()

/** Whether an empty database gets the demo district: by default in development only. */
export function seedOnStart(e: Env = env): boolean {
  return e.SEED_ON_START ? e.SEED_ON_START === 'true' : e.NODE_ENV !== 'production'
}

/** The data folder, created if needed; readable by its owner only (it holds the database and secrets). */
export function dataDir(e: Env = env): string {
  const dir = path.resolve(e.DATA_DIR)
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  fs.chmodSync(dir, 0o700)
  return dir
}

/**
 * The secret that signs sessions. Production must set PAYLOAD_SECRET; development keeps a
 * generated one in the data folder so logins survive restarts.
 */
export function resolveSecret(e: Env = env): string {
  if (e.PAYLOAD_SECRET) return e.PAYLOAD_SECRET
  // `next build` loads the config to collect routes; it signs nothing, so no secret is needed yet.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-never-used'
  if (e.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. In production it is required (a random string of 32+ characters). 生产环境必须设置 PAYLOAD_SECRET。',
    )
  }
  const file = path.join(dataDir(e), '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
