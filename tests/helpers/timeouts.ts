/**
 * jest `setupFilesAfterEnv`: every timeout of a test file scaled by the run's slowness factor
 * (tests/helpers/slowness.ts) — the default one, and each one written beside a test or a hook.
 */
import { jest } from '@jest/globals'

import { scaled } from './slowness'

jest.setTimeout(scaled(120_000))

/** A jest global as seen here: a function whose last argument may be a timeout, with its variants as properties. */
type Global = ((...args: unknown[]) => unknown) & { [form: string]: Global | undefined }
const g = globalThis as unknown as Record<string, Global | undefined>

/** The same function, with a numeric argument in position `at` (the timeout) scaled. */
const scaling =
  (f: Global, at: number) =>
  (...args: unknown[]) =>
    f(...args.map((a, i) => (i === at && typeof a === 'number' ? scaled(a) : a)))

// Hooks: (fn, timeout).
for (const name of ['beforeAll', 'afterAll', 'beforeEach', 'afterEach']) {
  const original = g[name]
  if (original) g[name] = scaling(original, 1) as Global
}
// Tests: (name, fn, timeout), and their .only / .failing / .concurrent forms; .each, .skip and .todo as they are.
for (const name of ['test', 'it']) {
  const original = g[name]
  if (!original) continue
  const wrapped = Object.assign(scaling(original, 2), original) as Global
  for (const form of ['only', 'failing', 'concurrent']) {
    const variant = original[form]
    if (variant) wrapped[form] = scaling(variant, 2) as Global
  }
  g[name] = wrapped
}
