import { RefusedError, UsageError } from '@multiverse/domain'

/** Distinct exit codes: scripts tell a mistake of theirs from a refusal from a fault. */
export const EXIT = {
  ok: 0,
  /** Something broke: a bug, an unreadable root, a daemon that is down. */
  fault: 1,
  /** The command line or an input file was wrong; the message says what to change. */
  usage: 2,
  /** The request was understood and refused (no host fits, not a member...). */
  refused: 3
} as const

/** The one place that turns an error into what the user reads and the code the shell sees. */
export function reportError (error: unknown, write: (line: string) => void): number {
  if (error instanceof UsageError) {
    write(`multiverse: ${error.message}`)
    if (error.hint !== undefined) write(`  ${error.hint}`)
    return EXIT.usage
  }
  if (error instanceof RefusedError) {
    write(`multiverse: ${error.message}`)
    if (error.hint !== undefined) write(`  ${error.hint}`)
    return EXIT.refused
  }
  const cause = error as Error & { hint?: string }
  write(`multiverse: ${cause.message ?? String(error)}`)
  if (cause.hint !== undefined) write(`  ${cause.hint}`)
  else if (cause.cause instanceof Error) write(`  cause: ${cause.cause.message}`)
  return EXIT.fault
}
