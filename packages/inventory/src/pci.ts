import { basename } from 'node:path'
import { isPciAddress } from '@multiverse/domain'
import type { SriovInfo } from '@multiverse/domain'
import { classNameOf, headerTypeOf, parseHexId, parseInteger } from './parse.ts'
import { SysfsReadError } from './sysfs.ts'
import type { SysfsRoot } from './sysfs.ts'

const DEVICES = 'sys/bus/pci/devices'
/** The standard header is 64 bytes; sysfs gives 256 (4096 for PCIe) to root. */
const CONFIG_CAP = 4096
/** PCIe allows 65535 VFs per PF; a larger count is garbage. */
const MAX_VFS = 65535

/** One PCI device as read from sysfs, before names and assignability are worked out. */
export interface RawPciDevice {
  address: string
  vendorId: string | null
  deviceId: string | null
  subsystemVendorId: string | null
  subsystemDeviceId: string | null
  classCode: string | null
  driver: string | null
  iommuGroup: number | null
  numaNode: number | null
  /** null when config space could not be read: then nobody knows whether it is a bridge. */
  isBridge: boolean | null
  bootVga: boolean
  netInterfaces: string[]
  sriov: SriovInfo | null
  physfn: string | null
}

/**
 * Every device under sys/bus/pci/devices, in address order. What cannot be read is left null
 * and explained in `warnings`; a name that is not a canonical address is skipped with a warning,
 * since no path may be built from it.
 */
export function readPciDevices (sysfs: SysfsRoot, warnings: string[]): RawPciDevice[] {
  const devices: RawPciDevice[] = []
  for (const name of sysfs.list(DEVICES)) {
    if (!isPciAddress(name)) {
      warnings.push(`${DEVICES}/${name}: not a canonical PCI address (dddd:bb:ss.f); skipped`)
      continue
    }
    devices.push(readPciDevice(sysfs, name, warnings))
  }
  return devices
}

function readPciDevice (sysfs: SysfsRoot, address: string, warnings: string[]): RawPciDevice {
  const device: RawPciDevice = {
    address,
    vendorId: null,
    deviceId: null,
    subsystemVendorId: null,
    subsystemDeviceId: null,
    classCode: null,
    driver: null,
    iommuGroup: null,
    numaNode: null,
    isBridge: null,
    bootVga: false,
    netInterfaces: [],
    sriov: null,
    physfn: null
  }
  const dir = attempt(warnings, `${DEVICES}/${address}`, () => sysfs.directory(`${DEVICES}/${address}`))
  if (dir === null) return device
  if (basename(dir) !== address) {
    warnings.push(`${DEVICES}/${address}: links to ${dir}, a directory of another name; skipped`)
    return device
  }
  const read = <T>(file: string, parse: (text: string) => T): T | null =>
    attempt(warnings, `${dir}/${file}`, () => parse(sysfs.text(`${dir}/${file}`)))
  const optional = (file: string): boolean => sysfs.exists(`${dir}/${file}`)

  device.vendorId = read('vendor', (t) => parseHexId(t, 4))
  device.deviceId = read('device', (t) => parseHexId(t, 4))
  device.subsystemVendorId = read('subsystem_vendor', (t) => parseHexId(t, 4))
  device.subsystemDeviceId = read('subsystem_device', (t) => parseHexId(t, 4))
  device.classCode = read('class', (t) => parseHexId(t, 6))
  const numa = read('numa_node', (t) => parseInteger(t, -1, 65535))
  device.numaNode = numa === null || numa < 0 ? null : numa
  const headerType = attempt(warnings, `${dir}/config`, () => headerTypeOf(sysfs.bytes(`${dir}/config`, CONFIG_CAP)))
  device.isBridge = headerType === null ? null : headerType === 1 || headerType === 2
  if (classNameOf(device.classCode) === 'gpu' || classNameOf(device.classCode) === 'display') {
    device.bootVga = optional('boot_vga') && read('boot_vga', (t) => parseInteger(t, 0, 1)) === 1
  }
  if (optional('driver')) device.driver = attempt(warnings, `${dir}/driver`, () => linkName(sysfs, `${dir}/driver`, 'bus/pci/drivers/'))
  if (optional('iommu_group')) {
    device.iommuGroup = attempt(warnings, `${dir}/iommu_group`, () =>
      parseInteger(linkName(sysfs, `${dir}/iommu_group`, 'kernel/iommu_groups/'), 0, 2 ** 31))
  }
  if (optional('physfn')) device.physfn = attempt(warnings, `${dir}/physfn`, () => linkAddress(sysfs, `${dir}/physfn`))
  if (optional('sriov_totalvfs')) device.sriov = readSriov(sysfs, dir, warnings)
  device.netInterfaces = attempt(warnings, `${dir}/net`, () => sysfs.list(`${dir}/net`)) ?? []
  return device
}

function readSriov (sysfs: SysfsRoot, dir: string, warnings: string[]): SriovInfo | null {
  return attempt(warnings, `${dir}/sriov_totalvfs`, () => {
    const totalVfs = parseInteger(sysfs.text(`${dir}/sriov_totalvfs`), 0, MAX_VFS)
    const numVfs = parseInteger(sysfs.text(`${dir}/sriov_numvfs`), 0, totalVfs)
    const vfs: string[] = []
    for (let n = 0; n < numVfs; n++) vfs.push(linkAddress(sysfs, `${dir}/virtfn${n}`))
    return { totalVfs, numVfs, vfs }
  })
}

/** The last component of a link that must point into `within` (e.g. a driver's name). */
function linkName (sysfs: SysfsRoot, path: string, within: string): string {
  const target = sysfs.link(path)
  const name = basename(target)
  if (!target.endsWith(`${within}${name}`) || !/^[A-Za-z0-9_.:-]{1,64}$/.test(name)) {
    throw new SysfsReadError(path, `expected a link into ${within}, found ${target}`)
  }
  return name
}

/** The PCI address a link (physfn, virtfnN) points at. */
function linkAddress (sysfs: SysfsRoot, path: string): string {
  const address = basename(sysfs.link(path))
  if (!isPciAddress(address)) throw new SysfsReadError(path, `expected a link to a PCI device, found ${address}`)
  return address
}

/** Runs one read; on failure records a warning naming the path and returns null. */
export function attempt<T> (warnings: string[], path: string, read: () => T): T | null {
  try {
    return read()
  } catch (cause) {
    warnings.push(cause instanceof SysfsReadError ? cause.message : `${path}: ${(cause as Error).message}`)
    return null
  }
}
