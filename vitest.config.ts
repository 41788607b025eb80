import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.spec.ts', 'test/**/*.spec.ts'],
    // Generated sysfs trees hold link cycles, as real ones do: never walk into them.
    exclude: ['**/node_modules/**', '.fixtures/**', 'test/fixtures/generated/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
