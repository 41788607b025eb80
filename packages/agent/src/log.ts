import { pino } from 'pino'
import type { Logger } from 'pino'

export type { Logger }

/** Structured lines on stdout (journald keeps them); one logger per agent, children per part. */
export function createLogger (name: string, level = process.env.MULTIVERSE_LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level, base: { host: name } })
}
