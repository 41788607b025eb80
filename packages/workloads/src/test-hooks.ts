/**
 * Test hooks the agent reads from its environment, for tests that kill it at a chosen point:
 * `MULTIVERSE_TEST_STOP_CREATE_AT=POINT` (a CreatePoint) makes every `vm create` on this host
 * stop there for good, as if the agent were killed at that instant; the test then kills it for
 * real and starts it again. Unset in production: no hook, nothing waits.
 */
import { UsageError } from '@multiverse/domain'
import type { Logger } from 'pino'
import { CREATE_POINTS } from './vm-create.ts'
import type { CreatePoint } from './vm-create.ts'

export function createStopHook (env: NodeJS.ProcessEnv, log: Logger): { at?: (point: CreatePoint) => Promise<void> } {
  const wanted = env.MULTIVERSE_TEST_STOP_CREATE_AT
  if (wanted === undefined || wanted === '') return {}
  if (!(CREATE_POINTS as readonly string[]).includes(wanted)) {
    throw new UsageError(`MULTIVERSE_TEST_STOP_CREATE_AT=${wanted}: not a point of vm create`, { hint: `one of ${CREATE_POINTS.join(', ')}` })
  }
  return {
    at: async (point) => {
      if (point !== wanted) return
      log.warn({ point }, 'test hook: vm create stops here for good')
      await new Promise<never>(() => {})
    }
  }
}
