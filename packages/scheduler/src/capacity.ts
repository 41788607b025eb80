/**
 * Capacity report (DESIGN §5), Ganeti hspace-style: how many more VMs of one spec fit, found by
 * placing copies of it with the same pipeline as `plan` ({@link placeOne}) until none fits, and
 * what stops each host from taking one more.
 */
import type { VmSpec } from '@multiverse/domain'
import type { HostReasonCode, PlacedVm, PlanSnapshot } from './model.ts'
import { compareNames, workingCopy } from './movable.ts'
import { placeOne } from './plan.ts'
import { compileRequest } from './request.ts'
import type { Strategy } from './scores.ts'

/** Placing stops here: a spec this small is a mistake, and an answer this large is "plenty". */
export const MAX_CAPACITY_COPIES = 10_000

export interface CapacityOptions {
  /** How copies are spread. Default binpack, as `plan`; the total rarely depends on it. */
  strategy?: Strategy
}

export interface CapacityReport {
  /** How many copies fit in all. */
  total: number
  /** Copies per host, every host of the snapshot listed (0 for those that took none). */
  byHost: Record<string, number>
  /** Per host, the first filter that refused one more copy; empty when `capped`. */
  limitedBy: Record<string, HostReasonCode>
  /** True when placing stopped at {@link MAX_CAPACITY_COPIES} with room left. */
  capped: boolean
}

/**
 * Places copies of `spec` greedily, each consuming capacity and devices, until none fits or
 * {@link MAX_CAPACITY_COPIES} have. Pure: the snapshot is not modified. Throws SpecError for a
 * spec wrong whatever the hosts (a mapping the cluster does not have).
 */
export function capacity (snapshot: PlanSnapshot, spec: VmSpec, options: CapacityOptions = {}): CapacityReport {
  const strategy = options.strategy ?? 'binpack'
  const request = compileRequest(spec, snapshot.mappings)
  const hosts = workingCopy(snapshot.hosts)
  const byHost: Record<string, number> = Object.fromEntries(hosts.map((h) => [h.name, 0]))
  // Copies on one host are kept as one record of their sums: the filters read only the sums,
  // the devices held and the group, and a list growing by one per copy would make this quadratic.
  const copies = new Map<string, PlacedVm>()
  let total = 0
  while (total < MAX_CAPACITY_COPIES) {
    const outcome = placeOne(hosts, request, strategy)
    if (!('host' in outcome)) {
      const limitedBy: Record<string, HostReasonCode> = {}
      for (const [host, reason] of Object.entries(outcome.reasons).sort(([a], [b]) => compareNames(a, b))) limitedBy[host] = reason.code
      return { total, byHost, limitedBy, capped: false }
    }
    total++
    byHost[outcome.host] = (byHost[outcome.host] ?? 0) + 1
    const host = hosts.find((h) => h.name === outcome.host)!
    const held = copies.get(host.name)
    const sum: PlacedVm = {
      name: `${spec.name} (copies)`,
      host: host.name,
      vcpus: (held?.vcpus ?? 0) + spec.vcpus,
      memoryBytes: (held?.memoryBytes ?? 0) + spec.memoryBytes,
      devices: [...(held?.devices ?? []), ...outcome.devices],
      ...(spec.placement.group === null ? {} : { group: spec.placement.group })
    }
    host.vms = held === undefined ? [...host.vms, sum] : host.vms.map((v) => v === held ? sum : v)
    copies.set(host.name, sum)
  }
  return { total, byHost, limitedBy: {}, capped: true }
}
