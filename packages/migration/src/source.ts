/**
 * The source's side of a migration (docs/architecture.md §12): the VM's owner drives it,
 * writing each step to its journal, durably, before it is taken (machine.ts), asking the target
 * at each one, and handing the VM over only once the target has committed. Live, libvirt's
 * three streams ride tunnels; offline, the guest is shut down and each image's allocated data
 * is written into the target's image server through a tunnel, and the target compares each
 * image's checksum with this host's before the commit. Before the commit any failure aborts: the target undoes its side and the VM stays
 * here, started again if it ran. After it, the commit and the cleanup are retried until they
 * stand. A restart finishes or undoes what the journal holds (recovery.ts).
 */
import { randomBytes } from 'node:crypto'
import { FaultError, MAX_LEASE_TTL_MS, RefusedError, optional } from '@multiverse/domain'
import type { BatchOp, Journal, JournalEntry } from '@multiverse/store'
import type { LeaseAsk, MigrateRequest, MigrateResponse } from '@multiverse/wire'
import { firstStep, nextSourceStep } from './machine.ts'
import type { MigrationPoint, Mode, SourceStep } from './machine.ts'
import { ProgressWatch } from './progress.ts'
import type { ProgressEvent, SourcePhase } from './progress.ts'
import { recoverSource } from './recovery.ts'
import { transferLive, transferOffline } from './transfer.ts'
import type { Transfer, TransferPorts } from './transfer.ts'
import type { TargetAnswer } from './recovery.ts'
import type { DomainFact } from '@multiverse/executor'

export const MIGRATE_OUT_JOURNAL = 'migrate-out'

/** What the source's journal keeps of a migration. */
export interface SourceIntent {
  vm: string
  /** The target's peer ID and name. */
  target: string
  targetName: string
  domainUuid: string
  wasRunning: boolean
  generation: number
  /** The images here, removed at cleanup. */
  images: string[]
  /** Absent in entries written before offline moves existed: those were live. */
  mode?: Mode
}

/** The VM as the source's ledger holds it. */
export interface MovingVm {
  name: string
  uuid: string
  running: boolean
  generation: number
  ask: Omit<LeaseAsk, 'vm' | 'ttlMs'>
  disks: Array<{ name: string, path: string, sizeBytes: number }>
}

export interface SourcePorts extends TransferPorts {
  journal: Journal<SourceIntent>
  /** One step of the migration protocol to the target; throws when it does not answer. */
  ask: (target: string, request: MigrateRequest) => Promise<MigrateResponse>
  /** libvirt's domain under the VM's name here, or null. */
  domain: (vm: string) => Promise<DomainFact | null>
  /** The VM is the target's now: its domain here (if left, offline), its images, and its record, with `also` (the journal's end) in one durable batch. */
  handOver: (vm: string, uuid: string, images: string[], also: BatchOp[]) => Promise<void>
  /** Offline: shuts the guest down (ACPI, bounded; `force`: powered off after the wait), devices given back. */
  stop: (vm: string, options: { waitMs: number, force: boolean }) => Promise<void>
  /** Starts the VM here again (its devices bound): a move that did not happen leaves it running if it was. */
  restart: (vm: string) => Promise<void>
  /** Test hook: awaited at each point; one that never resolves stands for a kill there. */
  at?: (point: MigrationPoint) => Promise<void>
}

/** How a migration goes: its mode, its limits, and offline how the guest is shut down. */
export interface MigrateOptions {
  mode: Mode
  /** The completion budget; default budgetMs (150 s per GiB of memory and disks). */
  budgetMs?: number
  /** No byte moved for this long: the transfer is aborted; default 150 s. */
  progressTimeoutMs?: number
  /** Live: the longest pause at the switch-over (libvirt's default otherwise). */
  maxDowntimeMs?: number
  /** libvirt's (live) or qemu-img's (offline) bandwidth cap, MiB/s. */
  bandwidthMiBs?: number
  /** Live: slow the guest down while its memory dirties faster than it moves (libvirt's auto-converge). */
  autoConverge?: boolean
  /** Offline: how long the guest has to power off on ACPI. */
  shutdownWaitMs?: number
  /** Offline: power it off when it does not. */
  force?: boolean
  /** The operator's cancel: before the commit, the migration aborts; after it, it goes on. */
  signal?: AbortSignal
  /** Where the migration is: at each step, and every second of the transfer. */
  onProgress?: (event: ProgressEvent) => void
}

