/**
 * `/multiverse/vm/1`: operations on a VM, carried to the host that owns it. The answer carries
 * an error as data (its kind, name, message and hint), so the CLI on any host prints what the
 * owner said and exits as the owner's error deserves.
 */
import { ERROR_KINDS, LEASE_ID, MAX_VM_DEADLINE_MS, MAX_VM_WAIT_MS, VM_NAME, VM_STATES } from '@multiverse/domain'
import type { ErrorKind, VmState } from '@multiverse/domain'
import { decodeVersioned } from './codec.ts'
import { MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'
import { MESH_VERSION, clusterId } from './mesh.ts'

const wire = multiverse.v1
export const MAX_VM_REQUEST_BYTES = 4 << 10
export const MAX_VM_RESPONSE_BYTES = 16 << 10
export { MAX_VM_WAIT_MS }

export type VmOpName = 'create' | 'start' | 'stop' | 'destroy' | 'remove' | 'state'
const OPS: Record<VmOpName, number> = {
  create: wire.VmOp.VM_OP_CREATE,
  start: wire.VmOp.VM_OP_START,
  stop: wire.VmOp.VM_OP_STOP,
  destroy: wire.VmOp.VM_OP_DESTROY,
  remove: wire.VmOp.VM_OP_REMOVE,
  state: wire.VmOp.VM_OP_STATE
}

export interface VmRequest {
  clusterId: string
  op: VmOpName
  vm: string
  /** create: the lease the VM is made from. */
  leaseId: string
  /** create: start it too. */
  start: boolean
  /** stop: how long to wait for the guest (0 = the owner's default). */
  waitMs: number
  /** stop: hard stop when the guest ignores ACPI; remove: even while it runs. */
  force: boolean
  /** The caller's deadline for the owner's work, in ms from receipt; 0: the operation's default. */
  deadlineMs: number
}

/** An error's kind travels as the domain names it (packages/domain/src/error-kinds.ts). */
export type { ErrorKind }
export type VmResponse =
  | { ok: true, state: VmState | 'removed', /** state: the lease it was made from ('' none). */ leaseId?: string, /** state: an operation on it runs now. */ busy?: boolean }
  | { ok: false, kind: ErrorKind, name: string, message: string, hint: string }

export function encodeVmRequest (request: VmRequest): Uint8Array {
  return wire.VmRequest.encode({ version: MESH_VERSION, ...request, op: OPS[request.op] }).finish()
}

export function decodeVmRequest (bytes: Uint8Array): VmRequest {
  const name = 'VmRequest'
  const message = decodeVersioned(name, wire.VmRequest, bytes, MAX_VM_REQUEST_BYTES, MESH_VERSION)
  const bad = (field: string, problem: string): never => { throw new MalformedMessageError(name, `invalid at ${field}: ${problem}`) }
  const op = (Object.keys(OPS) as VmOpName[]).find((key) => OPS[key] === message.op) ?? bad('op', `unknown operation ${message.op}`)
  if (!VM_NAME.test(message.vm)) bad('vm', 'a VM name')
  if (op === 'create' && !LEASE_ID.test(message.leaseId)) bad('leaseId', 'a lease id (32 hex digits)')
  if (message.waitMs > MAX_VM_WAIT_MS) bad('waitMs', `at most ${MAX_VM_WAIT_MS}`)
  if (message.deadlineMs > MAX_VM_DEADLINE_MS) bad('deadlineMs', `at most ${MAX_VM_DEADLINE_MS}`)
  return {
    clusterId: clusterId(name, message.clusterId), op, vm: message.vm, leaseId: message.leaseId, start: message.start, waitMs: message.waitMs, force: message.force, deadlineMs: message.deadlineMs
  }
}

export function encodeVmResponse (response: VmResponse): Uint8Array {
  return wire.VmResponse.encode(response.ok
    ? { version: MESH_VERSION, state: response.state, leaseId: response.leaseId ?? '', busy: response.busy ?? false }
    : { version: MESH_VERSION, errorKind: response.kind, errorName: response.name, errorMessage: response.message, errorHint: response.hint }).finish()
}

export function decodeVmResponse (bytes: Uint8Array): VmResponse {
  const message = decodeVersioned('VmResponse', wire.VmResponse, bytes, MAX_VM_RESPONSE_BYTES, MESH_VERSION)
  if (message.errorKind === '') {
    const state = message.state as VmState | 'removed'
    if (state !== 'removed' && !VM_STATES.includes(state)) throw new MalformedMessageError('VmResponse', `invalid at state: ${JSON.stringify(message.state.slice(0, 20))}`)
    if (message.leaseId !== '' && !LEASE_ID.test(message.leaseId)) throw new MalformedMessageError('VmResponse', 'invalid at leaseId: a lease id (32 hex digits)')
    return { ok: true, state, leaseId: message.leaseId, busy: message.busy }
  }
  // An owner of a newer version may know a kind this one does not: a fault, as anything unknown.
  const kind = ERROR_KINDS.find((k) => k === message.errorKind) ?? 'fault'
  return { ok: false, kind, name: message.errorName.slice(0, 64), message: message.errorMessage.slice(0, 2000), hint: message.errorHint.slice(0, 1000) }
}
