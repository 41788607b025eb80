/**
 * Who may open a tunnel into this host (docs/architecture.md §12): whoever reaches a tunnel
 * reaches root-level libvirt or a QEMU's incoming migration here, so the gate admits only the
 * source of a migration this host agreed to receive, while it receives, with the token this
 * host granted it, to the endpoints of that migration. A token is 32 random bytes compared in
 * constant time; a migration over (committed, undone) opens nothing any more, so a replayed
 * token is worthless. Pure: the target side keeps the migrations and asks here.
 */
import { timingSafeEqual } from 'node:crypto'
import type { TunnelChannel, TunnelOpen } from '@multiverse/wire'
import type { TargetStep } from './machine.ts'

/** A local endpoint: libvirtd's UNIX socket, or a loopback port where QEMU listens. */
export type GateEndpoint = { path: string } | { host: '127.0.0.1', port: number }

/** What the target keeps of a migration it agreed to, for the gate. */
export interface GatedMigration {
  /** The source's peer ID: the only peer its tunnels may come from. */
  source: string
  token: Uint8Array
  step: TargetStep
  /** Where each channel goes; a channel without an endpoint is refused (offline moves need none). */
  endpoints: Partial<Record<TunnelChannel, GateEndpoint>>
}

export type GateVerdict = { ok: true, endpoint: GateEndpoint } | { ok: false, reason: string }
export type DataChannelGateVerdict = { ok: true, token: Uint8Array, endpoint: GateEndpoint } | { ok: false, reason: string }

export function tunnelVerdict (migrations: ReadonlyMap<string, GatedMigration>, peer: string, open: TunnelOpen): GateVerdict {
  const migration = migrations.get(open.migrationId)
  // One answer for every way a ticket is wrong: a prober learns nothing about which part was.
  const refused: GateVerdict = { ok: false, reason: `no migration ${open.migrationId} is receiving from this host with that token` }
  if (migration === undefined || migration.source !== peer || migration.step !== 'receiving') return refused
  if (migration.token.length !== open.token.length || !timingSafeEqual(migration.token, open.token)) return refused
  const verdict = dataChannelVerdict(migrations, open.migrationId, open.channel)
  return verdict.ok ? { ok: true, endpoint: verdict.endpoint } : verdict
}

/**
 * A data channel (@multiverse/mesh's data-channel.ts) names its migration and channel, and
 * proves the token by its TLS handshake: the gate gives the token to derive the key from, while
 * the migration receives and has an endpoint for the channel.
 */
export function dataChannelVerdict (migrations: ReadonlyMap<string, GatedMigration>, migrationId: string, channel: TunnelChannel): DataChannelGateVerdict {
  const migration = migrations.get(migrationId)
  if (migration === undefined || migration.step !== 'receiving') return { ok: false, reason: `no migration ${migrationId} is receiving` }
  const endpoint = migration.endpoints[channel]
  if (endpoint === undefined) return { ok: false, reason: `migration ${migrationId} carries no ${channel} stream` }
  return { ok: true, token: migration.token, endpoint }
}
