import type { HostInventory } from './inventory.ts'

/** What a host offers to VMs in total, after its own reserve. */
export interface Capacity {
  vcpus: number
  memoryBytes: number
  /** Free space of the images directory; absent when the host does not say (then not checked). */
  diskBytes?: number
}

/**
 * A host's own account of itself, signed by it and gossiped: the only source of truth about a
 * host that other hosts have (DESIGN §3). `seq` strictly increases across restarts.
 */
export interface HostAdvert {
  clusterId: string
  seq: number
  name: string
  inventory: HostInventory
  allocatable: Capacity
  labels: Record<string, string>
  /** Multiaddrs the host listens on, without /p2p/. */
  addresses: string[]
  issuedAtMs: number
}

/** alive -> suspect (no heartbeat for 3 s, or the connection dropped) -> dead (10 s). */
export type MemberState = 'alive' | 'suspect' | 'dead'

/** One host as `cluster status --json` prints it and `plan --snapshot` reads it. */
export interface SnapshotHost {
  /** The host's peer ID. */
  id: string
  name: string
  state: MemberState
  /** Milliseconds since the epoch of the last heartbeat or advert; null for never. */
  lastSeenMs: number | null
  labels: Record<string, string>
  inventory: HostInventory
  allocatable: Capacity
  /** In maintenance (`host evacuate`): takes no new VMs. Absent = false. */
  maintenance?: boolean
  vms: unknown[]
}

/** The cluster as one host sees it: the snapshot format of `cluster status --json`. */
export interface ClusterSnapshot {
  clusterId: string
  /** The peer ID of the host that produced this view. */
  self: string
  hosts: SnapshotHost[]
}
