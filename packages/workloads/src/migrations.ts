/**
 * Migrations on a member (docs/architecture.md §12): this host as the source of its VMs' moves
 * and as the target of others', wired to its ledger, its libvirt, its images and the mesh. The
 * state machines, the journals' use and the recovery are @multiverse/migration's; what is here
 * is how this host does each step.
 */
import { join } from 'node:path'
import { RefusedError, UsageError, optional } from '@multiverse/domain'
import type { ClusterSnapshot, ControlAnswer, ControlRequest, SnapshotHost, VmSpec } from '@multiverse/domain'
import { createDisks, diskChecksum, diskPath, domainFact, removeDisks, sendImage } from '@multiverse/executor'
import type { CreatedDisk, Hypervisor } from '@multiverse/executor'
import {
  MIGRATE_IN_JOURNAL, MIGRATE_OUT_JOURNAL, MigrationPendingError, MigrationSource, MigrationTarget, budgetMs, chooseMode, dataChannelVerdict, jobProgress, tunnelVerdict
} from '@multiverse/migration'
import type { MigrateResult, MigrationPoint, Mode, SourceIntent, TargetIntent } from '@multiverse/migration'
import { plan, validateVmSpec } from '@multiverse/scheduler'
import type { PlanSnapshot } from '@multiverse/scheduler'
import { freePort } from '@multiverse/mesh'
import { Journal } from '@multiverse/store'
import type { AgentStore } from '@multiverse/store'
import type { MigrateRequest, MigrateResponse, MigrationRoute } from '@multiverse/wire'
import {
  MAX_MIGRATE_REQUEST_BYTES, MAX_MIGRATE_RESPONSE_BYTES, decodeMigrateRequest, decodeMigrateResponse, encodeMigrateRequest, encodeMigrateResponse
} from '@multiverse/wire'
import type { Logger } from 'pino'
import { ImageServers } from './image-servers.ts'
import type { MeshRequests, MeshTunnels } from './mesh-requests.ts'
import { MigrationBoard } from './migration-board.ts'
import type { Ledger, OwnHost, VmRecord } from './ledger.ts'
import type { VmOwner } from './vm-owner.ts'

export const MIGRATE_PROTOCOL = '/multiverse/migrate/1'
/**
 * A step's limits. Each is metadata (a lease, empty images, a record) and answers in seconds,
 * but for VERIFY, which reads every image the target received to checksum it: that one is
 * given the migration's budget for its disks (150 s per GiB, at least 60 s), and the answering
 * side allows the longest such.
 */
const LIMITS = { maxRequestBytes: MAX_MIGRATE_REQUEST_BYTES, maxResponseBytes: MAX_MIGRATE_RESPONSE_BYTES, timeoutMs: 60_000 }
const ANSWER_LIMITS = { ...LIMITS, timeoutMs: 4 * 3600_000 }
/** How long a committed migration's native channels get to close their finished connections. */
const NATIVE_DRAIN_MS = 3_000
const limitsOf = (request: MigrateRequest): typeof LIMITS =>
  request.op === 'verify' ? { ...LIMITS, timeoutMs: budgetMs(request.disks.reduce((sum, d) => sum + d.virtualBytes, 0)) } : LIMITS

export interface MigrationsInit {
  clusterId: string
  /** This host's peer ID and name. */
  self: string
  hostName: string
  store: AgentStore
  ledger: Ledger
  owner: VmOwner
  hypervisor: Hypervisor
  /** libvirt's connection URI here: where the libvirt tunnel goes (its UNIX socket). */
  libvirt: string
  imagesDir: string
  consoleDir: string
  /** Where the pid files of image servers are kept (offline moves), for a restart to stop what it left. */
  runDir: string
  /** At most this many migrations out of and into this host at once, and their progress timeout. */
  limits: { maxOutgoing: number, maxIncoming: number, progressTimeoutMs: number }
  mesh: MeshRequests & MeshTunnels
  view: () => ClusterSnapshot
  /** The view as the scheduler reads it: where a VM may go when no target is named. */
  planSnapshot: () => PlanSnapshot
  ownHost: () => OwnHost
  log: Logger
  /** Test hook: awaited at each point of a migration; one that never resolves stands for a kill there. */
  at?: (point: MigrationPoint) => Promise<void>
}

