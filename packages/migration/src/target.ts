/**
 * The target's side of a migration (docs/architecture.md §12): it agrees (a lease), prepares
 * (disk images, loopback ports), lets the source's tunnels in while it receives, and takes the
 * VM over at commit, each step written to its journal, durably, before it is taken. Offline, it
 * serves the images over NBD while it receives, compares each image's checksum with the
 * source's (verify), and at commit defines the domain with the devices the lease holds here and
 * starts it if it ran. An abort, or a lease that lapses while the source cannot be asked, undoes
 * everything it did. Requests are idempotent per migration: a source that lost an answer asks
 * again and gets the same one.
 *
 * The I/O is behind the few ports below; the agent gives it its ledger, images directory and
 * libvirt, tests give it the recording hypervisor and a store in a temporary directory.
 */
import { HintedError, RefusedError, errorKind, optional } from '@multiverse/domain'
import type { BatchOp, Journal, JournalEntry } from '@multiverse/store'
import { newTunnelToken } from '@multiverse/wire'
import type { LeaseAsk, MigrateRequest, MigrateResponse, MigrateStatus } from '@multiverse/wire'
import { nextTargetStep } from './machine.ts'
import type { MigrationPoint, TargetStep } from './machine.ts'
import { recoverTarget } from './recovery.ts'
import type { SourceAnswer } from './recovery.ts'
import type { DomainFact } from '@multiverse/executor'
import type { GateEndpoint, GatedMigration } from './tunnel-gate.ts'

export const MIGRATE_IN_JOURNAL = 'migrate-in'

/** What the target's journal keeps of a migration: what recovery needs to finish or undo it. */
export interface TargetIntent {
  vm: string
  /** The source's peer ID. */
  source: string
  mode: 'live' | 'offline'
  domainUuid: string
  /** The tunnel token, hex: the gate is rebuilt from it after a restart. */
  token: string
  /** The lease that holds the VM's resources here (the migration id). */
  leaseId: string
  /** The ownership generation this host takes at commit (the source's plus one). */
  generation: number
  /** From prepare: the images this migration makes (each absent before), and QEMU's ports. */
  images: string[]
  ports: { memory: number, disks: number } | null
  /** Offline, from verify: the images are the source's, and whether the VM ran (it starts here after the commit). */
  verified?: { running: boolean }
}

/** The target's ledger, as a migration uses it. */
export interface TargetLedger {
  reserve: (leaseId: string, ask: LeaseAsk, holder: string) => Promise<{ granted: true } | { granted: false, code: string, detail: string }>
  release: (leaseId: string, holder: string) => Promise<void>
  /** The lease becomes this host's record of the VM, with `also` (the journal's end) in the same durable batch. */
  adopt: (leaseId: string, holder: string, vm: { uuid: string, running: boolean, generation: number, images: string[] }, also: BatchOp[]) => Promise<void>
  /** Whether this host owns the VM under this domain UUID (a migration committed here). */
  owns: (vm: string, uuid: string) => boolean
  /** Whether the lease still holds (not lapsed). */
  holds: (leaseId: string) => boolean
}

