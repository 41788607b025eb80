/**
 * Placement: feasibility then ranking over every host, one VM at a time (Nomad's generic stack,
 * Kubernetes' filter/score). Pure: the snapshot is never modified; each placement consumes
 * capacity and devices in the {@link Planner}'s private copy, so the next VM sees what the
 * previous one took.
 */
import type { VmSpec } from '@multiverse/domain'
import { SpecError } from './errors.ts'
import type { SpecProblem } from './errors.ts'
import type { PlanResult, PlanSnapshot, Unplaced } from './model.ts'
import { Planner } from './planner.ts'
import { compileRequest } from './request.ts'
import type { Strategy } from './scores.ts'
import { compareNames } from './state.ts'

export { placeOne } from './planner.ts'

export interface PlanOptions {
  /** Default binpack. */
  strategy?: Strategy
  /**
   * Fill in every placement's and unplaced VM's `evaluations` (`--explain`). Default false:
   * unplaced VMs still get every host's reason.
   */
  explain?: boolean
}

/**
 * Places `specs` in order; a VM that fits nowhere may move one placed before it to make room
 * (never one of the snapshot's: see repair.ts). Never throws for a VM that fits nowhere (it is `unplaced`, with every
 * host's reason); throws {@link SpecError} for specs that are wrong whatever the hosts (two
 * specs with one name, a mapping the cluster does not have, a group nobody is in).
 */
export function plan (snapshot: PlanSnapshot, specs: readonly VmSpec[], options: PlanOptions = {}): PlanResult {
  const seen = new Set<string>()
  for (const spec of specs) {
    if (seen.has(spec.name)) throw new SpecError(spec.name, [{ path: 'name', problem: 'two specs have this name: a VM name is unique' }])
    seen.add(spec.name)
  }
  checkGroups(snapshot, specs)
  const requests = specs.map((spec) => compileRequest(spec, snapshot.mappings))
  const planner = new Planner(snapshot.hosts, { ...options, repair: true })
  const unplaced: Unplaced[] = []
  for (const request of requests) {
    const outcome = planner.place(request)
    if (!('host' in outcome)) unplaced.push(outcome)
  }
  // Where each VM is at the end: a later VM's repair may have moved an earlier one.
  return { placements: requests.flatMap((r) => planner.placementOf(r.spec.name) ?? []), unplaced }
}

/**
 * A group named in `affinity` or `antiAffinity` must be some VM's group, in the snapshot or in
 * this plan (the spec's own included): a misspelt group would otherwise hold nothing apart, or,
 * for affinity, nothing together, and say nothing.
 */
export function checkGroups (snapshot: PlanSnapshot, specs: readonly VmSpec[]): void {
  const known = new Set<string>()
  for (const host of snapshot.hosts) for (const vm of host.vms) if (vm.group !== undefined) known.add(vm.group)
  for (const spec of specs) if (spec.placement.group !== null) known.add(spec.placement.group)
  for (const spec of specs) {
    const problems: SpecProblem[] = []
    for (const field of ['antiAffinity', 'affinity'] as const) {
      spec.placement[field].forEach((group, i) => {
        if (known.has(group)) return
        const groups = [...known].sort(compareNames)
        problems.push({
          path: `placement.${field}[${i}]`,
          problem: `no VM in the snapshot or this plan is in group ${group} (${groups.length === 0 ? 'none has a group' : `known groups: ${groups.join(', ')}`})`
        })
      })
    }
    if (problems.length > 0) throw new SpecError(spec.name, problems, { hint: 'check the spelling, or give a VM that group with placement.group' })
  }
}