/** What a migration would do (`cluster migrate --dry-run`). */
export interface MigrationPlan {
  vm: string
  from: string
  to: string
  mode: Mode
  /** Why this mode: the VM's policy, its devices, whether it runs. */
  why: string
  memoryBytes: number
  disks: Array<{ name: string, sizeBytes: number }>
  /** The devices it holds here, and those its selectors and mappings resolve to on the target. */
  devices: { from: string[], to: string[] }
}

/** What the operator asks of a migration: the mode (else chosen), its limits, and offline how the guest is shut down. */
export interface MigrateAsk {
  mode?: Mode
  /** Live: the longest pause at the switch-over, ms. */
  maxDowntimeMs?: number
  /** libvirt's (live) or qemu-img's (offline) bandwidth cap, MiB/s. */
  bandwidthMiBs?: number
  /** Live: slow the guest down until its memory converges. */
  autoConverge?: boolean
  /** Offline: how long the guest has to power off on ACPI (0 or absent: the default). */
  shutdownWaitMs?: number
  /** Offline: power it off when it does not. */
  force?: boolean
}

/** A migration as planned: the VM's record, where it goes with which devices, and in which mode. */
interface Planned { record: VmRecord, target: SnapshotHost, devices: string[], mode: Mode, why: string, uuid: string, disks: CreatedDisk[] }

export class Migrations {
  private readonly init: MigrationsInit
  private readonly target: MigrationTarget
  private readonly source: MigrationSource
  /** Migrations a restart or a failed commit left open, on either side: tried again on reconcile. */
  private open = 0
  /** The reconcile pass under way, if one is. */
  private reconciling: Promise<void> | undefined
  /** Where this host's data channels listen, once the mesh serves them. */
  private dataPort: number | undefined
  private readonly servers: ImageServers
  /** The migrations this host drives, running and recent. */
  readonly board: MigrationBoard

