/**
 * One VM against every host: the filters in order, then the scores of the hosts that pass, and
 * the best of them (ties to the first by name). Pure over the {@link Cluster}: changes nothing.
 */
import { FILTERS } from './filters.ts'
import type { Filter, HostContext } from './filters.ts'
import type { HostEvaluation, HostReason, Placement, Unplaced } from './model.ts'
import type { CompiledRequest } from './request.ts'
import { combine, scoreHost, weightList, weights } from './scores.ts'
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
    const evaluation = scored(ctx, strategy, w)
    if (explain) fits.push(evaluation)
    if (best === null || evaluation.score > best.score) {
      best = { vm: request.spec.name, host: evaluation.host, devices: evaluation.devices, score: evaluation.score, scores: evaluation.scores, evaluations: [] }
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
  const scores = scoreHost(ctx, strategy)
  const devices = ctx.resolution === null || ctx.resolution.devices.length === 0 ? [] : ctx.resolution.devices
  return { host: ctx.host.name, fits: true, devices, score: combine(scores, w), scores }
}

function reasonOf (filter: Filter, ctx: HostContext): HostReason {
  return { host: ctx.host.name, code: filter.code, detail: filter.detail(ctx) }
}
