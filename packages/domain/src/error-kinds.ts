/**
 * The one place that says what kind an error is: the request was wrong (usage), understood and
 * refused (refused), or something broke (fault), and what each kind becomes at every edge: the
 * CLI's exit code, the control socket's HTTP status, the `kind` of an error carried as data over
 * the mesh (docs/architecture.md §8, §10, §11). The kind is the error's class: a condition is
 * one class, under UsageError, RefusedError or anything else (a fault).
 */
import { FaultError, RefusedError, RemoteFaultError, UsageError } from './errors.ts'
import type { HintedError } from './errors.ts'

export type ErrorKind = 'usage' | 'refused' | 'fault'
export const ERROR_KINDS: readonly ErrorKind[] = ['usage', 'refused', 'fault']

export function errorKind (error: unknown): ErrorKind {
  if (error instanceof UsageError) return 'usage'
  if (error instanceof RefusedError) return 'refused'
  return 'fault'
}

/** What `multiverse` exits with: scripts tell a mistake of theirs from a refusal from a fault. */
export const EXIT_CODES = { fault: 1, usage: 2, refused: 3 } as const satisfies Record<ErrorKind, number>

/** The control socket's status for each kind: whose fault (a fault is this agent's, 500). */
export const HTTP_STATUSES = { usage: 400, refused: 409, fault: 500 } as const satisfies Record<ErrorKind, number>
/** The control socket's status for another host's fault (RemoteFaultError): the VM's owner failed. */
export const REMOTE_FAULT_STATUS = 502

export function httpStatus (error: unknown): number {
  return error instanceof RemoteFaultError ? REMOTE_FAULT_STATUS : HTTP_STATUSES[errorKind(error)]
}

/** The kind a control socket's status says (any status that is not 400 or 409 is a fault). */
export function kindOfStatus (status: number): ErrorKind {
  return ERROR_KINDS.find((kind) => HTTP_STATUSES[kind] === status) ?? 'fault'
}

/**
 * An error another process reported as data (its kind, message and hint), rebuilt as its kind's
 * class, so that this process reports it, and exits, as that process would have; `fault` makes
 * the fault, whose class says whose it was.
 */
export function errorOfKind (kind: ErrorKind, message: string, hint: string | undefined, fault: (message: string, hint: string | undefined) => FaultError): HintedError {
  if (kind === 'usage') return new UsageError(message, { hint })
  if (kind === 'refused') return new RefusedError(message, { hint })
  return fault(message, hint)
}
