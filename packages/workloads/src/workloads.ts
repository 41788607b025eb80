/**
 * What a member does with VMs, wired once it is in a cluster: its ledger (the authority over its
 * VMs and leases), placement (planner and lease target), the owner's executor over libvirt and
 * VFIO, and VM operations from any host. `start` begins answering the mesh; `timers` are the
 * ledger's sweep of lapsed leases and the owner's check of its records against libvirt.
 */
import { join } from 'node:path'
import type { ClusterSnapshot, HostInventory } from '@multiverse/domain'
import { LocalExecutor, NodeSysfs, VfioBinder, VirshHypervisor } from '@multiverse/executor'
import type { Emulation } from '@multiverse/executor'
import type { Mappings } from '@multiverse/scheduler'
import { Journal } from '@multiverse/store'
import type { AgentStore } from '@multiverse/store'
import { Evacuations } from './evacuations.ts'
import type { MeshRequests, MeshTunnels } from './mesh-requests.ts'
import { Migrations } from './migrations.ts'
import type { PlacementCounters } from './counters.ts'
import { Ledger } from './ledger.ts'
import type { OwnHost } from './ledger.ts'
import type { Logger } from 'pino'
import { Placement } from './placement.ts'
import { CREATE_JOURNAL } from './create-journal.ts'
import type { CreateIntent } from './create-journal.ts'
import { createStopHook, migrateStopHook } from './test-hooks.ts'
import { MigrationCommands } from './migration-commands.ts'
import { localCommands } from './local-commands.ts'
import { withSpecs } from './plan-snapshot.ts'
import { Rebalancer } from './rebalancer.ts'
import { VmOwner } from './vm-owner.ts'
import { Vms } from './vms.ts'

const SWEEP_MS = 1000
/** How often VM records are checked against libvirt (a guest that powered itself off). */
const RECONCILE_MS = 5000

/** Where this host keeps and runs its VMs. */
export interface WorkloadsHost {
  name: string
  /** libvirt connection URI. */
  libvirt: string
  /** Directory of the VMs' disk images. */
  images: string
  /** The agent's data directory: consoles go under it. */
  dataDir: string
  /** Root of sysfs (a fixture tree in tests). */
  root: string
  /** At most this many migrations out of and into this host at once, and their progress timeout. */
  migration: { maxOutgoing: number, maxIncoming: number, progressTimeoutMs: number }
  /** KVM or TCG, already resolved against the host's inventory. */
  emulation: Emulation
}

export interface WorkloadsInit {
  host: WorkloadsHost
  clusterId: string
  /** This host's peer ID. */
  self: string
  store: AgentStore
  mesh: MeshRequests & MeshTunnels
  view: () => ClusterSnapshot
  mappings: () => Mappings
  ownHost: () => OwnHost
  inventory: () => HostInventory
  /** Something the advert shows changed (a lease, a VM's state). */
  onChange: () => void
  counters: PlacementCounters
  startPlaceTimer: () => () => void
  /** Puts this host in maintenance or takes it out (an evacuation and its restore do). */
  setMaintenance: (on: boolean) => Promise<void>
  log: Logger
}

export interface Workloads {
  ledger: Ledger
  placement: Placement
  vms: Vms
  migrations: Migrations
  migrationCommands: MigrationCommands
  evacuations: Evacuations
  rebalancer: Rebalancer
  start: () => Promise<NodeJS.Timeout[]>
}

export async function createWorkloads (init: WorkloadsInit): Promise<Workloads> {
  const { host, clusterId, self, mesh, view, mappings } = init
  const ledger = await Ledger.load({ store: init.store, onChange: init.onChange })
  const placement = new Placement({
    clusterId, self, ledger, mesh, view, mappings, ownHost: init.ownHost, counters: init.counters, startPlaceTimer: init.startPlaceTimer, log: init.log.child({ part: 'placement' })
  })
  const hypervisor = new VirshHypervisor({ uri: host.libvirt })
  const consoleDir = join(host.dataDir, 'console')
  const owner = new VmOwner({
    hostName: host.name,
    ledger,
    executor: new LocalExecutor({ imagesDir: host.images }, { hypervisor, binder: new VfioBinder({ sysfs: new NodeSysfs(host.root) }) }),
    hypervisor,
    inventory: init.inventory,
    mappings,
    emulation: host.emulation,
    consoleDir,
    journal: new Journal<CreateIntent>(init.store, CREATE_JOURNAL),
    log: init.log.child({ part: 'vms' }),
    ...createStopHook(process.env, init.log)
  })
  const vms = new Vms({ clusterId, self, owner, placement, mesh, view, log: init.log.child({ part: 'vms' }) })
  const migrations = new Migrations({
    clusterId, self, hostName: host.name, store: init.store, ledger, owner, hypervisor, libvirt: host.libvirt, imagesDir: host.images,
    consoleDir, runDir: host.dataDir, limits: host.migration, mesh, view, planSnapshot: () => placement.snapshot(), ownHost: init.ownHost, log: init.log.child({ part: 'migrations' }),
    ...migrateStopHook(process.env, init.log)
  })
  const migrationCommands = new MigrationCommands({ clusterId, self, mesh, view, local: async (route, request) => await localCommands(migrations, evacuations)(route, request) })
  const ownerOf = (vm: string): string | undefined => view().hosts.find((h) => h.vms.some((v) => v.name === vm && v.state !== 'reserved'))?.name
  const evacuations = new Evacuations({
    hostName: host.name, store: init.store, ledger, migrations, planSnapshot: () => withSpecs(placement.snapshot(), view()), setMaintenance: init.setMaintenance, ownerOf,
    bringBack: async (vm, { force, shutdownWaitMs }) => {
      await migrationCommands.run(vm, 'POST /v1/vm/migrate', { name: vm, to: host.name, force, timeoutSeconds: Math.round(shutdownWaitMs / 1000) })
    },
    parallel: host.migration.maxOutgoing, log: init.log.child({ part: 'evacuation' })
  })
  const rebalancer = new Rebalancer({
    planSnapshot: () => withSpecs(placement.snapshot(), view()), ownerOf, log: init.log.child({ part: 'rebalance' }),
    migrate: async (vm, to, offline) => { await migrationCommands.run(vm, 'POST /v1/vm/migrate', { name: vm, to, ...offline }) }
  })
  return {
    ledger,
    placement,
    vms,
    migrations,
    migrationCommands,
    evacuations,
    rebalancer,
    start: async () => {
      // What a kill cut short is finished or undone before anyone can ask for more.
      await owner.recover()
      await placement.start()
      await vms.start()
      await migrations.start()
      await migrationCommands.start()
      // After the migrations' recovery: an evacuation resumes from what their journals settled.
      await evacuations.start()
      return [
        // A lease a migration holds lives as long as the migration: its target undoes it when the source is gone.
        setInterval(() => { void ledger.sweep((leaseId) => migrations.receiving(leaseId)) }, SWEEP_MS),
        setInterval(() => { void owner.reconcile() }, RECONCILE_MS),
        setInterval(() => { void migrations.reconcile().catch((error: Error) => { init.log.warn({ err: error.message }, 'migration reconcile failed') }) }, RECONCILE_MS)
      ]
    }
  }
}
