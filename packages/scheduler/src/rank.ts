/**
 * One VM against every host: the filters in order, then the scores of the hosts that pass, and
 * the best of them (ties to the first by name). Pure over the {@link Cluster}: changes nothing.
 */
import { FILTERS } from './filters.ts'
import type { Filter, HostContext } from './filters.ts'
import type { HostEvaluation, HostReason, Placement, Scores, Unplaced } from './model.ts'
import type { CompiledRequest } from './request.ts'
import { combine, scoreInto, weightList, weights } from './scores.ts'
import type { Strategy, WeightList } from './scores.ts'
import { compareNames } from './state.ts'
import type { Cluster, HostState } from './state.ts'

export interface RankOptions {
  strategy: Strategy
  /** Record every host's verdict (what `--explain` prints); else only the best is kept. */
  explain: boolean
  /** A host not to consider (the one a VM is being moved off). */
  exclude?: HostState
  /** False: a VM that fits nowhere comes back with no reasons (a repair's trial, which nobody reads). */
  reasons?: boolean
}

/**
 * The best host for `request`, or, when none fits, every host's first reason. Reasons' words
 * are built only here, for the answer returned: the filters' hot path builds none.
 */
export function rank (cluster: Cluster, request: CompiledRequest, options: RankOptions): Placement | Unplaced {
  const { strategy, explain } = options
  const w = weightList(weights(strategy, request.spec.placement.numa))
  const ctx = context(cluster, request)
  // One scores object for every host; the best (and, explaining, each) gets its own copy.
  const scratch: Partial<Scores> = {}
  const fits: Extract<HostEvaluation, { fits: true }>[] = []
  const rejected: HostEvaluation[] = []
  let best: Placement | null = null
  for (const state of cluster.states) {
    if (state === options.exclude) continue
    const failed = firstFailing(ctx, state)
    if (failed !== null) {
      if (explain) rejected.push({ host: state.host.name, fits: false, reason: reasonOf(failed, ctx) })
      continue
    }
    const score = combine(scoreInto(ctx, strategy, scratch), w)
    if (explain) fits.push({ host: state.host.name, fits: true, devices: devicesOf(ctx), score, scores: { ...scratch } })
    if (best === null || score > best.score) {
      best = { vm: request.spec.name, host: state.host.name, devices: devicesOf(ctx), score, scores: { ...scratch }, evaluations: [] }
    }
  }
  const evaluations = explain ? [...fits.sort((a, b) => b.score - a.score || compareNames(a.host, b.host)), ...rejected] : []
  if (best !== null) return { ...best, evaluations }
  const reasons: Record<string, HostReason> = {}
  if (explain) {
    for (const e of rejected) if (!e.fits) reasons[e.host] = e.reason
  } else if (options.reasons !== false) {
    for (const state of cluster.states) {
      if (state === options.exclude) continue
      const failed = firstFailing(ctx, state)
      if (failed !== null) reasons[state.host.name] = reasonOf(failed, ctx)
    }
  }
  return { vm: request.spec.name, reasons, evaluations }
}

/** Whether `request` fits on the host of `state` as things stand, and how well. */
export function fitsOn (cluster: Cluster, state: HostState, request: CompiledRequest, strategy: Strategy): Extract<HostEvaluation, { fits: true }> | null {
  const ctx = context(cluster, request)
  if (firstFailing(ctx, state) !== null) return null
  return scored(ctx, strategy, weightList(weights(strategy, request.spec.placement.numa)))
}

function context (cluster: Cluster, request: CompiledRequest): HostContext {
  // One context for all hosts, its host fields reset per host: no allocation per evaluation.
  return { host: cluster.states[0]?.host as HostContext['host'], request, state: cluster.states[0] as HostState, cluster, resolution: null }
}

function firstFailing (ctx: HostContext, state: HostState): Filter | null {
  ctx.host = state.host
  ctx.state = state
  ctx.resolution = null
  for (const filter of FILTERS) if (!filter.fits(ctx)) return filter
  return null
}

function scored (ctx: HostContext, strategy: Strategy, w: WeightList): Extract<HostEvaluation, { fits: true }> {
  const scores = scoreInto(ctx, strategy, {})
  return { host: ctx.host.name, fits: true, devices: devicesOf(ctx), score: combine(scores, w), scores }
}

/** The devices the VM gets, as its own array: a resolution is cached per host and may be read again. */
function devicesOf (ctx: HostContext): string[] {
  return ctx.resolution === null ? [] : [...ctx.resolution.devices]
}

function reasonOf (filter: Filter, ctx: HostContext): HostReason {
  return { host: ctx.host.name, code: filter.code, detail: filter.detail(ctx) }
}
