import type { HostAdvert, HostInventory, HostVm } from '@multiverse/domain'

/** What the host's configuration decides about its advert. */
export interface AdvertPolicy {
  name: string
  /** vCPUs offered per hardware thread. */
  cpuOvercommit: number
  /** Memory kept for the host itself, never offered. */
  memoryReserveBytes: number
  labels: Record<string, string>
}

/** What the advert says besides the inventory: the host's own record and flags. */
export interface AdvertState {
  clusterId: string
  seq: number
  addresses: string[]
  vms: HostVm[]
  maintenance: boolean
  /** Free space for disk images, if known. */
  diskBytes: number | undefined
  nowMs: number
}

/**
 * This host's advert: its inventory and what it offers, vCPUs overcommitted by the configured
 * factor, memory never. Allocatable memory is what ordinary VMs may have: the total less the
 * host's own reserve and less every hugepage pool (each pool's total pages × its page size),
 * since pages set aside at boot are not ordinary memory whether a VM uses them or not. VMs that
 * ask for hugepages take pages from the inventory's pool of their size instead (the scheduler
 * counts them there), so no byte is offered twice.
 */
export function buildAdvert (config: AdvertPolicy, inventory: HostInventory, state: AdvertState): HostAdvert {
  const { clusterId, seq, addresses, nowMs } = state
  return {
    clusterId,
    seq,
    name: config.name,
    inventory,
    allocatable: {
      vcpus: Math.floor(inventory.cpu.threads * config.cpuOvercommit),
      memoryBytes: Math.max(0, inventory.memory.totalBytes - config.memoryReserveBytes -
        inventory.memory.hugepages.reduce((sum, pool) => sum + pool.total * pool.sizeBytes, 0)),
      ...(state.diskBytes === undefined ? {} : { diskBytes: state.diskBytes })
    },
    labels: config.labels,
    addresses,
    issuedAtMs: nowMs,
    vms: state.vms,
    maintenance: state.maintenance
  }
}

/** Whether two adverts say the same thing (the seq and time aside): no need to publish again. */
export function sameContent (a: HostAdvert, b: HostAdvert): boolean {
  const strip = ({ seq, issuedAtMs, ...rest }: HostAdvert): unknown => {
    // Available memory drifts by the second: it is not worth a new advert.
    return { ...rest, inventory: { ...rest.inventory, memory: { ...rest.inventory.memory, availableBytes: 0 } } }
  }
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b))
}
