/**
 * `/multiverse/tunnel/1`: the byte streams of a migration (docs/architecture.md §12). The source
 * opens a stream per channel and presents the migration's id and the token its target granted
 * for it; the target answers, and only when it accepts do raw bytes follow, forwarded to its
 * libvirtd or its QEMU. The token is the only thing between a member and root-level libvirt on
 * the target: 32 random bytes, compared in constant time, good only while that migration runs.
 */
import { randomBytes } from 'node:crypto'
import { decodeVersioned } from './codec.ts'
import { MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'
import { MESH_VERSION, clusterId } from './mesh.ts'

const wire = multiverse.v1
export const MAX_TUNNEL_OPEN_BYTES = 256
export const MAX_TUNNEL_ACCEPT_BYTES = 512
export const TUNNEL_TOKEN_BYTES = 32
const MIGRATION_ID = /^[0-9a-f]{32}$/

export type TunnelChannel = 'libvirt' | 'memory' | 'disks'
const CHANNELS: Record<TunnelChannel, number> = {
  libvirt: wire.TunnelChannel.TUNNEL_CHANNEL_LIBVIRT,
  memory: wire.TunnelChannel.TUNNEL_CHANNEL_MEMORY,
  disks: wire.TunnelChannel.TUNNEL_CHANNEL_DISKS
}

export interface TunnelOpen {
  clusterId: string
  /** 16 random bytes, hex: chosen by the source when the migration begins. */
  migrationId: string
  token: Uint8Array
  channel: TunnelChannel
}

/** A fresh token for one migration's tunnels. */
export function newTunnelToken (): Uint8Array {
  return randomBytes(TUNNEL_TOKEN_BYTES)
}

export function encodeTunnelOpen (open: TunnelOpen): Uint8Array {
  return wire.TunnelOpen.encode({ version: MESH_VERSION, ...open, channel: CHANNELS[open.channel] }).finish()
}

export function decodeTunnelOpen (bytes: Uint8Array): TunnelOpen {
  const name = 'TunnelOpen'
  const message = decodeVersioned(name, wire.TunnelOpen, bytes, MAX_TUNNEL_OPEN_BYTES, MESH_VERSION)
  const bad = (field: string, problem: string): never => { throw new MalformedMessageError(name, `invalid at ${field}: ${problem}`) }
  if (!MIGRATION_ID.test(message.migrationId)) bad('migrationId', 'a migration id (32 hex digits)')
  if (message.token.length !== TUNNEL_TOKEN_BYTES) bad('token', `${TUNNEL_TOKEN_BYTES} bytes`)
  const channel = (Object.keys(CHANNELS) as TunnelChannel[]).find((key) => CHANNELS[key] === message.channel) ?? bad('channel', `unknown channel ${message.channel}`)
  return { clusterId: clusterId(name, message.clusterId), migrationId: message.migrationId, token: message.token, channel }
}

/** Empty `refused`: accepted, raw bytes follow. */
export function encodeTunnelAccept (refused: string): Uint8Array {
  return wire.TunnelAccept.encode({ version: MESH_VERSION, refused: refused.slice(0, 400) }).finish()
}

export function decodeTunnelAccept (bytes: Uint8Array): { refused: string } {
  const message = decodeVersioned('TunnelAccept', wire.TunnelAccept, bytes, MAX_TUNNEL_ACCEPT_BYTES, MESH_VERSION)
  return { refused: message.refused.slice(0, 400) }
}
