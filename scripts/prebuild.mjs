/**
 * postinstall: build the admin once so the first `npm start` serves it at once (scripts/prebuilt.mjs). Never fails
 * the install: without a build the server compiles on the fly, as before. FENLEI_PREBUILD=false skips it, and so do a
 * production install (NODE_ENV=production) and a `.next` holding a build of the operator's own.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  nextBuildEnv,
  prebuiltIsCurrent,
  removeStamp,
  sourceFingerprint,
  unstampedBuild,
  writeStamp,
} from './prebuilt.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (process.env.NODE_ENV === 'production') {
  // A production install builds when its operator says (`npm run build`), and a running server's .next stays put.
  console.log('NODE_ENV=production: the admin is not built at install; run `npm run build`.')
} else if (unstampedBuild(root)) {
  console.log('分类 Fenlei: .next holds a build of your own (`npm run build`); not building over it.')
} else if (process.env.FENLEI_PREBUILD === 'false') {
  console.log('FENLEI_PREBUILD=false: the admin is not built now; npm start compiles it on its first visit.')
} else if (prebuiltIsCurrent(root)) {
  console.log('分类 Fenlei: the admin built earlier is current; not building again.')
} else {
  console.log(
    '分类 Fenlei: building the admin once (next build, about a minute and a half) so npm start serves it at once…',
  )
  const fingerprint = sourceFingerprint(root)
  removeStamp(root)
  const started = Date.now()
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: nextBuildEnv(),
  })
  if (build.status === 0) {
    writeStamp(root, fingerprint)
    console.log(`分类 Fenlei: admin built in ${Math.round((Date.now() - started) / 1000)} s.`)
  } else {
    console.warn(
      '分类 Fenlei: the admin could not be built now (see above); npm start will compile it on its first visit instead.',
    )
  }
}
