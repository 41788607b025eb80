/**
 * Codecs for what agents say to each other. Each decoder enforces a size cap and the version,
 * validates every field the rest of the agent will use, and throws WireDecodeError naming what
 * was wrong; nothing half-checked gets out.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import { hostAdvertSchema, CLUSTER_ID, HOST_NAME, MAX_HOST_VMS } from '@multiverse/domain'
import type { HostAdvert, HostVm } from '@multiverse/domain'
import { decodeVersioned, uint64 } from './codec.ts'
import { peerIdFromBytes } from './envelope.ts'
import { MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'
import { inventoryFromWire, inventoryToWire, invalid } from './inventory.ts'

const wire = multiverse.v1
export const MESH_VERSION = 1
export const MAX_HEARTBEAT_BYTES = 256
export const MAX_MEMBER_STATEMENT_BYTES = 1024
export const MAX_SYNC_RESPONSE_BYTES = 16 << 20
/** A sync request names at most this many held adverts (a host each), in at most this many bytes. */
export const MAX_SYNC_HELD = 1024
export const MAX_SYNC_REQUEST_BYTES = 96 << 10
export const MAX_JOIN_BYTES = 64 << 10
/** The payload of an envelope can be no larger than the envelope. */
const MAX_ENVELOPE_PAYLOAD = 2 << 20
/** A VM's spec as JSON text, in adverts and lease requests. */
export const MAX_SPEC_JSON_BYTES = 16 << 10

function decode<T extends { version?: number | null }> (name: string, type: { decode: (bytes: Uint8Array) => T }, bytes: Uint8Array, cap: number): T {
  return decodeVersioned(name, type, bytes, cap, MESH_VERSION)
}

export function clusterId (name: string, value: string | null | undefined): string {
  if (value == null || !CLUSTER_ID.test(value)) throw new MalformedMessageError(name, 'invalid at clusterId: a cluster id (32 hex digits)')
  return value
}

export function encodeAdvert (advert: HostAdvert): Uint8Array {
  return wire.HostAdvert.encode({
    version: MESH_VERSION,
    clusterId: advert.clusterId,
    seq: advert.seq,
    name: advert.name,
    inventory: inventoryToWire(advert.inventory),
    allocatable: advert.allocatable,
    labels: advert.labels,
    addresses: advert.addresses,
    issuedAtMs: advert.issuedAtMs,
    vms: advert.vms.map(vmToWire),
    maintenance: advert.maintenance
  }).finish()
}

function vmToWire (vm: HostVm): multiverse.v1.IHostVm {
  return {
    ...vm,
    hugepageBytes: vm.hugepageBytes ?? 0,
    group: vm.group ?? '',
    specJson: vm.spec == null ? '' : JSON.stringify(vm.spec),
    leaseId: vm.lease?.id ?? '',
    leaseExpiresAtMs: vm.lease?.expiresAtMs ?? 0,
    leaseHolder: vm.lease === undefined ? new Uint8Array() : peerIdBytes(vm.lease.holder),
    generation: vm.generation ?? 0
  }
}

function vmFromWire (vm: multiverse.v1.IHostVm, index: number): unknown {
  const specJson = vm.specJson ?? ''
  const leaseId = vm.leaseId ?? ''
  return {
    name: vm.name,
    state: vm.state,
    vcpus: vm.vcpus,
    memoryBytes: uint64(vm.memoryBytes),
    // 0 on the wire is ordinary memory; any other value is checked by the advert's schema.
    hugepageBytes: uint64(vm.hugepageBytes) === 0 ? null : uint64(vm.hugepageBytes),
    diskBytes: uint64(vm.diskBytes),
    devices: vm.devices,
    group: vm.group === '' ? null : vm.group,
    spec: specJson === '' ? null : parseJson('HostAdvert', `vms.${index}.spec`, specJson),
    ...(uint64(vm.generation) === 0 ? {} : { generation: uint64(vm.generation) }),
    ...(leaseId === ''
      ? {}
      : { lease: { id: leaseId, expiresAtMs: uint64(vm.leaseExpiresAtMs), holder: peerIdFromBytes(vm.leaseHolder ?? new Uint8Array(), 'HostAdvert').toString() } })
  }
}

/** JSON text from the network: capped before it is parsed. */
export function parseJson (messageType: string, field: string, text: string): unknown {
  if (text.length > MAX_SPEC_JSON_BYTES) throw new MalformedMessageError(messageType, `invalid at ${field}: over ${MAX_SPEC_JSON_BYTES} bytes`)
  try {
    return JSON.parse(text)
  } catch (cause) {
    throw new MalformedMessageError(messageType, `invalid at ${field}: not JSON`, { cause })
  }
}

