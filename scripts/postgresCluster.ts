/**
 * A throw-away PostgreSQL cluster from Debian's binaries (`postgresql`, /usr/lib/postgresql/<n>/bin): `initdb` on a
 * folder of its own, `pg_ctl` on a free port with its socket in that folder — no system service, nothing outside the
 * folder. Run as root (as CI runs), the server runs as the `postgres` user (initdb refuses root). The tests, the
 * benchmarks and `npm run postgres` (a local database for `DATABASE_URL=postgres://…`) start it the same way.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type Cluster = {
  dir: string
  port: number
  /** A connection string for one database of the cluster (created on first connect by Payload's adapter). */
  url: (database: string) => string
  stop: () => void
}

const USER = 'fenlei'

/** The folder of Debian's PostgreSQL binaries (the newest installed), or undefined when none is. */
export function postgresBin(): string | undefined {
  const fromEnv = process.env.POSTGRES_BIN
  if (fromEnv && fs.existsSync(path.join(fromEnv, 'initdb'))) return fromEnv
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return undefined
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const asRoot = () => process.getuid?.() === 0

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
function run(bin: string, args: string[]): string {
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

export async function startCluster(
  options: { dir?: string; port?: number; settings?: Record<string, string> } = {},
): Promise<Cluster> {
  const bin = postgresBin()
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install postgresql (Debian), or set POSTGRES_BIN.')
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-pg-'))
  const data = path.join(dir, 'data')
  if (asRoot()) execFileSync('chown', ['postgres:postgres', dir])
  if (!fs.existsSync(path.join(data, 'PG_VERSION'))) {
    run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', USER, '-E', 'UTF8', '--locale=C.UTF-8'])
  }
  const port = options.port ?? (await freePort())
  // A throw-away cluster for tests: no disk sync per commit (fsync=off) unless asked otherwise; a real deployment
  // keeps PostgreSQL's defaults (README).
  const settings = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', ...options.settings }
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c max_connections=300',
    ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`),
  ].join(' ')
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', serverOptions, '-l', path.join(dir, 'log'), '-w', 'start'])
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    spawnSync(asRoot() ? 'runuser' : path.join(bin, 'pg_ctl'), [
      ...(asRoot() ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl')] : []),
      '-D',
      data,
      '-m',
      'immediate',
      '-w',
      'stop',
    ])
    if (!options.dir) fs.rmSync(dir, { recursive: true, force: true })
  }
  return { dir, port, url: (database) => `postgres://${USER}@127.0.0.1:${port}/${database}`, stop }
}
