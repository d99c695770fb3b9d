/** Jest runs TypeScript as native ESM through SWC (see ../shared/PAYLOAD-NOTES.md). */
export default {
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
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/helpers/env.ts'],
  testTimeout: 120000,
  // One suite per core: each boots its own Payload on its own temporary database; the CPU is the limit.
  maxWorkers: 2,
  // The browser suite first, its build started at the beginning (see the file).
  testSequencer: '<rootDir>/tests/helpers/sequencer.js',
}
