/**
 * Polls libvirt's migration job into a {@link ProgressWatch} (docs/architecture.md §12): every
 * `pollMs` it asks for the job's progress, hands the operator each event and, the first time the
 * watch says abort, tells the caller why, once, and stops (the caller aborts libvirt's job: that
 * is its I/O, not this loop's). libvirt briefly unreachable is no reason to abort: a failed or
 * unanswered question counts as a poll in which nothing moved, so only a silence as long as the
 * progress timeout aborts. One question at a time: a poll that finds the last still waiting (a
 * virsh stuck until its own timeout) counts as silence, so a hung libvirt still ends in an abort.
 */
import type { JobInfo } from '@multiverse/executor'
import type { AbortVerdict, ProgressEvent, ProgressReport, ProgressWatch, SourcePhase } from './progress.ts'
import { ProgressLimitError } from './progress.ts'

export const DEFAULT_POLL_MS = 1000

/** A running job's progress, as watchJob needs it; null when there is no job (yet, or any more). */
export interface JobProgress {
  processed: number
  remaining: number | null
  total: number | null
}

export interface WatchJobOptions {
  /** Default {@link DEFAULT_POLL_MS}. */
  pollMs?: number
  onProgress?: (event: ProgressEvent) => void
  /** Called once, with the watch's reason, when it says abort; polling has stopped by then. */
  onAbort: (reason: string, verdict: AbortVerdict) => void | Promise<void>
  /** A question to libvirt failed (tolerated: counted as no progress), or a callback threw. */
  onError?: (error: unknown) => void
  /** The phase the samples are in; default `transfer`. */
  phase?: SourcePhase
  /** The watch's clock (its startedAtMs is on it); default Date.now, as the source's driver. */
  now?: () => number
}

export interface JobWatcher {
  /** Stops polling; an answer still on its way is ignored. Idempotent. */
  stop: () => void
}

export function watchJob (jobInfo: () => Promise<JobProgress | null>, watch: ProgressWatch, options: WatchJobOptions): JobWatcher {
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS
  if (!(pollMs > 0 && Number.isFinite(pollMs))) throw new ProgressLimitError('the poll interval (ms)', pollMs)
  const { onProgress, onAbort, onError } = options
  const now = options.now ?? Date.now
  const phase = options.phase ?? 'transfer'
  let stopped = false
  let asking = false

  // A callback that throws must not end the loop, nor escape from a timer and crash the agent.
  const safely = (call: () => unknown): void => {
    try {
      const result = call()
      if (result instanceof Promise) result.catch(reportError)
    } catch (error) {
      reportError(error)
    }
  }
  const reportError = (error: unknown): void => {
    try { onError?.(error) } catch { /* nowhere left to report it */ }
  }

  const report = ({ event, verdict }: ProgressReport): void => {
    if (stopped) return
    if (onProgress !== undefined) safely(() => { onProgress(event) })
    if (verdict.verdict === 'abort') {
      stop()
      safely(() => onAbort(verdict.reason, verdict))
    }
  }

  const ask = async (): Promise<void> => {
    asking = true
    let job: JobProgress | null = null
    try {
      job = await jobInfo()
    } catch (error) {
      if (!stopped) reportError(error)
    } finally {
      asking = false
    }
    if (stopped) return
    const atMs = now()
    report(job === null
      ? watch.silence(atMs, phase)
      : watch.observe({ atMs, phase, doneBytes: job.processed, totalBytes: job.total, remainingBytes: job.remaining }))
  }

  const poll = (): void => {
    if (stopped) return
    if (asking) report(watch.silence(now(), phase))
    else void ask()
  }

  const timer = setInterval(poll, pollMs)
  // The migration keeps the process alive, not its watcher.
  timer.unref?.()
  const stop = (): void => {
    stopped = true
    clearInterval(timer)
  }
  poll()
  return { stop }
}

/** The progress of a running job from `domjobinfo`; null when libvirt runs none (or reports no bytes). */
export function jobProgress (info: JobInfo): JobProgress | null {
  if ((info.type !== 'bounded' && info.type !== 'unbounded') || info.dataProcessedBytes === null) return null
  return { processed: info.dataProcessedBytes, remaining: info.dataRemainingBytes, total: info.dataTotalBytes }
}
