/**
 * Offline migration with device remapping (docs/architecture.md §4, §12), between two hosts of
 * the test cluster on different fixture machines: a VM holding a GPU through a cluster mapping
 * on one host is defined on the other with that host's GPU. Everything but libvirt and the
 * kernel is real: the ledgers and journals in LevelDB, the images (qemu-img), the image stream
 * (qemu-img convert into qemu-storage-daemon over NBD, through a loopback relay that asks the
 * target's tunnel gate) and the checksums. The lab cannot start a domain with a hostdev, so what
 * is checked is the XML each recording hypervisor was given and the binders' simulated sysfs.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RefusedError } from '@multiverse/domain'
import { MIGRATE_IN_JOURNAL, MIGRATE_OUT_JOURNAL, MigrationAbortedError } from '@multiverse/migration'
import { Journal } from '@multiverse/store'
import { CREATE_JOURNAL } from '../src/create-journal.ts'
import { localCommands } from '../src/local-commands.ts'
import { MIGRATE_PROTOCOL } from '../src/migrations.ts'
import { MigrationCommands } from '../src/migration-commands.ts'
import { CLUSTER_ID, GPU_GROUP, TestCluster } from './cluster.ts'
import type { TestHost } from './cluster.ts'

/** The desktop fixture's GPU and its audio function: one IOMMU group. */
const A_GPU = GPU_GROUP
const A_NATIVE = ['nvidia', 'snd_hda_intel']
/** The server fixture's Quadro: four functions (VGA, audio, USB, UCSI) in one IOMMU group. */
const B_GPU = ['0000:81:00.0', '0000:81:00.1', '0000:81:00.2', '0000:81:00.3']
const B_NATIVE = ['nvidia', 'snd_hda_intel', 'xhci_hcd', 'nvidia-gpu']
const vfio = (group: string[]): string[] => group.map(() => 'vfio-pci')

const GPU_BIG = { 'gpu-big': { hostA: A_GPU[0]!, hostB: B_GPU[0]! } }
const GAMER = { name: 'gamer', vcpus: 2, memory: '1GiB', disks: [{ name: 'root', size: '64MiB' }], devices: [{ mapping: 'gpu-big' }] }
/** What the guest wrote: 64 KiB of 0x5a at 1 MiB. */
const PATTERN = { byte: 0x5a, offset: 1 << 20, length: 64 << 10 }

let cluster: TestCluster
let a: TestHost, b: TestHost
beforeEach(async () => {
  cluster = new TestCluster()
  cluster.mappings = GPU_BIG
  a = await cluster.add('hostA', 'desktop')
  b = await cluster.add('hostB', 'server')
})
afterEach(async () => { await cluster.close() })

/** qemu-io on an image; its exit status says whether the command (a pattern check too) held. */
function qemuIo (image: string, command: string, readOnly = false): boolean {
  const run = spawnSync('qemu-io', ['-f', 'qcow2', ...(readOnly ? ['-r'] : []), '-c', command, image], { encoding: 'utf8' })
  if (run.error !== undefined) throw run.error
  return run.status === 0 && !/fail/i.test(run.stdout + run.stderr)
}
const image = (host: TestHost): string => join(host.images, 'gamer@root.qcow2')
const holdsPattern = (host: TestHost): boolean => qemuIo(image(host), `read -P 0x${PATTERN.byte.toString(16)} ${PATTERN.offset} ${PATTERN.length}`, true)