export interface TargetPorts {
  ledger: TargetLedger
  journal: Journal<TargetIntent>
  /** Makes the VM's images (each absent before), returning their paths in the disks' order. */
  createImages: (vm: string, disks: MigrateRequest['disks']) => Promise<string[]>
  /** The paths the images will have (for the journal, before they exist). */
  imagePaths: (vm: string, disks: MigrateRequest['disks']) => string[]
  removeImages: (paths: string[]) => Promise<void>
  consolePath: (vm: string) => string
  /** Two free ports on the loopback, for QEMU's memory and NBD streams. */
  freePorts: () => Promise<{ memory: number, disks: number }>
  /** Where this host's data channels listen, told to the source in the prepare answer; undefined: none. */
  dataPort?: () => number | undefined
  /** libvirt's domain under the VM's name, or null. */
  domain: (vm: string) => Promise<DomainFact | null>
  /** Live, after the move: the guest's pause at the switch-over as libvirt measured it (the incoming job's statistics), or null. */
  downtime: (vm: string) => Promise<number | null>
  /** Offline: serves the images, writable, over NBD on the loopback port (export `dN`: the Nth); idempotent. */
  serveImages: (migrationId: string, images: string[], port: number) => Promise<void>
  /** Offline: stops serving them, every write on disk; idempotent, also for a server a restart left. */
  stopServing: (migrationId: string) => Promise<void>
  /** While it receives: native data channels (stunnel) for the streams to their loopback endpoints; their ports, none when it cannot run them. */
  serveNative?: (migrationId: string, token: Uint8Array, endpoints: Partial<Record<'memory' | 'disks', { host: '127.0.0.1', port: number }>>) => Promise<Partial<Record<'memory' | 'disks', number>>>
  /** Stops a migration's native data channels (also those a restart left); `drain`: once their connections close (for their byte counts), briefly. Idempotent. */
  closeNative?: (migrationId: string, drain?: boolean) => Promise<void>
  /** Offline: the sha256 of an image's whole virtual disk. */
  checksum: (path: string) => Promise<string>
  /** Offline: defines the domain under `uuid` on the images here, with the devices the lease holds. */
  defineArrived: (vm: string, uuid: string, leaseId: string) => Promise<void>
  /** Offline: binds the devices of the VM this host now owns and starts it (a no-op when it runs). */
  startArrived: (vm: string) => Promise<void>
  /** Stops and undefines the domain (a leftover of a migration undone). */
  removeDomain: (vm: string) => Promise<void>
  /** The libvirtd's UNIX socket: where the libvirt tunnel goes. */
  libvirtSocket: string
  /** Asks the source where it is, for recovery. */
  askSource: (source: string, migrationId: string) => Promise<SourceAnswer>
  /** At most this many migrations into this host at once; default 1. */
  maxIncoming?: number
  /** Test hook: awaited at each point; one that never resolves stands for a kill there. */
  at?: (point: MigrationPoint) => Promise<void>
}

/** A request this target cannot take as it stands (another step first, another source...). */
export class MigrationStepError extends RefusedError {
  override name = 'MigrationStepError'
}

type Entry = JournalEntry<TargetIntent>

export class MigrationTarget {
  /** The migrations this host receives, as the tunnel gate sees them. */
  readonly gated = new Map<string, GatedMigration>()
  private readonly ports: TargetPorts

  constructor (ports: TargetPorts) {
    this.ports = ports
  }

  /** One request from `peer`; a refusal comes back as data. */
  async handle (request: MigrateRequest, peer: string): Promise<MigrateResponse> {
    try {
      return await this.step(request, peer)
    } catch (error) {
      const { name, message } = error as Error
      return { ok: false, kind: errorKind(error), name, message, hint: error instanceof HintedError ? error.hint ?? '' : '' }
    }
  }

  /**
   * Finishes or undoes every migration the journal holds open (after a restart, and again while
   * some stay open); returns how many stay open. One that cannot be settled yet (libvirt down,
   * the domain not arrived) stays for the next try and holds up no other.
   */
  async recover (): Promise<number> {
    let open = 0
    for (const entry of await this.ports.journal.open()) {
      this.gate(entry)
      const intent = entry.intent
      try {
        if (entry.step === 'starting') {
          await this.start(entry)
          continue
        }
        // A server a killed agent left would hold the images: the source's stream died with the agent anyway.
        // (Native channels it left are swept when the mesh serves, not here: this pass also runs beside live migrations.)
        if (intent.mode === 'offline') await this.ports.stopServing(entry.id)
        const decided = recoverTarget(entry.step as TargetStep, {
          uuid: intent.domainUuid,
          domain: await this.ports.domain(intent.vm),
          source: await this.ports.askSource(intent.source, entry.id).catch((): SourceAnswer => ({ reachable: false })),
          leaseLapsed: !this.ports.ledger.holds(intent.leaseId)
        })
        if (decided.action === 'undo') await this.undo(entry, decided.undefine)
        else if (decided.action === 'commit') await this.commit(entry)
        else open++
      } catch {
        open++
      }
    }
    return open
  }

