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
import { fitOrder } from './order.ts'
import type { PlanOrder } from './order.ts'
import { Planner } from './planner.ts'
import { compileRequest } from './request.ts'
import type { Strategy } from './scores.ts'
import { compareNames } from './state.ts'

export { placeOne } from './planner.ts'
export type { PlanOrder } from './order.ts'

export interface PlanOptions {
  /** Default binpack. */
  strategy?: Strategy
  /**
   * Fill in every placement's and unplaced VM's `evaluations` (`--explain`). Default false:
   * unplaced VMs still get every host's reason.
   */
  explain?: boolean
  /**
   * The order the VMs are placed in. 'given' (default): the specs' order, first come first
   * served; a VM that fits is never refused to make room for a later one. 'fit': the order that
   * places the most VMs, smallest first with groups before the VMs whose affinity follows them (see order.ts);
   * which VMs get in then depends on their sizes, not their position.
   * Either way the result lists VMs in the specs' order.
   */
  order?: PlanOrder
}

/**
 * Places `specs` in order (the specs' own, or with `order: 'fit'` the planner's: see order.ts);
 * a VM that fits nowhere may move one placed before it to make room (never one of the
 * snapshot's: see repair.ts). `placements` and `unplaced` list VMs in the specs' order whatever
 * the order of placing. Never throws for a VM that fits nowhere (it is `unplaced`, with every
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
  const { order = 'given', ...rest } = options
  const planner = new Planner(snapshot.hosts, { ...rest, repair: true })
  const unplaced = new Map<string, Unplaced>()
  for (const request of order === 'fit' ? fitOrder(snapshot.hosts, requests) : requests) {
    const outcome = planner.place(request)
    if (!('host' in outcome)) unplaced.set(request.spec.name, outcome)
  }
  // Where each VM is at the end: a later VM's repair may have moved an earlier one.
  return {
    placements: requests.flatMap((r) => planner.placementOf(r.spec.name) ?? []),
    unplaced: requests.flatMap((r) => unplaced.get(r.spec.name) ?? [])
  }
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
