/**
 * The admin built at install (issue 21, cold start): `npm install` runs `next build` once (postinstall, about 90 s
 * here), and a development `npm start` serves that build instead of compiling the admin on its first visit — as
 * long as the sources are the ones it was built from. The stamp beside the build holds a fingerprint of every source
 * file the build reads; an edit changes it, and the next start compiles on the fly as before.
 *
 * Plain JavaScript: the install step and the test sequencer (tests/helpers/sequencer.js) run it without tsx.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Top-level entries the Next build never reads (or writes itself). */
const NOT_SOURCES = new Set([
  'node_modules',
  '.next',
  '.git',
  '.ci',
  'data',
  'coverage',
  'tests',
  'bench',
  'scripts',
  'server.ts',
  'next-env.d.ts',
])

const STAMP = path.join('.next', 'fenlei-prebuilt.json')

/** What git ignores (.gitignore: names and `*.ext`) is made by the tools, never a source: test-results, data, … */
function ignored(root) {
  let lines = []
  try {
    lines = fs.readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')
  } catch {
    // No .gitignore (an unpacked archive): the list above is all there is.
  }
  const names = new Set()
  const suffixes = []
  for (const raw of lines) {
    const line = raw.trim().replace(/^\//, '').replace(/\/$/, '')
    if (!line || line.startsWith('#') || line.startsWith('!')) continue
    if (/^\*\.[^*/]+$/.test(line)) suffixes.push(line.slice(1))
    else if (!/[*/]/.test(line)) names.add(line)
  }
  return { names, suffixes }
}

/** sha256 over the path and content of every source file, in a fixed order (~12 MB here: tens of milliseconds). */
export function sourceFingerprint(root) {
  const { names, suffixes } = ignored(root)
  const hash = crypto.createHash('sha256')
  const walk = (rel) => {
    const entries = fs
      .readdirSync(path.join(root, rel), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (suffixes.some((s) => entry.name.endsWith(s))) continue
      if (
        !rel &&
        (NOT_SOURCES.has(entry.name) ||
          names.has(entry.name) ||
          entry.name.startsWith('.') ||
          entry.name.endsWith('.md'))
      )
        continue
      const p = rel ? `${rel}/${entry.name}` : entry.name
      // A symbolic link counts as what it points to.
      const stat = entry.isSymbolicLink() ? fs.statSync(path.join(root, p), { throwIfNoEntry: false }) : entry
      if (stat?.isDirectory()) walk(p)
      else if (stat?.isFile())
        hash
          .update(`${p}\0`)
          .update(fs.readFileSync(path.join(root, p)))
          .update('\0')
    }
  }
  walk('')
  return hash.digest('hex')
}

/** Whether `.next` holds a complete production build of exactly these sources. */
export function prebuiltIsCurrent(root) {
  try {
    if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return false
    const stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8'))
    return stamp.fingerprint === sourceFingerprint(root)
  } catch {
    return false
  }
}

/** Whether `.next` holds a build this file did not stamp (the operator's own `npm run build`). */
export function unstampedBuild(root) {
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && !fs.existsSync(path.join(root, STAMP))
}

/** Recorded after a build that succeeded, with the fingerprint taken before it started. */
export function writeStamp(root, fingerprint) {
  fs.writeFileSync(path.join(root, STAMP), JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }) + '\n')
}

/** Forgotten before a build starts: a build that stops half-way leaves no stamp behind. */
export function removeStamp(root) {
  fs.rmSync(path.join(root, STAMP), { force: true })
}

/** The environment of a production `next build` of the admin (the install's, the test run's, the browser suite's). */
export function nextBuildEnv() {
  return {
    ...process.env,
    NODE_OPTIONS: '',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    // `npm run lint` type-checks the same code; a build for serving need not again.
    FENLEI_SKIP_BUILD_TYPECHECK: '1',
  }
}
