/**
 * The cluster as the scheduler reads it, from this host's view: every host's advert with the
 * VMs and leases it holds, plus what this host has just been granted and the adverts do not
 * show yet (so that one planner's placements in quick succession see each other).
 */
import type { ClusterSnapshot, HostVm } from '@multiverse/domain'
import { SpecError, antiAffinityIn, validateVmSpec } from '@multiverse/scheduler'
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

/**
 * The snapshot with each VM carrying its own spec, as `view` shows it (adverts carry every VM's
 * spec document), for plans that move VMs (evacuation, rebalancing): a move is then placed by
 * its mappings, labels and pin, as the migration will place it, not by a spec derived from the
 * devices it holds. A VM whose spec does not validate here is left to the derived one.
 */
export function withSpecs (snapshot: PlanSnapshot, view: ClusterSnapshot): PlanSnapshot {
  const documents = new Map(view.hosts.flatMap((h) => h.vms.filter((v) => v.state !== 'reserved').map((v): [string, unknown] => [`${h.name}/${v.name}`, v.spec])))
  return {
    ...snapshot,
    hosts: snapshot.hosts.map((h) => ({
      ...h,
      vms: h.vms.map((vm) => {
        const document = documents.get(`${h.name}/${vm.name}`)
        if (document == null) return vm
        try {
          return { ...vm, spec: validateVmSpec(document, `the spec of ${vm.name}`) }
        } catch (error) {
          if (error instanceof SpecError) return vm
          throw error
        }
      })
    }))
  }
}
