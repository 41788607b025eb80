/**
 * The cluster as the scheduler reads it, from this host's view: every host's advert with the
 * VMs and leases it holds, plus what this host has just been granted and the adverts do not
 * show yet (so that one planner's placements in quick succession see each other).
 */
import type { ClusterSnapshot, HostVm } from '@multiverse/domain'
import { antiAffinityIn } from '@multiverse/scheduler'
import type { Mappings, PlacedVm, PlanSnapshot } from '@multiverse/scheduler'

/**
 * A held VM or lease as the scheduler counts it. Of its spec only its anti-affinity is needed to
 * place others: it keeps VMs of the groups it names off its host (docs/architecture.md §5).
 */
export function placedVm (vm: HostVm, host: string): PlacedVm {
  const antiAffinity = antiAffinityIn(vm.spec)
  return {
    name: vm.name,
    host,
    vcpus: vm.vcpus,
    memoryBytes: vm.memoryBytes,
    // A record kept before hugepages existed has no field: ordinary memory.
    ...(vm.hugepageBytes == null ? {} : { hugepageBytes: vm.hugepageBytes }),
    devices: vm.devices,
    diskBytes: vm.diskBytes,
    ...(vm.group === null ? {} : { group: vm.group }),
    ...(antiAffinity.length === 0 ? {} : { antiAffinity })
  }
}

/** A lease this host was granted elsewhere, until the target's advert shows it. */
export interface Granted {
  leaseId: string
  hostId: string
  vm: HostVm
  untilMs: number
}

export function planSnapshot (snapshot: ClusterSnapshot, mappings: Mappings, granted: readonly Granted[]): PlanSnapshot {
  return {
    clusterId: snapshot.clusterId,
    self: snapshot.self,
    mappings,
    hosts: snapshot.hosts.map((host) => {
      const vms = host.vms.map((vm) => placedVm(vm, host.name))
      const shown = new Set(vms.map((vm) => vm.name))
      for (const g of granted) if (g.hostId === host.id && !shown.has(g.vm.name)) vms.push(placedVm(g.vm, host.name))
      return { ...host, vms }
    })
  }
}
