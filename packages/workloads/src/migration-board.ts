/**
 * The migrations this host drives, running and recent, as `cluster migrations` shows them
 * (docs/architecture.md §12): where each is (phase, bytes, rate, ETA), how it ended and why;
 * and the operator's cancel, which reaches a running one through its AbortSignal. In memory:
 * a restart ends every running migration (its journal finishes or undoes it), and the recent
 * ones are a convenience, not a record.
 */
import { RefusedError, UsageError } from '@multiverse/domain'
import type { MigrateResult, Mode, ProgressEvent } from '@multiverse/migration'

/** How many ended migrations are kept for the list. */
const RECENT = 20

export interface MigrationStatus {
  vm: string
  from: string
  to: string
  mode: Mode
  /** running; moved; aborted (the VM stayed where it was); pending (past its commit, retried). */
  state: 'running' | 'moved' | 'aborted' | 'pending'
  phase: ProgressEvent['phase']
  doneBytes: number
  totalBytes: number | null
  rateBytesPerSecond: number
  etaMs: number | null
  elapsedMs: number
  startedAt: string
  endedAt?: string
  /** Live, moved: the guest's pause at the switch-over, as the target's libvirt measured it. */
  downtimeMs?: number
  /** Why it ended as it did (aborted, pending). */
  why?: string
}

interface Running { status: MigrationStatus, cancel: AbortController }

/** This host sends as many migrations as `migration.maxOutgoing` lets it: a move waits for one to end (an evacuation does). */
export class TooManyMigrationsError extends RefusedError {
  override name = 'TooManyMigrationsError'
}

export class MigrationBoard {
  private readonly running = new Map<string, Running>()
  private readonly recent: MigrationStatus[] = []
  private readonly maxOutgoing: number
  private readonly hostName: string

  constructor (hostName: string, maxOutgoing: number) {
    this.hostName = hostName
    this.maxOutgoing = maxOutgoing
  }

  /**
   * Enters a migration of `vm` (refused when this host sends as many as it may already), runs
   * `work` with its cancel signal and progress sink, and records how it ended.
   */
  async run (start: { vm: string, to: string, mode: Mode }, work: (signal: AbortSignal, onProgress: (event: ProgressEvent) => void) => Promise<MigrateResult>): Promise<MigrateResult> {
    if (this.running.size >= this.maxOutgoing) {
      const others = [...this.running.keys()].join(', ')
      throw new TooManyMigrationsError(`${this.hostName} sends ${others} already, as many migrations as it sends at once`, { hint: 'wait for it (multiverse cluster migrations), or raise migration.maxOutgoing in the agent\'s config' })
    }
    const status: MigrationStatus = {
      ...start, from: this.hostName, state: 'running', phase: 'reserve', doneBytes: 0, totalBytes: null, rateBytesPerSecond: 0, etaMs: null, elapsedMs: 0, startedAt: new Date().toISOString()
    }
    const entry: Running = { status, cancel: new AbortController() }
    this.running.set(start.vm, entry)
    try {
      const result = await work(entry.cancel.signal, (event) => { Object.assign(status, event) })
      if (result.downtimeMs !== undefined) status.downtimeMs = result.downtimeMs
      // The last sample was taken up to a second before the end: all of it moved.
      if (status.totalBytes !== null) status.doneBytes = status.totalBytes
      status.etaMs = 0
      this.end(status, 'moved')
      return result
    } catch (error) {
      this.end(status, error instanceof RefusedError ? 'aborted' : 'pending', (error as Error).message)
      throw error
    } finally {
      this.running.delete(start.vm)
    }
  }

  /** Cancels the running migration of `vm`: before its commit it aborts; after, it is refused (it finishes). */
  cancel (vm: string): MigrationStatus {
    const entry = this.running.get(vm)
    if (entry === undefined) throw new UsageError(`no migration of ${vm} runs on ${this.hostName}`, { hint: 'see multiverse cluster migrations' })
    if (entry.status.phase === 'commit' || entry.status.phase === 'cleanup') {
      throw new RefusedError(`${vm} is past its commit: it is ${entry.status.to}'s now, and the migration finishes`)
    }
    entry.cancel.abort(new RefusedError('cancelled by the operator'))
    return { ...entry.status }
  }

  /** Running migrations first, then the recent ones, newest first. */
  list (): MigrationStatus[] {
    return [...[...this.running.values()].map((r) => ({ ...r.status })), ...this.recent]
  }

  private end (status: MigrationStatus, state: MigrationStatus['state'], why?: string): void {
    status.state = state
    status.endedAt = new Date().toISOString()
    if (why !== undefined) status.why = why
    this.recent.unshift({ ...status })
    this.recent.splice(RECENT)
  }
}
