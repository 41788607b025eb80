import { EXIT_CODES, errorKind } from '@multiverse/domain'

/**
 * Distinct exit codes, by the error's kind (packages/domain/src/error-kinds.ts): fault 1 (a bug,
 * an unreadable root, a daemon that is down), usage 2 (the command line or an input file was
 * wrong), refused 3 (understood and refused: no host fits, not a member...).
 */
export const EXIT = { ok: 0, ...EXIT_CODES } as const

/** The one place that turns an error into what the user reads and the code the shell sees. */
export function reportError (error: unknown, write: (line: string) => void): number {
  const kind = errorKind(error)
  const e = error as Error & { hint?: string }
  write(`multiverse: ${e.message ?? String(error)}`)
  if (e.hint !== undefined) write(`  ${e.hint}`)
  // A usage error or a refusal says all the user needs; a fault's cause may be what broke.
  else if (kind === 'fault' && e.cause instanceof Error) write(`  cause: ${e.cause.message}`)
  return EXIT[kind]
}
