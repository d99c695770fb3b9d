/**
 * Runs after tests/helpers/env.ts in the `postgres` project: the file's database is a fresh one in the run's cluster
 * (tests/helpers/postgres-global.ts); Payload's adapter creates it on connect and the schema is pushed, as on SQLite.
 */
import crypto from 'node:crypto'

const base = process.env.FENLEI_TEST_POSTGRES
if (!base)
  throw new Error('The postgres test project runs with its globalSetup (jest.config.js): no cluster was started.')
process.env.DATABASE_URL = `${base}t_${crypto.randomBytes(6).toString('hex')}`
process.env.FENLEI_TEST_ENGINE = 'postgres'