export const DEFAULT_SHUTDOWN_WAIT_MS = 120_000

/** A migration that did not happen, and why; the VM is where it was. */
export class MigrationAbortedError extends RefusedError {
  override name = 'MigrationAbortedError'
}

/** A migration past its commit that could not finish yet (the target cannot be asked): it is retried. */
export class MigrationPendingError extends FaultError {
  override name = 'MigrationPendingError'
}

type Entry = JournalEntry<SourceIntent>

export interface MigrateResult {
  vm: string
  from: string
  to: string
  mode: Mode
  elapsedMs: number
  /** Live: the guest's pause at the switch-over, as the target's libvirt measured it, when it could. */
  downtimeMs?: number
}

export class MigrationSource {
  private readonly ports: SourcePorts
  private readonly now: () => number

  constructor (ports: SourcePorts, now: () => number = Date.now) {
    this.ports = ports
    this.now = now
  }

  /** Moves `vm` to `target`; resolves once the target owns it and this host let it go. */
  async migrate (vm: MovingVm, target: { id: string, name: string }, from: string, options: MigrateOptions = { mode: 'live' }): Promise<MigrateResult> {
    const { mode, signal } = options
    if (mode === 'live' && !vm.running) throw new RefusedError(`${vm.name} is not running: a live migration moves a running VM`, { hint: `start it first (multiverse vm start ${vm.name}), or move it --offline` })
    const started = this.now()
    const disksBytes = vm.disks.reduce((sum, d) => sum + d.sizeBytes, 0)
    const watch = new ProgressWatch({
      startedAtMs: started, bytes: disksBytes + (mode === 'live' ? vm.ask.memoryBytes : 0), ...optional('budgetMs', options.budgetMs), ...optional('progressTimeoutMs', options.progressTimeoutMs)
    })
    const migrationId = randomBytes(16).toString('hex')
    const { journal } = this.ports
    let entry: Entry = journal.entry(migrationId, firstStep(), {
      vm: vm.name, target: target.id, targetName: target.name, domainUuid: vm.uuid, wasRunning: vm.running, generation: vm.generation + 1, images: vm.disks.map((d) => d.path), mode
    })
    let step: SourceStep = firstStep()
    const request = (op: MigrateRequest['op'], more: Partial<MigrateRequest> = {}): MigrateRequest => ({ ...stepRequest(this.ports.clusterId, entry, op), ...more })
    const at = async (phase: SourcePhase): Promise<void> => {
      options.onProgress?.(watch.silence(this.now(), phase).event)
      await this.at(`source:${phase}`)
    }
    const advance = async (): Promise<void> => {
      // A cancel takes effect between the steps before the commit, and stops the transfer itself.
      signal?.throwIfAborted()
      entry = await journal.write(journal.advance(entry, step = nextSourceStep(mode, step, 'ok') as SourceStep))
      if (step !== 'abort') await at(step)
    }
    try {
      entry = await journal.write(entry)
      await at('reserve')
      const { token } = await this.step(target.id, request('reserve', { ask: { ...vm.ask, ttlMs: Math.min(watch.budgetMs, MAX_LEASE_TTL_MS) } }))
      await advance()
      const prepared = await this.step(target.id, request('prepare', { disks: vm.disks.map((d) => ({ name: d.name, virtualBytes: d.sizeBytes })) }))
      await advance()
      if (step === 'stop') {
        if (vm.running) await this.ports.stop(vm.name, { waitMs: options.shutdownWaitMs ?? DEFAULT_SHUTDOWN_WAIT_MS, force: options.force === true })
        await advance()
      }
      const receiving = await this.step(target.id, request('transfer'))
      const transfer: Transfer = {
        target: target.id, migrationId, token: token!, prepared, receiving, watch, now: this.now,
        ...optional('signal', signal), ...optional('onProgress', options.onProgress), ...optional('maxDowntimeMs', options.maxDowntimeMs), ...optional('bandwidthMiBs', options.bandwidthMiBs),
        autoConverge: options.autoConverge === true
      }
      if (mode === 'live') await transferLive(this.ports, vm, transfer)
      else {
        const sums = await transferOffline(this.ports, vm, transfer)
        await this.step(target.id, request('verify', { disks: vm.disks.map((d, i) => ({ name: d.name, virtualBytes: d.sizeBytes, checksum: sums[i]! })) }))
      }
    } catch (error) {
      // Libvirt may have finished though the call failed (or was cancelled too late): then the VM is there, and it commits.
      if (mode === 'offline' || step !== 'transfer' || await this.stillHere(vm)) {
        await this.abort(entry)
        const why = signal?.aborted === true && error === signal.reason ? 'cancelled by the operator' : (error as Error).message
        throw new MigrationAbortedError(`${vm.name} stays on ${from}: ${why}`, { cause: error })
      }
    }
    await this.at('source:transferred')
    entry = await journal.write(journal.advance(entry, 'commit'))
    await at('commit')
    const downtimeMs = await this.finish(entry, options.onProgress === undefined ? undefined : () => { options.onProgress!(watch.silence(this.now(), 'cleanup').event) })
    return { vm: vm.name, from, to: target.name, mode, elapsedMs: this.now() - started, ...optional('downtimeMs', downtimeMs) }
  }

