/**
 * The HostInventory as a schema, for everything that arrives from outside the process: adverts
 * from peers, snapshot files. Caps bound what a malicious or broken peer can make us hold.
 */
import { z } from 'zod'
import type { HostInventory } from './inventory.ts'
import { PCI_ADDRESS } from './pci-address.ts'

/** More than any real host has (a 4-socket server with every SR-IOV VF enabled is ~4,000). */
export const MAX_DEVICES = 16384
const MAX_TEXT = 256
const MAX_WARNINGS = 1024

const address = z.string().regex(PCI_ADDRESS, 'a full PCI address like 0000:01:00.0')
const hex = (digits: number) => z.string().regex(new RegExp(`^[0-9a-f]{${digits}}$`), `${digits} lower-case hex digits`)
const text = z.string().max(MAX_TEXT)
const count = z.number().int().nonnegative()
const bytes = z.number().int().nonnegative().max(2 ** 53)

const reason = z.strictObject({
  code: z.enum(['no-iommu', 'bridge', 'no-endpoints', 'boot-gpu', 'default-route-nic', 'reserved', 'sriov-pf', 'platform-bridge', 'unreadable']),
  detail: z.string().max(1024)
})

const pciDevice = z.strictObject({
  address,
  vendorId: hex(4).nullable(),
  deviceId: hex(4).nullable(),
  subsystemVendorId: hex(4).nullable(),
  subsystemDeviceId: hex(4).nullable(),
  classCode: hex(6).nullable(),
  className: z.enum(['gpu', 'display', 'audio', 'nic', 'usb', 'nvme', 'storage', 'bridge', 'accelerator', 'serial-bus', 'other']),
  vendorName: text.nullable(),
  deviceName: text.nullable(),
  driver: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/).nullable(),
  iommuGroup: count.nullable(),
  numaNode: count.max(65535).nullable(),
  isBridge: z.boolean(),
  bootVga: z.boolean(),
  netInterfaces: z.array(z.string().regex(/^[^/\s]{1,15}$/, 'a network interface name')).max(64),
  sriov: z.strictObject({ totalVfs: count.max(65535), numVfs: count.max(65535), vfs: z.array(address).max(65535) }).nullable(),
  physfn: address.nullable(),
  assignable: z.boolean(),
  reasons: z.array(reason).max(64)
})

export const hostInventorySchema: z.ZodType<HostInventory> = z.strictObject({
  hostname: z.string().min(1).max(253),
  cpu: z.strictObject({ model: text.nullable(), threads: count.max(65536), sockets: count.max(1024) }),
  memory: z.strictObject({
    totalBytes: bytes,
    availableBytes: bytes,
    hugepages: z.array(z.strictObject({ sizeBytes: bytes, total: bytes, free: bytes })).max(16)
  }),
  numaNodes: z.array(z.strictObject({ id: count.max(65535), cpus: z.array(count.max(65535)).max(65536), memoryBytes: bytes })).max(1024),
  kvm: z.boolean(),
  devices: z.array(pciDevice).max(MAX_DEVICES),
  iommuGroups: z.array(z.strictObject({
    id: count,
    devices: z.array(address).max(MAX_DEVICES),
    endpoints: z.array(address).max(MAX_DEVICES),
    assignable: z.boolean(),
    reasons: z.array(reason).max(MAX_DEVICES)
  })).max(MAX_DEVICES),
  warnings: z.array(z.string().max(4096)).max(MAX_WARNINGS)
})
