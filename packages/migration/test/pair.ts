/**
 * A source host (its own store and the recording hypervisor) whose requests reach a real
 * MigrationTarget (hosts.ts) directly; tunnels and image streams stand in as port numbers and
 * file copies (they are tested with real streams in @multiverse/mesh and @multiverse/executor).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RecordingHypervisor } from '@multiverse/executor/testing'
import { AgentStore, Journal } from '@multiverse/store'
import type { BatchOp } from '@multiverse/store'
import { decodeMigrateRequest, decodeMigrateResponse, encodeMigrateRequest, encodeMigrateResponse } from '@multiverse/wire'
import { afterEach } from 'vitest'
import { MIGRATE_OUT_JOURNAL, MigrationSource } from '../src/source.ts'
import type { MovingVm, SourceIntent, SourcePorts } from '../src/source.ts'
import { UUID, fileChecksum, target } from './hosts.ts'
import type { Built } from './hosts.ts'

export const SELF = '12D3KooWSource'
export const TARGET = { id: '12D3KooWTarget', name: 'h3' }
const RPC_PORT = 41000
export const vmXml = `<domain type='qemu'><name>web</name><uuid>${UUID}</uuid><devices><disk type='file' device='disk'><source file='/h2/images/web@root.qcow2'/></disk>` +
  "<serial type='file'><source path='/h2/console/web.log'/></serial><console type='file'><source path='/h2/console/web.log'/></console></devices></domain>"
export const moving: MovingVm = {
  name: 'web', uuid: UUID, running: true, generation: 0,
  ask: { vcpus: 1, memoryBytes: 1 << 30, hugepageBytes: null, diskBytes: 64 << 20, devices: [], group: null, spec: { name: 'web' } },
  disks: [{ name: 'root', path: '/h2/images/web@root.qcow2', sizeBytes: 64 << 20 }]
}

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => { for (const cleanup of cleanups.splice(0)) await cleanup() })

export interface Pair {
  source: MigrationSource
  ports: SourcePorts
  hv: RecordingHypervisor
  journal: Journal<SourceIntent>
  handedOver: string[]
  target: Built
  /** Each stream forwarded, with the target's native port it was given. */
  forwarded: Array<{ channel: string, nativePort: number | undefined }>
}

/** A source host (its own store and libvirt) whose requests reach a real MigrationTarget directly; `native`: the target runs native data channels. */
export async function pair (options: { native?: boolean } = {}): Promise<Pair> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-source-'))
  const store = await AgentStore.open(join(dir, 'data'))
  cleanups.push(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }) })
  const there = await target(undefined, options)
  const hv = new RecordingHypervisor()
  hv.peers.set(`qemu+tcp://127.0.0.1:${RPC_PORT}/system`, there.hv)
  await hv.define('web', vmXml)
  await hv.start('web')
  const journal = new Journal<SourceIntent>(store, MIGRATE_OUT_JOURNAL)
  const handedOver: string[] = []
  const forwarded: Pair['forwarded'] = []
  const ports: SourcePorts = {
    clusterId: 'c'.repeat(32),
    journal,
    // Through the wire's codec both ways, as the mesh carries them: what it leaves out (an empty list) is left out here too.
    ask: async (_target, request) => decodeMigrateResponse(encodeMigrateResponse(await there.t.handle(decodeMigrateRequest(encodeMigrateRequest(request)), SELF))),
    // Tunnels are tested with real streams in @multiverse/mesh: here a port number stands for one.
    forward: async (_target, open, port, _dataPort, nativePort) => {
      forwarded.push({ channel: open.channel, nativePort })
      return { port: open.channel === 'libvirt' ? RPC_PORT : port, close: async () => {} }
    },
    migratableXml: async (vm) => await hv.migratableXml(vm),
    migrate: async (vm, options) => { await hv.migrate(vm, options) },
    jobInfo: async () => null,
    abortJob: async (vm) => { await hv.abortJob(vm) },
    setMaxDowntime: async (vm, ms) => { await hv.setMaxDowntime(vm, ms) },
    domain: async (vm) => hv.domains.has(vm) ? { uuid: hv.domains.get(vm)!.uuid, running: hv.domains.get(vm)!.state.state === 'running' } : null,
    handOver: async (vm: string, _uuid: string, _images: string[], also: BatchOp[]) => { await store.batch(also, { sync: true }); handedOver.push(vm) },
    stop: async (vm) => { await hv.shutdown(vm) },
    restart: async (vm) => { await hv.start(vm) },
    checksum: async (path) => fileChecksum(path),
    // The target's image server, as a copy of the file into the image it serves.
    sendImage: async (path, to) => {
      const served = there.serving.get([...there.serving.keys()][0] ?? '')
      const into = served?.[Number(to.exportName.slice(1))]
      if (into === undefined) throw new Error(`nothing serves ${to.exportName}`)
      copyFileSync(path, into)
    }
  }
  return { source: new MigrationSource(ports), ports, hv, journal, handedOver, target: there, forwarded }
}
