/**
 * Capacity report (docs/architecture.md §5), Ganeti hspace-style: how many more VMs of one spec fit, found by
 * placing copies of it with the same pipeline as `plan` (a {@link Planner}) until none fits, and
 * what stops each host from taking one more.
 */
import type { VmSpec } from '@multiverse/domain'
import type { HostReasonCode, PlanSnapshot } from './model.ts'
import { compareNames } from './movable.ts'
import { checkGroups } from './plan.ts'
import { Planner } from './planner.ts'
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
 * spec wrong whatever the hosts (a mapping the cluster does not have, a group nobody is in).
 */
export function capacity (snapshot: PlanSnapshot, spec: VmSpec, options: CapacityOptions = {}): CapacityReport {
  checkGroups(snapshot, [spec])
  const request = compileRequest(spec, snapshot.mappings)
  // The planner keeps each host's totals, so a copy costs the same however many are placed.
  const planner = new Planner(snapshot.hosts, { strategy: options.strategy ?? 'binpack' })
  const byHost: Record<string, number> = Object.fromEntries(planner.hosts.map((h) => [h.name, 0]))
  let total = 0
  while (total < MAX_CAPACITY_COPIES) {
    const outcome = planner.place(request)
    if (!('host' in outcome)) {
      const limitedBy: Record<string, HostReasonCode> = {}
      for (const [host, reason] of Object.entries(outcome.reasons).sort(([a], [b]) => compareNames(a, b))) limitedBy[host] = reason.code
      return { total, byHost, limitedBy, capped: false }
    }
    total++
    byHost[outcome.host] = (byHost[outcome.host] ?? 0) + 1
  }
  return { total, byHost, limitedBy: {}, capped: true }
}
