import { z } from 'zod'
import type { HostAdvert } from './cluster.ts'
import { hostInventorySchema } from './inventory-schema.ts'

/** Cluster ids are made by `cluster init`: 16 random bytes, hex. */
export const CLUSTER_ID = /^[0-9a-f]{32}$/
/** Host names: what `cluster status` prints and `--to HOST` takes. */
export const HOST_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$/

const label = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._/-]{0,62}$/, 'a label key like site or gpu.vendor')

export const hostAdvertSchema: z.ZodType<HostAdvert> = z.strictObject({
  clusterId: z.string().regex(CLUSTER_ID, 'a cluster id (32 hex digits)'),
  seq: z.number().int().positive(),
  name: z.string().regex(HOST_NAME, 'a host name (letters, digits, . _ -; at most 63)'),
  inventory: hostInventorySchema,
  allocatable: z.strictObject({ vcpus: z.number().int().nonnegative().max(1 << 20), memoryBytes: z.number().int().nonnegative().max(2 ** 53) }),
  labels: z.record(label, z.string().max(256)).refine((labels) => Object.keys(labels).length <= 64, 'at most 64 labels'),
  addresses: z.array(z.string().max(256)).max(32),
  issuedAtMs: z.number().int().nonnegative()
})
