/**
 * The inventory read from fixture trees that look like real machines (test/fixtures), compared
 * with what each fixture was built from.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InvalidPciAddressError, InventoryRootError } from '@multiverse/domain'
import type { HostInventory, PciDevice } from '@multiverse/domain'
import { readInventory } from '@multiverse/inventory'
import { MACHINES } from './fixtures/machines.ts'
import { writeMachine } from './fixtures/sysfs-writer.ts'
import type { FixtureDevice, FixtureMachine } from './fixtures/sysfs-writer.ts'

const scratch = mkdtempSync(join(tmpdir(), 'inventory-'))
afterAll(() => { rmSync(scratch, { recursive: true, force: true }) })

const roots = new Map<string, string>()
async function rootOf (machine: FixtureMachine): Promise<string> {
  let root = roots.get(machine.name)
  if (root === undefined) {
    root = join(scratch, machine.name)
    await writeMachine(machine, root)
    roots.set(machine.name, root)
  }
  return root
}

async function inventoryOf (name: string, reserve: string[] = []): Promise<HostInventory> {
  return readInventory({ root: await rootOf(MACHINES[name]!), reserve })
}

function find (inventory: HostInventory, address: string): PciDevice {
  const device = inventory.devices.find((d) => d.address === address)
  if (device === undefined) throw new Error(`${address} missing from the inventory`)
  return device
}

function byClass (machine: FixtureMachine, prefix: string): FixtureDevice[] {
  return machine.devices.filter((d) => d.classCode.startsWith(prefix))
}

describe.each(Object.keys(MACHINES))('inventory of the %s fixture', (name) => {
  const machine = MACHINES[name]!

  it('reports every device exactly as the tree holds it, with no warning', async () => {
    const inventory = await inventoryOf(name)
    expect(inventory.warnings).toEqual([])
    expect(inventory.hostname).toBe(machine.hostname)
    expect(inventory.devices.map((d) => d.address)).toEqual(machine.devices.map((d) => d.address).sort())
    for (const fixture of machine.devices) {
      const device = find(inventory, fixture.address)
      expect(device, fixture.address).toMatchObject({
        vendorId: fixture.vendor,
        deviceId: fixture.device,
        classCode: fixture.classCode,
        driver: fixture.driver ?? null,
        iommuGroup: machine.iommu ? fixture.iommuGroup ?? null : null,
        numaNode: fixture.numaNode === undefined || fixture.numaNode < 0 ? null : fixture.numaNode,
        isBridge: (fixture.headerType ?? (fixture.classCode.startsWith('0604') ? 1 : 0)) !== 0,
        bootVga: fixture.bootVga === true,
        netInterfaces: fixture.net ?? [],
        physfn: fixture.physfn ?? null,
        sriov: fixture.sriov === undefined ? null : { totalVfs: fixture.sriov.totalVfs, numVfs: fixture.sriov.vfs.length, vfs: fixture.sriov.vfs }
      })
      expect(device.vendorName, `${fixture.address} vendor name from pci.ids`).not.toBeNull()
    }
  })

  it('reports CPU, memory and NUMA as built', async () => {
    const inventory = await inventoryOf(name)
    expect(inventory.cpu).toEqual({ model: machine.cpuModel, threads: machine.sockets * machine.threadsPerSocket, sockets: machine.sockets })
    expect(inventory.memory.totalBytes).toBe(machine.memoryBytes)
    expect(inventory.memory.availableBytes).toBe(machine.availableBytes)
    expect(inventory.numaNodes).toEqual(machine.numaNodes)
    expect(inventory.kvm).toBe(machine.kvm ?? true)
  })

  it('never calls a group assignable that holds a host-kept endpoint, and lists every group member', async () => {
    const inventory = await inventoryOf(name)
    for (const group of inventory.iommuGroups) {
      const members = machine.devices.filter((d) => d.iommuGroup === group.id).map((d) => d.address).sort()
      expect(group.devices).toEqual(members)
      const kept = group.endpoints.map((a) => find(inventory, a)).filter((d) =>
        d.bootVga || d.netInterfaces.includes(machine.defaultRouteInterface ?? '-') ||
        d.className === 'bridge' || (d.sriov?.numVfs ?? 0) > 0)
      expect(group.assignable).toBe(kept.length === 0 && group.endpoints.length > 0)
      for (const address of group.devices) {
        expect(find(inventory, address).assignable).toBe(group.assignable && !find(inventory, address).isBridge)
      }
    }
  })
})

describe('what the host keeps', () => {
  it('desktop: the discrete GPU and its audio go together, the root port does not count', async () => {
    const inventory = await inventoryOf('desktop')
    const gpu = inventory.devices.find((d) => d.className === 'gpu' && !d.bootVga)!
    const group = inventory.iommuGroups.find((g) => g.id === gpu.iommuGroup)!
    expect(group.assignable).toBe(true)
    expect(group.devices.some((a) => find(inventory, a).isBridge)).toBe(true)
    expect(group.endpoints.map((a) => find(inventory, a).className).sort()).toEqual(['audio', 'gpu'])
  })

  it('desktop: the boot GPU and the PCH group with the default-route NIC are kept, each saying why', async () => {
    const inventory = await inventoryOf('desktop')
    const boot = inventory.devices.find((d) => d.bootVga)!
    expect(boot.assignable).toBe(false)
    expect(boot.reasons.map((r) => r.code)).toContain('boot-gpu')
    const nic = inventory.devices.find((d) => d.netInterfaces.includes(MACHINES.desktop!.defaultRouteInterface!))!
    const pch = inventory.iommuGroups.find((g) => g.id === nic.iommuGroup)!
    expect(pch.endpoints.length).toBeGreaterThan(2)
    expect(pch.reasons).toEqual([
      { code: 'platform-bridge', detail: expect.stringMatching(/^0000:00:1f\.0 is a host or ISA bridge/) },
      { code: 'default-route-nic', detail: expect.stringContaining(nic.address) }
    ])
    for (const address of pch.devices) expect(find(inventory, address).assignable).toBe(false)
  })

  it('a reserved device takes its whole group out', async () => {
    const gpu = byClass(MACHINES.desktop!, '03').find((d) => d.bootVga !== true)!
    const inventory = await inventoryOf('desktop', [gpu.address])
    const group = inventory.iommuGroups.find((g) => g.id === gpu.iommuGroup)!
    expect(group.reasons.map((r) => r.code)).toEqual(['reserved'])
    expect(group.endpoints.every((a) => !find(inventory, a).assignable)).toBe(true)
  })

  it('no IOMMU: no groups, and every device says so', async () => {
    const inventory = await inventoryOf('noiommu')
    expect(inventory.iommuGroups).toEqual([])
    for (const device of inventory.devices) {
      expect(device.assignable).toBe(false)
      expect(device.reasons.map((r) => r.code)).toContain('no-iommu')
    }
  })

  it('server: two sockets, devices on both NUMA nodes, VFs each in their own assignable group', async () => {
    const inventory = await inventoryOf('server')
    expect(inventory.cpu.sockets).toBe(2)
    expect(new Set(inventory.devices.map((d) => d.numaNode))).toEqual(new Set([0, 1]))
    const pf = inventory.devices.find((d) => d.sriov !== null && d.sriov.numVfs > 0)!
    const groups = pf.sriov!.vfs.map((vf) => find(inventory, vf).iommuGroup)
    expect(new Set(groups).size).toBe(pf.sriov!.vfs.length)
    for (const vf of pf.sriov!.vfs) {
      expect(find(inventory, vf)).toMatchObject({ physfn: pf.address, assignable: true })
    }
    expect(inventory.memory.hugepages.map((p) => p.sizeBytes)).toEqual([2 << 20, 1 << 30])
  })

  it('refuses a reserve entry that is not a PCI address', () => {
    expect(() => readInventory({ root: scratch, reserve: ['01:00.0'] })).toThrow(InvalidPciAddressError)
  })

  it('refuses a root that is not a directory', () => {
    expect(() => readInventory({ root: join(scratch, 'nope') })).toThrow(InventoryRootError)
  })
})
