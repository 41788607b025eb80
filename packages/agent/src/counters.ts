/** Messages dropped, by reason: each is counted and logged, and the agent carries on. */
export const DROP_REASONS = ['malformed', 'forged', 'replayed', 'wrong-cluster', 'not-member', 'oversized'] as const
export type DropReason = typeof DROP_REASONS[number]

export class Counters {
  readonly dropped: Record<DropReason, number> = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>
  gossipBytesIn = 0
  gossipBytesOut = 0
  syncs = 0
  /** Lease requests this host answered as a target: `granted`, or the refusal code. */
  readonly leaseAnswers: Record<string, number> = {}
  /** `vm place` on this host as a planner, by outcome. */
  readonly placements = { placed: 0, unplaced: 0 }

  leaseAnswer (outcome: string): void {
    this.leaseAnswers[outcome] = (this.leaseAnswers[outcome] ?? 0) + 1
  }

  drop (reason: DropReason): void {
    this.dropped[reason]++
  }
}
