/**
 * Migrations on a member (docs/architecture.md §12): this host as the source of its VMs' moves
 * and as the target of others', wired to its ledger, its libvirt, its images and the mesh. The
 * state machines, the journals' use and the recovery are @multiverse/migration's; what is here
 * is how this host does each step.
 */
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { RefusedError, UsageError } from '@multiverse/domain'
import type { ClusterSnapshot, SnapshotHost } from '@multiverse/domain'
import { createDisks, diskPath, domainFact, removeDisks } from '@multiverse/executor'
import type { CreatedDisk, Hypervisor } from '@multiverse/executor'
import {
  MIGRATE_IN_JOURNAL, MIGRATE_OUT_JOURNAL, MigrationPendingError, MigrationSource, MigrationTarget, chooseMode, tunnelVerdict
} from '@multiverse/migration'
import type { MigrateResult, SourceIntent, TargetIntent } from '@multiverse/migration'
import type { ClusterMesh } from '@multiverse/mesh'
import { plan, validateVmSpec } from '@multiverse/scheduler'
import type { PlanSnapshot } from '@multiverse/scheduler'
import { Journal } from '@multiverse/store'
import type { AgentStore } from '@multiverse/store'
import type { MigrateRequest, MigrateResponse } from '@multiverse/wire'
import {
  MAX_MIGRATE_REQUEST_BYTES, MAX_MIGRATE_RESPONSE_BYTES, decodeMigrateRequest, decodeMigrateResponse, encodeMigrateRequest, encodeMigrateResponse
} from '@multiverse/wire'
import type { Logger } from 'pino'
import type { Ledger, OwnHost, VmRecord } from './ledger.ts'
import type { VmOwner } from './vm-owner.ts'

export const MIGRATE_PROTOCOL = '/multiverse/migrate/1'
/** A step's answer; the longest (prepare) makes the images, which is metadata only. */
const LIMITS = { maxRequestBytes: MAX_MIGRATE_REQUEST_BYTES, maxResponseBytes: MAX_MIGRATE_RESPONSE_BYTES, timeoutMs: 60_000 }

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
  mesh: Pick<ClusterMesh, 'answer' | 'ask' | 'serveTunnels' | 'forward'>
  view: () => ClusterSnapshot
  /** The view as the scheduler reads it: where a VM may go when no target is named. */
  planSnapshot: () => PlanSnapshot
  ownHost: () => OwnHost
  log: Logger
}

/** What a migration would do (`cluster migrate --dry-run`). */
export interface MigrationPlan {
  vm: string
  from: string
  to: string
  mode: 'live'
  /** Why this mode: the VM's policy, its devices. */
  why: string
  memoryBytes: number
  disks: Array<{ name: string, sizeBytes: number }>
}

export class Migrations {
  private readonly init: MigrationsInit
  private readonly target: MigrationTarget
  private readonly source: MigrationSource
  /** Migrations a restart or a failed commit left open, on either side: tried again on reconcile. */
  private open = 0

