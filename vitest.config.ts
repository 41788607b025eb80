import { defineConfig } from 'vitest/config'

/**
 * Tests that take the machine itself (the network-namespace lab, private libvirtds, booting
 * guests) run one file at a time and after everything else: on a 2-core machine they would
 * otherwise starve each other's timers (suspect after 3 s, dead after 10 s) and collide on
 * namespace names.
 */
const MACHINE = ['test/lab*.spec.ts', 'test/guest/**/*.spec.ts', '**/*.libvirt.spec.ts']

export default defineConfig({
  test: {
    // Generated sysfs trees hold link cycles, as real ones do: never walk into them.
    exclude: ['**/node_modules/**', '.fixtures/**', 'test/fixtures/generated/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.spec.ts', 'test/**/*.spec.ts'],
          exclude: ['**/node_modules/**', '.fixtures/**', 'test/fixtures/generated/**', ...MACHINE],
          sequence: { groupOrder: 0 }
        }
      },
      {
        extends: true,
        test: {
          name: 'machine',
          include: MACHINE,
          fileParallelism: false,
          sequence: { groupOrder: 1 }
        }
      }
    ]
  }
})
