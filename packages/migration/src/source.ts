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
import { FaultError, RefusedError } from '@multiverse/domain'
import type { BatchOp, Journal, JournalEntry } from '@multiverse/store'
import type { LeaseAsk, MigrateRequest, MigrateResponse, TunnelChannel, TunnelOpen } from '@multiverse/wire'
import { firstStep, nextSourceStep } from './machine.ts'
import type { MigrationPoint, Mode, SourceStep } from './machine.ts'
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
  /** The VM is the target's now: its domain here (if left, offline), its images, and its record, with `also` (the journal's end) in one durable batch. */
  handOver: (vm: string, uuid: string, images: string[], also: BatchOp[]) => Promise<void>
  /** Offline: shuts the guest down (ACPI, bounded; `force`: powered off after the wait), devices given back. */
  stop: (vm: string, options: { waitMs: number, force: boolean }) => Promise<void>
  /** Starts the VM here again (its devices bound): a move that did not happen leaves it running if it was. */
  restart: (vm: string) => Promise<void>
  /** Offline: the sha256 of an image's whole virtual disk. */
  checksum: (path: string) => Promise<string>
  /** Offline: writes an image's allocated data into the NBD export at the loopback port. */
  sendImage: (path: string, to: { port: number, exportName: string }, timeoutMs: number) => Promise<void>
  /** Test hook: awaited at each point; one that never resolves stands for a kill there. */
  at?: (point: MigrationPoint) => Promise<void>
}

/** How a migration goes: its mode and, offline, how the guest is shut down. */
export interface MigrateOptions {
  mode: Mode
  budgetMs?: number
  /** Offline: how long the guest has to power off on ACPI. */
  shutdownWaitMs?: number
  /** Offline: power it off when it does not. */
  force?: boolean
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

export interface MigrateResult { vm: string, from: string, to: string, mode: Mode, elapsedMs: number }

export class MigrationSource {
  private readonly ports: SourcePorts
  private readonly now: () => number

  constructor (ports: SourcePorts, now: () => number = Date.now) {
    this.ports = ports
    this.now = now
  }

