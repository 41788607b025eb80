/**
 * The one schedule of waits between tries, for every retry and polling loop (the mesh's
 * dialer and LAN queries, waiting for a guest to shut down, asking an owner after a lost
 * answer, tests waiting for a condition). Pure: it says how long to wait, the caller waits,
 * so it can be tested as a table and every loop stays bounded by its own deadline
 * (docs/architecture.md §11).
 */

export interface BackoffPolicy {
  /** The first wait. */
  firstMs: number
  /** How many times longer each wait is than the one before: 2 unless said; 1 polls at a fixed interval. */
  factor?: number
  /** The longest wait: waits grow up to it and then stay there. No cap unless said. */
  maxMs?: number
}

/** A policy's waits were asked for with numbers that cannot make a schedule (a programming error). */
export class BackoffPolicyError extends Error {
  override name = 'BackoffPolicyError'
  constructor (policy: BackoffPolicy) {
    super(`not a back-off: ${JSON.stringify(policy)} (firstMs >= 0, factor >= 1, maxMs >= firstMs)`)
  }
}

export class Backoff {
  private readonly firstMs: number
  private readonly factor: number
  private readonly maxMs: number
  private waitMs: number | undefined

  constructor (policy: BackoffPolicy) {
    const { firstMs, factor = 2, maxMs = Infinity } = policy
    if (!(firstMs >= 0 && factor >= 1 && maxMs >= firstMs)) throw new BackoffPolicyError(policy)
    this.firstMs = firstMs
    this.factor = factor
    this.maxMs = maxMs
  }

  /**
   * The wait before the next try: `firstMs`, then `factor` times the last, at most `maxMs`.
   * `leftMs` (the time left before the caller's deadline) shortens this one wait so that the
   * last try comes at the deadline, not after it; never below 0.
   */
  next (leftMs = Infinity): number {
    this.waitMs = this.waitMs === undefined ? this.firstMs : Math.min(this.waitMs * this.factor, this.maxMs)
    return Math.max(0, Math.min(this.waitMs, leftMs))
  }

  /** Starts over: the next wait is `firstMs` again (the thing tried succeeded). */
  reset (): void {
    this.waitMs = undefined
  }
}
