/** ESLint: Next's recommended rules (core web vitals) and its TypeScript rules, over the whole project. */
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

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
    },
  },
]
