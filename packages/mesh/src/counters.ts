/** Messages dropped, by reason: each is counted and logged, and the agent carries on. */
export const DROP_REASONS = ['malformed', 'forged', 'replayed', 'wrong-cluster', 'not-member', 'oversized'] as const
export type DropReason = typeof DROP_REASONS[number]

/**
 * What carried a migration's bytes into this host: a native data channel (stunnel), a data
 * channel (TLS relayed by the agent) or a tunnel (through the mesh).
 */
export const CARRIERS = ['native', 'data-channel', 'tunnel'] as const
export type Carrier = typeof CARRIERS[number]

/** What the mesh counts: dropped messages, gossip and heartbeat bytes, syncs, migration bytes received. Read by the agent's metrics. */
export class MeshCounters {
  readonly dropped: Record<DropReason, number> = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>
  gossipBytesIn = 0
  gossipBytesOut = 0
  syncs = 0
  /** Bytes of incoming migrations' streams, counted as each closes, by carrier. */
  readonly migrationBytes: Record<Carrier, number> = { native: 0, 'data-channel': 0, tunnel: 0 }

  drop (reason: DropReason): void {
    this.dropped[reason]++
  }
}
