/**
 * `cluster rebalance` on the live cluster (docs/architecture.md §5, §12): the scheduler's
 * rebalance plan on this host's view; with `apply`, carried out one move at a time, each by the
 * VM's owner (a migration like any other), and planned again on the view after each, since a
 * move changes what the next best one is. A VM is never moved twice (nor tried again once its
 * move failed), and it stops at `maxMoves` or when no move gains `minGain`.
 */
import type { ControlAnswer, ControlRequest } from '@multiverse/domain'
import { rebalance } from '@multiverse/scheduler'
import type { PlanSnapshot, RebalanceMove } from '@multiverse/scheduler'
import type { Logger } from 'pino'

/** How long, after a move, the view is waited for to show the VM on its new host before the next plan. */
const SETTLE_MS = 15_000
const DEFAULT_MAX_MOVES = 10

export interface RebalancerInit {
  planSnapshot: () => PlanSnapshot
  /** Moves VM `vm` to host `to`, by its owner; offline, its guest shut down as `offline` says. */
  migrate: (vm: string, to: string, offline: { force: boolean, timeoutSeconds?: number }) => Promise<void>
  /** The name of the host the view names the owner of `vm`. */
  ownerOf: (vm: string) => string | undefined
  log: Logger
  /** How often the view is looked at while it settles. Default 200 ms. */
  pollMs?: number
}

type Answer = ControlAnswer<'POST /v1/cluster/rebalance'>
type AppliedMove = Answer['moves'][number]

export class Rebalancer {
  private readonly init: RebalancerInit

  constructor (init: RebalancerInit) {
    this.init = init
  }

  async run (request: ControlRequest<'POST /v1/cluster/rebalance'>): Promise<Answer> {
    const options = { maxMoves: request.maxMoves ?? DEFAULT_MAX_MOVES, ...(request.minGain === undefined ? {} : { minGain: request.minGain }) }
    const planned = rebalance(this.init.planSnapshot(), options)
    if (request.apply !== true) return planned
    const moves: AppliedMove[] = []
    let stopped = `--max-moves ${options.maxMoves} reached`
    while (moves.length < options.maxMoves) {
      const move = nextMove(this.init.planSnapshot(), moves.map((m) => m.vm), options.minGain)
      if (move === undefined) { stopped = 'no move gains enough'; break }
      moves.push(await this.apply(move, { force: request.force === true, ...(request.timeoutSeconds === undefined ? {} : { timeoutSeconds: request.timeoutSeconds }) }))
    }
    const scoreAfter = rebalance(this.init.planSnapshot(), { maxMoves: 0 }).scoreBefore
    return { scoreBefore: planned.scoreBefore, scoreAfter, moves, stopped }
  }

  /** One move, by the VM's owner; then the view is given a moment to show it where it went. */
  private async apply (move: RebalanceMove, offline: { force: boolean, timeoutSeconds?: number }): Promise<AppliedMove> {
    try {
      await this.init.migrate(move.vm, move.to, offline)
    } catch (error) {
      this.init.log.warn({ vm: move.vm, to: move.to, err: (error as Error).message }, 'a rebalance move failed; the VM is left where it is')
      return { ...move, state: 'failed', why: (error as Error).message }
    }
    const until = Date.now() + SETTLE_MS
    while (this.init.ownerOf(move.vm) !== move.to && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, this.init.pollMs ?? 200))
    return { ...move, state: 'moved' }
  }
}

/** The best single move on `snapshot` now, none of the VMs in `done` (moved or tried), gaining at least `minGain`. */
export function nextMove (snapshot: PlanSnapshot, done: readonly string[], minGain?: number): RebalanceMove | undefined {
  return rebalance(snapshot, { maxMoves: 1, keep: done, ...(minGain === undefined ? {} : { minGain }) }).moves[0]
}