  constructor (init: MigrationsInit) {
    this.init = init
    const { ledger, hypervisor, imagesDir } = init
    this.servers = new ImageServers(join(init.runDir, 'image-servers'))
    this.board = new MigrationBoard(init.hostName, init.limits.maxOutgoing)
    const domain = async (vm: string): ReturnType<typeof domainFact> => await domainFact(hypervisor, vm)
    const ask = async (peer: string, request: MigrateRequest): Promise<MigrateResponse> =>
      decodeMigrateResponse(await init.mesh.ask(peer, MIGRATE_PROTOCOL, encodeMigrateRequest(request), limitsOf(request)))
    this.target = new MigrationTarget({
      ledger: {
        reserve: async (leaseId, ask, holder) => await ledger.reserve(leaseId, ask, holder, init.ownHost()),
        release: async (leaseId, holder) => { await ledger.release(leaseId, holder) },
        adopt: async (leaseId, holder, vm, also) => {
          const spec = validateVmSpec(ledger.lease(leaseId)?.spec ?? null, `the migration of lease ${leaseId}`)
          const disks = spec.disks.map((d, i) => ({ name: d.name, sizeBytes: d.sizeBytes, path: vm.images[i] ?? diskPath(imagesDir, spec.name, d.name) }))
          await ledger.adopt(leaseId, holder, { ...vm, xml: await hypervisor.migratableXml(spec.name), disks }, also)
        },
        owns: (vm, uuid) => ledger.vm(vm)?.uuid === uuid,
        holds: (leaseId) => ledger.holds(leaseId)
      },
      journal: new Journal<TargetIntent>(init.store, MIGRATE_IN_JOURNAL),
      imagePaths: (vm, disks) => disks.map((d) => diskPath(imagesDir, vm, d.name)),
      createImages: async (vm, disks) => (await createDisks({ imagesDir }, vm, disks.map((d) => ({ name: d.name, sizeBytes: d.virtualBytes })))).map((d) => d.path),
      removeImages: async (paths) => { await removeDisks(paths) },
      consolePath: (vm) => join(init.consoleDir, `${vm}.log`),
      // Free on the loopback now (the OS picks them); QEMU binds them a moment later.
      freePorts: async () => ({ memory: await freePort('127.0.0.1'), disks: await freePort('127.0.0.1') }),
      dataPort: () => this.dataPort,
      domain,
      removeDomain: async (vm) => { await hypervisor.destroy(vm); await hypervisor.undefine(vm) },
      downtime: async (vm) => (await hypervisor.jobInfo(vm, { completed: true })).totalDowntimeMs,
      serveNative: async (id, token, endpoints) => await init.mesh.serveNative(id, token, endpoints),
      closeNative: async (id, drain) => { await init.mesh.closeNative(id, drain === true ? NATIVE_DRAIN_MS : 0) },
      serveImages: async (id, images, port) => { await this.servers.serve(id, images, port) },
      stopServing: async (id) => { await this.servers.stop(id) },
      checksum: async (path) => await diskChecksum(path),
      defineArrived: async (vm, uuid, leaseId) => {
        const lease = ledger.lease(leaseId)
        if (lease === undefined) throw new RefusedError(`no lease ${leaseId} holds what ${vm} needs here`)
        await init.owner.defineArrived(validateVmSpec(lease.spec, `the migration of lease ${leaseId}`), uuid, lease.devices)
      },
      startArrived: async (vm) => { await init.owner.exclusive(vm, async () => { await init.owner.startHeld(vm) }) },
      libvirtSocket: libvirtSocket(init.libvirt),
      maxIncoming: init.limits.maxIncoming,
      ...optional('at', init.at),
      askSource: async (source, migrationId) => {
        const answer = await ask(source, statusRequest(init.clusterId, migrationId))
        // A host that holds the migration in neither journal says none: for its target, it is over.
        const says = answer.ok ? (answer.step === 'none' ? 'over' : answer.step) : undefined
        return says === 'committing' || says === 'open' || says === 'over' ? { reachable: true, says } : { reachable: false }
      }
    })
    this.source = new MigrationSource({
      clusterId: init.clusterId,
      journal: new Journal<SourceIntent>(init.store, MIGRATE_OUT_JOURNAL),
      ask,
      forward: async (target, open, port, dataPort, nativePort) => await init.mesh.forward(target, open, port, dataPort, nativePort),
      migratableXml: async (vm) => await hypervisor.migratableXml(vm),
      migrate: async (vm, options) => { await hypervisor.migrate(vm, { ...options, copyStorage: true, listenAddress: '127.0.0.1' }) },
      domain,
      handOver: async (vm, uuid, images, also) => {
        // Offline, the stopped domain is still defined here; live, libvirt undefined it.
        if ((await domain(vm))?.uuid === uuid) { await hypervisor.destroy(vm); await hypervisor.undefine(vm) }
        // Images first: a crash after leaves a record to clean up again, never a record without its VM.
        await removeDisks(images)
        await ledger.remove(vm, also)
      },
      stop: async (vm, { waitMs, force }) => { await init.owner.stopHeld(vm, waitMs, force) },
      restart: async (vm) => { await init.owner.startHeld(vm) },
      checksum: async (path) => await diskChecksum(path),
      sendImage: async (path, to, options) => { await sendImage(path, { host: '127.0.0.1', ...to }, options) },
      jobInfo: async (vm) => jobProgress(await hypervisor.jobInfo(vm)),
      abortJob: async (vm) => { await hypervisor.abortJob(vm) },
      setMaxDowntime: async (vm, ms) => { await hypervisor.setMaxDowntime(vm, ms) },
      ...optional('at', init.at)
    })
  }

  /** Answers other members' migrations and lets their tunnels in; finishes what a restart cut short. */
  async start (): Promise<void> {
    await this.reconcile(true)
    await this.init.mesh.answer(MIGRATE_PROTOCOL, async (body, peer) => {
      const request = decodeMigrateRequest(body)
      // A target restarted mid-migration asks its source where it is; every other step is a target's.
      if (request.op === 'status' && await this.source.holds(request.migrationId)) return encodeMigrateResponse({ ok: true, step: await this.source.standing(request.migrationId) })
      return encodeMigrateResponse(await this.target.handle(request, peer.toString()))
    }, ANSWER_LIMITS)
    this.dataPort = await this.init.mesh.serveTunnels(
      (peer, open) => tunnelVerdict(this.target.gated, peer.toString(), open),
      (migrationId, channel) => dataChannelVerdict(this.target.gated, migrationId, channel))
  }

