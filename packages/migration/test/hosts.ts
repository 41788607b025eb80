/**
 * A migration target for tests: MigrationTarget on a real store in a temporary directory, the
 * recording hypervisor as its libvirt, image files in a directory, and a ledger in memory that
 * keeps what the target's would.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { domainFact } from '@multiverse/executor'
import { RecordingHypervisor } from '@multiverse/executor/testing'
import { AgentStore, Journal } from '@multiverse/store'
import type { BatchOp } from '@multiverse/store'
import type { LeaseAsk, MigrateRequest } from '@multiverse/wire'
import { afterEach } from 'vitest'
import { MIGRATE_IN_JOURNAL, MigrationTarget } from '../src/target.ts'
import type { TargetIntent, TargetLedger, TargetPorts } from '../src/target.ts'
import type { SourceAnswer } from '../src/recovery.ts'

export const SOURCE = '12D3KooWSource'
export const ID = 'ab'.repeat(16)
export const UUID = '8f0e6c1a-3b5d-4e2f-9a7b-1c2d3e4f5a6b'
export const ask: Omit<LeaseAsk, 'vm'> = { vcpus: 1, memoryBytes: 1 << 30, hugepageBytes: null, diskBytes: 64 << 20, devices: [], group: null, spec: { name: 'web' }, ttlMs: 60_000 }
export const request = (op: MigrateRequest['op'], more: Partial<MigrateRequest> = {}): MigrateRequest => ({
  clusterId: 'c'.repeat(32), op, migrationId: ID, vm: 'web', mode: 'live', domainUuid: UUID,
  ask: op === 'reserve' ? ask : null, disks: op === 'prepare' ? [{ name: 'root', virtualBytes: 64 << 20 }] : [], running: false, generation: 1, ...more
})

/** A ledger that keeps what the target's would: leases by id, and the VMs it adopted. */
export class MemoryLedger implements TargetLedger {
  readonly leases = new Map<string, string>()
  readonly adopted: Array<{ uuid: string, running: boolean, generation: number, images: string[] }> = []
  /** Offline: the VMs started once adopted. */
  readonly started: string[] = []
  refuse: string | undefined
  lapsed = false
  private readonly store: AgentStore
  constructor (store: AgentStore) { this.store = store }
  async reserve (leaseId: string, _ask: LeaseAsk, holder: string): Promise<{ granted: true } | { granted: false, code: string, detail: string }> {
    if (this.refuse !== undefined) return { granted: false, code: 'memory', detail: this.refuse }
    this.leases.set(leaseId, holder)
    return { granted: true }
  }

  async release (leaseId: string): Promise<void> { this.leases.delete(leaseId) }
  async adopt (leaseId: string, _holder: string, vm: { uuid: string, running: boolean, generation: number, images: string[] }, also: BatchOp[]): Promise<void> {
    await this.store.batch(also, { sync: true })
    this.leases.delete(leaseId)
    this.adopted.push(vm)
  }

  owns (_vm: string, uuid: string): boolean { return this.adopted.some((v) => v.uuid === uuid) }
  holds (leaseId: string): boolean { return this.leases.has(leaseId) && !this.lapsed }
}

export const dirs: string[] = []
export const stores: AgentStore[] = []
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export interface Built {
  t: MigrationTarget
  ports: TargetPorts
  ledger: MemoryLedger
  hv: RecordingHypervisor
  journal: Journal<TargetIntent>
  images: string
  /** Offline: the migrations whose images are served now, and each disk as a file (the image server's export). */
  serving: Map<string, string[]>
  /** With `native`: the migrations whose native data channels run, and each stream's loopback endpoint. */
  native: Map<string, NativeEndpoints>
}

/** Each stream's loopback endpoint, as the target gives them to its native data channels. */
type NativeEndpoints = Partial<Record<'memory' | 'disks', { host: string, port: number }>>

/** The ports the fake native data channels listen on, by stream. */
export const NATIVE_PORTS = { memory: 49400, disks: 49401 } as const

/** An image's checksum in these tests: the file's sha256 (the real one hashes the virtual disk). */
export const fileChecksum = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

export async function target (source: SourceAnswer = { reachable: true, says: 'open' }, options: { native?: boolean } = {}): Promise<Built> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-target-'))
  dirs.push(dir)
  const store = await AgentStore.open(join(dir, 'data'))
  stores.push(store)
  const journal = new Journal<TargetIntent>(store, MIGRATE_IN_JOURNAL)
  const ledger = new MemoryLedger(store)
  const hv = new RecordingHypervisor()
  const images = join(dir, 'images')
  const paths = (vm: string, disks: MigrateRequest['disks']): string[] => disks.map((d) => join(images, `${vm}@${d.name}.qcow2`))
  const serving = new Map<string, string[]>()
  const native: Built['native'] = new Map()
  const ports: TargetPorts = {
    ...(options.native === true
      ? {
          serveNative: async (id: string, _token: Uint8Array, endpoints: NativeEndpoints) => {
            native.set(id, endpoints)
            return Object.fromEntries(Object.keys(endpoints).map((stream) => [stream, NATIVE_PORTS[stream as 'memory' | 'disks']]))
          },
          closeNative: async (id: string) => { native.delete(id) }
        }
      : {}),
    ledger,
    journal,
    imagePaths: paths,
    createImages: async (vm, disks) => {
      const made = paths(vm, disks)
      for (const path of made) writeFileSync(path, 'qcow2', { flag: 'wx' })
      return made
    },
    removeImages: async (list) => { for (const path of list) rmSync(path, { force: true }) },
    consolePath: (vm) => join(dir, 'console', `${vm}.log`),
    freePorts: async () => ({ memory: 49300, disks: 49301 }),
    domain: async (vm) => await domainFact(hv, vm),
    downtime: async () => 42,
    removeDomain: async (vm) => { await hv.destroy(vm); await hv.undefine(vm) },
    libvirtSocket: '/run/libvirt/libvirt-sock',
    askSource: async () => source,
    serveImages: async (id, list) => { serving.set(id, list) },
    stopServing: async (id) => { serving.delete(id) },
    checksum: async (path) => fileChecksum(path),
    defineArrived: async (vm, uuid) => { await hv.define(vm, `<domain><name>${vm}</name><uuid>${uuid}</uuid></domain>`) },
    startArrived: async (vm) => {
      if (hv.domains.get(vm)?.state.state !== 'running') await hv.start(vm)
      ledger.started.push(vm)
    }
  }
  mkdirSync(images)
  return { t: new MigrationTarget(ports), ports, ledger, hv, journal, images, serving, native }
}

/** What libvirt does when the live migration lands: the domain here, running, under the VM's UUID. */
export async function arrives (hv: RecordingHypervisor, uuid = UUID): Promise<void> {
  await hv.define('web', `<domain><name>web</name><uuid>${uuid}</uuid></domain>`)
  await hv.start('web')
}
