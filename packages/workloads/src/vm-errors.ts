/**
 * Errors across the mesh: an owner's error travels as data (kind, name, message, hint) and is
 * rebuilt on the caller's side as the same kind of error, so the CLI on any host exits as if
 * the owner were local.
 */
import { FaultError, RefusedError, UsageError } from '@multiverse/domain'
import type { ErrorKind, VmResponse } from '@multiverse/wire'

/** The owner failed at something (libvirt, the disk, sysfs): a fault, exit code 1. */
export class VmOperationError extends FaultError {
  constructor (name: string, message: string, hint: string | undefined) {
    super(message, { hint })
    this.name = name
  }
}

export function errorResponse (error: unknown): Extract<VmResponse, { ok: false }> {
  const e = error as Error & { hint?: string }
  const kind: ErrorKind = e instanceof UsageError ? 'usage' : e instanceof RefusedError ? 'refused' : 'fault'
  return { ok: false, kind, name: e.name, message: e.message, hint: e.hint ?? '' }
}

/** The owner's error as the caller throws it, its message prefixed with the owner's name. */
export function errorFromResponse (response: Extract<VmResponse, { ok: false }>, owner: string): Error {
  const hint = response.hint === '' ? undefined : response.hint
  const message = `${owner}: ${response.message}`
  const error = response.kind === 'usage'
    ? new UsageError(message, { hint })
    : response.kind === 'refused' ? new RefusedError(message, { hint }) : new VmOperationError(response.name, message, hint)
  error.name = response.name
  return error
}
