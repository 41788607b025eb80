// One linter for the whole tree: neostandard (the standard style the code follows, with
// TypeScript), import cycles and oversized files as errors (docs/architecture.md §11).
import neostandard from 'neostandard'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'

export default [
  { ignores: ['dist/**', '.fixtures/**', 'test/fixtures/generated/**', 'packages/wire/src/generated/**'] },
  ...neostandard({ ts: true }),
  {
    files: ['**/*.ts', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })]
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      // The code writes short objects on one line and long ones wrapped at the page width.
      '@stylistic/object-property-newline': 'off',
      '@stylistic/object-curly-newline': 'off',
      // `void promise` marks a promise deliberately not awaited (its errors handled inside).
      'no-void': ['error', { allowAsStatement: true }],
      // Validation of names, paths and XML text rejects control characters on purpose.
      'no-control-regex': 'off',
      // Promise callbacks are named for what they do where `resolve` would mislead (node:path's).
      'promise/param-names': 'off',
      // A closure made before its value exists (the agent's wiring) reads it once it does.
      'prefer-const': ['error', { destructuring: 'all', ignoreReadBeforeAssign: true }]
    }
  }
]
