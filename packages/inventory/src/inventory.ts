import { parsePciAddress } from '@multiverse/domain'
import type { HostInventory, PciDevice } from '@multiverse/domain'
import { assess } from './assignability.ts'
import { probeKvm, readCpu, readDefaultRouteInterfaces, readHostname, readMemory, readNumaNodes } from './host.ts'
import { classNameOf, parseInteger } from './parse.ts'
import { PCI_IDS_PATHS, loadPciNames } from './pci-ids.ts'
import { attempt, readPciDevices } from './pci.ts'
import type { RawPciDevice } from './pci.ts'
import { SysfsRoot } from './sysfs.ts'

export interface InventoryOptions {
  /** The directory holding sys/ and proc/: `/` on a real host, a fixture tree in tests. */
  root?: string
  /** Addresses the host keeps for itself, beyond what it keeps on its own. */
  reserve?: readonly string[]
  /** Where to look for pci.ids; the first readable one is used, none means no names. */
  pciIdsPaths?: readonly string[]
}

/**
 * Reads everything this host can offer to VMs. Never throws for a bad file below the root:
 * what could not be read is null, explained in `warnings`, and keeps its device unassignable.
 * Throws InvalidPciAddressError for a malformed `reserve` entry and InventoryRootError when the
 * root itself is not a readable directory.
 */
export function readInventory (options: InventoryOptions = {}): HostInventory {
  const root = options.root ?? '/'
  const reserved = new Set((options.reserve ?? []).map(parsePciAddress))
  const sysfs = new SysfsRoot(root)
  const warnings: string[] = []

  const raw = readPciDevices(sysfs, warnings)
  checkGroupListing(sysfs, raw, warnings)
  const { groups, devices: verdicts } = assess(raw, {
    defaultRouteInterfaces: readDefaultRouteInterfaces(sysfs, warnings),
    reserved
  })
  const vendors = new Set(raw.flatMap((device) => device.vendorId ?? []))
  const names = loadPciNames(options.pciIdsPaths ?? PCI_IDS_PATHS, vendors)
  const devices = raw.map((device): PciDevice => ({
    address: device.address,
    vendorId: device.vendorId,
    deviceId: device.deviceId,
    subsystemVendorId: device.subsystemVendorId,
    subsystemDeviceId: device.subsystemDeviceId,
    classCode: device.classCode,
    className: classNameOf(device.classCode),
    vendorName: device.vendorId === null ? null : names.vendor(device.vendorId),
    deviceName: device.vendorId === null || device.deviceId === null ? null : names.device(device.vendorId, device.deviceId),
    driver: device.driver,
    iommuGroup: device.iommuGroup,
    numaNode: device.numaNode,
    isBridge: device.isBridge === true,
    bootVga: device.bootVga,
    netInterfaces: device.netInterfaces,
    sriov: device.sriov,
    physfn: device.physfn,
    ...verdicts.get(device.address)!
  }))

  return {
    hostname: readHostname(sysfs, warnings),
    cpu: readCpu(sysfs, warnings),
    memory: readMemory(sysfs, warnings),
    numaNodes: readNumaNodes(sysfs, warnings),
    kvm: probeKvm(sysfs.root),
    devices,
    iommuGroups: groups,
    warnings
  }
}

/**
 * The kernel lists each group's members under sys/kernel/iommu_groups/N/devices as well as
 * linking each device to its group; a disagreement means a damaged tree, which the operator
 * should hear about (the device's own link is what the inventory uses).
 */
function checkGroupListing (sysfs: SysfsRoot, devices: readonly RawPciDevice[], warnings: string[]): void {
  const base = 'sys/kernel/iommu_groups'
  const groupOf = new Map(devices.map((device) => [device.address, device.iommuGroup]))
  for (const name of attempt(warnings, base, () => sysfs.list(base)) ?? []) {
    const id = attempt(warnings, `${base}/${name}`, () => parseInteger(name, 0, 2 ** 31))
    if (id === null) continue
    for (const member of attempt(warnings, `${base}/${name}/devices`, () => sysfs.list(`${base}/${name}/devices`)) ?? []) {
      if (groupOf.get(member) !== id) {
        warnings.push(`${base}/${name}/devices/${member}: listed in group ${id}, but the device's own iommu_group link says ${groupOf.get(member) ?? 'nothing'}`)
      }
    }
  }
}
