/**
 * Every admin component the config names is in the committed import map: a component added without
 * `npm run generate:importmap` renders as nothing in the admin (found twice by the browser tests).
 */
import fs from 'node:fs'
import path from 'node:path'

test('the import map holds every component the config names', async () => {
  const { default: configPromise } = await import('../payload.config')
  const config = await configPromise
  const named = new Set<string>()
  const seen = new WeakSet<object>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/^\/app\/\(payload\)\/components\/[\w/]+#\w+$/.test(value)) named.add(value)
      return
    }
    if (!value || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    for (const v of Object.values(value)) walk(v)
  }
  walk([config.collections, config.globals, config.admin])
  const map = fs.readFileSync(path.resolve('app/(payload)/admin/importMap.js'), 'utf8')
  expect(named.size).toBeGreaterThan(10)
  expect([...named].filter((key) => !map.includes(`"${key}"`))).toEqual([])
})
