/**
 * Waiting in tests for something to happen, instead of sleeping a fixed time and hoping it has
 * (docs/architecture.md §11: every wait is bounded). Plain Node, no vitest: the lab's scripts
 * (test/lab/*.ts), which run as their own processes, wait with it too.
 */

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
  while (!await check()) {
    if (Date.now() - start >= timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen === undefined ? '' : `: ${seen()}`}`)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
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
  for (;;) {
    await check()
    if (Date.now() >= end) return
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, end - Date.now())))
  }
}
