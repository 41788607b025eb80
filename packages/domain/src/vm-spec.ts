/**
 * What an encapsulation VM asks of the cluster (docs/architecture.md §4, §5): the normalized form of a VM spec
 * file, with sizes in bytes and every default filled in. Devices are asked for by what they are
 * (selectors) or by a named cluster mapping, never by a host's addresses, so that each host can
 * resolve them to its own devices and a VM can move.
 */
import type { DeviceClassName } from './inventory.ts'

export interface VmSpec {
  /** `[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}`: also the libvirt domain name. */
  name: string
  /** One line for people (libvirt `<title>`): at most 256 characters, no line breaks; null = none. */
  title: string | null
  /** Free text for people (libvirt `<description>`): at most 4096 characters; null = none. */
  description: string | null
  vcpus: number
  memoryBytes: number
  /**
   * Back the guest's memory with hugepages of this size (bytes: 2MiB, 1GiB...): a power of two
   * of at least 4KiB that divides `memoryBytes`. The VM then takes memoryBytes / hugepageBytes
   * pages from the host's pool of that size, not ordinary memory. null = ordinary memory.
   */
  hugepageBytes: number | null
  disks: DiskSpec[]
  devices: DeviceRequest[]
  placement: PlacementSpec
  migration: MigrationPolicy
  /** Direct kernel boot instead of the disks' boot loader; null = boot from the disks. */
  boot: BootSpec | null
}

/**
 * Direct kernel boot (libvirt `<os><kernel/><initrd/><cmdline/></os>`). Paths are absolute and
 * normalized (no `.`/`..` segments, no `//`, no control characters) on the host that runs the VM.
 */
export interface BootSpec {
  kernel: string
  initrd: string | null
  /** Printable ASCII, at most 1024 characters; '' = none. */
  cmdline: string
}

export interface DiskSpec {
  name: string
  sizeBytes: number
}

/** One entry of `devices:`: a selector or a named mapping. */
export type DeviceRequest = DeviceSelector | MappingRequest

/**
 * Devices matched by their ids. Absent fields match anything; ids are lower-case hex.
 * `vf`: true = only SR-IOV virtual functions, false = never one, absent = either.
 */
export interface DeviceSelector {
  kind: 'selector'
  class?: DeviceClassName
  vendor?: string
  device?: string
  subsystemVendor?: string
  subsystemDevice?: string
  vf?: boolean
  /** Give it to the VM as a network interface (`<interface type='hostdev'>`), not a plain hostdev. */
  network: boolean
  /** At least 1: how many matching devices the VM gets. */
  count: number
  /** false renders `<rom bar='off'/>`. */
  romBar: boolean
}

/** A cluster-wide resource mapping (`cluster map add NAME host=address...`): one device per host. */
export interface MappingRequest {
  kind: 'mapping'
  mapping: string
  network: boolean
  romBar: boolean
}

export interface PlacementSpec {
  /** Every label here must be on the host with this value. */
  hostLabels: Record<string, string>
  /** The VM's own group, which anti-affinity rules of other VMs name. */
  group: string | null
  /** Groups none of whose VMs may share a host with this one. */
  antiAffinity: string[]
  /** Groups each of which must already have a VM on the host (satisfied anywhere while none exists). */
  affinity: string[]
  numa: NumaPolicy
  /** Pin to this host name. */
  host: string | null
}

/** none: ignore; preferred: score hosts with devices on one node higher; required: refuse others. */
export type NumaPolicy = 'none' | 'preferred' | 'required'

/** auto: live when the VM has no passthrough device, offline otherwise (docs/architecture.md §12). */
export type MigrationPolicy = 'auto' | 'live' | 'offline' | 'never'