/** A peer ID string as the multihash bytes the wire carries. */
export function peerIdBytes (id: string): Uint8Array {
  return peerIdFromString(id).toMultihash().bytes
}

export function decodeAdvert (bytes: Uint8Array): HostAdvert {
  const message = decode('HostAdvert', wire.HostAdvert, bytes, MAX_ENVELOPE_PAYLOAD)
  if (message.inventory == null) throw new MalformedMessageError('HostAdvert', 'invalid at inventory: missing')
  const parsed = hostAdvertSchema.safeParse({
    clusterId: message.clusterId,
    seq: uint64(message.seq),
    name: message.name,
    inventory: inventoryFromWire(message.inventory),
    allocatable: {
      vcpus: message.allocatable?.vcpus ?? 0,
      memoryBytes: uint64(message.allocatable?.memoryBytes),
      ...(message.allocatable?.diskBytes == null ? {} : { diskBytes: uint64(message.allocatable.diskBytes) })
    },
    labels: { ...message.labels },
    addresses: message.addresses,
    issuedAtMs: uint64(message.issuedAtMs),
    vms: message.vms.slice(0, MAX_HOST_VMS + 1).map(vmFromWire),
    maintenance: message.maintenance
  })
  if (!parsed.success) throw invalid('HostAdvert', parsed.error)
  return parsed.data
}

export interface Heartbeat {
  advertSeq: number
  beat: number
  memberStatements: number
  mappingStatements: number
}

export function encodeHeartbeat (heartbeat: Heartbeat): Uint8Array {
  return wire.Heartbeat.encode({ version: MESH_VERSION, ...heartbeat }).finish()
}

export function decodeHeartbeat (bytes: Uint8Array): Heartbeat {
  const message = decode('Heartbeat', wire.Heartbeat, bytes, MAX_HEARTBEAT_BYTES)
  const beat = uint64(message.beat)
  if (beat <= 0) throw new MalformedMessageError('Heartbeat', 'invalid at beat: must be positive')
  return { advertSeq: uint64(message.advertSeq), beat, memberStatements: message.memberStatements, mappingStatements: message.mappingStatements }
}

export type MemberAction = 'add' | 'revoke'

export interface MemberStatement {
  clusterId: string
  action: MemberAction
  /** The subject's peer ID as multihash bytes. */
  subject: Uint8Array
  name: string
  issuedAtMs: number
}

export function encodeMemberStatement (statement: MemberStatement): Uint8Array {
  return wire.MemberStatement.encode({
    version: MESH_VERSION,
    clusterId: statement.clusterId,
    action: statement.action === 'add' ? wire.MemberAction.MEMBER_ACTION_ADD : wire.MemberAction.MEMBER_ACTION_REVOKE,
    subject: statement.subject,
    name: statement.name,
    issuedAtMs: statement.issuedAtMs
  }).finish()
}

export function decodeMemberStatement (bytes: Uint8Array): MemberStatement {
  const message = decode('MemberStatement', wire.MemberStatement, bytes, MAX_MEMBER_STATEMENT_BYTES)
  const action = message.action === wire.MemberAction.MEMBER_ACTION_ADD
    ? 'add'
    : message.action === wire.MemberAction.MEMBER_ACTION_REVOKE ? 'revoke' : null
  if (action === null) throw new MalformedMessageError('MemberStatement', `invalid at action: ${message.action}`)
  if (message.subject.length === 0 || message.subject.length > 64) throw new MalformedMessageError('MemberStatement', 'invalid at subject: not a peer ID')
  if (!HOST_NAME.test(message.name)) throw new MalformedMessageError('MemberStatement', `invalid at name: ${JSON.stringify(message.name.slice(0, 70))} is not a host name`)
  return { clusterId: clusterId('MemberStatement', message.clusterId), action, subject: message.subject, name: message.name, issuedAtMs: uint64(message.issuedAtMs) }
}

export interface SyncResponse {
  adverts: Uint8Array[]
  members: Uint8Array[]
  mappings: Uint8Array[]
}

/** What a sync asks for: everything, less the adverts the requester holds (origin -> seq) unless newer. */
export interface SyncRequest {
  clusterId: string
  held: Map<string, number>
}

export function encodeSyncRequest (request: SyncRequest): Uint8Array {
  const held = [...request.held].map(([peerId, seq]) => ({ peerId, seq }))
  return wire.SyncRequest.encode({ version: MESH_VERSION, clusterId: request.clusterId, held }).finish()
}