  /**
   * Settles what is left open (a commit the target did not answer, a target waiting for its
   * source): called at start and on the owner's reconcile timer; a no-op while nothing is open.
   */
  async reconcile (always = false): Promise<void> {
    if (!always && this.open === 0) return
    // One pass at a time: a pass asks the other sides, which may take longer than the timer's period.
    this.reconciling ??= (async () => {
      this.open = await this.target.recover() + await this.source.recover()
      if (this.open > 0) this.init.log.warn({ open: this.open }, 'migrations left open: tried again on the next reconcile')
    })().finally(() => { this.reconciling = undefined })
    await this.reconciling
  }

  /** Moves VM `name`, which this host owns, to host `to` (by name), or where the scheduler says. */
  async migrate (name: string, to: string | undefined, asked: MigrateAsk = {}): Promise<MigrateResult> {
    return await this.init.owner.exclusive(name, async () => {
      const { record, target, devices, mode, uuid, disks } = this.plan(name, to, asked.mode)
      const { vcpus, memoryBytes, hugepageBytes, diskBytes, group, spec } = record.vm
      const moving = { name, uuid, running: record.vm.state === 'running', generation: record.vm.generation ?? 0, ask: { vcpus, memoryBytes, hugepageBytes, diskBytes, devices, group, spec }, disks }
      return await this.board.run({ vm: name, to: target.name, mode }, async (signal, onProgress) => await this.source.migrate(moving, { id: target.id, name: target.name }, this.init.hostName, {
        mode, signal, onProgress, force: asked.force === true, progressTimeoutMs: this.init.limits.progressTimeoutMs,
        ...(asked.shutdownWaitMs === undefined || asked.shutdownWaitMs === 0 ? {} : { shutdownWaitMs: asked.shutdownWaitMs }),
        ...optional('maxDowntimeMs', asked.maxDowntimeMs),
        ...optional('bandwidthMiBs', asked.bandwidthMiBs), autoConverge: asked.autoConverge === true
      }).catch((error: unknown) => {
        if (error instanceof MigrationPendingError) this.open++
        throw error
      }))
    })
  }

  /** A migration command of the control API, for a VM this host owns (migration-commands.ts routes the others here). */
  async command<R extends MigrationRoute> (route: R, request: ControlRequest<R>): Promise<ControlAnswer<R>> {
    return await (this.commands[route] as (request: ControlRequest<R>) => Promise<ControlAnswer<R>>)(request)
  }

  private readonly commands: { [R in MigrationRoute]: (request: ControlRequest<R>) => Promise<ControlAnswer<R>> } = {
    'POST /v1/vm/migrate': async (r) => {
      const asked: MigrateAsk = {
        ...optional('mode', r.mode), force: r.force === true, ...(r.timeoutSeconds === undefined ? {} : { shutdownWaitMs: r.timeoutSeconds * 1000 }),
        ...optional('maxDowntimeMs', r.maxDowntimeMs), ...optional('bandwidthMiBs', r.bandwidthMiBs), autoConverge: r.autoConverge === true
      }
      return r.dryRun === true ? this.dryRun(r.name, r.to, r.mode) : await this.migrate(r.name, r.to, asked)
    },
    'POST /v1/vm/migrate/cancel': async (r) => this.board.cancel(r.name),
    'GET /v1/migrations': async () => ({ host: this.init.hostName, migrations: this.board.list() })
  }

  /** Whether a migration into this host holds the lease `leaseId` (its lease lives as long as it). */
  receiving (leaseId: string): boolean {
    return this.target.gated.has(leaseId)
  }

  /** What `migrate` would do, without doing it: the target, the mode and why, what moves, the devices there. */
  dryRun (name: string, to: string | undefined, asked?: Mode): MigrationPlan {
    const { record, target, devices, mode, why, disks } = this.plan(name, to, asked)
    return {
      vm: name,
      from: this.init.hostName,
      to: target.name,
      mode,
      why,
      memoryBytes: record.vm.memoryBytes,
      disks: disks.map((d) => ({ name: d.name, sizeBytes: d.sizeBytes })),
      devices: { from: [...record.vm.devices], to: devices }
    }
  }

