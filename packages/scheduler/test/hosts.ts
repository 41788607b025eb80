/**
 * Snapshot building blocks for the scheduler's tests: hosts read from the fixture machines'
 * sysfs trees (the real inventory path), and small hand-made inventories for the corner cases
 * no fixture machine has.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HostInventory, IommuGroup, PciDevice } from '@multiverse/domain'
import { readInventory } from '@multiverse/inventory'
import type { PlacedVm, PlanHost, PlanSnapshot } from '../src/index.ts'
import { MACHINES } from '../../../test/fixtures/machines.ts'
import { writeMachine } from '../../../test/fixtures/sysfs-writer.ts'

export const GiB = 1024 ** 3

const cache = new Map<string, HostInventory>()

/** The inventory `readInventory` makes of a fixture machine's tree (read once per test file). */
export async function fixtureInventory (machine: string): Promise<HostInventory> {
  const done = cache.get(machine)
  if (done !== undefined) return done
  const scratch = mkdtempSync(join(tmpdir(), `scheduler-${machine}-`))
  try {
    await writeMachine(MACHINES[machine]!, join(scratch, machine))
    const inventory = readInventory({ root: join(scratch, machine), pciIdsPaths: [] })
    cache.set(machine, inventory)
    return inventory
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

export function host (name: string, inventory: HostInventory, opts: Partial<PlanHost> = {}): PlanHost {
  return {
    id: `peer-${name}`,
    name,
    state: 'alive',
    lastSeenMs: 0,
    labels: {},
    inventory,
    allocatable: { vcpus: inventory.cpu.threads, memoryBytes: Math.floor(inventory.memory.totalBytes / GiB) * GiB - 4 * GiB },
    vms: [],
    ...opts
  }
}

export function snapshot (hosts: PlanHost[], mappings: PlanSnapshot['mappings'] = {}): PlanSnapshot {
  return { clusterId: '0'.repeat(32), self: hosts[0]?.id ?? '', hosts, mappings }
}

export function vm (name: string, hostName: string, opts: Partial<PlacedVm> = {}): PlacedVm {
  return { name, host: hostName, vcpus: 1, memoryBytes: GiB, devices: [], ...opts }
}

/** A hand-made device: an assignable endpoint unless told otherwise. */
export function device (address: string, opts: Partial<PciDevice> = {}): PciDevice {
  return {
    address, vendorId: '10de', deviceId: '2484', subsystemVendorId: null, subsystemDeviceId: null, classCode: '030000',
    className: 'gpu', vendorName: null, deviceName: null, driver: null, iommuGroup: 1, numaNode: null, isBridge: false,
    bootVga: false, netInterfaces: [], sriov: null, physfn: null, assignable: true, reasons: [], ...opts
  }
}

/** An inventory of the given devices, grouped by their iommuGroup, with `cpus` threads on NUMA nodes as given. */
export function inventory (devices: PciDevice[], nodes: { id: number, cpus: number }[] = [{ id: 0, cpus: 16 }]): HostInventory {
  const groups = new Map<number, PciDevice[]>()
  for (const d of devices) if (d.iommuGroup !== null) groups.set(d.iommuGroup, [...(groups.get(d.iommuGroup) ?? []), d])
  const iommuGroups: IommuGroup[] = [...groups].map(([id, members]) => {
    const endpoints = members.filter((d) => !d.isBridge)
    const reasons = endpoints.flatMap((d) => d.reasons)
    return { id, devices: members.map((d) => d.address), endpoints: endpoints.map((d) => d.address), assignable: reasons.length === 0, reasons }
  })
  let cpu = 0
  return {
    hostname: 'made',
    cpu: { model: null, threads: nodes.reduce((n, node) => n + node.cpus, 0), sockets: nodes.length },
    memory: { totalBytes: 64 * GiB, availableBytes: 60 * GiB, hugepages: [] },
    numaNodes: nodes.map((n) => ({ id: n.id, cpus: Array.from({ length: n.cpus }, () => cpu++), memoryBytes: 32 * GiB })),
    kvm: true,
    devices,
    iommuGroups,
    warnings: []
  }
}
