/**
 * The placement engine behind `plan`, `evacuate` and `capacity`: VMs placed one at a time over a
 * private copy of the hosts, each placement consuming what it takes, with the hosts' running
 * totals and device indexes kept up to date rather than recomputed per evaluation.
 */
import type { PlacedVm, PlanHost, Placement, Unplaced } from './model.ts'
import { rank } from './rank.ts'
import type { CompiledRequest } from './request.ts'
import type { Strategy } from './scores.ts'
import { addVm, clusterOf } from './state.ts'
import type { Cluster } from './state.ts'

export interface PlannerOptions {
  /** Default binpack. */
  strategy?: Strategy
  /** Record every host's verdict in each answer (`--explain`). Default false: it costs more than placing. */
  explain?: boolean
}

/** What `place` keeps on a host for a VM that lands there: by default, the request's own sizes. */
export type Record = (request: CompiledRequest, host: string, devices: string[]) => PlacedVm

/** The VM a request becomes on the host it lands on. */
export const recordOf: Record = (request, host, devices) => ({
  name: request.spec.name,
  host,
  vcpus: request.vcpus,
  memoryBytes: request.memoryBytes,
  diskBytes: request.diskBytes,
  devices,
  ...(request.spec.placement.group === null ? {} : { group: request.spec.placement.group })
})

/**
 * Places VMs one after another. The hosts given are never modified: the planner works on a
 * copy of their VM lists. Deterministic: the same hosts and requests give the same answers.
 */
export class Planner {
  readonly cluster: Cluster
  readonly strategy: Strategy
  readonly explain: boolean

  constructor (hosts: readonly PlanHost[], options: PlannerOptions = {}) {
    this.cluster = clusterOf(hosts, true)
    this.strategy = options.strategy ?? 'binpack'
    this.explain = options.explain ?? false
  }

  /** The hosts as they stand, by name, with what was placed on them. */
  get hosts (): PlanHost[] {
    return this.cluster.states.map((s) => s.host)
  }

  /** The best host for `request` now, or every host's reason; places nothing. */
  evaluate (request: CompiledRequest): Placement | Unplaced {
    return rank(this.cluster, request, { strategy: this.strategy, explain: this.explain })
  }

  /** Places `request` on its best host and keeps what it takes there, or says why no host can take it. */
  place (request: CompiledRequest, record: Record = recordOf): Placement | Unplaced {
    const outcome = this.evaluate(request)
    if ('host' in outcome) addVm(this.cluster, this.cluster.byName.get(outcome.host)!, record(request, outcome.host, outcome.devices))
    return outcome
  }
}

/**
 * Evaluates every host for one compiled request and picks the best, ties to the first by name;
 * places nothing. Every host's verdict is in `evaluations`. For a run of placements, use
 * {@link Planner}, which keeps each host's totals instead of summing its VMs on every call.
 */
export function placeOne (hosts: readonly PlanHost[], request: CompiledRequest, strategy: Strategy): Placement | Unplaced {
  return rank(clusterOf(hosts, false), request, { strategy, explain: true })
}
