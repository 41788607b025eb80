/**
 * The cluster score rebalancing minimizes (Ganeti hbal's, reduced to what we model): lower is
 * better, 0 when every alive host carries the same share of its memory, vCPUs and devices.
 * Each term is a population standard deviation of a ratio in [0, 1] (vCPUs may exceed 1 when
 * overcommitted), so the three weigh alike and a 1-point gain means the same on any cluster.
 */
import type { PlanHost } from './model.ts'

/** One host's share of what it offers, as the score reads it. */
export interface HostLoad {
  host: string
  /** Free ordinary memory / allocatable memory (VMs backed by hugepages hold none of it). */
  freeMemory: number
  /** vCPUs given to VMs / allocatable vCPUs. */
  vcpuUsed: number
  /** Assignable IOMMU groups in use / assignable groups; null for a host with none. */
  deviceLoad: number | null
}

/** The load of one host with the VMs its record lists. */
export function hostLoad (host: PlanHost): HostLoad {
  let vcpus = 0
  let memory = 0
  const used = new Set<string>()
  for (const vm of host.vms) {
    vcpus += vm.vcpus
    if (vm.hugepageBytes === undefined) memory += vm.memoryBytes
    for (const address of vm.devices) used.add(address)
  }
  const groups = host.inventory.iommuGroups.filter((g) => g.assignable)
  const inUse = groups.filter((g) => g.endpoints.some((a) => used.has(a))).length
  return {
    host: host.name,
    freeMemory: ratio(host.allocatable.memoryBytes - memory, host.allocatable.memoryBytes),
    vcpuUsed: ratio(vcpus, host.allocatable.vcpus),
    deviceLoad: groups.length === 0 ? null : inUse / groups.length
  }
}

/**
 * The score of a set of host loads (alive hosts only: the caller's choice). The device term is
 * the spread of per-host device load, not the cluster's share in use, which no move changes;
 * hosts without assignable devices are left out of it, since they cannot take any.
 */
export function clusterScore (loads: readonly HostLoad[]): number {
  return stddev(loads.map((l) => l.freeMemory)) +
    stddev(loads.map((l) => l.vcpuUsed)) +
    stddev(loads.flatMap((l) => l.deviceLoad ?? []))
}

/** The score of the alive hosts of a snapshot. */
export function scoreHosts (hosts: readonly PlanHost[]): number {
  return clusterScore(hosts.filter((h) => h.state === 'alive').map(hostLoad))
}

function stddev (values: readonly number[]): number {
  if (values.length < 2) return 0
  const mean = values.reduce((s, v) => s + v, 0) / values.length
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length)
}

/** A host offering nothing is full: it never looks like room. */
function ratio (part: number, whole: number): number {
  return whole <= 0 ? (part > 0 ? 1 : 0) : part / whole
}