export function decodeSyncRequest (bytes: Uint8Array): SyncRequest {
  const message = decode('SyncRequest', wire.SyncRequest, bytes, MAX_SYNC_REQUEST_BYTES)
  if (message.held.length > MAX_SYNC_HELD) throw new MalformedMessageError('SyncRequest', `${message.held.length} held adverts, over the ${MAX_SYNC_HELD} cap`)
  const held = new Map<string, number>()
  message.held.forEach((h, i) => {
    const peerId = h.peerId ?? ''
    try {
      peerIdFromString(peerId)
    } catch {
      throw new MalformedMessageError('SyncRequest', `invalid at held[${i}].peerId: not a peer ID`)
    }
    held.set(peerId, uint64(h.seq))
  })
  return { clusterId: clusterId('SyncRequest', message.clusterId), held }
}

export function encodeSyncResponse (response: SyncResponse): Uint8Array {
  return wire.SyncResponse.encode({ version: MESH_VERSION, ...response }).finish()
}

/** Envelopes stay encoded: each is opened (signature checked) by the receiver. */
export function decodeSyncResponse (bytes: Uint8Array): SyncResponse {
  const message = decode('SyncResponse', wire.SyncResponse, bytes, MAX_SYNC_RESPONSE_BYTES)
  return { adverts: message.adverts, members: message.members, mappings: message.mappings }
}

export interface JoinToken {
  clusterId: string
  joinPsk: Uint8Array
  secret: Uint8Array
  addresses: string[]
  expiresAtMs: number
}

const TOKEN_PREFIX = 'mvj1_'

/** A join token as people paste it: a prefix that says what it is, then base64url. */
export function encodeJoinToken (token: JoinToken): string {
  return TOKEN_PREFIX + Buffer.from(wire.JoinToken.encode({ version: MESH_VERSION, ...token }).finish()).toString('base64url')
}

export function decodeJoinToken (text: string): JoinToken {
  const trimmed = text.trim()
  if (!trimmed.startsWith(TOKEN_PREFIX) || !/^[A-Za-z0-9_-]+$/.test(trimmed.slice(TOKEN_PREFIX.length))) {
    throw new MalformedMessageError('JoinToken', `not a join token (they start with ${TOKEN_PREFIX}); get one with multiverse cluster token on a member`)
  }
  const message = decode('JoinToken', wire.JoinToken, Buffer.from(trimmed.slice(TOKEN_PREFIX.length), 'base64url'), MAX_JOIN_BYTES)
  if (message.joinPsk.length !== 95) throw new MalformedMessageError('JoinToken', 'invalid at joinPsk: not a private network key')
  if (message.secret.length !== 32) throw new MalformedMessageError('JoinToken', 'invalid at secret: not 32 bytes')
  if (message.addresses.length === 0 || message.addresses.length > 16) throw new MalformedMessageError('JoinToken', 'invalid at addresses: 1 to 16 expected')
  return {
    clusterId: clusterId('JoinToken', message.clusterId),
    joinPsk: message.joinPsk,
    secret: message.secret,
    addresses: message.addresses,
    expiresAtMs: uint64(message.expiresAtMs)
  }
}

export function encodeJoinRequest (request: { secret: Uint8Array, name: string }): Uint8Array {
  return wire.JoinRequest.encode({ version: MESH_VERSION, ...request }).finish()
}

export function decodeJoinRequest (bytes: Uint8Array): { secret: Uint8Array, name: string } {
  const message = decode('JoinRequest', wire.JoinRequest, bytes, MAX_JOIN_BYTES)
  if (!HOST_NAME.test(message.name)) throw new MalformedMessageError('JoinRequest', `invalid at name: ${JSON.stringify(message.name.slice(0, 70))} is not a host name`)
  return { secret: message.secret, name: message.name }
}

export interface JoinResponse {
  refused: string
  clusterId: string
  clusterPsk: Uint8Array
  founder: Uint8Array
  members: Uint8Array[]
  bootstrap: string[]
}

export function encodeJoinResponse (response: JoinResponse): Uint8Array {
  return wire.JoinResponse.encode({ version: MESH_VERSION, ...response }).finish()
}

export function decodeJoinResponse (bytes: Uint8Array): JoinResponse {
  const message = decode('JoinResponse', wire.JoinResponse, bytes, MAX_JOIN_BYTES)
  if (message.refused !== '') {
    return { refused: message.refused.slice(0, 500), clusterId: '', clusterPsk: new Uint8Array(), founder: new Uint8Array(), members: [], bootstrap: [] }
  }
  if (message.clusterPsk.length !== 95) throw new MalformedMessageError('JoinResponse', 'invalid at clusterPsk: not a private network key')
  return {
    refused: '',
    clusterId: clusterId('JoinResponse', message.clusterId),
    clusterPsk: message.clusterPsk,
    founder: message.founder,
    members: message.members,
    bootstrap: message.bootstrap.slice(0, 64)
  }
}