/** The PCI addresses of the domain XML's hostdevs, from their `<address domain bus slot function>`. */
function hostdevs (xml: string): string[] {
  return [...xml.matchAll(/<hostdev\b[^>]*>([\s\S]*?)<\/hostdev>/g)].map(([, body]) => {
    const attrs = Object.fromEntries([...(/<address\b([^>]*)\/>/.exec(body!)?.[1] ?? '').matchAll(/(\w+)='0x([0-9a-f]+)'/g)].map(([, k, v]) => [k!, v!]))
    return `${attrs.domain}:${attrs.bus}:${attrs.slot}.${attrs.function}`
  })
}
const drivers = (host: TestHost, group: string[]): Array<string | null> => group.map((address) => host.sysfs.driver(address))
const openJournals = async (host: TestHost): Promise<string[]> => {
  const entries = await Promise.all([MIGRATE_OUT_JOURNAL, MIGRATE_IN_JOURNAL, CREATE_JOURNAL].map(async (kind) => await new Journal(host.store, kind).open()))
  return entries.flat().map((e) => `${e.kind} ${e.id} ${e.step}`)
}
/** The pid files of image servers left in the host's run directory. */
const servers = (host: TestHost): string[] => existsSync(join(host.runDir, 'image-servers')) ? readdirSync(join(host.runDir, 'image-servers')) : []
const migrateRequests = (): number => cluster.mesh.asked.filter((r) => r.protocol === MIGRATE_PROTOCOL).length

/** gamer created from hostA on hostA through the cluster's path (placement, the owner's create), running, the guest's write in its image. */
async function gamerOnA (): Promise<string> {
  expect(await a.vms.create(GAMER, { host: 'hostA', start: true })).toMatchObject({ placed: true, host: 'hostA', state: 'running', devices: A_GPU })
  expect(qemuIo(image(a), `write -P 0x${PATTERN.byte.toString(16)} ${PATTERN.offset} ${PATTERN.length}`)).toBe(true)
  expect([hostdevs(a.hv.domains.get('gamer')!.xml), drivers(a, A_GPU)]).toEqual([A_GPU, vfio(A_GPU)])
  return a.ledger.vm('gamer')!.uuid!
}

/** Everything a refused or undone migration must leave as it was, on one host. */
async function state (host: TestHost): Promise<unknown> {
  return {
    domains: [...host.hv.domains.values()].map((d) => ({ name: d.name, uuid: d.uuid, state: d.state.state, hostdevs: hostdevs(d.xml) })),
    held: host.ledger.held(),
    records: host.ledger.records().map((r) => ({ name: r.vm.name, uuid: r.uuid, binding: r.domain?.binding ?? null })),
    images: readdirSync(host.images),
    drivers: drivers(host, host === a ? A_GPU : B_GPU),
    journals: await openJournals(host),
    servers: servers(host)
  }
}

