/**
 * Hosts of one cluster in the test's process, for the workloads' unit tests: each with its own
 * LevelDB store in a temp dir and its ledger, a fixture machine's sysfs under the simulated
 * kernel (SimulatedSysfs), libvirt as the recording hypervisor, real qcow2 images in its temp
 * images directory, and VmOwner, Placement, Vms and Migrations wired as createWorkloads wires
 * them, with the cluster's mappings. They are joined by an in-memory mesh that carries every
 * request through the wire format and can lose one, and whose migration tunnels are real
 * loopback relays (loopback-tunnels.ts); each sees the others through a view built from their
 * ledgers as they are (gossip at once) unless a test makes it stale.
 */
import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ClusterSnapshot, HostInventory, SnapshotHost } from '@multiverse/domain'
import { LocalExecutor, VfioBinder } from '@multiverse/executor'
import { RecordingHypervisor, SimulatedSysfs } from '@multiverse/executor/testing'
import { readInventory } from '@multiverse/inventory'
import { RpcError } from '@multiverse/mesh'
import type { RpcHandler } from '@multiverse/mesh'
import { validateVmSpec } from '@multiverse/scheduler'
import { AgentStore, Journal } from '@multiverse/store'
import type { LeaseAsk } from '@multiverse/wire'
import type { MigrationPoint } from '@multiverse/migration'
import type { Mappings } from '@multiverse/scheduler'
import { pino } from 'pino'
import { MACHINES } from '../../../test/fixtures/machines.ts'
import { writeMachine } from '../../../test/fixtures/sysfs-writer.ts'
import { PlacementCounters } from '../src/counters.ts'
import { CREATE_JOURNAL } from '../src/create-journal.ts'
import type { CreateIntent } from '../src/create-journal.ts'
import { Ledger } from '../src/ledger.ts'
import type { OwnHost } from '../src/ledger.ts'
import type { MeshRequests, MeshTunnels } from '../src/mesh-requests.ts'
import { Evacuations } from '../src/evacuations.ts'
import { localCommands } from '../src/local-commands.ts'
import { MigrationCommands } from '../src/migration-commands.ts'
import { Migrations } from '../src/migrations.ts'
import { Placement } from '../src/placement.ts'
import { withSpecs } from '../src/plan-snapshot.ts'
import { VmOwner } from '../src/vm-owner.ts'
import { Vms } from '../src/vms.ts'
import { LoopbackTunnels } from './loopback-tunnels.ts'

export const CLUSTER_ID = 'c'.repeat(32)
export const GIB = 1024 ** 3
/** The desktop fixture's GPU and its audio function: one IOMMU group, given whole. */
export const GPU_GROUP = ['0000:01:00.0', '0000:01:00.1']
const log = pino({ level: 'silent' })

/** What can happen to one request on the mesh: never sent, or sent and its answer lost before or after the peer acted. */
export type Fault = 'unreachable' | 'lost-before' | 'lost-after'

export interface TestHost {
  /** Its peer ID (a plain name here: nothing checks its form). */
  id: string
  name: string
  store: AgentStore
  ledger: Ledger
  hv: RecordingHypervisor
  /** Its kernel's driver bindings, over its own copy of the machine's tree (made on first use). */
  sysfs: SimulatedSysfs
  inventory: HostInventory
  images: string
  owner: VmOwner
  placement: Placement
  counters: PlacementCounters
  vms: Vms
  migrations: Migrations
  /** Its evacuations, wired as createWorkloads wires them (moves one at a time: maxOutgoing 1). */
  evacuations: Evacuations
  /** Migration and evacuation commands from this host, routed to the host that runs them. */
  commands: MigrationCommands
  /** Where its migrations keep their image servers' pid files. */
  runDir: string
  /** Awaited at each point of a migration this host takes part in (MigrationsInit's `at`): a test's hook. */
  at: (point: MigrationPoint) => Promise<void>
  /** In maintenance, as the host itself holds (what its ledger checks leases against). */
  maintenance: boolean
  /** The clock its ledger grants and lapses leases by: a test moves it on instead of waiting. */
  clock: { skewMs: number }
}

/**
 * An in-memory mesh: each host's `answer` and `ask`, the faults to inject into the next matching
 * request, and migration tunnels through real loopback relays.
 */
class MemoryMesh {
  readonly handlers = new Map<string, RpcHandler>()
  readonly tunnels = new LoopbackTunnels()
  /** Every request asked, in order. */
  readonly asked: Array<{ from: string, to: string, protocol: string, body: Uint8Array }> = []
  private readonly faults: Array<{ fault: Fault, to: string, protocol: string, match: (body: Uint8Array) => boolean }> = []