  private async step (request: MigrateRequest, peer: string): Promise<MigrateResponse> {
    const entry = await this.ports.journal.get(request.migrationId)
    if (entry !== undefined && entry.intent.source !== peer) throw new MigrationStepError(`migration ${request.migrationId} is another host's`)
    if (request.op === 'status') return { ok: true, step: this.status(request, entry) }
    if (request.op === 'reserve') return await this.reserve(request, peer, entry)
    if (entry === undefined) {
      if (request.op === 'abort') return { ok: true }
      if (request.op === 'commit' && this.ports.ledger.owns(request.vm, request.domainUuid)) return { ok: true }
      throw new MigrationStepError(`no migration ${request.migrationId} here: reserve first`)
    }
    switch (request.op) {
      case 'prepare': return await this.prepare(request, entry)
      case 'transfer': return await this.transfer(entry)
      case 'verify': return await this.verify(request, entry)
      case 'commit': return await this.commitRequest(entry)
      case 'abort': await this.undo(entry, true); return { ok: true }
    }
  }

  private status (request: MigrateRequest, entry: Entry | undefined): MigrateStatus {
    if (entry !== undefined) return entry.step === 'undo' ? 'none' : entry.step === 'starting' ? 'committed' : entry.step as MigrateStatus
    return this.ports.ledger.owns(request.vm, request.domainUuid) ? 'committed' : 'none'
  }

  private async reserve (request: MigrateRequest, peer: string, entry: Entry | undefined): Promise<MigrateResponse> {
    if (entry !== undefined) return { ok: true, token: Buffer.from(entry.intent.token, 'hex') }
    if (request.ask === null) throw new MigrationStepError('a reservation needs what the VM holds')
    const receiving = [...this.gated.values()].filter((m) => m.step !== 'undo').length
    if (receiving >= (this.ports.maxIncoming ?? 1)) {
      throw new MigrationStepError(`the target receives ${receiving} migration${receiving === 1 ? '' : 's'} already, as many as it takes at once`, { hint: 'try again once it is done, or raise migration.maxIncoming in its config' })
    }
    const granted = await this.ports.ledger.reserve(request.migrationId, { ...request.ask, vm: request.vm }, peer)
    if (!granted.granted) throw new MigrationStepError(`${request.vm} cannot come here: ${granted.detail} (${granted.code})`)
    const token = newTunnelToken()
    const intent: TargetIntent = {
      vm: request.vm,
      source: peer,
      mode: request.mode,
      domainUuid: request.domainUuid,
      token: Buffer.from(token).toString('hex'),
      leaseId: request.migrationId,
      generation: request.generation,
      images: [],
      ports: null
    }
    this.gate(await this.ports.journal.write(this.ports.journal.entry(request.migrationId, 'leased', intent)))
    await this.at('target:leased')
    return { ok: true, token }
  }

  private async prepare (request: MigrateRequest, entry: Entry): Promise<MigrateResponse> {
    if (entry.step === 'leased') {
      const images = this.ports.imagePaths(entry.intent.vm, request.disks)
      // The paths first: a restart mid-creation removes what the intent names.
      const planned = await this.ports.journal.write(this.ports.journal.advance(entry, 'prepared', { ...entry.intent, images }))
      await this.ports.createImages(entry.intent.vm, request.disks)
      const ports = await this.ports.freePorts()
      entry = await this.ports.journal.write(this.ports.journal.advance(planned, 'prepared', { ...planned.intent, ports }))
      await this.at('target:prepared')
      this.gate(entry)
    }
    if (entry.step !== 'prepared' && entry.step !== 'receiving') throw new MigrationStepError(`migration ${entry.id} is ${entry.step}: it cannot prepare`)
    const { images, ports } = entry.intent
    return {
      ok: true, diskPaths: images, consolePath: this.ports.consolePath(entry.intent.vm),
      ...(ports === null ? {} : { memoryPort: ports.memory, disksPort: ports.disks }), ...optional('dataPort', this.ports.dataPort?.())
    }
  }