  /** Moves `vm` to `target`; resolves once the target owns it and this host let it go. */
  async migrate (vm: MovingVm, target: { id: string, name: string }, from: string, options: MigrateOptions = { mode: 'live' }): Promise<MigrateResult> {
    const { mode } = options
    const budgetMs = options.budgetMs ?? DEFAULT_MIGRATION_BUDGET_MS
    if (mode === 'live' && !vm.running) throw new RefusedError(`${vm.name} is not running: a live migration moves a running VM`, { hint: `start it first (multiverse vm start ${vm.name}), or move it --offline` })
    const started = this.now()
    const migrationId = randomBytes(16).toString('hex')
    const { journal } = this.ports
    let entry: Entry = journal.entry(migrationId, firstStep(), {
      vm: vm.name, target: target.id, targetName: target.name, domainUuid: vm.uuid, wasRunning: vm.running, generation: vm.generation + 1, images: vm.disks.map((d) => d.path), mode
    })
    let step: SourceStep = firstStep()
    const request = (op: MigrateRequest['op'], more: Partial<MigrateRequest> = {}): MigrateRequest => ({ ...stepRequest(this.ports.clusterId, entry, op), ...more })
    const advance = async (): Promise<void> => {
      entry = await journal.write(journal.advance(entry, step = nextSourceStep(mode, step, 'ok') as SourceStep))
      await this.at(`source:${step}`)
    }
    try {
      entry = await journal.write(entry)
      await this.at('source:reserve')
      const { token } = await this.step(target.id, request('reserve', { ask: { ...vm.ask, ttlMs: Math.min(budgetMs, 600_000) } }))
      await advance()
      const prepared = await this.step(target.id, request('prepare', { disks: vm.disks.map((d) => ({ name: d.name, virtualBytes: d.sizeBytes })) }))
      await advance()
      if (step === 'stop') {
        if (vm.running) await this.ports.stop(vm.name, { waitMs: options.shutdownWaitMs ?? DEFAULT_SHUTDOWN_WAIT_MS, force: options.force === true })
        await advance()
      }
      await this.step(target.id, request('transfer'))
      const tunnel = { target: target.id, migrationId, token: token!, prepared, budgetMs }
      if (mode === 'live') await this.transferLive(vm, tunnel)
      else {
        const sums = await this.transferOffline(vm, tunnel)
        await this.step(target.id, request('verify', { disks: vm.disks.map((d, i) => ({ name: d.name, virtualBytes: d.sizeBytes, checksum: sums[i]! })) }))
      }
    } catch (error) {
      // Libvirt may have finished though the call failed: then the VM is there, and it commits.
      if (mode === 'offline' || step !== 'transfer' || await this.stillHere(vm)) {
        await this.abort(entry)
        throw new MigrationAbortedError(`${vm.name} stays on ${from}: ${(error as Error).message}`, { cause: error })
      }
    }
    await this.at('source:transferred')
    entry = await journal.write(journal.advance(entry, 'commit'))
    await this.at('source:commit')
    await this.finish(entry)
    return { vm: vm.name, from, to: target.name, mode, elapsedMs: this.now() - started }
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

  /** Live: libvirt moves the running VM, its RPC, memory and NBD streams each through a tunnel. */
  private async transferLive (vm: MovingVm, tunnel: Tunnel): Promise<void> {
    const { diskPaths, consolePath, memoryPort, disksPort } = tunnel.prepared
    if (diskPaths?.length !== vm.disks.length || memoryPort === undefined || disksPort === undefined) {
      throw new MigrationAbortedError('the target\'s preparation is incomplete (disks, ports)')
    }
    await this.through(tunnel, [['libvirt', 0], ['memory', memoryPort], ['disks', disksPort]], async ([rpc]) => {
      const xml = targetXml(await this.ports.migratableXml(vm.name), vm.disks.map((d, i) => [d.path, diskPaths[i]!]), consolePath)
      await this.ports.migrate(vm.name, {
        destination: `qemu+tcp://127.0.0.1:${rpc!.port}/system`, xml, memoryUri: `tcp://127.0.0.1:${memoryPort}`, disksUri: `tcp://127.0.0.1:${disksPort}`, timeoutMs: tunnel.budgetMs
      })
    })
  }

  /**
   * Offline: each stopped image's allocated data into the target's image server (export `dN`
   * for the Nth disk), one at a time, while its checksum is computed here; returns the checksums.
   */
  private async transferOffline (vm: MovingVm, tunnel: Tunnel): Promise<string[]> {
    if (tunnel.prepared.diskPaths?.length !== vm.disks.length) throw new MigrationAbortedError('the target\'s preparation is incomplete (disks)')
    const sums = Promise.all(vm.disks.map(async (d) => await this.ports.checksum(d.path)))
    sums.catch(() => {})
    await this.through(tunnel, [['disks', 0]], async ([nbd]) => {
      for (const [i, disk] of vm.disks.entries()) await this.ports.sendImage(disk.path, { port: nbd!.port, exportName: `d${i}` }, tunnel.budgetMs)
    })
    return await sums
  }

  /** Runs `work` with loopback forwarders through tunnels to the target, closed after. */
  private async through (tunnel: Tunnel, channels: Array<[TunnelChannel, number]>, work: (forwarders: Forwarder[]) => Promise<void>): Promise<void> {
    const forwarders: Forwarder[] = []
    try {
      for (const [channel, port] of channels) {
        forwarders.push(await this.ports.forward(tunnel.target, { clusterId: this.ports.clusterId, migrationId: tunnel.migrationId, token: tunnel.token, channel }, port))
      }
      await work(forwarders)
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
    await this.at('source:cleanup')
    await this.ports.handOver(intent.vm, intent.domainUuid, intent.images, [this.ports.journal.endOp(cleaning.id)])
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

/** What the transfer needs of the target's answers: where it goes and with which token. */
interface Tunnel { target: string, migrationId: string, token: Uint8Array, prepared: Extract<MigrateResponse, { ok: true }>, budgetMs: number }

/** A step's request to the target, from what the journal keeps of the migration. */
function stepRequest (clusterId: string, entry: Entry, op: MigrateRequest['op']): MigrateRequest {
  const { intent } = entry
  return { clusterId, op, migrationId: entry.id, vm: intent.vm, mode: intent.mode ?? 'live', domainUuid: intent.domainUuid, ask: null, disks: [], running: intent.wasRunning, generation: intent.generation }
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