  of (self: string): MeshRequests & MeshTunnels {
    return {
      serveTunnels: async (authorize) => { this.tunnels.serve(self, authorize) },
      forward: async (to, open, port) => await this.tunnels.forward(self, to, open, port),
      // No stunnel between in-memory hosts: the tunnels carry every stream (the lab runs native channels).
      serveNative: async () => ({}),
      closeNative: async () => {},
      answer: async (protocol, handler) => { this.handlers.set(`${self} ${protocol}`, handler) },
      ask: async (to, protocol, body, limits) => {
        this.asked.push({ from: self, to, protocol, body })
        const handler = this.handlers.get(`${to} ${protocol}`)
        const at = this.faults.findIndex((f) => f.to === to && f.protocol === protocol && f.match(body))
        const fault = at < 0 ? undefined : this.faults.splice(at, 1)[0]!.fault
        if (handler === undefined || fault === 'unreachable') throw new RpcError(protocol, `no connection to ${to}`, { sent: false })
        if (fault === 'lost-before') throw new RpcError(protocol, 'stream reset before the answer', { sent: true })
        const answer = await handler(body, { toString: () => self } as unknown as Parameters<RpcHandler>[1], AbortSignal.timeout(limits.timeoutMs))
        if (fault === 'lost-after') throw new RpcError(protocol, 'stream reset before the answer', { sent: true })
        return answer
      }
    }
  }

  /** The next request to `to` over `protocol` that `match` accepts meets `fault`. */
  inject (fault: Fault, to: string, protocol: string, match: (body: Uint8Array) => boolean = () => true): void {
    this.faults.push({ fault, to, protocol, match })
  }
}

export class TestCluster {
  readonly hosts: TestHost[] = []
  readonly mesh = new MemoryMesh()
  /** The cluster's device mappings (mapping name -> host name -> address), as every host holds them. */
  mappings: Mappings = {}
  /** How the planners' views show a host: as it is, unless a test makes a view stale. */
  shown: (host: SnapshotHost) => SnapshotHost = (host) => host
  private readonly dir = mkdtempSync(join(tmpdir(), 'workloads-'))