  /** The VM's record, its target and the devices it gets there, and the mode; or a refusal that says what stands in the way. */
  private plan (name: string, to: string | undefined, asked: Mode | undefined): Planned {
    const record = this.init.ledger.vm(name)
    if (record === undefined) throw new UsageError(`no VM named ${name} on ${this.init.hostName}`, { hint: 'see multiverse vm list' })
    const spec = validateVmSpec(record.vm.spec, `the record of ${name}`)
    const mode = chooseMode(spec.migration, asked, record.vm.devices.length > 0, record.vm.state === 'running')
    if (!mode.ok) throw new RefusedError(`${name} cannot move: ${mode.why}`)
    if (record.uuid === undefined || record.domain === undefined) throw new RefusedError(`${name} has no domain yet: there is nothing to move`)
    if (to !== undefined) {
      const named = this.init.view().hosts.find((h) => h.name === to)
      if (named === undefined) throw new UsageError(`no host named ${to} in the cluster`, { hint: 'see multiverse cluster status' })
      if (named.id === this.init.self) throw new UsageError(`${name} is on ${to} already`)
    }
    // A pinned VM moves only where the operator names: the scheduler (and evacuate) leaves it be.
    const pin = spec.placement.host
    if (pin !== null && to === undefined) throw new RefusedError(`${name} cannot move: its spec pins it to ${pin}`, { hint: 'name the target to move it anyway (--to HOST): it is then pinned there' })
    const placed = place(this.init.planSnapshot(), this.init.self, to, name, { ...spec, placement: { ...spec.placement, host: null } })
    const target = this.init.view().hosts.find((h) => h.name === placed.host)!
    const document = pin === null ? record.vm.spec : repinned(record.vm.spec, target.name)
    return { record: { ...record, vm: { ...record.vm, spec: document } }, target, devices: placed.devices, mode: mode.mode, why: mode.why, uuid: record.uuid, disks: record.domain.disks }
  }
}

/**
 * Where the VM would go now, and the devices it would hold there: the scheduler's placement
 * among the other hosts, or on host `to` only; refused with every host's reason.
 */
function place (snapshot: PlanSnapshot, self: string, to: string | undefined, name: string, spec: VmSpec): { host: string, devices: string[] } {
  const hosts = snapshot.hosts.filter((h) => h.id !== self && (to === undefined || h.name === to))
  const result = plan({ ...snapshot, hosts }, [spec], { explain: true })
  const placement = result.placements[0]
  if (placement !== undefined) return { host: placement.host, devices: placement.devices }
  const reasons = Object.entries(result.unplaced[0]?.reasons ?? {}).map(([host, r]) => `${host}: ${r.detail}`)
  const where = to === undefined ? 'no other host can take' : `${to} cannot take`
  throw new RefusedError(`${where} ${name}${reasons.length === 0 ? ': this is the only host' : ` (${reasons.join('; ')})`}`, { hint: to === undefined ? 'free room on a host, or name one with --to' : 'free room there, or leave --to out and let the scheduler choose' })
}

/** A pinned spec document, pinned to the host it moves to instead. */
function repinned (document: unknown, host: string): unknown {
  const { placement } = document as { placement: object }
  return { ...(document as object), placement: { ...placement, host } }
}

/** A status request: only the migration's id counts; the rest is the message's required form. */
function statusRequest (clusterId: string, migrationId: string): MigrateRequest {
  return { clusterId, op: 'status', migrationId, vm: 'status', mode: 'live', domainUuid: '00000000-0000-4000-8000-000000000000', ask: null, disks: [], running: false, generation: 0 }
}

/** The UNIX socket of the libvirtd at `uri`: its `socket=` parameter, or the system default. */
export function libvirtSocket (uri: string): string {
  const socket = /[?&]socket=([^&]+)/.exec(uri)?.[1]
  return socket === undefined ? '/run/libvirt/libvirt-sock' : decodeURIComponent(socket)
}
