/**
 * Ranking of the hosts that passed every filter. Every score is in [0, 1] (1 = best), recorded
 * by name so that `--explain` can say why a host won, and combined in one place ({@link combine}).
 */
import type { NumaPolicy } from '@multiverse/domain'
import { ALL_SCARCE, freeScarceGroups, kindOf, scarceMask } from './devices.ts'
import type { HostContext } from './filters.ts'
import type { ScoreName, Scores } from './model.ts'
import { devicesOf, memoryRoom } from './state.ts'

/** binpack fills hosts up, leaving whole hosts free for big VMs; spread evens the load out. */
export type Strategy = 'binpack' | 'spread'

/**
 * The host's memory in use after this VM lands, as a fraction of what it offers: of ordinary
 * memory, or for a VM backed by hugepages, of the pool of its page size.
 */
function fullness (ctx: HostContext): number {
  const { free, total } = memoryRoom(ctx.state, ctx.request.hugepageBytes)
  return total <= 0 ? 1 : clamp((total - free + ctx.request.memoryBytes) / total)
}

/**
 * 1 when the host has no free scarce device (GPU, accelerator, SR-IOV VF: see devices.ts) of a
 * kind the VM does not get; n such free groups score 1 / (1 + n), so a 2-GPU host scores 1/3
 * for a VM with no GPU and a GPU-less host 1: never burn a host's scarce devices on a VM that
 * needs none.
 */
function deviceFit (ctx: HostContext): number {
  const index = devicesOf(ctx.state)
  const devices = ctx.resolution?.devices ?? []
  let got = 0
  for (const a of devices) got |= scarceMask(kindOf(index.byAddress.get(a)))
  return 1 / (1 + freeScarceGroups(index, ALL_SCARCE & ~got, devices))
}

/** 1 when all the VM's devices sit on one NUMA node (or it has none), else 0. */
function numaFit (ctx: HostContext): number {
  const devices = ctx.resolution?.devices ?? []
  if (devices.length === 0) return 1
  const { byAddress } = devicesOf(ctx.state)
  const nodes = new Set(devices.flatMap((a) => byAddress.get(a)?.numaNode ?? []))
  return nodes.size <= 1 ? 1 : 0
}

/**
 * The weights, in one place. NUMA fit counts only when the spec asks for it ('required' has
 * already filtered; 'preferred' is where it ranks). Device fit weighs as much as packing: a GPU
 * host taken by a GPU-less VM costs a later GPU VM its only home.
 */
export function weights (strategy: Strategy, numa: NumaPolicy): Partial<Record<ScoreName, number>> {
  return { [strategy]: 1, deviceFit: 1, numaFit: numa === 'preferred' ? 1 : 0 }
}

/** Every score of this host, by name. */
export function scoreHost (ctx: HostContext, strategy: Strategy): Partial<Scores> {
  return scoreInto(ctx, strategy, {})
}

/** {@link scoreHost} into `out`: the ranking reuses one object for every host it scores. */
export function scoreInto (ctx: HostContext, strategy: Strategy, out: Partial<Scores>): Partial<Scores> {
  const full = fullness(ctx)
  out[strategy] = strategy === 'binpack' ? full : 1 - full
  out.deviceFit = deviceFit(ctx)
  out.numaFit = numaFit(ctx)
  return out
}

/** {@link weights} as the list {@link combine} walks: computed once per request, not per host. */
export type WeightList = readonly (readonly [ScoreName, number])[]

export function weightList (w: Partial<Record<ScoreName, number>>): WeightList {
  return Object.entries(w) as [ScoreName, number][]
}

/** The weighted mean of the scores: the one number hosts are ranked by, in [0, 1]. */
export function combine (scores: Partial<Scores>, w: WeightList): number {
  let sum = 0
  let total = 0
  for (const [name, weight] of w) {
    if (weight === 0) continue
    sum += weight * (scores[name] ?? 0)
    total += weight
  }
  return total === 0 ? 0 : sum / total
}

function clamp (x: number): number {
  return Math.min(1, Math.max(0, x))
}
