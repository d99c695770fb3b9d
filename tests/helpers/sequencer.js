/**
 * Test order, and the browser suite's build started early. Jest runs two suites at a time (jest.config.js, one per
 * core). When a run includes tests/admin.test.ts with other suites, the production build of the site (`next build`,
 * one to two minutes) starts in the background now and the browser suite, the longest, goes first: it waits for
 * the build on one worker while the other works through the remaining suites, then runs beside them. The
 * development-server suite comes after the suites that boot Payload in-process, once the build has left the
 * cores (measured: beside the build's start it once took over 90 s to print its banner). FENLEI_NEXT_BUILD names
 * the folder where the build's log and exit code land.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Sequencer from '@jest/test-sequencer'

import { nextBuildEnv, prebuiltIsCurrent, removeStamp, sourceFingerprint, writeStamp } from '../../scripts/prebuilt.mjs'

const Base = Sequencer.default ?? Sequencer
const BROWSER = /[/\\]tests[/\\]admin\.test\.ts$/
const DEV_SERVER = /[/\\]tests[/\\]server\.test\.ts$/

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

function startBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-next-build-'))
  if (prebuiltIsCurrent(ROOT)) {
    // `npm ci` built these very sources (scripts/prebuild.mjs, postinstall): the browser suite serves that build.
    fs.writeFileSync(path.join(dir, 'build.log'), 'prebuilt at install: .next matches the sources\n')
    fs.writeFileSync(path.join(dir, 'exit'), '0')
    process.env.FENLEI_NEXT_BUILD = dir
    return
  }
  const log = fs.openSync(path.join(dir, 'build.log'), 'w')
  // The build is the run's critical path (the browser suite waits for it; the other suites have time to spare):
  // run as root, as CI does, it gets a higher priority (`nice -n -10`); anyone else runs it at the usual priority
  // (nice says it cannot and runs it anyway).
  const child = spawn('nice', ['-n', '-10', process.execPath, 'node_modules/next/dist/bin/next', 'build'], {
    cwd: ROOT,
    env: nextBuildEnv(),
    stdio: ['ignore', log, log],
  })
  // Stamped as the install's build is, so the next `npm start` serves it too (scripts/prebuilt.mjs).
  const fingerprint = sourceFingerprint(ROOT)
  removeStamp(ROOT)
  child.on('exit', (code) => {
    if (code === 0) writeStamp(ROOT, fingerprint)
    fs.writeFileSync(path.join(dir, 'exit'), String(code ?? 1))
  })
  // A run that ends early (a failure, Ctrl-C) does not leave the build running.
  process.on('exit', () => child.exitCode === null && child.kill('SIGKILL'))
  process.env.FENLEI_NEXT_BUILD = dir
}

/**
 * The run's slowness factor (tests/helpers/slowness.ts), measured here before the workers start (they inherit the
 * environment): a fixed piece of CPU work — hashing and sorting, about 95 ms on the reference machine (2 cores,
 * idle) — timed five times, the median against the reference. Both cores busy beside the run: about 1.8.
 */
const REFERENCE_MS = 95
function measureSlowness() {
  if (process.env.FENLEI_TEST_SLOWNESS) return
  const once = () => {
    const started = performance.now()
    let h = Buffer.alloc(32)
    for (let i = 0; i < 60_000; i++) h = crypto.createHash('sha256').update(h).digest()
    const rows = []
    for (let i = 0; i < 200_000; i++) rows.push({ i, s: String(i) })
    rows.sort((a, b) => b.i - a.i)
    return performance.now() - started
  }
  const times = Array.from({ length: 5 }, once).sort((a, b) => a - b)
  const factor = Math.min(10, Math.max(1, times[2] / REFERENCE_MS))
  process.env.FENLEI_TEST_SLOWNESS = factor.toFixed(2)
  if (factor > 1.2) process.stderr.write(`This machine is slow now: every timeout is scaled by ${factor.toFixed(2)}.\n`)
}

/**
 * The run's folder for the seeded demo district that several files start from (tests/helpers/seeded.ts): the first
 * file that needs it seeds it, the others copy it. Removed when the run ends.
 */
function seedTemplateFolder() {
  if (process.env.FENLEI_SEED_TEMPLATE) return
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-seed-template-'))
  process.env.FENLEI_SEED_TEMPLATE = dir
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
}

export default class BrowserSuiteLast extends Base {
  async sort(tests) {
    measureSlowness()
    seedTemplateFolder()
    const sorted = await super.sort(tests)
    const browser = sorted.filter((t) => BROWSER.test(t.path))
    if (!browser.length || browser.length === sorted.length || process.env.E2E_BASE) return sorted
    startBuild()
    const rest = sorted.filter((t) => !BROWSER.test(t.path) && !DEV_SERVER.test(t.path))
    const server = sorted.filter((t) => DEV_SERVER.test(t.path))
    // After the first few (about the build's length of work), the development server; then the rest.
    return [...browser, ...rest.slice(0, 5), ...server, ...rest.slice(5)]
  }
}
