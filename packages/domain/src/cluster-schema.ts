import { z } from 'zod'
import { VM_STATES } from './cluster.ts'
import type { Capacity, HostAdvert, HostVm } from './cluster.ts'
import { hostInventorySchema } from './inventory-schema.ts'
import { PCI_ADDRESS } from './pci-address.ts'

/** Cluster ids are made by `cluster init`: 16 random bytes, hex. */
export const CLUSTER_ID = /^[0-9a-f]{32}$/
/** Host names: what `cluster status` prints and `--to HOST` takes. */
export const HOST_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$/

const label = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._/-]{0,62}$/, 'a label key like site or gpu.vendor')

/** VM and group names: also libvirt domain names. */
export const VM_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$/
/** Lease ids: 16 random bytes, hex, chosen by the planner. */
export const LEASE_ID = /^[0-9a-f]{32}$/
/** At most this many VMs and leases in one advert. */
export const MAX_HOST_VMS = 1024

/** A hugepage size: a power of two of at least 4KiB (the spec's rule; libvirt's `<page size>`). */
export const hugepageBytesSchema = z.number().int().min(4096, 'a page size of at least 4096 bytes').max(2 ** 53)
  .refine((b) => Number.isInteger(Math.log2(b)), 'a page size: a power of two')

/** A VM or lease as an advert holds it; `hostVmSchema` is the same, checked against HostVm. */
export const hostVmObject = z.strictObject({
  name: z.string().regex(VM_NAME, 'a VM name'),
  state: z.enum(VM_STATES as [string, ...string[]]) as z.ZodType<HostVm['state']>,
  vcpus: z.number().int().nonnegative().max(1 << 16),
  memoryBytes: z.number().int().nonnegative().max(2 ** 53),
  // Absent (an older agent) is ordinary memory.
  hugepageBytes: hugepageBytesSchema.nullable().default(null),
  diskBytes: z.number().int().nonnegative().max(2 ** 53),
  devices: z.array(z.string().regex(PCI_ADDRESS, 'a PCI address')).max(256),
  group: z.string().regex(VM_NAME, 'a group name').nullable(),
  spec: z.unknown(),
  lease: z.strictObject({ id: z.string().regex(LEASE_ID, 'a lease id'), expiresAtMs: z.number().int().nonnegative(), holder: z.string().max(128) }).optional(),
  generation: z.number().int().nonnegative().max(2 ** 53).optional()
})
export const hostVmSchema: z.ZodType<HostVm> = hostVmObject

export const capacitySchema: z.ZodType<Capacity> = z.strictObject({
  vcpus: z.number().int().nonnegative().max(1 << 20),
  memoryBytes: z.number().int().nonnegative().max(2 ** 53),
  diskBytes: z.number().int().nonnegative().max(2 ** 53).optional()
})

export const hostAdvertSchema: z.ZodType<HostAdvert> = z.strictObject({
  clusterId: z.string().regex(CLUSTER_ID, 'a cluster id (32 hex digits)'),
  seq: z.number().int().positive(),
  name: z.string().regex(HOST_NAME, 'a host name (letters, digits, . _ -; at most 63)'),
  inventory: hostInventorySchema,
  allocatable: capacitySchema,
  labels: z.record(label, z.string().max(256)).refine((labels) => Object.keys(labels).length <= 64, 'at most 64 labels'),
  addresses: z.array(z.string().max(256)).max(32),
  issuedAtMs: z.number().int().nonnegative(),
  vms: z.array(hostVmSchema).max(MAX_HOST_VMS),
  maintenance: z.boolean()
})
