import type { HostAdvert, HostInventory } from '@multiverse/domain'
import type { AgentConfig } from './config.ts'

/**
 * This host's advert: its inventory and what it offers, vCPUs overcommitted by the configured
 * factor, memory never (less the host's own reserve).
 */
export function buildAdvert (config: AgentConfig, inventory: HostInventory, clusterId: string, seq: number, addresses: string[], nowMs: number): HostAdvert {
  return {
    clusterId,
    seq,
    name: config.name,
    inventory,
    allocatable: {
      vcpus: Math.floor(inventory.cpu.threads * config.cpuOvercommit),
      memoryBytes: Math.max(0, inventory.memory.totalBytes - config.memoryReserveBytes)
    },
    labels: config.labels,
    addresses,
    issuedAtMs: nowMs
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
