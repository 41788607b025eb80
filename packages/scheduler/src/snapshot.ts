/**
 * Snapshot files for `plan --snapshot`: the JSON `cluster status --json` prints. Validated here,
 * at the edge, so that the scheduler reads typed data; extra fields are dropped (a newer agent
 * may print more), but every inventory must be exactly the public HostInventory shape.
 */
import { z } from 'zod'
import { HOST_NAME, PCI_ADDRESS, UsageError, hostInventorySchema } from '@multiverse/domain'
import { formatPath } from './errors.ts'
import { validateVmSpec } from './spec.ts'
import { hugepageSizeProblem } from './units.ts'
import type { PlanSnapshot } from './model.ts'

const address = z.string().regex(PCI_ADDRESS, 'a full PCI address like 0000:01:00.0')

const placedVm = z.object({
  name: z.string().min(1).max(63),
  host: z.string().optional(),
  vcpus: z.number().int().nonnegative(),
  memoryBytes: z.number().int().nonnegative(),
  // What `cluster status --json` prints: null (or absent) for ordinary memory.
  hugepageBytes: z.number().int().positive().refine((b) => hugepageSizeProblem(b) === null, 'a page size: a power of two of at least 4096').nullable().optional(),
  diskBytes: z.number().int().nonnegative().optional(),
  devices: z.array(address).default([]),
  group: z.string().optional(),
  antiAffinity: z.array(z.string()).optional(),
  // The spec file's own form (memory: 8GiB...), validated as `plan` validates spec files.
  spec: z.unknown().optional()
})

const host = z.object({
  id: z.string().default(''),
  name: z.string().regex(HOST_NAME, 'a host name'),
  state: z.enum(['alive', 'suspect', 'dead']),
  lastSeenMs: z.number().nullable().default(null),
  labels: z.record(z.string(), z.string()).default({}),
  inventory: hostInventorySchema,
  allocatable: z.object({
    vcpus: z.number().int().nonnegative(),
    memoryBytes: z.number().int().nonnegative(),
    diskBytes: z.number().int().nonnegative().optional()
  }),
  maintenance: z.boolean().optional(),
  vms: z.array(placedVm).default([])
})

const snapshotSchema = z.object({
  clusterId: z.string(),
  self: z.string().default(''),
  hosts: z.array(host),
  mappings: z.record(z.string(), z.record(z.string(), address)).default({})
})

/**
 * Parses a snapshot file's text. Throws UsageError naming the file and the first wrong field
 * (`hosts[1].inventory.devices[3].address: ...`).
 */
export function parseSnapshot (text: string, source: string): PlanSnapshot {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${source}: not JSON: ${(error as Error).message}`, {
      hint: 'a snapshot is what multiverse cluster status --json prints', cause: error
    })
  }
  const result = snapshotSchema.safeParse(document)
  if (!result.success) {
    const first = result.error.issues[0]!
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : ''
    throw new UsageError(`${source}: not a cluster snapshot: ${formatPath(first.path)}: ${first.message}${more}`, {
      hint: 'a snapshot is { clusterId, hosts: [...] } as multiverse cluster status --json prints it'
    })
  }
  const snapshot = result.data
  return {
    ...snapshot,
    hosts: snapshot.hosts.map((h, i) => ({
      ...h,
      vms: h.vms.map(({ spec, hugepageBytes, ...vm }, j) => {
        const parsed = spec === undefined ? undefined : validateVmSpec(spec, `${source}: hosts[${i}].vms[${j}].spec`)
        // A VM without the field (an older snapshot) is backed as its spec says, if it carries one.
        const page = hugepageBytes ?? parsed?.hugepageBytes ?? null
        return {
          ...vm,
          host: h.name,
          ...(page === null ? {} : { hugepageBytes: page }),
          ...(parsed === undefined ? {} : { spec: parsed })
        }
      })
    }))
  }
}