  private async transfer (entry: Entry): Promise<MigrateResponse> {
    if (entry.step === 'prepared') {
      entry = await this.ports.journal.write(this.ports.journal.advance(entry, nextTargetStep('prepared', 'ok') as TargetStep))
      await this.at('target:receiving')
    } else if (entry.step !== 'receiving') throw new MigrationStepError(`migration ${entry.id} is ${entry.step}: prepare it first`)
    const { mode, images, ports, token } = entry.intent
    if (mode === 'offline' && ports !== null) await this.ports.serveImages(entry.id, images, ports.disks)
    this.gate(entry)
    const { memory, disks } = this.gated.get(entry.id)!.endpoints
    const streams = { ...(memory !== undefined && 'port' in memory ? { memory } : {}), ...(disks !== undefined && 'port' in disks ? { disks } : {}) }
    const native = await this.ports.serveNative?.(entry.id, Buffer.from(token, 'hex'), streams) ?? {}
    return { ok: true, ...optional('memoryNativePort', native.memory), ...optional('disksNativePort', native.disks) }
  }

  /**
   * Offline, the images sent: the server stops (every write on disk), and each image must be
   * the source's byte for byte (the checksum of its whole virtual disk) before the source may
   * commit; a copy that differs is refused, and the source aborts with the VM where it was.
   */
  private async verify (request: MigrateRequest, entry: Entry): Promise<MigrateResponse> {
    const { intent } = entry
    if (intent.verified !== undefined) return { ok: true }
    if (entry.step !== 'receiving' || intent.mode !== 'offline') throw new MigrationStepError(`migration ${entry.id} is ${intent.mode}, ${entry.step}: nothing to verify`)
    if (request.disks.length !== intent.images.length) throw new MigrationStepError(`the source names ${request.disks.length} disks, ${intent.images.length} were made here`)
    // No stream may write into the images once they are checked; the migration stays gated (its lease kept).
    this.gate(entry, false)
    await this.ports.closeNative?.(entry.id, true)
    await this.ports.stopServing(entry.id)
    for (const [i, path] of intent.images.entries()) {
      const { name, checksum } = request.disks[i]!
      const ours = await this.ports.checksum(path)
      if (checksum !== ours) throw new MigrationStepError(`the copy of disk ${name} differs from the source's (checksum ${ours.slice(0, 12)}… here, ${String(checksum).slice(0, 12)}… there)`, { hint: 'the VM stays on the source; try again' })
    }
    await this.ports.journal.write(this.ports.journal.advance(entry, 'receiving', { ...intent, verified: { running: request.running } }))
    await this.at('target:verified')
    return { ok: true }
  }

  private async commitRequest (entry: Entry): Promise<MigrateResponse> {
    // A figure for the operator, asked of libvirt while the commit is written: one libvirt cannot give is no reason to fail the commit.
    const downtime = entry.intent.mode === 'live' && entry.step === 'receiving' ? this.ports.downtime(entry.intent.vm).catch(() => null) : Promise.resolve(null)
    if (entry.step === 'starting') await this.start(entry)
    else if (entry.step !== 'receiving') throw new MigrationStepError(`migration ${entry.id} is ${entry.step}: nothing has moved yet`)
    else await this.commit(entry)
    const downtimeMs = await downtime
    return downtimeMs === null ? { ok: true } : { ok: true, downtimeMs }
  }

  /**
   * Offline: the domain is defined here on the verified images, with this host's devices, the
   * VM adopted and, if it ran, started (the `starting` step, written with the record, has a
   * restart finish it).
   */
  private async commitOffline (entry: Entry): Promise<void> {
    const { intent } = entry
    if (intent.verified === undefined) throw new MigrationStepError(`migration ${entry.id}'s images are not verified yet: nothing to commit`)
    const domain = await this.ports.domain(intent.vm)
    if (domain === null) await this.ports.defineArrived(intent.vm, intent.domainUuid, intent.leaseId)
    else if (domain.uuid !== intent.domainUuid) throw new MigrationStepError(`a domain named ${intent.vm} of another UUID is defined here`)
    const starting = nextTargetStep('receiving', 'ok', 'offline', intent.verified.running) === 'starting' ? this.ports.journal.advance(entry, 'starting') : undefined
    await this.ports.ledger.adopt(intent.leaseId, intent.source, { uuid: intent.domainUuid, running: false, generation: intent.generation, images: intent.images },
      [starting === undefined ? this.ports.journal.endOp(entry.id) : this.ports.journal.putOp(starting)])
    this.gated.delete(entry.id)
    if (starting === undefined) return
    await this.at('target:starting')
    await this.start(starting)
  }

