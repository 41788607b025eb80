/**
 * The placement engine behind `plan`, `evacuate` and `capacity`: VMs placed one at a time over a
 * private copy of the hosts, each placement consuming what it takes, with the hosts' running
 * totals and device indexes kept up to date rather than recomputed per evaluation.
 */
import type { PlacedVm, PlanHost, Placement, Unplaced } from './model.ts'
import { rank } from './rank.ts'
import { repair } from './repair.ts'
import type { Landed } from './moves.ts'
import { recordOf } from './record.ts'
import type { RecordVm } from './record.ts'
import type { CompiledRequest } from './request.ts'
import type { Strategy } from './scores.ts'
import { addVm, clusterOf } from './state.ts'
import type { Cluster } from './state.ts'

export interface PlannerOptions {
  /** Default binpack. */
  strategy?: Strategy
  /** Record every host's verdict in each answer (`--explain`). Default false: it costs more than placing. */
  explain?: boolean
  /**
   * When a VM fits nowhere, move one VM this planner placed earlier to make room (see
   * repair.ts). Default false: evacuation and capacity keep each placement where it fell.
   */
  repair?: boolean
}

/**
 * Places VMs one after another. The hosts given are never modified: the planner works on a
 * copy of their VM lists. Deterministic: the same hosts and requests give the same answers.
 */
export class Planner {
  readonly cluster: Cluster
  readonly strategy: Strategy
  readonly explain: boolean
  readonly repair: boolean
  /** The VMs this planner placed, by the record on their host: the only ones a repair moves. */
  private readonly landed = new Map<PlacedVm, Landed>()
  /** The current placement of each VM placed, by name. */
  private readonly placements = new Map<string, Placement>()
  /**
   * Requests refused since the last change to the hosts, by shape (see {@link shapeOf}): one of
   * the same shape gets the same answer, so a full cluster refusing a hundred replicas searches
   * once (Nomad's computed node classes memoize feasibility the same way).
   */
  private readonly refused = new Map<string, Unplaced>()

  constructor (hosts: readonly PlanHost[], options: PlannerOptions = {}) {
    this.cluster = clusterOf(hosts, true)
    this.strategy = options.strategy ?? 'binpack'
    this.explain = options.explain ?? false
    this.repair = options.repair ?? false
  }

  /** The hosts as they stand, by name, with what was placed on them. */
  get hosts (): PlanHost[] {
    return this.cluster.states.map((s) => s.host)
  }

  /** The best host for `request` now, or every host's reason; places nothing. */
  evaluate (request: CompiledRequest): Placement | Unplaced {
    return rank(this.cluster, request, { strategy: this.strategy, explain: this.explain })
  }

  /**
   * Places `request` on its best host and keeps what it takes there, or says why no host can
   * take it. With `repair`, a VM placed earlier may move to make room: {@link placementOf}
   * then tells where it is now.
   */
  place (request: CompiledRequest, record: RecordVm = recordOf): Placement | Unplaced {
    const shape = shapeOf(request)
    const known = this.refused.get(shape)
    if (known !== undefined) return copyFor(request.spec.name, known)
    const outcome = this.evaluate(request)
    if ('host' in outcome) {
      this.keep(request, record, outcome)
      return outcome
    }
    const repaired = this.repair ? repair(this.cluster, request, outcome.reasons, this.landed, this.strategy, this.explain) : null
    if (repaired === null) { this.refused.set(shape, outcome); return copyFor(request.spec.name, outcome) }
    for (const move of repaired.moves) {
      this.landed.set(move.after, this.landed.get(move.before)!)
      this.landed.delete(move.before)
      this.placements.set(move.placement.vm, move.placement)
    }
    this.keep(request, record, repaired.placement)
    return repaired.placement
  }

  /** Where the VM named `vm` is placed now, if this planner placed it. */
  placementOf (vm: string): Placement | undefined {
    return this.placements.get(vm)
  }

  private keep (request: CompiledRequest, record: RecordVm, placement: Placement): void {
    this.refused.clear()
    const vm = record(request, placement.host, placement.devices)
    addVm(this.cluster, this.cluster.byName.get(placement.host)!, vm)
    this.landed.set(vm, { request, record })
    this.placements.set(request.spec.name, placement)
  }
}

/** A remembered refusal as the answer for `vm`: its own objects, since callers may change theirs. */
function copyFor (vm: string, known: Unplaced): Unplaced {
  const reasons: Unplaced['reasons'] = {}
  for (const [host, reason] of Object.entries(known.reasons)) reasons[host] = { ...reason }
  return { vm, reasons, evaluations: known.evaluations.map((e) => e.fits ? { ...e } : { ...e, reason: { ...e.reason } }) }
}

/**
 * Everything about a request that the filters and scores read, without its name: two requests
 * of one shape get the same answer from the same hosts.
 */
function shapeOf (r: CompiledRequest): string {
  const p = r.spec.placement
  return JSON.stringify([r.vcpus, r.memoryBytes, r.hugepageBytes, r.diskBytes, r.labels, [...r.antiAffinity], r.affinity, p.group, p.numa, p.host,
    r.selectors.map((s) => [s.label, s.count])])
}

/**
 * Evaluates every host for one compiled request and picks the best, ties to the first by name;
 * places nothing. Every host's verdict is in `evaluations`. For a run of placements, use
 * {@link Planner}, which keeps each host's totals instead of summing its VMs on every call.
 */
export function placeOne (hosts: readonly PlanHost[], request: CompiledRequest, strategy: Strategy): Placement | Unplaced {
  return rank(clusterOf(hosts, false), request, { strategy, explain: true })
}