  /** Whether this host is the source of `migrationId` (its journal holds it open). */
  async holds (migrationId: string): Promise<boolean> {
    return await this.ports.journal.get(migrationId) !== undefined
  }

  /**
   * Where this source is, for a target restarted mid-migration (recoverTarget): committing once
   * the VM has left (commit or cleanup), open before, over when the journal holds nothing.
   */
  async standing (migrationId: string): Promise<'committing' | 'open' | 'over'> {
    const entry = await this.ports.journal.get(migrationId)
    if (entry === undefined || entry.step === 'abort') return 'over'
    return entry.step === 'commit' || entry.step === 'cleanup' ? 'committing' : 'open'
  }

  /** Finishes or undoes every migration the journal holds open (after a restart); returns how many stay open. */
  async recover (): Promise<number> {
    let open = 0
    for (const entry of await this.ports.journal.open()) {
      const intent = entry.intent
      try {
        // libvirt not answering (its libvirtd down) leaves the entry for the next try, as any failure here.
        const domain = await this.ports.domain(intent.vm)
        const decided = recoverSource(entry.step as SourceStep, { mode: intent.mode ?? 'live', uuid: intent.domainUuid, wasRunning: intent.wasRunning, domain, target: await this.status(entry) })
        if (decided.action === 'abort') await this.abort(entry)
        else if (decided.action === 'commit' || decided.action === 'cleanup') await this.finish(await this.ports.journal.write(this.ports.journal.advance(entry, 'commit')))
        else open++
      } catch {
        open++
      }
    }
    return open
  }

