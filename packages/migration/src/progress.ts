/**
 * The operator's view of a running migration and its limits (docs/architecture.md §12): fed
 * with what libvirt says it has moved, a {@link ProgressWatch} says where the migration is (the
 * phase, the bytes, a rate smoothed over the last few seconds, an ETA) and whether to go on. It
 * says abort when no byte moved for the progress timeout during the transfer (a dead link, a
 * stuck libvirt), or when the migration outlives its completion budget (a guest that dirties
 * memory faster than it moves never converges). Pure: the caller brings the samples and their
 * times (watch-job.ts polls libvirt), so every limit is tested to the millisecond.
 */
import { UsageError, formatBytes } from '@multiverse/domain'
import { beforeCommit } from './machine.ts'
import type { SourceStep } from './machine.ts'

/** The source's phases: its steps, less the abort (which is not watched: it is the way back). */
export type SourcePhase = Exclude<SourceStep, 'abort'>

/** How long the transfer may go without a byte moving before it is aborted. */
export const DEFAULT_PROGRESS_TIMEOUT_MS = 150_000
/** The completion budget per GiB of memory and disk (1 GiB in 150 s is ~7 MiB/s, far below any link's). */
export const BUDGET_MS_PER_GIB = 150_000
/** The least budget: a small VM's migration still has a fixed cost (reserve, prepare, libvirt's handshake). */
export const MIN_BUDGET_MS = 60_000
/** The rate is measured over about this long: one slow poll does not make it jump. */
export const RATE_WINDOW_MS = 5_000

const GIB = 1024 ** 3

/** What libvirt (or the driver, before the transfer) says at `atMs`, on the watch's clock. */
export interface ProgressSample {
  atMs: number
  phase: SourcePhase
  /** Bytes moved so far (domjobinfo's Data processed). */
  doneBytes: number
  /** All there is to move, when libvirt knows (Data total); it grows as the guest dirties memory. */
  totalBytes: number | null
  /** What is left of this pass (Data remaining). */
  remainingBytes: number | null
}

/** Where the migration is, for the operator. */
export interface ProgressEvent {
  phase: SourcePhase
  doneBytes: number
  totalBytes: number | null
  /** Bytes per second over the last ~{@link RATE_WINDOW_MS} (longer when samples are sparser); 0 until two samples. */
  rateBytesPerSecond: number
  /** At the current rate, until what remains has moved; null when unknown or nothing moves. */
  etaMs: number | null
  elapsedMs: number
}

export type AbortVerdict = { verdict: 'abort', why: 'stalled' | 'over-budget', reason: string, hint: string }
export type ProgressVerdict = { verdict: 'continue' } | AbortVerdict

export interface ProgressReport {
  event: ProgressEvent
  verdict: ProgressVerdict
}

export interface ProgressWatchOptions {
  /** When the migration started, on the samples' clock: elapsed time and the budget count from here. */
  startedAtMs: number
  /** The VM's memory plus its disks: what the default budget is made of (see {@link budgetMs}). */
  bytes: number
  /** Default {@link DEFAULT_PROGRESS_TIMEOUT_MS}. */
  progressTimeoutMs?: number
  /** The completion budget; default budgetMs(bytes). */
  budgetMs?: number
  /** The phase the watch starts in (its stall clock starts with it); default `reserve`. */
  phase?: SourcePhase
}

/** A limit that cannot be one (a timeout of 0, a negative size): the caller's or the operator's mistake. */
export class ProgressLimitError extends UsageError {
  override name = 'ProgressLimitError'
  constructor (what: string, value: number) {
    super(`${what} must be a positive number, not ${value}`, { hint: `give ${what} as a positive number` })
  }
}

/** The completion budget for `bytes` of memory and disk: {@link BUDGET_MS_PER_GIB} each GiB, at least {@link MIN_BUDGET_MS}. */
export function budgetMs (bytes: number): number {
  if (!(Number.isFinite(bytes) && bytes >= 0)) throw new ProgressLimitError('the bytes to move', bytes)
  return Math.max(MIN_BUDGET_MS, Math.ceil(bytes / GIB * BUDGET_MS_PER_GIB))
}

const CONTINUE: ProgressVerdict = { verdict: 'continue' }

/**
 * One migration's progress and limits. `observe` takes a sample, `silence` the passing of time
 * without one (libvirt did not answer): both return the event and the verdict. Progress is
 * bytes moving: a sample with more done than the one before. One with fewer (libvirt started
 * counting again: a new pass, another stream) is no progress, and the count goes on from it,
 * so the bytes after it count again. A phase change is progress too. The stall clock runs in
 * the transfer only (the other steps are bounded by their own calls' timeouts); the budget in
 * every phase before the commit. From the commit on the verdict is always `continue`: the VM is
 * being handed over, and going back would leave it on two hosts or none (machine.ts).
 */
