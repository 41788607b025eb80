/**
 * Waiting in tests for something to happen, instead of sleeping a fixed time and hoping it has
 * (docs/architecture.md §11: every wait is bounded, and its waits come from the one Backoff).
 * Plain Node, no vitest: the lab's scripts (test/lab/*.ts), which run as their own processes,
 * wait with it too.
 */
import { Backoff } from '@multiverse/domain'

export interface UntilOptions {
  /** How long to wait at most (10 s unless said). */
  timeoutMs?: number
  /** How long between two checks (50 ms unless said). */
  intervalMs?: number
  /** What was seen last, for the message when the wait runs out. */
  seen?: () => string
}

/**
 * Checks `check` at once and then every `intervalMs` until it holds; resolves how long that
 * took. When it does not hold within `timeoutMs`, throws `timed out after N ms waiting for
 * WHAT` (and what was seen last). What `check` throws is thrown at once.
 */
export async function until (what: string, check: () => boolean | Promise<boolean>, options: UntilOptions | number = {}): Promise<number> {
  const { timeoutMs = 10_000, intervalMs = 50, seen } = typeof options === 'number' ? { timeoutMs: options } : options
  const start = Date.now()
  const waits = new Backoff({ firstMs: intervalMs, factor: 1 })
  while (!await check()) {
    const left = timeoutMs - (Date.now() - start)
    if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen === undefined ? '' : `: ${seen()}`}`)
    // The last check comes at the deadline, not an interval after it.
    await new Promise((resolve) => setTimeout(resolve, waits.next(left)))
  }
  return Date.now() - start
}

/**
 * Checks `check` at once and then every `intervalMs` for `forMs`: for what must stay true for a
 * while (a removed member kept out while it keeps dialling). `check` throws when it does not
 * hold (an `expect`), and that ends the wait at once.
 */
export async function throughout (forMs: number, check: () => void | Promise<void>, intervalMs = 250): Promise<void> {
  const end = Date.now() + forMs
  const waits = new Backoff({ firstMs: intervalMs, factor: 1 })
  for (;;) {
    await check()
    if (Date.now() >= end) return
    await new Promise((resolve) => setTimeout(resolve, waits.next(end - Date.now())))
  }
}
