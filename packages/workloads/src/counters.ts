/** What placement counts, as a planner and as a target. Read by the agent's metrics. */
export class PlacementCounters {
  /** Lease requests this host answered as a target: `granted`, or the refusal code. */
  readonly leaseAnswers: Record<string, number> = {}
  /** `vm place` on this host as a planner, by outcome. */
  readonly placements = { placed: 0, unplaced: 0 }

  leaseAnswer (outcome: string): void {
    this.leaseAnswers[outcome] = (this.leaseAnswers[outcome] ?? 0) + 1
  }
}