  /** Commit (retried while the target answers no), then hand over: the VM's record and images go. */
  /** Returns the downtime the target measured, when it says. */
  private async finish (entry: Entry, cleaning?: () => void): Promise<number | undefined> {
    const { intent } = entry
    const committed = await this.ports.ask(intent.target, stepRequest(this.ports.clusterId, entry, 'commit')).catch((error: Error): MigrateResponse => ({ ok: false, kind: 'fault', name: error.name, message: error.message, hint: '' }))
    if (!committed.ok) throw new MigrationPendingError(`${intent.vm} moved to ${intent.targetName}, which has not taken it over yet: ${committed.message}`, { hint: 'the agent tries again; see multiverse vm list' })
    const cleanup = await this.ports.journal.write(this.ports.journal.advance(entry, 'cleanup'))
    cleaning?.()
    await this.at('source:cleanup')
    await this.ports.handOver(intent.vm, intent.domainUuid, intent.images, [this.ports.journal.endOp(cleanup.id)])
    return committed.downtimeMs
  }

  /** The target undoes its side; the VM, if it ran and is here stopped (offline), starts again. Retried until both stand. */
  private async abort (entry: Entry): Promise<void> {
    const { intent } = entry
    const aborting = await this.ports.journal.write(this.ports.journal.advance(entry, 'abort'))
    await this.at('source:abort')
    const answer = await this.ports.ask(intent.target, stepRequest(this.ports.clusterId, aborting, 'abort')).catch((): MigrateResponse => ({ ok: true }))
    // A target that refuses the abort still holds its side; its lease lapses and its own recovery undoes it.
    if (!answer.ok && answer.kind === 'fault') throw new MigrationPendingError(`${intent.vm}: the target could not undo its side: ${answer.message}`)
    // libvirt down (its libvirtd stopped mid-transfer): the VM may have to start again once it is back.
    const here = await this.ports.domain(intent.vm).catch((error: Error) => {
      throw new MigrationPendingError(`${intent.vm} stays on this host, whose libvirt cannot be asked yet: ${error.message}`, { hint: 'the agent tries again' })
    })
    if (intent.wasRunning && here !== null && here.uuid === intent.domainUuid && !here.running) {
      await this.ports.restart(intent.vm).catch((error: Error) => {
        throw new MigrationPendingError(`${intent.vm} stays on this host but could not be started again: ${error.message}`, { hint: `the agent tries again; or start it: multiverse vm start ${intent.vm}` })
      })
    }
    await this.ports.journal.end(entry.id)
  }

  private async status (entry: Entry): Promise<TargetAnswer> {
    try {
      const answer = await this.ports.ask(entry.intent.target, stepRequest(this.ports.clusterId, entry, 'status'))
      if (!answer.ok) return { reachable: false }
      const holds = answer.step === 'committed' ? 'committed' : answer.step === 'none' || answer.step === undefined ? 'none' : 'open'
      // The target's domain is not asked for: a committed target holds it, and before commit the source's own libvirt decides.
      return { reachable: true, holds, domain: holds === 'committed' ? { uuid: entry.intent.domainUuid, running: true } : null }
    } catch {
      return { reachable: false }
    }
  }

  private async step (target: string, request: MigrateRequest): Promise<Extract<MigrateResponse, { ok: true }>> {
    const answer = await this.ports.ask(target, request)
    if (!answer.ok) throw new MigrationAbortedError(`the target refused to ${request.op}: ${answer.message}`, { hint: answer.hint === '' ? undefined : answer.hint })
    return answer
  }

  private async at (point: MigrationPoint): Promise<void> {
    await this.ports.at?.(point)
  }

  private async stillHere (vm: MovingVm): Promise<boolean> {
    const domain = await this.ports.domain(vm.name).catch(() => ({ uuid: vm.uuid, running: true }))
    return domain !== null && domain.uuid === vm.uuid
  }
}

/** A step's request to the target, from what the journal keeps of the migration. */
function stepRequest (clusterId: string, entry: Entry, op: MigrateRequest['op']): MigrateRequest {
  const { intent } = entry
  return { clusterId, op, migrationId: entry.id, vm: intent.vm, mode: intent.mode ?? 'live', domainUuid: intent.domainUuid, ask: null, disks: [], running: intent.wasRunning, generation: intent.generation }
}
