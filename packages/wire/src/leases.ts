/**
 * `/multiverse/reserve/1`: a planner asks the target host to hold resources for a VM, and the
 * target answers with a lease or a refusal (docs/architecture.md §5). Requests come from other members:
 * everything is capped and validated here before the target's ledger sees it.
 */
import { LEASE_ID, MAX_LEASE_TTL_MS, PCI_ADDRESS, VM_NAME, hugepageBytesSchema } from '@multiverse/domain'
import type { HostVm } from '@multiverse/domain'
import type Long from 'long'
import { decodeVersioned, uint64 } from './codec.ts'
import { MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'
import { MAX_SPEC_JSON_BYTES, MESH_VERSION, clusterId, parseJson } from './mesh.ts'

const wire = multiverse.v1
export const MAX_LEASE_REQUEST_BYTES = 64 << 10
export const MAX_LEASE_RESPONSE_BYTES = 4 << 10
export { MAX_LEASE_TTL_MS }
const MAX_LEASE_DEVICES = 256

/** What a planner asks a target to hold (what the VM will hold there), and for how long. */
export interface LeaseAsk extends Pick<HostVm, 'vcpus' | 'memoryBytes' | 'hugepageBytes' | 'diskBytes' | 'devices' | 'group' | 'spec'> {
  vm: string
  ttlMs: number
}

export type LeaseRequest =
  | { clusterId: string, op: 'reserve', leaseId: string, ask: LeaseAsk }
  | { clusterId: string, op: 'release' | 'confirm', leaseId: string }

export type LeaseResponse =
  | { granted: true, expiresAtMs: number }
  | { granted: false, code: string, detail: string }

const OPS = { reserve: wire.LeaseOp.LEASE_OP_RESERVE, release: wire.LeaseOp.LEASE_OP_RELEASE, confirm: wire.LeaseOp.LEASE_OP_CONFIRM } as const

export function encodeLeaseRequest (request: LeaseRequest): Uint8Array {
  const ask = request.op === 'reserve' ? request.ask : undefined
  return wire.LeaseRequest.encode({
    version: MESH_VERSION,
    clusterId: request.clusterId,
    op: OPS[request.op],
    leaseId: request.leaseId,
    ...(ask === undefined ? {} : { vm: ask.vm, ...askFields(ask) })
  }).finish()
}

/** The wire fields of what a VM will hold (a lease's, or a migration's reservation). */
export function askFields (ask: Omit<LeaseAsk, 'vm'>): AskFields {
  return { ...ask, hugepageBytes: ask.hugepageBytes ?? 0, group: ask.group ?? '', specJson: ask.spec == null ? '' : JSON.stringify(ask.spec) }
}

interface AskFields {
  vcpus: number
  memoryBytes: number | Long
  hugepageBytes: number | Long
  diskBytes: number | Long
  devices: string[]
  group: string
  specJson: string
  ttlMs: number
}

export function decodeLeaseRequest (bytes: Uint8Array): LeaseRequest {
  const name = 'LeaseRequest'
  const message = decodeVersioned(name, wire.LeaseRequest, bytes, MAX_LEASE_REQUEST_BYTES, MESH_VERSION)
  const bad = (field: string, problem: string): never => { throw new MalformedMessageError(name, `invalid at ${field}: ${problem}`) }
  const cluster = clusterId(name, message.clusterId)
  if (!LEASE_ID.test(message.leaseId)) bad('leaseId', 'a lease id (32 hex digits)')
  const op = (Object.keys(OPS) as Array<keyof typeof OPS>).find((key) => OPS[key] === message.op) ?? bad('op', `unknown operation ${message.op}`)
  if (op !== 'reserve') return { clusterId: cluster, op, leaseId: message.leaseId }
  if (!VM_NAME.test(message.vm)) bad('vm', 'a VM name')
  return { clusterId: cluster, op, leaseId: message.leaseId, ask: { vm: message.vm, ...decodeAsk(name, message, bad) } }
}

/** What a VM will hold, from the wire, every field checked (a lease's, or a migration's reservation). */
export function decodeAsk (name: string, message: AskFields, bad: (field: string, problem: string) => never): Omit<LeaseAsk, 'vm'> {
  if (message.group !== '' && !VM_NAME.test(message.group)) bad('group', 'a group name')
  if (message.devices.length > MAX_LEASE_DEVICES) bad('devices', `more than ${MAX_LEASE_DEVICES}`)
  const wrong = message.devices.find((a) => !PCI_ADDRESS.test(a))
  if (wrong !== undefined) bad('devices', `${JSON.stringify(wrong.slice(0, 20))} is not a PCI address`)
  if (new Set(message.devices).size !== message.devices.length) bad('devices', 'an address given twice')
  if (message.ttlMs < 1000 || message.ttlMs > MAX_LEASE_TTL_MS) bad('ttlMs', `1000 to ${MAX_LEASE_TTL_MS}`)
  if (message.specJson.length > MAX_SPEC_JSON_BYTES) bad('specJson', `over ${MAX_SPEC_JSON_BYTES} bytes`)
  const memoryBytes = uint64(message.memoryBytes)
  // 0 = ordinary memory; else a page size (a power of two of at least 4KiB) that divides the memory.
  const page = uint64(message.hugepageBytes)
  if (page !== 0 && !hugepageBytesSchema.safeParse(page).success) bad('hugepageBytes', `${page} is not a page size (a power of two of at least 4096)`)
  if (page !== 0 && memoryBytes % page !== 0) bad('hugepageBytes', `memoryBytes ${memoryBytes} is not a whole number of ${page}-byte pages`)
  return {
    vcpus: message.vcpus,
    memoryBytes,
    hugepageBytes: page === 0 ? null : page,
    diskBytes: uint64(message.diskBytes),
    devices: message.devices,
    group: message.group === '' ? null : message.group,
    spec: message.specJson === '' ? null : parseJson(name, 'specJson', message.specJson),
    ttlMs: message.ttlMs
  }
}

export function encodeLeaseResponse (response: LeaseResponse): Uint8Array {
  return wire.LeaseResponse.encode({ version: MESH_VERSION, ...response }).finish()
}

export function decodeLeaseResponse (bytes: Uint8Array): LeaseResponse {
  const message = decodeVersioned('LeaseResponse', wire.LeaseResponse, bytes, MAX_LEASE_RESPONSE_BYTES, MESH_VERSION)
  if (message.granted) return { granted: true, expiresAtMs: uint64(message.expiresAtMs) }
  return { granted: false, code: message.code.slice(0, 32) || 'refused', detail: message.detail.slice(0, 1000) }
}
