/**
 * What the scheduler reads besides the domain's snapshot, and what it answers. Plain data only.
 */
import type { ClusterSnapshot, SnapshotHost, VmSpec } from '@multiverse/domain'

/** A VM as it sits on a host: what it holds there. Snapshot hosts' `vms` have this shape. */
export interface PlacedVm {
  name: string
  host: string
  vcpus: number
  memoryBytes: number
  /**
   * The hugepage size its memory is backed by (bytes): it holds memoryBytes / hugepageBytes
   * pages of the host's pool of that size and no ordinary memory. Absent = ordinary memory.
   */
  hugepageBytes?: number
  /** Image space it takes on the host (the sum of its disks); absent = unknown, counted as 0. */
  diskBytes?: number
  /** Every PCI address it holds on that host: whole IOMMU groups' endpoints. */
  devices: string[]
  group?: string
  /**
   * The groups it keeps off its host (its spec's `antiAffinity`), for a VM whose record has no
   * typed spec: a live host's VMs and leases carry their spec as the file said it. Absent: its
   * spec's, or none. Read through `antiAffinityOf` (anti-affinity.ts).
   */
  antiAffinity?: string[]
  /**
   * The spec it was placed by, when the snapshot carries it: evacuation and rebalancing place it
   * again by this. Without it they derive a minimal one from the fields above (see `moveRequest`).
   */
  spec?: VmSpec
}

/** Cluster-wide resource mappings: mapping name -> host name -> that host's PCI address. */
export type Mappings = Record<string, Record<string, string>>

/** A host as the scheduler reads it: the snapshot's, with its VMs typed. */
export interface PlanHost extends Omit<SnapshotHost, 'vms'> {
  vms: PlacedVm[]
}

/** The snapshot the scheduler plans over: `cluster status --json`, plus mappings when known. */
export interface PlanSnapshot extends Omit<ClusterSnapshot, 'hosts'> {
  hosts: PlanHost[]
  mappings: Mappings
}

/** Why a host cannot take a VM: a stable code for programs, a detail for people (docs/architecture.md §11). */
export interface HostReason {
  host: string
  code: HostReasonCode
  detail: string
}

export type HostReasonCode =
  | 'not-alive' | 'maintenance' | 'not-pinned' | 'labels' | 'anti-affinity' | 'affinity'
  | 'vcpus' | 'memory' | 'disk' | 'devices' | 'numa'

/** How each score came out on one host, by name, each in [0, 1]. */
export type Scores = Record<ScoreName, number>
export type ScoreName = 'binpack' | 'spread' | 'deviceFit' | 'numaFit'

/** One host's verdict for one VM: feasible with its scores, or the first reason it is not. */
export type HostEvaluation =
  | { host: string, fits: true, devices: string[], score: number, scores: Partial<Scores> }
  | { host: string, fits: false, reason: HostReason }

export interface Placement {
  vm: string
  host: string
  /** The exact addresses the VM gets: the whole groups of the matched devices. */
  devices: string[]
  score: number
  scores: Partial<Scores>
  /**
   * Every host's verdict, best first then the rejected ones by name: what `--explain` prints.
   * Empty unless the plan was asked to explain (PlanOptions.explain): building it costs more
   * than the placement.
   */
  evaluations: HostEvaluation[]
}

export interface Unplaced {
  vm: string
  /** Per host name, the first filter that refused it. */
  reasons: Record<string, HostReason>
  /** As {@link Placement.evaluations}: empty unless explaining. */
  evaluations: HostEvaluation[]
}

export interface PlanResult {
  placements: Placement[]
  unplaced: Unplaced[]
}
