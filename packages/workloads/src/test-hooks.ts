/**
 * Test hooks the agent reads from its environment, for tests that kill it at a chosen point:
 * `MULTIVERSE_TEST_STOP_CREATE_AT=POINT` (a CreatePoint) makes every `vm create` on this host
 * stop there for good, as if the agent were killed at that instant, and
 * `MULTIVERSE_TEST_STOP_MIGRATE_AT=POINT` (a MigrationPoint: `source:transfer`,
 * `target:verified`...) does the same to every migration this host takes part in; the test then
 * kills the agent for real and starts it again. Unset in production: no hook, nothing waits.
 */
import { UsageError } from '@multiverse/domain'
import { MIGRATION_POINTS } from '@multiverse/migration'
import type { MigrationPoint } from '@multiverse/migration'
import type { Logger } from 'pino'
import { CREATE_POINTS } from './vm-create.ts'
import type { CreatePoint } from './vm-create.ts'

export function createStopHook (env: NodeJS.ProcessEnv, log: Logger): { at?: (point: CreatePoint) => Promise<void> } {
  return stopHook(env, 'MULTIVERSE_TEST_STOP_CREATE_AT', CREATE_POINTS, 'vm create', log)
}

export function migrateStopHook (env: NodeJS.ProcessEnv, log: Logger): { at?: (point: MigrationPoint) => Promise<void> } {
  return stopHook(env, 'MULTIVERSE_TEST_STOP_MIGRATE_AT', MIGRATION_POINTS, 'a migration', log)
}

function stopHook<P extends string> (env: NodeJS.ProcessEnv, variable: string, points: readonly P[], what: string, log: Logger): { at?: (point: P) => Promise<void> } {
  const wanted = env[variable]
  if (wanted === undefined || wanted === '') return {}
  if (!(points as readonly string[]).includes(wanted)) {
    throw new UsageError(`${variable}=${wanted}: not a point of ${what}`, { hint: `one of ${points.join(', ')}` })
  }
  return {
    at: async (point) => {
      if (point !== wanted) return
      log.warn({ point }, `test hook: ${what} stops here for good`)
      await new Promise<never>(() => {})
    }
  }
}