describe('device remapping: a VM holding a GPU through a mapping on one host is defined on the other with that host\'s address', () => {
  it('offline (chosen for its passthrough): hostB defines it under its UUID with hostB\'s GPU and starts it; hostA\'s GPU goes back to its drivers', async () => {
    const uuid = await gamerOnA()
    expect(a.migrations.dryRun('gamer', 'hostB')).toEqual({
      vm: 'gamer', from: 'hostA', to: 'hostB', mode: 'offline', why: expect.stringMatching(/passthrough/), memoryBytes: 1 << 30,
      disks: [{ name: 'root', sizeBytes: 64 << 20 }], devices: { from: A_GPU, to: B_GPU }
    })
    expect(await a.migrations.migrate('gamer', 'hostB', { shutdownWaitMs: 50, force: true })).toMatchObject({ vm: 'gamer', from: 'hostA', to: 'hostB', mode: 'offline' })

    // hostB: the domain of the same UUID, running, its hostdevs hostB's GPU and none of hostA's; the group on vfio-pci.
    const there = b.hv.domains.get('gamer')!
    expect([there.uuid, there.state.state]).toEqual([uuid, 'running'])
    expect(hostdevs(there.xml)).toEqual(B_GPU)
    expect(there.xml).toContain(`<source file='${image(b)}'/>`)
    expect(there.xml).toContain('<mv:owner>hostB</mv:owner>')
    expect(drivers(b, B_GPU)).toEqual(vfio(B_GPU))
    const record = b.ledger.vm('gamer')!
    expect(record).toMatchObject({ uuid, vm: { state: 'running', generation: 1, devices: B_GPU, spec: { placement: { host: 'hostB' } } } })
    expect(record.domain!.binding!.groups.flatMap((g) => g.devices.map((d) => d.address)).sort()).toEqual(B_GPU)
    expect(b.ledger.held().map((v) => [v.name, v.state])).toEqual([['gamer', 'running']])
    // The image arrived through the stream: the guest's write is in it.
    expect(readdirSync(b.images)).toEqual(['gamer@root.qcow2'])
    expect(holdsPattern(b)).toBe(true)
    // hostA: shut down, its GPU on its own drivers, no domain, image or record.
    expect(a.hv.calls.filter((c) => c.op === 'shutdown')).toEqual([{ op: 'shutdown', name: 'gamer' }])
    expect(drivers(a, A_GPU)).toEqual(A_NATIVE)
    expect([a.hv.domains.has('gamer'), readdirSync(a.images), a.ledger.held()]).toEqual([false, [], []])
    // One disks tunnel, let in by hostB's gate; no journal entry or image server left on either side.
    expect(cluster.mesh.tunnels.asked).toEqual([{ from: a.id, to: b.id, channel: 'disks', ok: true }])
    expect([await openJournals(a), await openJournals(b), servers(a), servers(b)]).toEqual([[], [], [], []])
  })

  it.each([
    ['the mapping names no device on hostB', async (): Promise<void> => { cluster.mappings = { 'gpu-big': { hostA: A_GPU[0]! } } },
      /devices\[0\] \(mapping gpu-big\): no matching device on this host\)$/],
    ['hostB\'s GPU is another VM\'s', async (): Promise<void> => {
      expect(await b.vms.create({ ...GAMER, name: 'miner' }, { host: 'hostB', start: true })).toMatchObject({ placed: true, host: 'hostB', devices: B_GPU })
    }, /devices\[0\] \(mapping gpu-big\): wants 1, 0 free: group \d+ \(0000:81:00\.0\) is used by vm miner\)$/]
  ])('%s: refused when planned, naming what is missing; nothing changes on either host', async (_what, arrange, missing) => {
    await gamerOnA()
    await arrange()
    const before = [await state(a), await state(b)]
    const calls = [a.hv.calls.length, b.hv.calls.length]
    const writes = [a.sysfs.writes.length, b.sysfs.writes.length]
    const attempts: Array<() => Promise<unknown>> = [
      async () => a.migrations.dryRun('gamer', 'hostB'),
      async () => await a.migrations.migrate('gamer', 'hostB', { mode: 'offline', shutdownWaitMs: 50, force: true })
    ]
    for (const attempt of attempts) {
      const error = await attempt().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(RefusedError)
      expect((error as Error).message).toMatch(/^hostB cannot take gamer \(hostB: /)
      expect((error as Error).message).toMatch(missing)
    }
    expect([await state(a), await state(b)]).toEqual(before)
    expect([a.hv.calls.length, b.hv.calls.length, a.sysfs.writes.length, b.sysfs.writes.length]).toEqual([...calls, ...writes])
    expect([migrateRequests(), cluster.mesh.tunnels.asked]).toEqual([0, []])
    expect(holdsPattern(a)).toBe(true)
  })

  it('a copy on hostB that differs from hostA\'s image: refused at verify, before the commit; the VM runs on hostA again with its GPU, nothing is left on hostB', async () => {
    const uuid = await gamerOnA()
    const before = await state(b)
    // hostB's image is changed under the migration once it is made, before the stream: what
    // arrives is written beside it, and hostB's checksum cannot be hostA's.
    b.at = async (point) => {
      if (point === 'target:receiving') expect(qemuIo(image(b), 'write -P 0x66 8M 64k')).toBe(true)
    }
    const error = await a.migrations.migrate('gamer', 'hostB', { shutdownWaitMs: 50, force: true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MigrationAbortedError)
    expect((error as Error).message).toMatch(/^gamer stays on hostA: .*the copy of disk root differs from the source's/)
    // The stream did happen (the tunnel was let in); hostA shut the guest down for it, then started it again.
    expect(cluster.mesh.tunnels.asked).toEqual([{ from: a.id, to: b.id, channel: 'disks', ok: true }])
    expect(a.hv.calls.filter((c) => c.op === 'shutdown' || c.op === 'start').map((c) => c.op)).toEqual(['start', 'shutdown', 'start'])
    // hostA: as before the move, the GPU bound again, the image untouched.
    const here = a.hv.domains.get('gamer')!
    expect([here.uuid, here.state.state, hostdevs(here.xml)]).toEqual([uuid, 'running', A_GPU])
    expect(drivers(a, A_GPU)).toEqual(vfio(A_GPU))
    expect(a.ledger.vm('gamer')).toMatchObject({ uuid, vm: { state: 'running', devices: A_GPU, spec: { placement: { host: 'hostA' } } } })
    expect(a.ledger.vm('gamer')!.vm.generation ?? 0).toBe(0)
    expect(a.ledger.vm('gamer')!.domain!.binding).not.toBeNull()
    expect(readdirSync(a.images)).toEqual(['gamer@root.qcow2'])
    expect(holdsPattern(a)).toBe(true)
    // hostB: no domain, image, lease or record, its GPU never touched, no image server left.
    expect(await state(b)).toEqual(before)
    expect([b.hv.domains.size, readdirSync(b.images), b.ledger.held(), b.sysfs.writes]).toEqual([0, [], [], []])
    expect(drivers(b, B_GPU)).toEqual(B_NATIVE)
    expect([await openJournals(a), await openJournals(b), servers(b)]).toEqual([[], [], []])
  })
})

describe('a migration command given on a host that does not own the VM', () => {
  const commands = (host: TestHost): MigrationCommands => new MigrationCommands({
    clusterId: CLUSTER_ID, self: host.id, mesh: cluster.mesh.of(host.id), view: () => cluster.view(host.id), local: localCommands(host.migrations, host.evacuations)
  })

  it('goes to the owner, which drives the move; its answer, its refusals and its list come back as if local', async () => {
    const uuid = await gamerOnA()
    await commands(a).start()
    const onB = commands(b)
    const dry = await onB.run('gamer', 'POST /v1/vm/migrate', { name: 'gamer', to: 'hostB', dryRun: true })
    expect(dry).toMatchObject({ vm: 'gamer', from: 'hostA', to: 'hostB', mode: 'offline', devices: { from: A_GPU, to: B_GPU } })
    // The owner's refusal, with its name: as the owner's CLI would print it.
    await expect(onB.run('gamer', 'POST /v1/vm/migrate', { name: 'gamer', to: 'hostA' })).rejects.toThrow(/hostA: gamer is on hostA already/)
    await expect(onB.run('gamer', 'POST /v1/vm/migrate/cancel', { name: 'gamer' })).rejects.toThrow(/hostA: no migration of gamer runs on hostA/)
    const moved = await onB.run('gamer', 'POST /v1/vm/migrate', { name: 'gamer', to: 'hostB', timeoutSeconds: 1, force: true })
    expect(moved).toMatchObject({ vm: 'gamer', from: 'hostA', to: 'hostB', mode: 'offline' })
    expect(b.hv.domains.get('gamer')?.uuid).toBe(uuid)
    expect(a.hv.domains.has('gamer')).toBe(false)
    // The list of the owner's migrations, asked of the VM's owner then: hostB, which drove none.
    expect(await onB.run('gamer', 'GET /v1/migrations', { vm: 'gamer' })).toEqual({ host: 'hostB', migrations: [] })
    expect((await commands(a).run('nothing', 'GET /v1/migrations', {})).migrations).toMatchObject([{ vm: 'gamer', from: 'hostA', to: 'hostB', state: 'moved' }])
  })
})