export class ProgressWatch {
  readonly startedAtMs: number
  readonly progressTimeoutMs: number
  readonly budgetMs: number
  readonly #bytes: number
  readonly #budgetGiven: boolean
  #phase: SourcePhase
  #atMs: number
  /** When bytes last moved, or the phase changed: the stall clock's start. */
  #stillSinceMs: number
  #done = 0
  #total: number | null = null
  #remaining: number | null = null
  /** Every byte seen moving, across restarted counts: only grows, so the rate never goes negative. */
  #moved = 0
  #window: Array<{ atMs: number, moved: number }> = []

  constructor (options: ProgressWatchOptions) {
    const timeout = options.progressTimeoutMs ?? DEFAULT_PROGRESS_TIMEOUT_MS
    if (!(timeout > 0 && Number.isFinite(timeout))) throw new ProgressLimitError('the progress timeout (ms)', timeout)
    if (options.budgetMs !== undefined && !(options.budgetMs > 0 && Number.isFinite(options.budgetMs))) {
      throw new ProgressLimitError('the completion budget (ms)', options.budgetMs)
    }
    this.budgetMs = options.budgetMs ?? budgetMs(options.bytes)
    this.#budgetGiven = options.budgetMs !== undefined
    this.#bytes = options.bytes
    this.progressTimeoutMs = timeout
    this.startedAtMs = options.startedAtMs
    this.#atMs = options.startedAtMs
    this.#stillSinceMs = options.startedAtMs
    this.#phase = options.phase ?? 'reserve'
  }

  /** A sample from libvirt (or the driver). Numbers that cannot be byte counts are taken as no news. */
  observe (sample: ProgressSample): ProgressReport {
    const at = this.#enter(sample.atMs, sample.phase)
    const done = bytes(sample.doneBytes) ?? this.#done
    if (done > this.#done) {
      this.#moved += done - this.#done
      this.#stillSinceMs = at
    }
    this.#done = done
    this.#total = bytes(sample.totalBytes)
    this.#remaining = bytes(sample.remainingBytes)
    return this.#report(at)
  }

  /** Time passed without a sample (libvirt did not answer, or has no job yet): no progress. */
  silence (atMs: number, phase: SourcePhase = this.#phase): ProgressReport {
    return this.#report(this.#enter(atMs, phase))
  }

  /** Moves the clock (never back: a sample late from a slow call counts at the last time seen) and the phase. */
  #enter (atMs: number, phase: SourcePhase): number {
    const at = Number.isFinite(atMs) ? Math.max(atMs, this.#atMs) : this.#atMs
    this.#atMs = at
    if (phase !== this.#phase) {
      this.#phase = phase
      this.#stillSinceMs = at
      // The rate is the phase's own: bytes of the transfer say nothing about the commit's.
      this.#window = []
    }
    return at
  }

  #report (at: number): ProgressReport {
    const rate = this.#rate(at)
    const left = this.#remaining ?? (this.#total === null ? null : Math.max(0, this.#total - this.#done))
    const etaMs = left === 0 ? 0 : left === null || rate <= 0 ? null : Math.round(left / rate * 1000)
    const elapsedMs = at - this.startedAtMs
    return {
      event: { phase: this.#phase, doneBytes: this.#done, totalBytes: this.#total, rateBytesPerSecond: rate, etaMs, elapsedMs },
      verdict: this.#verdict(at, elapsedMs)
    }
  }

  /** Bytes per second since the oldest point of the window; the window keeps one point at or before its start. */
  #rate (at: number): number {
    this.#window.push({ atMs: at, moved: this.#moved })
    while (this.#window.length > 2 && this.#window[1]!.atMs <= at - RATE_WINDOW_MS) this.#window.shift()
    const first = this.#window[0]!
    return at > first.atMs ? Math.round((this.#moved - first.moved) / (at - first.atMs) * 1000) : 0
  }

  #verdict (at: number, elapsedMs: number): ProgressVerdict {
    if (!beforeCommit(this.#phase)) return CONTINUE
    const stillMs = at - this.#stillSinceMs
    if (this.#phase === 'transfer' && stillMs >= this.progressTimeoutMs) {
      return {
        verdict: 'abort', why: 'stalled',
        reason: `no bytes moved for ${seconds(stillMs)} (the progress timeout is ${seconds(this.progressTimeoutMs)})`,
        hint: 'the link between the hosts may be down or libvirt stuck: check the mesh (multiverse cluster status) and virsh domjobinfo on the source'
      }
    }
    if (elapsedMs > this.budgetMs) {
      const budget = this.#budgetGiven
        ? `its budget of ${seconds(this.budgetMs)}`
        : `its budget of ${seconds(this.budgetMs)} (${seconds(BUDGET_MS_PER_GIB)} per GiB of memory and disk, for ${formatBytes(this.#bytes)})`
      return {
        verdict: 'abort', why: 'over-budget',
        reason: `not done after ${seconds(elapsedMs)}, past ${budget}`,
        hint: 'the guest may dirty its memory faster than it moves: migrate it again when it is quieter'
      }
    }
    return CONTINUE
  }
}

/** A byte count, or null for anything that cannot be one (absent, negative, not a number). */
function bytes (value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null
}

function seconds (ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`
}
