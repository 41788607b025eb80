/**
 * Named cluster-wide resource mappings (`cluster map add gpu-big h1=0000:01:00.0 ...`, docs/architecture.md §4):
 * a statement signed by the member that made it, gossiped and synced like member statements.
 */
import { HOST_NAME, PCI_ADDRESS, VM_NAME } from '@multiverse/domain'
import { decodeVersioned, uint64 } from './codec.ts'
import { MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'
import { MESH_VERSION, clusterId } from './mesh.ts'

const wire = multiverse.v1
export const MAX_MAPPING_STATEMENT_BYTES = 16 << 10
const MAX_MAPPING_HOSTS = 128

export interface MappingStatement {
  clusterId: string
  /** Same syntax as a VM name: what a spec's `devices: [{ mapping: NAME }]` names. */
  name: string
  /** Host name -> that host's PCI address. Empty when removed. */
  devices: Record<string, string>
  removed: boolean
  issuedAtMs: number
}

export function encodeMappingStatement (statement: MappingStatement): Uint8Array {
  return wire.MappingStatement.encode({ version: MESH_VERSION, ...statement }).finish()
}

export function decodeMappingStatement (bytes: Uint8Array): MappingStatement {
  const name = 'MappingStatement'
  const message = decodeVersioned(name, wire.MappingStatement, bytes, MAX_MAPPING_STATEMENT_BYTES, MESH_VERSION)
  const bad = (problem: string): never => { throw new MalformedMessageError(name, problem) }
  if (!VM_NAME.test(message.name)) bad(`invalid at name: ${JSON.stringify(message.name.slice(0, 70))} is not a mapping name`)
  const entries = Object.entries(message.devices)
  if (entries.length > MAX_MAPPING_HOSTS) bad(`invalid at devices: more than ${MAX_MAPPING_HOSTS} hosts`)
  if (!message.removed && entries.length === 0) bad('invalid at devices: a mapping names at least one host')
  for (const [host, address] of entries) {
    if (!HOST_NAME.test(host)) bad(`invalid at devices: ${JSON.stringify(host.slice(0, 70))} is not a host name`)
    if (!PCI_ADDRESS.test(address)) bad(`invalid at devices.${host}: not a PCI address`)
  }
  return {
    clusterId: clusterId(name, message.clusterId),
    name: message.name,
    devices: Object.fromEntries(entries),
    removed: message.removed,
    issuedAtMs: uint64(message.issuedAtMs)
  }
}
