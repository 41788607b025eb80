/**
 * The source's side of a live migration (docs/architecture.md §12): the VM's owner drives it,
 * writing each step to its journal, durably, before it is taken (machine.ts), asking the target
 * at each one, carrying libvirt's three streams through tunnels, and handing the VM over only
 * once the target has committed. Before the commit any failure aborts: the target undoes its
 * side and the VM stays here, as libvirt left it. After it, the commit and the cleanup are
 * retried until they stand. A restart finishes or undoes what the journal holds (recovery.ts).
 *
 * Offline moves (stop, disks streamed, define with remapped devices) are not carried out yet.
 */
import { randomBytes } from 'node:crypto'
import { FaultError, RefusedError } from '@multiverse/domain'
import type { BatchOp, Journal, JournalEntry } from '@multiverse/store'
import type { LeaseAsk, MigrateRequest, MigrateResponse, TunnelChannel, TunnelOpen } from '@multiverse/wire'
import { firstStep, nextSourceStep } from './machine.ts'
import type { SourceStep } from './machine.ts'
import { recoverSource } from './recovery.ts'
import type { TargetAnswer } from './recovery.ts'
import type { DomainFact } from '@multiverse/executor'

export const MIGRATE_OUT_JOURNAL = 'migrate-out'
/** How long one migration may take, end to end, before it is aborted. */
export const DEFAULT_MIGRATION_BUDGET_MS = 600_000

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

/** A loopback forwarder: see @multiverse/mesh's forwardLocal. */
export interface Forwarder { port: number, close: () => Promise<void> }

export interface SourcePorts {
  clusterId: string
  journal: Journal<SourceIntent>
  /** One step of the migration protocol to the target; throws when it does not answer. */
  ask: (target: string, request: MigrateRequest) => Promise<MigrateResponse>
  /** A loopback port (0: any) forwarded through a tunnel to the target. */
  forward: (target: string, open: TunnelOpen, port: number) => Promise<Forwarder>
  migratableXml: (vm: string) => Promise<string>
  /** libvirt's live migration to `destination` over the given streams (the executor's migrate). */
  migrate: (vm: string, options: { destination: string, xml: string, memoryUri: string, disksUri: string, timeoutMs: number }) => Promise<void>
  /** libvirt's domain under the VM's name here, or null. */
  domain: (vm: string) => Promise<DomainFact | null>
  /** The VM is the target's now: its record goes, with `also` (the journal's end) in one durable batch, and its images. */
  handOver: (vm: string, images: string[], also: BatchOp[]) => Promise<void>
}

/** A migration that did not happen, and why; the VM is where it was. */
export class MigrationAbortedError extends RefusedError {
  override name = 'MigrationAbortedError'
}

/** A migration past its commit that could not finish yet (the target cannot be asked): it is retried. */
export class MigrationPendingError extends FaultError {
  override name = 'MigrationPendingError'
}

type Entry = JournalEntry<SourceIntent>

export interface MigrateResult { vm: string, from: string, to: string, mode: 'live', elapsedMs: number }

export class MigrationSource {
  private readonly ports: SourcePorts
  private readonly now: () => number

  constructor (ports: SourcePorts, now: () => number = Date.now) {
    this.ports = ports
    this.now = now
  }

