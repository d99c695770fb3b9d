/**
 * Test order, and the browser suite's build started early. When a run includes tests/admin.test.ts with other
 * suites, the production build of the site (`next build`, about a minute) starts in the background now and the
 * browser suite runs last, waiting for it: the build overlaps the other suites on the second core instead of
 * adding its minute to the run. FENLEI_NEXT_BUILD names the folder where its log and exit code land.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Sequencer from '@jest/test-sequencer'

const Base = Sequencer.default ?? Sequencer
const BROWSER = /[/\\]tests[/\\]admin\.test\.ts$/

function startBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-next-build-'))
  const log = fs.openSync(path.join(dir, 'build.log'), 'w')
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..'),
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      FENLEI_SKIP_BUILD_TYPECHECK: '1',
    },
    stdio: ['ignore', log, log],
  })
  child.on('exit', (code) => fs.writeFileSync(path.join(dir, 'exit'), String(code ?? 1)))
  // A run that ends early (a failure, Ctrl-C) does not leave the build running.
  process.on('exit', () => child.exitCode === null && child.kill('SIGKILL'))
  process.env.FENLEI_NEXT_BUILD = dir
}

export default class BrowserSuiteLast extends Base {
  async sort(tests) {
    const sorted = await super.sort(tests)
    const browser = sorted.filter((t) => BROWSER.test(t.path))
    if (!browser.length || browser.length === sorted.length || process.env.E2E_BASE) return sorted
    startBuild()
    return [...sorted.filter((t) => !BROWSER.test(t.path)), ...browser]
  }
}
