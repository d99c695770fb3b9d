/**
 * Jest runs TypeScript as native ESM through SWC (see ../shared/PAYLOAD-NOTES.md), in two projects:
 * - `sqlite`: every suite, each file on a fresh temporary SQLite file (the embedded default);
 * - `postgres`: the database-facing suites again, each file on a fresh database of one throw-away PostgreSQL
 *   cluster started for the run (tests/helpers/postgres-global.ts; Debian's `postgresql`, installed by .ci/run).
 */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
  // Every timeout scaled by the run's slowness factor, measured at the start (tests/helpers/slowness.ts).
  setupFilesAfterEnv: ['<rootDir>/tests/helpers/timeouts.ts'],
}

/** The suites that run on both engines: the ones whose work is the database's (points, bridge, transactions, …). */
export const POSTGRES_SUITES = ['points', 'bridge', 'concurrency', 'figures', 'assessment', 'imports', 'postgres']

export default {
  projects: [
    {
      ...common,
      displayName: 'sqlite',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/postgres\\.test\\.ts$'],
      setupFiles: ['<rootDir>/tests/helpers/env.ts'],
    },
    {
      ...common,
      displayName: 'postgres',
      testMatch: POSTGRES_SUITES.map((name) => `<rootDir>/tests/${name}.test.ts`),
      setupFiles: ['<rootDir>/tests/helpers/env.ts', '<rootDir>/tests/helpers/env-postgres.ts'],
      globalSetup: '<rootDir>/tests/helpers/postgres-global.ts',
      globalTeardown: '<rootDir>/tests/helpers/postgres-teardown.ts',
    },
  ],
  testTimeout: 120000,
  // One suite per core: each boots its own Payload on its own temporary database; the CPU is the limit.
  maxWorkers: 2,
  // The browser suite first, its build started at the beginning (see the file).
  testSequencer: '<rootDir>/tests/helpers/sequencer.js',
}