  /** Moves `vm` live to `target`; resolves once the target owns it and this host let it go. */
  async migrate (vm: MovingVm, target: { id: string, name: string }, from: string, budgetMs = DEFAULT_MIGRATION_BUDGET_MS): Promise<MigrateResult> {
    if (!vm.running) throw new RefusedError(`${vm.name} is not running: a live migration moves a running VM`, { hint: `start it first (multiverse vm start ${vm.name})` })
    const started = this.now()
    const migrationId = randomBytes(16).toString('hex')
    const { journal } = this.ports
    let entry: Entry = journal.entry(migrationId, firstStep(), {
      vm: vm.name, target: target.id, targetName: target.name, domainUuid: vm.uuid, wasRunning: vm.running, generation: vm.generation + 1, images: vm.disks.map((d) => d.path)
    })
    const request = (op: MigrateRequest['op'], more: Partial<MigrateRequest> = {}): MigrateRequest => ({ ...stepRequest(this.ports.clusterId, entry, op), ...more })
    let step: SourceStep = firstStep()
    try {
      entry = await journal.write(entry)
      const { token } = await this.step(target.id, request('reserve', { ask: { ...vm.ask, ttlMs: Math.min(budgetMs, 600_000) } }))
      entry = await journal.write(journal.advance(entry, step = nextSourceStep('live', step, 'ok') as SourceStep))
      const prepared = await this.step(target.id, request('prepare', { disks: vm.disks.map((d) => ({ name: d.name, virtualBytes: d.sizeBytes })) }))
      entry = await journal.write(journal.advance(entry, step = nextSourceStep('live', step, 'ok') as SourceStep))
      await this.step(target.id, request('transfer'))
      await this.transfer(vm, target.id, migrationId, token!, prepared, budgetMs)
    } catch (error) {
      // Libvirt may have finished though the call failed: then the VM is there, and it commits.
      if (step !== 'transfer' || await this.stillHere(vm)) {
        await this.abort(entry)
        throw new MigrationAbortedError(`${vm.name} stays on ${from}: ${(error as Error).message}`, { cause: error })
      }
    }
    entry = await journal.write(journal.advance(entry, 'commit'))
    await this.finish(entry)
    return { vm: vm.name, from, to: target.name, mode: 'live', elapsedMs: this.now() - started }
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
      const target = await this.status(entry)
      const decided = recoverSource(entry.step as SourceStep, { mode: 'live', uuid: intent.domainUuid, wasRunning: intent.wasRunning, domain: await this.ports.domain(intent.vm), target })
      try {
        if (decided.action === 'abort') await this.abort(entry)
        else if (decided.action === 'commit' || decided.action === 'cleanup') await this.finish(await this.ports.journal.write(this.ports.journal.advance(entry, 'commit')))
        else open++
      } catch {
        open++
      }
    }
    return open
  }

  private async transfer (vm: MovingVm, target: string, migrationId: string, token: Uint8Array, prepared: Extract<MigrateResponse, { ok: true }>, budgetMs: number): Promise<void> {
    const { diskPaths, consolePath, memoryPort, disksPort } = prepared
    if (diskPaths?.length !== vm.disks.length || memoryPort === undefined || disksPort === undefined) {
      throw new MigrationAbortedError('the target\'s preparation is incomplete (disks, ports)')
    }
    const open = (channel: TunnelChannel): TunnelOpen => ({ clusterId: this.ports.clusterId, migrationId, token, channel })
    const forwarders: Forwarder[] = []
    try {
      const rpc = await this.ports.forward(target, open('libvirt'), 0)
      forwarders.push(rpc)
      forwarders.push(await this.ports.forward(target, open('memory'), memoryPort))
      forwarders.push(await this.ports.forward(target, open('disks'), disksPort))
      const xml = targetXml(await this.ports.migratableXml(vm.name), vm.disks.map((d, i) => [d.path, diskPaths[i]!]), consolePath)
      await this.ports.migrate(vm.name, {
        destination: `qemu+tcp://127.0.0.1:${rpc.port}/system`, xml, memoryUri: `tcp://127.0.0.1:${memoryPort}`, disksUri: `tcp://127.0.0.1:${disksPort}`, timeoutMs: budgetMs
      })
    } finally {
      for (const forwarder of forwarders) await forwarder.close().catch(() => {})
    }
  }

  /** Commit (retried while the target answers no), then hand over: the VM's record and images go. */
  private async finish (entry: Entry): Promise<void> {
    const { intent } = entry
    const committed = await this.ports.ask(intent.target, stepRequest(this.ports.clusterId, entry, 'commit')).catch((error: Error): MigrateResponse => ({ ok: false, kind: 'fault', name: error.name, message: error.message, hint: '' }))
    if (!committed.ok) throw new MigrationPendingError(`${intent.vm} moved to ${intent.targetName}, which has not taken it over yet: ${committed.message}`, { hint: 'the agent tries again; see multiverse vm list' })
    const cleaning = await this.ports.journal.write(this.ports.journal.advance(entry, 'cleanup'))
    await this.ports.handOver(intent.vm, intent.images, [this.ports.journal.endOp(cleaning.id)])
  }

  private async abort (entry: Entry): Promise<void> {
    const aborting = await this.ports.journal.write(this.ports.journal.advance(entry, 'abort'))
    const answer = await this.ports.ask(entry.intent.target, stepRequest(this.ports.clusterId, aborting, 'abort')).catch((): MigrateResponse => ({ ok: true }))
    // A target that refuses the abort still holds its side; its lease lapses and its own recovery undoes it.
    if (!answer.ok && answer.kind === 'fault') throw new MigrationPendingError(`${entry.intent.vm}: the target could not undo its side: ${answer.message}`)
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

  private async stillHere (vm: MovingVm): Promise<boolean> {
    const domain = await this.ports.domain(vm.name).catch(() => ({ uuid: vm.uuid, running: true }))
    return domain !== null && domain.uuid === vm.uuid
  }
}

/** A step's request to the target, from what the journal keeps of the migration. */
function stepRequest (clusterId: string, entry: Entry, op: MigrateRequest['op']): MigrateRequest {
  const { intent } = entry
  return { clusterId, op, migrationId: entry.id, vm: intent.vm, mode: 'live', domainUuid: intent.domainUuid, ask: null, disks: [], running: intent.wasRunning, generation: intent.generation }
}

/**
 * The domain as the target is to hold it: the source's migratable XML with each image path and
 * the serial console's path replaced by the target's, wherever one stands as a whole attribute
 * value. The target's paths were validated on decode (absolute, plain characters, no `..`), so
 * they need no escaping.
 */
export function targetXml (xml: string, images: Array<[string, string]>, consolePath: string | undefined): string {
  const console = /<serial type=['"]file['"]>\s*<source path=(['"])([^'"]*)\1/.exec(xml)?.[2]
  const swaps = consolePath === undefined || console === undefined ? images : [...images, [console, consolePath] as [string, string]]
  let out = xml
  for (const [from, to] of swaps) out = out.replaceAll(`'${from}'`, `'${to}'`).replaceAll(`"${from}"`, `"${to}"`)
  return out
}