  /** A host on fixture machine `machine`, answering the mesh; it sends `maxOutgoing` migrations at once (and moves as many of an evacuation). */
  async add (name: string, machine = 'desktop', maxOutgoing = 1): Promise<TestHost> {
    const dir = join(this.dir, name)
    const { root, inventory } = await template(machine)
    // The host's own kernel: a copy of the machine's tree, made when the binder first asks (few
    // hosts bind devices, and copying a tree is the slowest part of making a host).
    let kernel: SimulatedSysfs | undefined
    const sysfs = (): SimulatedSysfs => {
      if (kernel === undefined) {
        execFileSync('cp', ['-a', root, join(dir, 'root')])
        kernel = new SimulatedSysfs(join(dir, 'root'))
      }
      return kernel
    }
    const binder = new VfioBinder({
      sysfs: { readLink: async (path) => await sysfs().readLink(path), exists: async (path) => await sysfs().exists(path), write: async (path, value) => { await sysfs().write(path, value) } }
    })
    const images = join(dir, 'images')
    mkdirSync(images, { recursive: true })
    const store = await AgentStore.open(join(dir, 'data'))
    const clock = { skewMs: 0 }
    const ledger = await Ledger.load({ store, onChange: () => {}, now: () => Date.now() + clock.skewMs })
    const hv = new RecordingHypervisor()
    const id = `peer-${name}`
    const mesh = this.mesh.of(id)
    const view = (): ClusterSnapshot => this.view(id)
    const mappings = (): Mappings => this.mappings
    const consoleDir = join(dir, 'console')
    const owner = new VmOwner({
      hostName: name, ledger, hypervisor: hv, inventory: () => inventory, mappings, emulation: 'qemu',
      executor: new LocalExecutor({ imagesDir: images }, { hypervisor: hv, binder }),
      consoleDir, journal: new Journal<CreateIntent>(store, CREATE_JOURNAL), log
    })
    const host: TestHost = {
      id, name, store, ledger, hv, get sysfs () { return sysfs() }, inventory, images, owner, maintenance: false, clock, counters: new PlacementCounters(),
      runDir: join(dir, 'run'),
      at: async () => {},
      placement: undefined as unknown as Placement,
      vms: undefined as unknown as Vms,
      migrations: undefined as unknown as Migrations,
      evacuations: undefined as unknown as Evacuations,
      commands: undefined as unknown as MigrationCommands
    }
    host.placement = new Placement({
      clusterId: CLUSTER_ID, self: id, ledger, mesh, view, mappings, ownHost: () => ownHost(host),
      counters: host.counters, startPlaceTimer: () => () => {}, log
    })
    host.vms = new Vms({ clusterId: CLUSTER_ID, self: id, owner, placement: host.placement, mesh, view, log })
    host.migrations = new Migrations({
      clusterId: CLUSTER_ID, self: id, hostName: name, store, ledger, owner, hypervisor: hv, libvirt: 'qemu:///system', imagesDir: images,
      consoleDir, runDir: host.runDir, limits: { maxOutgoing, maxIncoming: 1, progressTimeoutMs: 150_000 }, mesh, view, planSnapshot: () => host.placement.snapshot(), ownHost: () => ownHost(host), log,
      at: async (point) => { await host.at(point) }
    })
    host.commands = new MigrationCommands({ clusterId: CLUSTER_ID, self: id, mesh, view, local: async (route, request) => await localCommands(host.migrations, host.evacuations)(route, request) })
    host.evacuations = this.evacuations(host, maxOutgoing)
    // Live moves: libvirt's destination is a tunnel's loopback port; the libvirt it reaches is the tunnel's target's.
    Object.assign(hv.peers, { get: (destination: string) => this.hosts.find((h) => h.id === this.mesh.tunnels.ports.get(Number(/:(\d+)\//.exec(destination)?.[1])))?.hv })
    await host.placement.start()
    await host.vms.start()
    await host.migrations.start()
    await host.commands.start()
    await host.evacuations.start()
    this.hosts.push(host)
    return host
  }

  /** Evacuations for `host`, as createWorkloads wires them (a restarted agent makes new ones on the same store). */
  evacuations (host: TestHost, parallel = 1): Evacuations {
    const ownerOf = (vm: string): string | undefined => this.view(host.id).hosts.find((h) => h.vms.some((v) => v.name === vm && v.state !== 'reserved'))?.name
    return new Evacuations({
      hostName: host.name, store: host.store, ledger: host.ledger, migrations: host.migrations, planSnapshot: () => withSpecs(host.placement.snapshot(), this.view(host.id)), ownerOf, parallel, log, retryMs: 20,
      setMaintenance: async (on) => { host.maintenance = on },
      bringBack: async (vm, { force, shutdownWaitMs }) => {
        await host.commands.run(vm, 'POST /v1/vm/migrate', { name: vm, to: host.name, force, timeoutSeconds: Math.round(shutdownWaitMs / 1000) })
      }
    })
  }

  /** The cluster as host `self` sees it. */
  view (self: string): ClusterSnapshot {
    return {
      clusterId: CLUSTER_ID,
      self,
      hosts: this.hosts.map((h) => this.shown({ ...ownHost(h), lastSeenMs: Date.now(), vms: h.ledger.held() }))
    }
  }

  async close (): Promise<void> {
    for (const host of this.hosts.splice(0)) await host.store.close()
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/**
 * A fixture machine's tree and its inventory, made once per test file; each host gets a copy of
 * the tree (its links are relative, as the kernel's are) for its simulated kernel to change.
 * Writing and reading a machine is the slowest part of making a host.
 */
const templates = new Map<string, Promise<{ root: string, inventory: HostInventory }>>()
async function template (machine: string): Promise<{ root: string, inventory: HostInventory }> {
  let made = templates.get(machine)
  if (made === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'workloads-machine-'))
    const root = join(dir, machine)
    made = writeMachine(MACHINES[machine]!, root).then(() => ({ root, inventory: readInventory({ root }) }))
    templates.set(machine, made)
    process.once('exit', () => { rmSync(dir, { recursive: true, force: true }) })
  }
  return await made
}

/** The host as its own advert says, without its VMs: what its ledger checks a lease against. */
function ownHost (host: TestHost): OwnHost {
  return {
    id: host.id, name: host.name, state: 'alive', lastSeenMs: 0, labels: {}, inventory: host.inventory,
    allocatable: { vcpus: 16, memoryBytes: 16 * GIB }, maintenance: host.maintenance
  }
}

/** A lease request for `document` (a spec as people write it) holding `devices`. */
export function leaseAsk (document: Record<string, unknown>, devices: string[] = [], ttlMs = 60_000): LeaseAsk {
  const spec = validateVmSpec(document, 'the test spec')
  return {
    vm: spec.name, vcpus: spec.vcpus, memoryBytes: spec.memoryBytes, hugepageBytes: spec.hugepageBytes,
    diskBytes: spec.disks.reduce((sum, d) => sum + d.sizeBytes, 0), devices, group: spec.placement.group, spec: document, ttlMs
  }
}

/** `document` reserved on `host` for `holder`, a lease not yet confirmed; returns the lease id. */
export async function reserveOn (host: TestHost, document: Record<string, unknown>, devices: string[] = [], holder = 'planner'): Promise<string> {
  const leaseId = randomBytes(16).toString('hex')
  const reserved = await host.ledger.reserve(leaseId, leaseAsk(document, devices), holder, ownHost(host))
  if (!reserved.granted) throw new Error(`reserve ${String(document.name)} on ${host.name}: ${reserved.code}: ${reserved.detail}`)
  return leaseId
}

/** `document` reserved and confirmed on `host` for `holder`: a `placed` VM record, as `vm place` leaves it. Returns the lease id. */
export async function placeOn (host: TestHost, document: Record<string, unknown>, devices: string[] = [], holder = 'planner'): Promise<string> {
  const leaseId = await reserveOn(host, document, devices, holder)
  const confirmed = await host.ledger.confirm(leaseId, holder)
  if (!confirmed.granted) throw new Error(`confirm ${String(document.name)} on ${host.name}: ${confirmed.code}: ${confirmed.detail}`)
  return leaseId
}
