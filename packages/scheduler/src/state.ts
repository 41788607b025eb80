/**
 * The hosts as one planning run sees them: each host's running totals (vCPUs, memory, hugepages
 * per size, disk, devices held), where each VM group is and where anti-affinity keeps each group
 * off, updated as VMs land or leave. Filters and scores read these instead of summing over a
 * host's VMs per evaluation (docs/architecture.md §11, kept across VMs).
 */
import type { HugepagePool, NumaNode } from '@multiverse/domain'
import { antiAffinityOf } from './anti-affinity.ts'
import type { Side } from './anti-affinity.ts'
import { holdDevices, indexHost, releaseDevices } from './devices.ts'
import type { HostDevices, Resolution } from './devices.ts'
import type { PlacedVm, PlanHost } from './model.ts'

export interface HostState {
  /** The host, with its own `vms` array: the planner's to change, never the caller's. */
  host: PlanHost
  usedVcpus: number
  /** Ordinary memory held: the VMs without hugepages (a hugepage VM holds none). */
  usedMemoryBytes: number
  /** Hugepages held, by page size in bytes: the pages of the VMs backed by that size. */
  usedPages: Map<number, number>
  usedDiskBytes: number
  /** Built when a request first asks for devices here, then kept up to date. */
  devices: HostDevices | null
  /** The host's NUMA nodes (see {@link nodesOf}), computed once. */
  nodes: readonly NumaNode[] | null
  /**
   * Device resolutions by {@link CompiledRequest.devicesKey} (null: none), valid until a VM
   * lands or leaves: most hosts do not change between two placements.
   */
  resolved: Map<string, Resolution | null>
  /** Why resolution failed, in words, by the same key and as long: built once per change. */
  refusals: Map<string, string>
  /** Every VM of the host at once, for anti-affinity: read from the cluster's group indexes. */
  side: Side
}

/** Group name -> host name -> how many of the group's VMs are there. */
export type GroupIndex = Map<string, Map<string, number>>

export interface Cluster {
  /** By host name, code-point order (the tie-break order of placement). */
  states: HostState[]
  byName: Map<string, HostState>
  groups: GroupIndex
  /** Group name -> host name -> how many VMs there name the group in their anti-affinity. */
  avoided: GroupIndex
}

/**
 * The state of `hosts`. With `copy` the VM lists are copied, so the caller's snapshot never sees
 * a placement; without it they are read only (a one-off evaluation that changes nothing).
 */
export function clusterOf (hosts: readonly PlanHost[], copy: boolean): Cluster {
  const sorted = [...hosts].sort((a, b) => compareNames(a.name, b.name))
  const cluster: Cluster = { states: [], byName: new Map(), groups: new Map(), avoided: new Map() }
  const states = sorted.map((h): HostState => ({
    host: copy ? { ...h, vms: [] } : h, usedVcpus: 0, usedMemoryBytes: 0, usedPages: new Map(), usedDiskBytes: 0, devices: null, nodes: null, resolved: new Map(), refusals: new Map(),
    side: hostSide(cluster, h.name)
  }))
  cluster.states = states
  for (const s of states) cluster.byName.set(s.host.name, s)
  sorted.forEach((h, i) => { for (const vm of h.vms) count(cluster, states[i]!, vm, 1) })
  if (copy) sorted.forEach((h, i) => { states[i]!.host.vms = [...h.vms] })
  return cluster
}

/** `vm` lands on the host of `state`, last in its list or at `at` (putting back one that left). */
export function addVm (cluster: Cluster, state: HostState, vm: PlacedVm, at?: number): void {
  if (at === undefined) state.host.vms.push(vm)
  else state.host.vms.splice(at, 0, vm)
  count(cluster, state, vm, 1)
  if (state.devices !== null) holdDevices(state.devices, vm)
  forget(state)
}

/** `vm` leaves the host of `state`. */
export function removeVm (cluster: Cluster, state: HostState, vm: PlacedVm): void {
  const at = state.host.vms.indexOf(vm)
  if (at < 0) return
  state.host.vms.splice(at, 1)
  count(cluster, state, vm, -1)
  if (state.devices !== null) releaseDevices(state.devices, vm)
  forget(state)
}

/** A VM landed or left: what was resolved on this host no longer holds. */
function forget (state: HostState): void {
  if (state.resolved.size > 0) state.resolved.clear()
  if (state.refusals.size > 0) state.refusals.clear()
}

/** The host's device index, built on first use from the VMs it has then. */
export function devicesOf (state: HostState): HostDevices {
  return (state.devices ??= indexHost(state.host))
}

