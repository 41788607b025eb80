import { hostInventorySchema } from '@multiverse/domain'
import type { HostInventory, PciDevice, Reason } from '@multiverse/domain'
import { decodeVersioned, uint64 } from './codec.ts'
import { MalformedMessageError, OversizedMessageError, WrongVersionError } from './errors.ts'
import type { WireDecodeError } from './errors.ts'
import { multiverse } from './generated/wire.js'

const wire = multiverse.v1

export const INVENTORY_VERSION = 1
/** A 2,000-device host encodes to ~300 KiB; the cap leaves room and bounds a hostile peer. */
export const MAX_INVENTORY_BYTES = 1 << 20

export function encodeInventory (inventory: HostInventory): Uint8Array {
  const bytes = wire.HostInventory.encode(inventoryToWire(inventory)).finish()
  if (bytes.length > MAX_INVENTORY_BYTES) {
    throw new OversizedMessageError('HostInventory', `encodes to ${bytes.length} bytes, over the ${MAX_INVENTORY_BYTES}-byte cap`)
  }
  return bytes
}

export function inventoryToWire (inventory: HostInventory): multiverse.v1.HostInventory {
  return wire.HostInventory.create({
    version: INVENTORY_VERSION,
    hostname: inventory.hostname,
    cpu: { ...inventory.cpu, model: inventory.cpu.model ?? undefined },
    memory: inventory.memory,
    numaNodes: inventory.numaNodes,
    kvm: inventory.kvm,
    devices: inventory.devices.map(deviceToWire),
    iommuGroups: inventory.iommuGroups,
    warnings: inventory.warnings
  })
}

/** Decodes and validates; throws WireDecodeError saying what was wrong, never returns junk. */
export function decodeInventory (bytes: Uint8Array): HostInventory {
  const message = decodeVersioned('HostInventory', wire.HostInventory, bytes, MAX_INVENTORY_BYTES, INVENTORY_VERSION)
  const parsed = hostInventorySchema.safeParse(inventoryFromWire(message))
  if (!parsed.success) throw invalid('HostInventory', parsed.error)
  return parsed.data
}

/** The domain shape of a decoded message, not yet validated (the caller's schema does that). */
export function inventoryFromWire (message: multiverse.v1.IHostInventory): unknown {
  if (message.version !== INVENTORY_VERSION) {
    throw new WrongVersionError('HostInventory', `version ${message.version ?? 0}, this agent speaks ${INVENTORY_VERSION}`)
  }
  return {
    hostname: message.hostname,
    cpu: { model: message.cpu?.model ?? null, threads: message.cpu?.threads ?? 0, sockets: message.cpu?.sockets ?? 0 },
    memory: {
      totalBytes: uint64(message.memory?.totalBytes),
      availableBytes: uint64(message.memory?.availableBytes),
      hugepages: (message.memory?.hugepages ?? []).map((p) => ({ sizeBytes: uint64(p.sizeBytes), total: uint64(p.total), free: uint64(p.free) }))
    },
    numaNodes: (message.numaNodes ?? []).map((n) => ({ id: n.id, cpus: n.cpus, memoryBytes: uint64(n.memoryBytes) })),
    kvm: message.kvm,
    devices: (message.devices ?? []).map(deviceFromWire),
    iommuGroups: (message.iommuGroups ?? []).map((g) => ({
      id: g.id, devices: g.devices, endpoints: g.endpoints, assignable: g.assignable, reasons: (g.reasons ?? []).map(reasonFromWire)
    })),
    warnings: message.warnings ?? []
  }
}

/** The first schema issue, named by its path, as a WireDecodeError. */
export function invalid (messageType: string, error: { issues: Array<{ path: PropertyKey[], message: string }> }): WireDecodeError {
  const issue = error.issues[0]!
  return new MalformedMessageError(messageType, `invalid at ${issue.path.map(String).join('.')}: ${issue.message}`, { cause: error })
}

function deviceToWire (device: PciDevice): multiverse.v1.IPciDevice {
  const optional = <T>(value: T | null): T | undefined => value ?? undefined
  return {
    ...device,
    vendorId: optional(device.vendorId),
    deviceId: optional(device.deviceId),
    subsystemVendorId: optional(device.subsystemVendorId),
    subsystemDeviceId: optional(device.subsystemDeviceId),
    classCode: optional(device.classCode),
    vendorName: optional(device.vendorName),
    deviceName: optional(device.deviceName),
    driver: optional(device.driver),
    iommuGroup: optional(device.iommuGroup),
    numaNode: optional(device.numaNode),
    sriov: optional(device.sriov),
    physfn: optional(device.physfn)
  }
}

function deviceFromWire (d: multiverse.v1.IPciDevice): Record<keyof PciDevice, unknown> {
  return {
    address: d.address,
    vendorId: d.vendorId ?? null,
    deviceId: d.deviceId ?? null,
    subsystemVendorId: d.subsystemVendorId ?? null,
    subsystemDeviceId: d.subsystemDeviceId ?? null,
    classCode: d.classCode ?? null,
    className: d.className,
    vendorName: d.vendorName ?? null,
    deviceName: d.deviceName ?? null,
    driver: d.driver ?? null,
    iommuGroup: d.iommuGroup ?? null,
    numaNode: d.numaNode ?? null,
    isBridge: d.isBridge,
    bootVga: d.bootVga,
    netInterfaces: d.netInterfaces,
    sriov: d.sriov === null || d.sriov === undefined ? null : { totalVfs: d.sriov.totalVfs, numVfs: d.sriov.numVfs, vfs: d.sriov.vfs },
    physfn: d.physfn ?? null,
    assignable: d.assignable,
    reasons: (d.reasons ?? []).map(reasonFromWire)
  }
}

function reasonFromWire (r: multiverse.v1.IReason): Partial<Reason> {
  return { code: r.code as Reason['code'], detail: r.detail ?? '' }
}