  /** Offline, past the commit: the VM is this host's; it starts, and the migration is over here. */
  private async start (entry: Entry): Promise<void> {
    await this.ports.startArrived(entry.intent.vm)
    await this.ports.journal.end(entry.id)
    // Over here: it no longer counts among the migrations this host receives.
    this.gated.delete(entry.id)
  }

  /** Takes the VM over: live, the domain must be here under the migration's UUID, running or not as it arrived. */
  private async commit (entry: Entry): Promise<void> {
    if (entry.intent.mode === 'offline') return await this.commitOffline(entry)
    const domain = await this.ports.domain(entry.intent.vm)
    if (domain === null || domain.uuid !== entry.intent.domainUuid) throw new MigrationStepError(`${entry.intent.vm} has not arrived: libvirt holds no domain of its UUID here`)
    await this.ports.ledger.adopt(entry.intent.leaseId, entry.intent.source, {
      uuid: entry.intent.domainUuid, running: domain.running, generation: entry.intent.generation, images: entry.intent.images
    }, [this.ports.journal.endOp(entry.id)])
    this.gated.delete(entry.id)
    // The streams are over: their ends stop once closed, while the commit is answered.
    void this.ports.closeNative?.(entry.id, true).catch(() => {})
  }

  /** Undoes this side: the domain when it is this migration's and the source still holds the VM, the images, the lease. */
  private async undo (entry: Entry, undefine: boolean): Promise<void> {
    // The gate shuts first: no tunnel opens into a migration being undone.
    const undoing = await this.ports.journal.write(this.ports.journal.advance(entry, 'undo'))
    this.gate(undoing)
    await this.ports.closeNative?.(entry.id)
    if (entry.intent.mode === 'offline') await this.ports.stopServing(entry.id)
    const domain = await this.ports.domain(entry.intent.vm)
    const ours = domain !== null && domain.uuid === entry.intent.domainUuid && !this.ports.ledger.owns(entry.intent.vm, entry.intent.domainUuid)
    // Its images go only with the domain: a domain left without its disks would be lost.
    if (ours && !undefine) throw new MigrationStepError(`${entry.intent.vm}'s domain is here: it stays, with its images, until the source says it holds the VM`)
    if (ours) await this.ports.removeDomain(entry.intent.vm)
    await this.ports.removeImages(entry.intent.images)
    await this.ports.ledger.release(entry.intent.leaseId, entry.intent.source)
    await this.ports.journal.end(entry.id)
    this.gated.delete(entry.id)
  }

  private async at (point: MigrationPoint): Promise<void> {
    await this.ports.at?.(point)
  }

  /** What the tunnel gate knows of a migration: its source, token, step and endpoints. */
  private gate (entry: Entry, streams = entry.intent.verified === undefined): void {
    const { source, token, ports, mode } = entry.intent
    // Offline, the only stream is the images': libvirt and QEMU here are not the source's business.
    const endpoints: Partial<Record<'libvirt' | 'memory' | 'disks', GateEndpoint>> = mode === 'live' ? { libvirt: { path: this.ports.libvirtSocket } } : {}
    if (ports !== null && streams) {
      if (mode === 'live') endpoints.memory = { host: '127.0.0.1', port: ports.memory }
      endpoints.disks = { host: '127.0.0.1', port: ports.disks }
    }
    this.gated.set(entry.id, { source, token: Buffer.from(token, 'hex'), step: entry.step as TargetStep, endpoints })
  }
}
