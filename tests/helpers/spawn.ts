/**
 * Starts one of the app's own entry points as a child process, as `npm start` does (no terminal, a
 * session of its own), and waits for a line that says it is listening. No retry: a start that dies
 * silently is a failure to see, not to hide.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { scaled } from './slowness'

/**
 * As `npm start` runs them. `--conditions=production`: lexical's Node entry (`*.node.mjs`) picks its real
 * build with a top-level `await import()`, and on Node 20 loading those modules in a cycle hung now and
 * then — the process then ended with exit code 13 and no output (measured: half of the plain imports of
 * @payloadcms/richtext-lexical). The `production` condition selects the build directly.
 */
export const NODE_ARGS = ['--conditions=production', '--import', 'tsx']

export type Started = { child: ChildProcess; match: RegExpMatchArray; output: () => string }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function attempt(file: string, env: Record<string, string>, ready: RegExp, timeoutMs: number): Promise<Started> {
  let output = ''
  const child = spawn(process.execPath, [...NODE_ARGS, file], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    // No terminal, in a session of its own: as a service manager starts it.
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  return new Promise<Started>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer)
      if (child.exitCode === null) child.kill('SIGKILL')
      reject(new Error(`${file} ${why}:\n${output}`))
    }
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(ready)
      if (match) {
        clearTimeout(timer)
        resolve({ child, match, output: () => output })
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.on('exit', (code, signal) => fail(`exited (code ${code}, signal ${signal}) before it was ready`))
  })
}

export function startApp(
  file: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 90_000,
): Promise<Started> {
  return attempt(file, env, ready, scaled(timeoutMs))
}

/** Runs an entry point to its end (for starts that must refuse): exit code, output, and how long it took. */
export function runToExit(
  file: string,
  env: Record<string, string>,
  timeoutMs = 90_000,
  args: string[] = [],
): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now()
  timeoutMs = scaled(timeoutMs)
  let output = ''
  const child = spawn(process.execPath, [...NODE_ARGS, file, ...args], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${file} did not exit within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output, ms: Date.now() - started })
    })
  })
}
