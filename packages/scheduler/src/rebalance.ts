/**
 * Rebalance plan (docs/architecture.md §5), Ganeti hbal-style: greedy steps, each the single move that lowers
 * the {@link clusterScore} the most, while it lowers it by at least `minGain`. Every candidate
 * target is judged by the same pipeline as `plan` ({@link rank}), so a move never breaks a
 * constraint a placement would respect, and passthrough devices move only to equivalent free ones.
 */
import { UsageError } from '@multiverse/domain'
import { clusterScore, hostLoad } from './cluster-score.ts'
import type { HostLoad } from './cluster-score.ts'
import type { PlacedVm, PlanHost, PlanSnapshot } from './model.ts'
import { compareNames, moveRequest, placedOn, workingCopy } from './movable.ts'
import type { MoveRequest } from './movable.ts'
import { rank } from './rank.ts'
import { clusterOf } from './state.ts'

export interface RebalanceOptions {
  /** At most this many moves. Default 10. */
  maxMoves?: number
  /** A move must lower the score by at least this much. Default 0.01. */
  minGain?: number
  /** VMs that must not move (`cluster rebalance --apply` names those it moved already). */
  keep?: readonly string[]
}

export interface RebalanceMove {
  vm: string
  from: string
  to: string
  /** The addresses it gets on `to`. */
  devices: string[]
  /** How much this move lowered the score; always > 0. */
  gain: number
}

export interface RebalancePlan {
  scoreBefore: number
  scoreAfter: number
  /** In the order they are to be made: each step's score assumes the moves before it. */
  moves: RebalanceMove[]
}

/** Below this a gain is rounding noise, whatever `minGain` says: no move for nothing. */
const EPSILON = 1e-9

/**
 * Plans moves over the alive hosts. Pure: the snapshot is not modified. Never moves an unmovable
 * VM (pinned, `migration: never`), never moves a VM twice (no ping-pong: each step's best move
 * might otherwise undo an earlier one), and leaves VMs on hosts that are not alive or are in
 * maintenance to evacuation (nor does such a host's load count: it is being emptied).
 * Throws UsageError for options out of range.
 */
export function rebalance (snapshot: PlanSnapshot, options: RebalanceOptions = {}): RebalancePlan {
  const maxMoves = options.maxMoves ?? 10
  const minGain = options.minGain ?? 0.01
  if (!Number.isInteger(maxMoves) || maxMoves < 0) throw new UsageError(`maxMoves must be a whole number, 0 or more, not ${maxMoves}`)
  if (!Number.isFinite(minGain) || minGain < 0) throw new UsageError(`minGain must be a number, 0 or more, not ${minGain}`)
  const hosts = workingCopy(snapshot.hosts)
  const loads = new Map<string, HostLoad>(hosts.filter(alive).map((h) => [h.name, hostLoad(h)]))
  const requests = new Map<string, MoveRequest>()
  const moved = new Set<string>(options.keep ?? [])
  const scoreBefore = clusterScore([...loads.values()])
  let score = scoreBefore
  const moves: RebalanceMove[] = []
  while (moves.length < maxMoves) {
    const best = bestMove(hosts, loads, score, snapshot, requests, moved)
    if (best === null || best.gain < minGain || best.gain <= EPSILON) break
    const from = hosts.find((h) => h.name === best.from)!
    const to = hosts.find((h) => h.name === best.to)!
    from.vms = from.vms.filter((v) => v !== best.placed)
    to.vms = [...to.vms, placedOn(best.placed, to.name, best.devices)]
    loads.set(from.name, hostLoad(from))
    loads.set(to.name, hostLoad(to))
    moved.add(best.vm)
    score = clusterScore([...loads.values()])
    moves.push({ vm: best.vm, from: best.from, to: best.to, devices: best.devices, gain: best.gain })
  }
  return { scoreBefore, scoreAfter: score, moves }
}

interface Candidate extends RebalanceMove { placed: PlacedVm }

/** The move with the largest gain this step; ties go to the first VM, then target, by name. */
function bestMove (
  hosts: readonly PlanHost[], loads: ReadonlyMap<string, HostLoad>, score: number,
  snapshot: PlanSnapshot, requests: Map<string, MoveRequest>, moved: ReadonlySet<string>
): Candidate | null {
  let best: Candidate | null = null
  for (const source of hosts.filter(alive)) {
    for (const vm of [...source.vms].sort((a, b) => compareNames(a.name, b.name))) {
      if (moved.has(vm.name)) continue
      // Compiled once: a VM moves at most once, so the host it derives its spec from never changes.
      let move = requests.get(vm.name)
      if (move === undefined) { move = moveRequest(vm, source, snapshot.mappings); requests.set(vm.name, move) }
      if (!move.ok) continue
      // Judged with the VM gone from its host, as it will be (its group no longer there, for
      // affinity); its host is not a target.
      const without = { ...source, vms: source.vms.filter((v) => v !== vm) }
      const sourceAfter = hostLoad(without)
      const cluster = clusterOf(hosts.map((h) => h === source ? without : h), false)
      const outcome = rank(cluster, move.request, { strategy: 'binpack', explain: true, exclude: cluster.byName.get(source.name) })
      for (const e of outcome.evaluations) {
        if (!e.fits) continue
        const target = hosts.find((h) => h.name === e.host)!
        const targetAfter = hostLoad({ ...target, vms: [...target.vms, placedOn(vm, target.name, e.devices)] })
        const after = new Map(loads).set(source.name, sourceAfter).set(target.name, targetAfter)
        const gain = score - clusterScore([...after.values()])
        if (best === null || gain > best.gain + EPSILON ||
          (Math.abs(gain - best.gain) <= EPSILON && (compareNames(vm.name, best.vm) || compareNames(e.host, best.to)) < 0)) {
          best = { vm: vm.name, from: source.name, to: e.host, devices: e.devices, gain, placed: vm }
        }
      }
    }
  }
  return best
}

/** A host whose load counts and whose VMs may be moved: alive and not being emptied. */
function alive (host: PlanHost): boolean {
  return host.state === 'alive' && host.maintenance !== true
}
