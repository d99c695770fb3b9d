/**
 * The admin built at install is served only while it is a build of the sources as they are (scripts/prebuilt.mjs):
 * an edit to anything the build reads makes it stale; what the tools write (test results, data, the build itself)
 * and what the build never reads (tests, benchmarks, scripts) do not.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { prebuiltIsCurrent, removeStamp, sourceFingerprint, writeStamp } from '../scripts/prebuilt.mjs'

let root = ''
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), text)
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlei-prebuilt-'))
  write('.gitignore', 'node_modules/\n.next/\ndata/\n*.tsbuildinfo\ntest-results/\n/tmp/\n')
  write('collections/points/Cards/config.ts', 'export const a = 1\n')
  write('payload.config.ts', 'export default {}\n')
  write('.next/BUILD_ID', 'abc\n')
  writeStamp(root, sourceFingerprint(root))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

test('a build of exactly these sources is current', () => {
  expect(prebuiltIsCurrent(root)).toBe(true)
})

test('an edit, a new source file or a removed one makes it stale', () => {
  write('collections/points/Cards/config.ts', 'export const a = 2\n')
  expect(prebuiltIsCurrent(root)).toBe(false)
  write('collections/points/Cards/config.ts', 'export const a = 1\n')
  expect(prebuiltIsCurrent(root)).toBe(true)
  write('domain/points/rule.ts', 'export {}\n')
  expect(prebuiltIsCurrent(root)).toBe(false)
  fs.rmSync(path.join(root, 'domain'), { recursive: true })
  fs.rmSync(path.join(root, 'payload.config.ts'))
  expect(prebuiltIsCurrent(root)).toBe(false)
})

test('what the tools write and what the build never reads leave it current', () => {
  write('test-results/screenshots/a.png', 'png')
  write('data/fenlei.db', 'db')
  write('tsconfig.tsbuildinfo', '{}')
  write('tests/new.test.ts', 'test')
  write('bench/new.ts', 'bench')
  write('README.md', 'docs')
  write('.next/server/chunk.js', 'built')
  expect(prebuiltIsCurrent(root)).toBe(true)
})

test('no build, a half-made one (no stamp) or an unreadable stamp is not current', () => {
  removeStamp(root)
  expect(prebuiltIsCurrent(root)).toBe(false)
  writeStamp(root, sourceFingerprint(root))
  fs.rmSync(path.join(root, '.next', 'BUILD_ID'))
  expect(prebuiltIsCurrent(root)).toBe(false)
  write('.next/BUILD_ID', 'abc\n')
  write('.next/fenlei-prebuilt.json', '{not json')
  expect(prebuiltIsCurrent(root)).toBe(false)
})
