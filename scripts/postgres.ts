/**
 * `npm run postgres`: a local PostgreSQL for development in one command — a cluster in ./data/postgres (kept between
 * runs), on port 54329 unless PGPORT says otherwise, stopped by Ctrl-C. Then, in another terminal:
 *   DATABASE_URL=postgres://fenlei@127.0.0.1:54329/fenlei npm start
 */
import path from 'node:path'

import { startCluster } from './postgresCluster'

const dir = path.resolve(process.env.DATA_DIR ?? 'data', 'postgres')
const port = Number(process.env.PGPORT ?? 54329)
const fs = await import('node:fs')
fs.mkdirSync(dir, { recursive: true })
// A development database keeps PostgreSQL's durable defaults (the tests' throw-away clusters do not sync).
const cluster = await startCluster({
  dir,
  port,
  settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' },
})
console.log(`PostgreSQL 已启动 started: ${dir}`)
console.log(`  DATABASE_URL=${cluster.url('fenlei')} npm start`)
console.log('Ctrl-C 停止 stops it.')
const stop = () => {
  cluster.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
setInterval(() => undefined, 1 << 30)
