/**
 * Starts one of the app's own entry points (`node --import tsx <file>`) as a child process and
 * waits for a line that says it is listening. A start that produces nothing is retried once:
 * on these 2-core machines a TypeScript child started while the parent is busy has, rarely,
 * printed nothing at all; the second attempt shows whether it was that or a real failure.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type Started = { child: ChildProcess; match: RegExpMatchArray; output: () => string }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function attempt(file: string, env: Record<string, string>, ready: RegExp, timeoutMs: number): Promise<Started> {
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
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

export async function startApp(
  file: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 90_000,
): Promise<Started> {
  try {
    return await attempt(file, env, ready, timeoutMs)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    console.warn(`first start failed, retrying once: ${message}`)
    return attempt(file, env, ready, timeoutMs)
  }
}

/** Runs an entry point to its end (for starts that must refuse): exit code, output, and how long it took. */
export function runToExit(
  file: string,
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now()
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
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