/** A host that reports no NUMA topology is one node holding every CPU. */
export function nodesOf (state: HostState): readonly NumaNode[] {
  if (state.nodes !== null) return state.nodes
  const { inventory } = state.host
  state.nodes = inventory.numaNodes.length > 0
    ? inventory.numaNodes
    : [{ id: 0, cpus: Array.from({ length: inventory.cpu.threads }, (_, i) => i), memoryBytes: inventory.memory.totalBytes }]
  return state.nodes
}

/** How many VMs of `group` are on the host named `host`. */
export function groupCount (cluster: Cluster, group: string, host: string): number {
  return cluster.groups.get(group)?.get(host) ?? 0
}

function hostSide (cluster: Cluster, host: string): Side {
  return {
    holds: (group) => groupCount(cluster, group, host) > 0,
    avoids: (group) => (cluster.avoided.get(group)?.get(host) ?? 0) > 0
  }
}

function count (cluster: Cluster, state: HostState, vm: PlacedVm, sign: 1 | -1): void {
  state.usedVcpus += sign * vm.vcpus
  if (vm.hugepageBytes === undefined) state.usedMemoryBytes += sign * vm.memoryBytes
  else state.usedPages.set(vm.hugepageBytes, (state.usedPages.get(vm.hugepageBytes) ?? 0) + sign * pagesOf(vm))
  state.usedDiskBytes += sign * (vm.diskBytes ?? 0)
  if (vm.group !== undefined) tally(cluster.groups, vm.group, state.host.name, sign)
  for (const group of antiAffinityOf(vm)) tally(cluster.avoided, group, state.host.name, sign)
}

function tally (index: GroupIndex, group: string, host: string, sign: 1 | -1): void {
  let hosts = index.get(group)
  if (hosts === undefined) index.set(group, hosts = new Map())
  const n = (hosts.get(host) ?? 0) + sign
  if (n > 0) hosts.set(host, n)
  else hosts.delete(host)
  if (hosts.size === 0) index.delete(group)
}

/**
 * The host's hugepage pool of pages of `size` bytes, if it has one with pages in it: the kernel
 * lists every size the CPU supports, most with none set aside.
 */
export function poolOf (host: Pick<PlanHost, 'inventory'>, size: number): HugepagePool | undefined {
  return host.inventory.memory.hugepages.find((p) => p.sizeBytes === size && p.total > 0)
}

/** How many pages a hugepage-backed VM holds (0 for one on ordinary memory). */
export function pagesOf (vm: Pick<PlacedVm, 'memoryBytes' | 'hugepageBytes'>): number {
  return vm.hugepageBytes === undefined ? 0 : Math.ceil(vm.memoryBytes / vm.hugepageBytes)
}

/**
 * Pages of `size` the host can still give: its pool's `total` less the pages its VMs (and
 * leases) of that size hold. The pool's `total`, not its `free`: the inventory's free count
 * already drops when the host's own VMs run, so subtracting what they hold from it would count
 * every running VM twice, and it does not drop for a VM placed or reserved but not yet started,
 * so `free` alone would give those pages away again. The record of what is held is the truth;
 * pages taken by something other than this host's VMs are not seen (QEMU then refuses to start).
 */
export function freePages (state: HostState, size: number): number {
  return (poolOf(state.host, size)?.total ?? 0) - (state.usedPages.get(size) ?? 0)
}

/**
 * The memory a VM backed by `hugepageBytes` (null: ordinary memory) could still get on this host,
 * in bytes, and what the host offers of that kind in all. Ordinary memory and each page size are
 * separate pools: the advert's allocatable memory already leaves the hugepage pools out.
 */
export function memoryRoom (state: HostState, hugepageBytes: number | null): { free: number, total: number } {
  if (hugepageBytes === null) return { free: state.host.allocatable.memoryBytes - state.usedMemoryBytes, total: state.host.allocatable.memoryBytes }
  return { free: freePages(state, hugepageBytes) * hugepageBytes, total: (poolOf(state.host, hugepageBytes)?.total ?? 0) * hugepageBytes }
}

/** The memory `vm` holds in the pool a VM backed by `hugepageBytes` draws from: all of it or none. */
export function heldIn (vm: Pick<PlacedVm, 'memoryBytes' | 'hugepageBytes'>, hugepageBytes: number | null): number {
  return (vm.hugepageBytes ?? null) === hugepageBytes ? vm.memoryBytes : 0
}

/** Code-point order, not locale order: the same on every host. */
export function compareNames (a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
