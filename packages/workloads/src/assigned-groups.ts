import { createHash } from 'node:crypto'
import type { HostInventory, VmSpec } from '@multiverse/domain'
import type { AssignedDevice } from '@multiverse/executor'
import { compileRequest } from '@multiverse/scheduler'
import type { Mappings } from '@multiverse/scheduler'

/**
 * The devices a VM holds on this host as the executor takes them: whole IOMMU groups, each
 * endpoint with what the spec entry that asked for it says (`romBar`, `network`), and a stable
 * MAC for a VF given as a network interface (the same for the VM and address every time).
 */
export function assignedGroups (addresses: readonly string[], spec: VmSpec, inventory: HostInventory, mappings: Mappings, hostName: string): AssignedDevice[][] {
  const held = new Set(addresses)
  const selectors = compileRequest(spec, mappings).selectors
  const byAddress = new Map(inventory.devices.map((d) => [d.address, d]))
  const groups: AssignedDevice[][] = []
  for (const group of inventory.iommuGroups) {
    const endpoints = group.endpoints.filter((a) => held.has(a))
    if (endpoints.length === 0) continue
    groups.push(endpoints.map((address) => {
      const device = byAddress.get(address)
      const entry = device === undefined ? undefined : selectors.find((s) => s.matches(device, hostName))
      const request = entry === undefined ? undefined : spec.devices[entry.index]
      const network = request?.network ?? false
      return { address, network, mac: network ? stableMac(spec.name, address) : null, romBar: request?.romBar ?? true }
    }))
  }
  return groups
}

/** A locally administered unicast MAC from the VM's name and the VF's address. */
function stableMac (vm: string, address: string): string {
  const bytes = createHash('sha256').update(`${vm}\0${address}`).digest()
  return ['52', '54', bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!].map((b) => typeof b === 'string' ? b : b.toString(16).padStart(2, '0')).join(':')
}
