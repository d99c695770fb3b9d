/**
 * Boots Payload on a fresh temporary SQLite file that already holds the demo district (seed/index.ts, without its
 * points), seeded once per `npm test` run instead of once per file (issue 21: seven files seeded the same 3 972
 * records, ~10 s each on an idle machine and over a minute on a loaded one). The first file that asks seeds its own
 * database, as before, and leaves a consistent copy (`VACUUM INTO`) with the data folder's other files in the run's
 * template folder (FENLEI_SEED_TEMPLATE, made by tests/helpers/sequencer.js); the others copy that before they
 * boot. Each file then names its own admin (email and password), as `seedDemo` would have. Every file still writes
 * to its own database only. Without a template folder (another runner) or on PostgreSQL, each file seeds itself.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Plugin } from 'payload'

import { copySqlite } from '../../collections/system/backup'
import { seedDemo } from '../../seed'
import { bootPayload, type Booted } from './boot'
import { scaled } from './slowness'

const TEMPLATE_ADMIN = { email: 'template-admin@seed.local', password: 'template-admin-password-1' }

const dbFile = () => (process.env.DATABASE_URL ?? '').replace(/^file:/, '')

/** Whether the template became ready; false when its maker failed or is gone (this file then seeds its own). */
async function waitFor(template: string) {
  const until = Date.now() + scaled(180_000)
  const alive = () => {
    try {
      process.kill(Number(fs.readFileSync(path.join(template, 'lock', 'pid'), 'utf8')), 0)
      return true
    } catch {
      // No pid yet (it is written right after the lock), or its worker has exited.
      return !fs.existsSync(path.join(template, 'lock', 'pid'))
    }
  }
  while (!fs.existsSync(path.join(template, 'ready'))) {
    if (fs.existsSync(path.join(template, 'failed')) || !alive()) return false
    if (Date.now() > until) throw new Error('the seed template was not made in time')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return true
}

/** The file's own admin, as `seedDemo` would have made it: the template's admin renamed, with the file's password. */
async function nameAdmin(app: Booted, admin: { email: string; password: string }) {
  const { docs } = await app.payload.find({
    collection: 'users',
    where: { email: { equals: TEMPLATE_ADMIN.email } },
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw new Error('the seeded database has no template admin')
  await app.payload.update({ collection: 'users', id: docs[0].id, data: admin })
}

export async function bootSeeded(options: {
  adminEmail: string
  adminPassword: string
  plugins?: Plugin[]
}): Promise<Booted> {
  const admin = { email: options.adminEmail, password: options.adminPassword }
  const template = process.env.FENLEI_SEED_TEMPLATE
  if (!template || !(process.env.DATABASE_URL ?? '').startsWith('file:')) {
    const app = await bootPayload({ plugins: options.plugins })
    await seedDemo(app.payload, { adminEmail: admin.email, adminPassword: admin.password, points: false })
    return app
  }
  const files = path.join(template, 'files')
  let mine = false
  try {
    fs.mkdirSync(path.join(template, 'lock'))
    fs.writeFileSync(path.join(template, 'lock', 'pid'), String(process.pid))
    mine = true
  } catch {
    // Another file is making it, or has made it.
  }
  if (!mine && (await waitFor(template))) {
    fs.cpSync(files, process.env.DATA_DIR!, { recursive: true })
    const app = await bootPayload({ plugins: options.plugins })
    await nameAdmin(app, admin)
    return app
  }
  let app: Booted | undefined
  try {
    app = await bootPayload({ plugins: options.plugins })
    const report = await seedDemo(app.payload, {
      adminEmail: TEMPLATE_ADMIN.email,
      adminPassword: TEMPLATE_ADMIN.password,
      points: false,
    })
    if (mine) {
      fs.mkdirSync(files, { recursive: true })
      const file = path.basename(dbFile())
      await copySqlite(dbFile(), path.join(files, file))
      // The rest of the data folder (not the database's own files: the copy above is the consistent one).
      fs.cpSync(app.dir, files, { recursive: true, filter: (from) => !path.basename(from).startsWith(file) })
      fs.writeFileSync(path.join(template, 'ready'), String(report.created))
    }
  } catch (err) {
    if (mine) fs.writeFileSync(path.join(template, 'failed'), String(err))
    throw err
  }
  await nameAdmin(app, admin)
  return app
}
