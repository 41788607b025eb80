/**
 * What repair and repack share: the VMs a plan placed and may place again, the moves that make
 * room, and the check that every moved VM's groups still hold where it ended up.
 */
import { clashAmong } from './anti-affinity.ts'
import type { Placement, PlacedVm } from './model.ts'
import type { RecordVm } from './record.ts'
import type { CompiledRequest } from './request.ts'
import { groupCount } from './state.ts'
import type { Cluster } from './state.ts'

/** A VM the plan placed: what placed it, so it can be placed again elsewhere. */
export interface Landed {
  request: CompiledRequest
  record: RecordVm
}

/** A VM of the plan moved to make room: its record before and after, and its new placement. */
export interface Move {
  before: PlacedVm
  after: PlacedVm
  placement: Placement
}

export interface Repaired {
  /** Where the new VM goes; the planner keeps it there. */
  placement: Placement
  moves: Move[]
}

/**
 * Whether every VM placed again still has its groups right where it ended up. Placed in a new
 * order, a VM with affinity may have come before any VM of its group (and landed anywhere).
 * Anti-affinity is judged both ways at every placement, so no order breaks it; it is checked
 * here too, by the same relation, because a repair is accepted on this word alone.
 */
export function groupsHold (cluster: Cluster, placed: ReadonlyArray<{ request: CompiledRequest, host: string }>): boolean {
  return placed.every(({ request, host }) => {
    const others = cluster.byName.get(host)!.host.vms.filter((vm) => vm.name !== request.spec.name)
    return request.affinity.every((g) => !cluster.groups.has(g) || groupCount(cluster, g, host) > 0) &&
      clashAmong(request, others) === undefined
  })
}

/** The moves as what {@link groupsHold} checks: each VM's request and its new host. */
export function placedAgain (moves: readonly Move[], landed: ReadonlyMap<PlacedVm, Landed>): { request: CompiledRequest, host: string }[] {
  return moves.map((m) => ({ request: landed.get(m.before)!.request, host: m.after.host }))
}
