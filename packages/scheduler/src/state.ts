/**
 * The hosts as one planning run sees them: each host's running totals (vCPUs, memory, disk,
 * devices held) and where each VM group is, updated as VMs land or leave. Filters and scores
 * read these instead of summing over a host's VMs per evaluation (STYLE 8, kept across VMs).
 */
import type { NumaNode } from '@multiverse/domain'
import { holdDevices, indexHost, releaseDevices } from './devices.ts'
import type { HostDevices, Resolution } from './devices.ts'
import type { PlacedVm, PlanHost } from './model.ts'
import type { CompiledRequest } from './request.ts'

export interface HostState {
  /** The host, with its own `vms` array: the planner's to change, never the caller's. */
  host: PlanHost
  usedVcpus: number
  usedMemoryBytes: number
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
}

/** Group name -> host name -> how many of the group's VMs are there. */
export type GroupIndex = Map<string, Map<string, number>>

export interface Cluster {
  /** By host name, code-point order (the tie-break order of placement). */
  states: HostState[]
  byName: Map<string, HostState>
  groups: GroupIndex
}

/**
 * The state of `hosts`. With `copy` the VM lists are copied, so the caller's snapshot never sees
 * a placement; without it they are read only (a one-off evaluation that changes nothing).
 */
export function clusterOf (hosts: readonly PlanHost[], copy: boolean): Cluster {
  const sorted = [...hosts].sort((a, b) => compareNames(a.name, b.name))
  const states = sorted.map((h): HostState => ({
    host: copy ? { ...h, vms: [] } : h, usedVcpus: 0, usedMemoryBytes: 0, usedDiskBytes: 0, devices: null, nodes: null, resolved: new Map(), refusals: new Map()
  }))
  const cluster: Cluster = { states, byName: new Map(states.map((s) => [s.host.name, s])), groups: new Map() }
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

function count (cluster: Cluster, state: HostState, vm: PlacedVm, sign: 1 | -1): void {
  state.usedVcpus += sign * vm.vcpus
  state.usedMemoryBytes += sign * vm.memoryBytes
  state.usedDiskBytes += sign * (vm.diskBytes ?? 0)
  if (vm.group === undefined) return
  let hosts = cluster.groups.get(vm.group)
  if (hosts === undefined) cluster.groups.set(vm.group, hosts = new Map())
  const n = (hosts.get(state.host.name) ?? 0) + sign
  if (n > 0) hosts.set(state.host.name, n)
  else hosts.delete(state.host.name)
  if (hosts.size === 0) cluster.groups.delete(vm.group)
}

/** Code-point order, not locale order: the same on every host. */
export function compareNames (a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