  constructor (init: MigrationsInit) {
    this.init = init
    const { ledger, hypervisor, imagesDir } = init
    const domain = async (vm: string): ReturnType<typeof domainFact> => await domainFact(hypervisor, vm)
    const ask = async (peer: string, request: MigrateRequest): Promise<MigrateResponse> =>
      decodeMigrateResponse(await init.mesh.ask(peer, MIGRATE_PROTOCOL, encodeMigrateRequest(request), LIMITS))
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
      freePorts: async () => ({ memory: await freePort(), disks: await freePort() }),
      domain,
      removeDomain: async (vm) => { await hypervisor.destroy(vm); await hypervisor.undefine(vm) },
      libvirtSocket: libvirtSocket(init.libvirt),
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
      forward: async (target, open, port) => await init.mesh.forward(target, open, port),
      migratableXml: async (vm) => await hypervisor.migratableXml(vm),
      migrate: async (vm, options) => { await hypervisor.migrate(vm, { ...options, copyStorage: true, listenAddress: '127.0.0.1' }) },
      domain,
      handOver: async (vm, images, also) => {
        // Images first: a crash after leaves a record to clean up again, never a record without its VM.
        await removeDisks(images)
        await ledger.remove(vm, also)
      }
    })
  }

  private choose (name: string, spec: unknown): string {
    return choose(this.init.planSnapshot(), this.init.self, name, spec)
  }

  /** Answers other members' migrations and lets their tunnels in; finishes what a restart cut short. */
  async start (): Promise<void> {
    await this.reconcile(true)
    await this.init.mesh.answer(MIGRATE_PROTOCOL, async (body, peer) => {
      const request = decodeMigrateRequest(body)
      // A target restarted mid-migration asks its source where it is; every other step is a target's.
      if (request.op === 'status' && await this.source.holds(request.migrationId)) return encodeMigrateResponse({ ok: true, step: await this.source.standing(request.migrationId) })
      return encodeMigrateResponse(await this.target.handle(request, peer.toString()))
    }, LIMITS)
    await this.init.mesh.serveTunnels((peer, open) => tunnelVerdict(this.target.gated, peer.toString(), open))
  }

  /**
   * Settles what is left open (a commit the target did not answer, a target waiting for its
   * source): called at start and on the owner's reconcile timer; a no-op while nothing is open.
   */
  async reconcile (always = false): Promise<void> {
    if (!always && this.open === 0) return
    this.open = await this.target.recover() + await this.source.recover()
    if (this.open > 0) this.init.log.warn({ open: this.open }, 'migrations left open: tried again on the next reconcile')
  }

  /** Moves VM `name`, which this host owns, live to host `to` (by name), or where the scheduler says. */
  async migrate (name: string, to: string | undefined, asked?: 'live'): Promise<MigrateResult> {
    return await this.init.owner.exclusive(name, async () => {
      const { record, target, uuid, disks } = this.plan(name, to, asked)
      const { vcpus, memoryBytes, hugepageBytes, diskBytes, devices, group, spec } = record.vm
      return await this.source.migrate({
        name,
        uuid,
        running: record.vm.state === 'running',
        generation: record.vm.generation ?? 0,
        ask: { vcpus, memoryBytes, hugepageBytes, diskBytes, devices, group, spec },
        disks
      }, { id: target.id, name: target.name }, this.init.hostName).catch((error: unknown) => {
        if (error instanceof MigrationPendingError) this.open++
        throw error
      })
    })
  }

  /** What `migrate` would do, without doing it: the target, the mode and why, what moves. */
  dryRun (name: string, to: string | undefined, asked?: 'live'): MigrationPlan {
    const { record, target, why, disks } = this.plan(name, to, asked)
    return {
      vm: name,
      from: this.init.hostName,
      to: target.name,
      mode: 'live',
      why,
      memoryBytes: record.vm.memoryBytes,
      disks: disks.map((d) => ({ name: d.name, sizeBytes: d.sizeBytes }))
    }
  }

  /** The VM's record, its target and why this mode, or a refusal that says what stands in the way. */
  private plan (name: string, to: string | undefined, asked: 'live' | undefined): { record: VmRecord, target: SnapshotHost, why: string, uuid: string, disks: CreatedDisk[] } {
    const record = this.init.ledger.vm(name)
    if (record === undefined) throw new UsageError(`no VM named ${name} on ${this.init.hostName}`, { hint: 'see multiverse vm list' })
    const spec = validateVmSpec(record.vm.spec, `the record of ${name}`)
    const mode = chooseMode(spec.migration, asked, record.vm.devices.length > 0)
    if (!mode.ok) throw new RefusedError(`${name} cannot move: ${mode.why}`)
    if (mode.mode === 'offline') throw new RefusedError(`${name} would move offline (${mode.why}), which is not available yet`, { hint: 'stop it, and move it by hand' })
    if (record.uuid === undefined || record.domain === undefined) throw new RefusedError(`${name} has no domain yet: there is nothing to move`)
    const toHost = to ?? this.choose(name, record.vm.spec)
    const target = this.init.view().hosts.find((h) => h.name === toHost)
    if (target === undefined) throw new UsageError(`no host named ${toHost} in the cluster`, { hint: 'see multiverse cluster status' })
    if (target.id === this.init.self) throw new UsageError(`${name} is on ${toHost} already`)
    return { record, target, why: mode.why, uuid: record.uuid, disks: record.domain.disks }
  }
}

/** Where the scheduler would place the VM now, this host left out; refused with every host's reason. */
function choose (snapshot: PlanSnapshot, self: string, name: string, spec: unknown): string {
  const others = { ...snapshot, hosts: snapshot.hosts.filter((h) => h.id !== self) }
  const result = plan(others, [validateVmSpec(spec, `the record of ${name}`)], { explain: true })
  const placement = result.placements[0]
  if (placement !== undefined) return placement.host
  const reasons = Object.entries(result.unplaced[0]?.reasons ?? {}).map(([host, r]) => `${host}: ${r.detail}`)
  throw new RefusedError(`no other host can take ${name}${reasons.length === 0 ? ': this is the only host' : ` (${reasons.join('; ')})`}`, { hint: 'free room on a host, or name one with --to' })
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

/** A port free on the loopback now (the OS picks it); QEMU binds it a moment later. */
async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', resolve) })
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
