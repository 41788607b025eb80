/**
 * Evacuation plan (docs/architecture.md §5): a new home for every VM on one host, or the reason it cannot
 * move. Each move is a placement by the same pipeline as `plan` (a {@link Planner}) over every
 * other host, and consumes what it takes there before the next VM is placed. The host is
 * usually in maintenance by then; that only keeps other VMs off it.
 */
import { UnknownHostError } from './errors.ts'
import type { HostReason, PlacedVm, PlanHost, PlanSnapshot } from './model.ts'
import { compareNames, moveRequest, placedOn } from './movable.ts'
import type { Unmovable } from './movable.ts'
import { Planner } from './planner.ts'
import type { Strategy } from './scores.ts'

export interface EvacuationMove {
  vm: string
  to: string
  /** The exact addresses it gets on `to`: equivalents of what it held. */
  devices: string[]
}

/** A VM that stays: unmovable whatever the hosts (`reason`), or no other host fits (`reasons`, per host). */
export type StuckVm =
  | { vm: string, reason: Unmovable }
  | { vm: string, reasons: Record<string, HostReason> }

export interface EvacuationPlan {
  host: string
  /** In the order they were placed (see {@link evacuate}). */
  moves: EvacuationMove[]
  stuck: StuckVm[]
}

export interface EvacuateOptions {
  /** How a target is chosen among those that fit. Default binpack, as `plan`. */
  strategy?: Strategy
}

/**
 * Plans the evacuation of `hostName`. Pure: the snapshot is not modified. The hardest VMs are
 * placed first (those holding devices, then the largest by memory, then by name), since they have
 * the fewest homes and a small VM placed first could take the one they needed.
 * Throws {@link UnknownHostError} when the snapshot has no such host.
 */
export function evacuate (snapshot: PlanSnapshot, hostName: string, options: EvacuateOptions = {}): EvacuationPlan {
  const strategy = options.strategy ?? 'binpack'
  const source = snapshot.hosts.find((h) => h.name === hostName)
  if (source === undefined) throw new UnknownHostError(hostName, snapshot.hosts.map((h) => h.name).sort(compareNames))
  const targets: PlanHost[] = snapshot.hosts.filter((h) => h.name !== hostName)
  const planner = new Planner(targets, { strategy })
  const result: EvacuationPlan = { host: hostName, moves: [], stuck: [] }
  for (const vm of [...source.vms].sort(hardestFirst)) {
    const move = moveRequest(vm, source, snapshot.mappings)
    if (!move.ok) { result.stuck.push({ vm: vm.name, reason: move.reason }); continue }
    // It keeps what it is (its spec, group, disks) and holds the target's equivalent devices.
    const outcome = planner.place(move.request, (_request, host, devices) => placedOn(vm, host, devices))
    if (!('host' in outcome)) { result.stuck.push({ vm: vm.name, reasons: outcome.reasons }); continue }
    result.moves.push({ vm: vm.name, to: outcome.host, devices: outcome.devices })
  }
  return result
}

function hardestFirst (a: PlacedVm, b: PlacedVm): number {
  return Number(b.devices.length > 0) - Number(a.devices.length > 0) || b.memoryBytes - a.memoryBytes || compareNames(a.name, b.name)
}
