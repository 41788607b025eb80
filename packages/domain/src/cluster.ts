import type { HostInventory } from './inventory.ts'

/** What a host offers to VMs in total, after its own reserve. */
export interface Capacity {
  vcpus: number
  memoryBytes: number
  /**
   * Space for VM disk images: the images directory's free space plus what this host's images
   * take now. Every VM's disks count against it at full size (thin images may grow). Absent
   * when the host does not say (then not checked).
   */
  diskBytes?: number
}

/**
 * A host's own account of itself, signed by it and gossiped: the only source of truth about a
 * host that other hosts have (docs/architecture.md §3). `seq` strictly increases across restarts.
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
  /** Every VM the host owns, and every lease it has granted (state `reserved`). */
  vms: HostVm[]
  /** In maintenance: takes no new VMs. */
  maintenance: boolean
}

/**
 * Where a VM is in its life on its owner. `reserved` is not yet a VM but a lease a planner
 * holds (docs/architecture.md §3); `placed` is a VM record whose resources are held and which the executor
 * has not defined yet.
 */
export type VmState = 'reserved' | 'placed' | 'defined' | 'running' | 'paused' | 'stopped' | 'crashed'
export const VM_STATES: readonly VmState[] = ['reserved', 'placed', 'defined', 'running', 'paused', 'stopped', 'crashed']

/** A VM as its owner's advert and `cluster status --json` show it; what it holds there. */
export interface HostVm {
  name: string
  state: VmState
  vcpus: number
  memoryBytes: number
  /**
   * The hugepage size (bytes) its memory is backed by: it holds memoryBytes / hugepageBytes
   * pages of the host's pool of that size and no ordinary memory. null = ordinary memory.
   */
  hugepageBytes: number | null
  diskBytes: number
  /** Every PCI address it holds: whole IOMMU groups' endpoints. */
  devices: string[]
  group: string | null
  /** The spec as its file said it (units and all): what `plan` re-validates to move it. */
  spec: unknown
  /** Only for state `reserved`. */
  lease?: { id: string, expiresAtMs: number, holder: string }
  /**
   * The ownership generation: 0 (or absent) when the VM was made, one more each time a
   * migration hands it to a new owner. While a migration commits, two hosts may advertise it
   * for a moment: the view keeps the newer (docs/architecture.md §12).
   */
  generation?: number
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
  /** Every VM the host owns and every lease it has granted, as its advert says. */
  vms: HostVm[]
}

/** The cluster as one host sees it: the snapshot format of `cluster status --json`. */
export interface ClusterSnapshot {
  clusterId: string
  /** The peer ID of the host that produced this view. */
  self: string
  hosts: SnapshotHost[]
}
