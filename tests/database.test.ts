/** Database selection, the MongoDB transaction check, secrets, and the SQLite write gate. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { readEnv, resolveSecret } from '../config/env'
import { buildDatabaseAdapter, checkMongoTopology } from '../db/adapter'
import { assertTransactionsSupported, supportsTransactions } from '../db/mongoTransactions'
import { chooseDatabase, redact, serverBackupAdvice } from '../db/select'
import { WriteGate } from '../db/serialTransactions'
import { runToExit } from './helpers/spawn'

describe('chooseDatabase', () => {
  const data = '/srv/fenlei/data'

  test('unset or blank → embedded SQLite in the data folder', () => {
    for (const url of [undefined, '', '   ']) {
      expect(chooseDatabase(url, data)).toEqual({
        kind: 'sqlite',
        file: '/srv/fenlei/data/fenlei.db',
        url: 'file:/srv/fenlei/data/fenlei.db',
      })
    }
  })

  test('file: URL → that SQLite file, relative or absolute', () => {
    expect(chooseDatabase('file:/tmp/x.db', data)).toMatchObject({ kind: 'sqlite', file: '/tmp/x.db' })
    expect(chooseDatabase('file:///tmp/y.db', data)).toMatchObject({ kind: 'sqlite', file: '/tmp/y.db' })
    expect(chooseDatabase('file:./data/z.db', data)).toMatchObject({
      kind: 'sqlite',
      file: path.resolve('./data/z.db'),
    })
  })

  test('mongodb:// and mongodb+srv:// → MongoDB', () => {
    const rs = 'mongodb://a,b,c/fenlei?replicaSet=rs0'
    expect(chooseDatabase(rs, data)).toEqual({ kind: 'mongodb', url: rs })
    expect(chooseDatabase('mongodb+srv://u:p@cluster.example/fenlei', data).kind).toBe('mongodb')
  })

  test('postgres:// and postgresql:// → PostgreSQL', () => {
    const pg = 'postgres://fenlei:pw@db.internal:5432/fenlei'
    expect(chooseDatabase(pg, data)).toEqual({ kind: 'postgres', url: pg })
    expect(chooseDatabase('postgresql://h/fenlei', data).kind).toBe('postgres')
  })

  test('anything else is a clear error that hides passwords', () => {
    expect(() => chooseDatabase('mysql://u:secret@h/db', data)).toThrow(/not supported.*file:.*postgres.*mongodb/s)
    expect(() => chooseDatabase('mysql://u:secret@h/db', data)).not.toThrow(/secret/)
    expect(() => chooseDatabase('file:', data)).toThrow(/names no file/)
    expect(() => chooseDatabase('file::memory:', data)).toThrow(/names no file/)
    expect(redact('mongodb://root:hunter2@h:27017/x')).toBe('mongodb://root:***@h:27017/x')
  })

  test('a server database is backed up with its own tools: backup and restore say which, and touch nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-backup-pg-'))
    // Nothing listens on port 1: the scripts must refuse before they try to connect.
    const env = { DATA_DIR: dir, DATABASE_URL: 'postgres://fenlei:pw@127.0.0.1:1/fenlei' }
    const backup = await runToExit('scripts/backup.ts', env)
    expect(backup.code).toBe(1)
    expect(backup.output).toContain('这是 PostgreSQL：请用 pg_dump')
    expect(backup.output).not.toContain('pw@')
    const restore = await runToExit('scripts/restore.ts', env, 90_000, [path.join(dir, 'x.zip')])
    expect(restore.code).toBe(1)
    expect(restore.output).toContain('pg_restore')
    expect(fs.readdirSync(dir)).toEqual([])
    expect(serverBackupAdvice('mongodb', 'backup')).toContain('mongodump')
  }, 60_000)
})

describe('MongoDB', () => {
  test('the adapter is built for a mongodb URL without connecting', () => {
    const adapter = buildDatabaseAdapter(
      { kind: 'mongodb', url: 'mongodb://127.0.0.1:1/fenlei?replicaSet=rs0' },
      { allowMongoWithoutTransactions: false },
    )
    expect(adapter.name).toBe('mongoose')
  })

  test('the startup check asks the connected server for its topology', async () => {
    const connectedTo = (hello: object) => ({
      db: { admin: () => ({ command: async (cmd: { hello: 1 }) => (cmd.hello === 1 ? hello : {}) }) },
    })
    await expect(checkMongoTopology(connectedTo({ isWritablePrimary: true }), false)).rejects.toThrow(/standalone/)
    await expect(checkMongoTopology(connectedTo({ setName: 'rs0' }), false)).resolves.toBeUndefined()
    await expect(checkMongoTopology(connectedTo({ isWritablePrimary: true }), true)).resolves.toBeUndefined()
  })

  test('transactions need a replica set or a sharded cluster', () => {
    expect(supportsTransactions({ setName: 'rs0', isWritablePrimary: true })).toBe(true)
    expect(supportsTransactions({ msg: 'isdbgrid' })).toBe(true)
    expect(supportsTransactions({ isWritablePrimary: true })).toBe(false)
  })

  test('a standalone server is refused at startup unless explicitly allowed', () => {
    expect(() => assertTransactionsSupported({ isWritablePrimary: true }, false)).toThrow(
      /standalone.*replicaSet.*MONGODB_ALLOW_NO_TRANSACTIONS/s,
    )
    expect(() => assertTransactionsSupported({ isWritablePrimary: true }, true)).not.toThrow()
    expect(() => assertTransactionsSupported({ setName: 'rs0' }, false)).not.toThrow()
  })
})

describe('environment and secret', () => {
  test('production without PAYLOAD_SECRET is a startup error', () => {
    const e = readEnv({ NODE_ENV: 'production' })
    expect(() => resolveSecret(e)).toThrow(/PAYLOAD_SECRET/)
  })

  test('development generates a secret once and keeps it in the data folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-env-'))
    const e = readEnv({ NODE_ENV: 'development', DATA_DIR: dir })
    const first = resolveSecret(e)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(e)).toBe(first)
    expect(fs.readFileSync(path.join(dir, '.payload-secret'), 'utf8')).toBe(first)
    fs.rmSync(dir, { recursive: true })
  })

  test('bad values are refused with the variable named', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => readEnv({ PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET/)
    expect(() => readEnv({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/)
  })
})

describe('WriteGate', () => {
  test('grants in arrival order, one at a time', async () => {
    const gate = new WriteGate()
    const order: number[] = []
    const first = await gate.acquire(1000)
    const waits = [1, 2, 3].map((n) =>
      gate.acquire(1000).then((release) => {
        order.push(n)
        release()
      }),
    )
    expect(gate.waiting).toBe(3)
    first()
    await Promise.all(waits)
    expect(order).toEqual([1, 2, 3])
  })

  test('a wait that outlives its timeout fails with a message that names the likely cause', async () => {
    const gate = new WriteGate()
    const held = await gate.acquire(1000)
    await expect(gate.acquire(20)).rejects.toThrow(/forgot to pass `req`/)
    expect(gate.waiting).toBe(0)
    held()
    const again = await gate.acquire(20)
    again()
  })
})
