/**
 * Errors across the mesh: an owner's error travels as data (kind, name, message, hint) and is
 * rebuilt on the caller's side as the same kind of error, so the CLI on any host exits as if
 * the owner were local.
 */
import { RemoteFaultError, errorKind, errorOfKind } from '@multiverse/domain'
import type { VmResponse } from '@multiverse/wire'

/** The owner failed at something (libvirt, the disk, sysfs): another host's fault, exit code 1. */
export class VmOperationError extends RemoteFaultError {
  constructor (name: string, message: string, hint: string | undefined) {
    super(message, { hint })
    this.name = name
  }
}

export function errorResponse (error: unknown): Extract<VmResponse, { ok: false }> {
  const e = error as Error & { hint?: string }
  return { ok: false, kind: errorKind(error), name: e.name, message: e.message, hint: e.hint ?? '' }
}

/** The owner's error as the caller throws it, its message prefixed with the owner's name. */
export function errorFromResponse (response: Extract<VmResponse, { ok: false }>, owner: string): Error {
  const hint = response.hint === '' ? undefined : response.hint
  const error = errorOfKind(response.kind, `${owner}: ${response.message}`, hint, (message, h) => new VmOperationError(response.name, message, h))
  error.name = response.name
  return error
}
