/**
 * ESLint: Next's recommended rules (core web vitals) and its TypeScript rules, over the whole project, and the house's
 * layering, so that the next change cannot undo it:
 *   - rules (`domain/`) are pure: they import only other rules and the shared folder's pure pieces;
 *   - the shared folder (`shared/`) imports no area, hook, job, plugin, the bridge or the app;
 *   - an area (`collections/<area>/`, with its jobs in `jobs/<area>/`) reaches another area only through that area's
 *     `index.ts`.
 */
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const AREAS = [
  'places',
  'points',
  'devices',
  'countryside',
  'assessment',
  'publicity',
  'operations',
  'metrics',
  'system',
]
const APP = ['collections', 'hooks', 'jobs', 'plugins', 'device-bridge', 'app', 'seed', 'scripts', 'bench', 'tests']

const layering = [
  ...['domain'].map((target) => ({
    target: `./${target}`,
    from: [...APP, 'db', 'config', 'server.ts', 'payload.config.ts'].map((f) => `./${f}`),
    message: 'Rules are pure functions: a rule imports other rules and shared/ only, never the database or an area.',
  })),
  {
    target: './shared',
    from: APP.map((f) => `./${f}`),
    message: 'shared/ is imported by every area and imports none of them.',
  },
  ...AREAS.flatMap((area) =>
    AREAS.filter((other) => other !== area).map((other) => ({
      target: [`./collections/${area}`, `./jobs/${area}`],
      from: `./collections/${other}`,
      except: ['./index.ts'],
      message: `Areas talk through their index.ts: import from collections/${other} itself, not its inside.`,
    })),
  ),
]

export default [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      'migrations/**',
      'payload-types.ts',
      'next-env.d.ts',
      'app/(payload)/admin/importMap.js',
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The project's modules are ESM; Next's default-export rule for configs does not apply.
      'import/no-anonymous-default-export': 'off',
      'import/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layering }],
    },
  },
]
