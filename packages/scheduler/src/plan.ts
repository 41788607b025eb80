/**
 * Placement: feasibility then ranking over every host, one VM at a time (Nomad's generic stack,
 * Kubernetes' filter/score). Pure: the snapshot is never modified; each placement consumes
 * capacity and devices in a private copy, so the next VM sees what the previous one took.
 */
import type { VmSpec } from '@multiverse/domain'
import { SpecError } from './errors.ts'
import { indexHost } from './devices.ts'
import { FILTERS } from './filters.ts'
import type { HostContext } from './filters.ts'
import type { HostEvaluation, HostReason, Placement, PlanHost, PlanResult, PlanSnapshot, Unplaced } from './model.ts'
import { compileRequest } from './request.ts'
import type { CompiledRequest } from './request.ts'
import { combine, scoreHost, weights } from './scores.ts'
import type { Strategy } from './scores.ts'

export interface PlanOptions {
  /** Default binpack. */
  strategy?: Strategy
}

/**
 * Places `specs` in order. Never throws for a VM that fits nowhere (it is `unplaced`, with every
 * host's reason); throws {@link SpecError} for specs that are wrong whatever the hosts (two
 * specs with one name, a mapping the cluster does not have).
 */
export function plan (snapshot: PlanSnapshot, specs: readonly VmSpec[], options: PlanOptions = {}): PlanResult {
  const strategy = options.strategy ?? 'binpack'
  const seen = new Set<string>()
  for (const spec of specs) {
    if (seen.has(spec.name)) throw new SpecError(spec.name, [{ path: 'name', problem: 'two specs have this name: a VM name is unique' }])
    seen.add(spec.name)
  }
  const requests = specs.map((spec) => compileRequest(spec, snapshot.mappings))
  // A private copy, by name: placements land in it, never in the caller's snapshot.
  const hosts: PlanHost[] = [...snapshot.hosts].sort((a, b) => compare(a.name, b.name)).map((h) => ({ ...h, vms: [...h.vms] }))
  const byName = new Map(hosts.map((h) => [h.name, h]))
  const result: PlanResult = { placements: [], unplaced: [] }
  for (const request of requests) {
    const outcome = placeOne(hosts, request, strategy)
    if ('host' in outcome) {
      result.placements.push(outcome)
      const { spec } = request
      byName.get(outcome.host)!.vms.push({
        name: spec.name, host: outcome.host, vcpus: spec.vcpus, memoryBytes: spec.memoryBytes, devices: outcome.devices,
        ...(spec.placement.group === null ? {} : { group: spec.placement.group })
      })
    } else {
      result.unplaced.push(outcome)
    }
  }
  return result
}

/** Evaluates every host for one compiled request and picks the best, ties to the first by name. */
export function placeOne (hosts: readonly PlanHost[], request: CompiledRequest, strategy: Strategy): Placement | Unplaced {
  const w = weights(strategy, request.spec.placement.numa)
  const evaluations = hosts.map((host) => evaluate(host, request, strategy, w))
  const fits = evaluations.filter((e) => e.fits).sort((a, b) => b.score - a.score || compare(a.host, b.host))
  const rejected = evaluations.filter((e) => !e.fits)
  const ordered: HostEvaluation[] = [...fits, ...rejected]
  const best = fits[0]
  if (best !== undefined) {
    return { vm: request.spec.name, host: best.host, devices: best.devices, score: best.score, scores: best.scores, evaluations: ordered }
  }
  const reasons: Record<string, HostReason> = {}
  for (const e of rejected) reasons[e.host] = e.reason
  return { vm: request.spec.name, reasons, evaluations: ordered }
}

function evaluate (host: PlanHost, request: CompiledRequest, strategy: Strategy, w: ReturnType<typeof weights>): HostEvaluation {
  let index: HostContext['index'] | undefined
  const ctx: HostContext = {
    host,
    request,
    // Only hosts that get as far as the device filter pay for indexing their devices.
    get index () { return (index ??= indexHost(host)) },
    usedVcpus: host.vms.reduce((sum, vm) => sum + vm.vcpus, 0),
    usedMemoryBytes: host.vms.reduce((sum, vm) => sum + vm.memoryBytes, 0),
    resolution: null
  }
  for (const filter of FILTERS) {
    const verdict = filter.check(ctx)
    if (!verdict.ok) return { host: host.name, fits: false, reason: { host: host.name, code: verdict.code, detail: verdict.detail } }
  }
  const scores = scoreHost(ctx, strategy)
  return { host: host.name, fits: true, devices: ctx.resolution?.devices ?? [], score: combine(scores, w), scores }
}

/** Code-point order, not locale order: the same on every host. */
function compare (a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
