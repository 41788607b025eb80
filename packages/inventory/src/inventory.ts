import { parsePciAddress } from '@multiverse/domain'
import type { HostInventory, PciDevice } from '@multiverse/domain'
import { assess } from './assignability.ts'
import { probeKvm, readCpu, readDefaultRouteInterfaces, readHostname, readMemory, readNumaNodes } from './host.ts'
import { classNameOf } from './parse.ts'
import { PCI_IDS_PATHS, loadPciNames } from './pci-ids.ts'
import { readPciDevices } from './pci.ts'
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
