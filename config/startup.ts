/**
 * What a server start checks before and after it touches any data, so that a start either runs or
 * says in one line why it cannot — with or without a terminal.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'

/** A refusal to start: printed as one line, exit code 1. */
export class StartRefused extends Error {}

/**
 * One server per data folder: a second `npm start` in the same checkout stops here, before it reads or
 * seeds anything. A pid file left by a process that no longer runs is taken over.
 */
export function claimDataDir(dir: string): () => void {
  const file = path.join(dir, 'fenlei.pid')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 })
      return () => {
        try {
          if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file)
        } catch {
          // already gone
        }
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const pid = Number(fs.readFileSync(file, 'utf8').trim())
      if (pid && pid !== process.pid && alive(pid)) {
        throw new StartRefused(
          `另一个分类服务（进程 ${pid}）正在使用数据目录 ${dir}，不能再启动一个。Another Fenlei server (pid ${pid}) is already using ${dir}.`,
        )
      }
      fs.rmSync(file, { force: true })
    }
  }
  throw new StartRefused(`无法锁定数据目录 ${dir}。Could not lock the data folder ${dir}.`)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Fails early, with a clear line, when the port is taken (before the database is opened). */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new StartRefused(
              `端口 ${port} 已被占用（PORT=${port}）。Port ${port} is already in use; set PORT to another one.`,
            )
          : err,
      ),
    )
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}

/** The database files and uploads are readable by their owner only. */
export function restrictDataFiles(dir: string, databaseFile?: string): void {
  const files = databaseFile ? [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`] : []
  for (const file of [...files, path.join(dir, '.payload-secret')]) {
    if (fs.existsSync(file)) fs.chmodSync(file, 0o600)
  }
  const media = path.join(dir, 'media')
  if (fs.existsSync(media)) fs.chmodSync(media, 0o700)
}

/** Payload's password hash (pbkdf2-sha256): does this stored hash match this password? */
async function matches(password: string, salt: string, stored: string): Promise<boolean> {
  const current = stored.startsWith('pbkdf2-sha256-v1:')
  const hex = current ? stored.slice('pbkdf2-sha256-v1:'.length) : stored
  const [iterations, keyLength] = current ? [600_000, 32] : [25_000, 512]
  const derived = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (err, key) => (err ? reject(err) : resolve(key))),
  )
  const expected = Buffer.from(hex, 'hex')
  return derived.length === expected.length && crypto.timingSafeEqual(derived, expected)
}

/**
 * Production never runs with a published password: the demo admin's and the demo users' defaults are
 * in the README. A start finding one of them on an account stops with one line saying which.
 */
export async function assertNoDefaultPasswords(
  payload: Payload,
  known: Array<{ email: string; password: string }>,
): Promise<void> {
  for (const { email, password } of known) {
    // Adapter-level read: the hash and salt are hidden from every API.
    const user = (await payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as {
      hash?: string
      salt?: string
    } | null
    if (user?.hash && user.salt && (await matches(password, user.salt, user.hash))) {
      throw new StartRefused(
        `账号 ${email} 仍在使用公开的默认密码，生产环境拒绝启动：请先修改密码。The account ${email} still has its published default password; change it before starting in production.`,
      )
    }
  }
}
