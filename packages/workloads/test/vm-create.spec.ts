/**
 * `vm create` cut short at every step (docs/architecture.md §7), without the lab: the owner's
 * store on disk is closed as a killed agent leaves it and opened again by a new one, while the
 * recording hypervisor (libvirt) and the simulated sysfs (the kernel's driver bindings) live
 * on, as they do when only the agent dies. Recovery must end each create one way, leaving
 * nothing that nobody owns: no stray domain, image, bound device, record or journal entry.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { HostInventory, VmSpec } from '@multiverse/domain'
import { LocalExecutor, VfioBinder } from '@multiverse/executor'
import { RecordingHypervisor, SimulatedSysfs } from '@multiverse/executor/testing'
import { readInventory } from '@multiverse/inventory'
import { AgentStore, Journal } from '@multiverse/store'
import { MACHINES } from '../../../test/fixtures/machines.ts'
import { writeMachine } from '../../../test/fixtures/sysfs-writer.ts'
import { spec as baseSpec } from '../../executor/test/xml-cases.ts'
import { CREATE_JOURNAL, recoverCreate } from '../src/create-journal.ts'
import type { CreateIntent } from '../src/create-journal.ts'
import { Ledger } from '../src/ledger.ts'
import type { OwnHost } from '../src/ledger.ts'
import { pino } from 'pino'
import { CREATE_POINTS, VmCreate } from '../src/vm-create.ts'
import type { CreatePoint } from '../src/vm-create.ts'

const GPU = '0000:01:00.0'
const AUDIO = '0000:01:00.1'
const GIB = 1024 ** 3
const base = mkdtempSync(join(tmpdir(), 'vm-create-'))
afterAll(() => { rmSync(base, { recursive: true, force: true }) })
let n = 0

const spec: VmSpec = baseSpec({
  name: 'gamer',
  disks: [{ name: 'root', sizeBytes: GIB }],
  devices: [{ kind: 'selector', class: 'gpu', network: false, count: 1, romBar: true }]
})

/** What survives an agent's death: the kernel and libvirt; and where its data lives. */
interface Machine { dir: string, sysfs: SimulatedSysfs, hv: RecordingHypervisor, inventory: HostInventory, images: string }

async function machine (): Promise<Machine> {
  const dir = join(base, String(n++))
  await writeMachine(MACHINES.desktop!, join(dir, 'host'))
  const images = join(dir, 'images')
  mkdirSync(images, { recursive: true })
  return { dir, sysfs: new SimulatedSysfs(join(dir, 'host')), hv: new RecordingHypervisor(), inventory: readInventory({ root: join(dir, 'host') }), images }
}

/** An agent on the machine: its store opened from disk, and the create it runs. */
async function agent (m: Machine, at?: (point: CreatePoint) => Promise<void>): Promise<{ store: AgentStore, ledger: Ledger, journal: Journal<CreateIntent>, creator: VmCreate }> {
  const store = await AgentStore.open(join(m.dir, 'data'))
  const ledger = await Ledger.load({ store, onChange: () => {} })
  const journal = new Journal<CreateIntent>(store, CREATE_JOURNAL)
  const executor = new LocalExecutor({ imagesDir: m.images }, { hypervisor: m.hv, binder: new VfioBinder({ sysfs: m.sysfs }) })
  const creator = new VmCreate({
    hostName: 'desktop', ledger, journal, executor, hypervisor: m.hv, inventory: () => m.inventory, mappings: () => ({}),
    emulation: 'qemu', consoleDir: join(m.dir, 'console'), log: pino({ level: 'silent' }), ...(at === undefined ? {} : { at })
  })
  return { store, ledger, journal, creator }
}

async function placed (ledger: Ledger, m: Machine): Promise<void> {
  const own: OwnHost = { id: 'p', name: 'desktop', state: 'alive', lastSeenMs: 0, labels: {}, inventory: m.inventory, allocatable: { vcpus: 16, memoryBytes: 16 * GIB }, maintenance: false }
  const lease = 'a'.repeat(32)
  const ask = { vm: spec.name, vcpus: spec.vcpus, memoryBytes: spec.memoryBytes, hugepageBytes: null, diskBytes: GIB, devices: [GPU, AUDIO], group: null, spec: { name: spec.name }, ttlMs: 60_000 }
  expect(await ledger.reserve(lease, ask, 'planner', own)).toMatchObject({ granted: true })
  expect(await ledger.confirm(lease, 'planner')).toMatchObject({ granted: true })
}

const drivers = (m: Machine): Array<string | null> => [m.sysfs.driver(GPU), m.sysfs.driver(AUDIO)]
const serially = async <T>(_vm: string, work: () => Promise<T>): Promise<T> => await work()

/** What each point of a kill becomes once a new agent has recovered. */
const OUTCOME: Record<CreatePoint, { state: string | null, domain: string | null, drivers: Array<string | null> }> = {
  define: { state: null, domain: null, drivers: ['nvidia', 'snd_hda_intel'] },
  defined: { state: null, domain: null, drivers: ['nvidia', 'snd_hda_intel'] },
  bind: { state: 'defined', domain: 'shutoff', drivers: ['nvidia', 'snd_hda_intel'] },
  start: { state: 'defined', domain: 'shutoff', drivers: ['nvidia', 'snd_hda_intel'] },
  started: { state: 'running', domain: 'running', drivers: ['vfio-pci', 'vfio-pci'] }
}

describe('vm create killed at each step, then recovered by a new agent on the same store', () => {
  it.each(CREATE_POINTS)('killed at %s', async (point) => {
    const m = await machine()
    const first = await agent(m, async (p) => { if (p === point) await new Promise<never>(() => {}) })
    await placed(first.ledger, m)
    void first.creator.create(first.ledger.vm(spec.name)!, spec, true)
    await expect.poll(async () => (await first.journal.get(spec.name))?.step).toBe(point === 'define' || point === 'defined' ? 'define' : point === 'bind' ? 'bind' : 'start')
    if (point !== 'define' && point !== 'bind') await expect.poll(() => point === 'defined' ? m.hv.domains.has(spec.name) : m.hv.domains.get(spec.name)?.state.state === (point === 'started' ? 'running' : 'shutoff')).toBe(true)
    if (point === 'start') expect(drivers(m)).toEqual(['vfio-pci', 'vfio-pci'])
    await first.store.close()

    const second = await agent(m)
    expect(await second.creator.recover(serially)).toBe(0)
    const want = OUTCOME[point]
    expect(second.ledger.vm(spec.name)?.vm.state ?? null).toBe(want.state)
    expect(m.hv.domains.get(spec.name)?.state.state ?? null).toBe(want.domain)
    expect(drivers(m)).toEqual(want.drivers)
    expect(readdirSync(m.images)).toEqual(want.state === null ? [] : ['gamer@root.qcow2'])
    expect(await second.journal.open()).toEqual([])
    if (want.state !== null) expect(second.ledger.vm(spec.name)?.domain?.binding ?? null).toEqual(want.state === 'running' ? expect.objectContaining({ groups: expect.any(Array) }) : null)
    if (want.state === null) {
      // Rolled back: the name is free, and a retried create succeeds (no DomainExistsError).
      await placed(second.ledger, m)
      expect(await second.creator.create(second.ledger.vm(spec.name)!, spec, true)).toBe('running')
    }
    await second.store.close()
    // Reopened once more, the store holds exactly what recovery left.
    const third = await agent(m)
    expect(third.ledger.vm(spec.name)?.vm.state ?? null).toBe(want.state ?? 'running')
    expect(await third.journal.open()).toEqual([])
    await third.store.close()
  })

  it('a domain of the same name that is not this create\'s (another UUID) is never undefined', async () => {
    const m = await machine()
    const first = await agent(m, async (p) => { if (p === 'bind') await new Promise<never>(() => {}) })
    await placed(first.ledger, m)
    void first.creator.create(first.ledger.vm(spec.name)!, spec, true)
    await expect.poll(async () => (await first.journal.get(spec.name))?.step).toBe('bind')
    await first.store.close()
    // Behind the agent's back, someone undefines the domain and defines another of that name.
    await m.hv.undefine(spec.name)
    await m.hv.define(spec.name, '<domain><uuid>00000000-0000-4000-8000-000000000001</uuid></domain>')
    const second = await agent(m)
    expect(await second.creator.recover(serially)).toBe(0)
    expect(m.hv.domains.get(spec.name)?.uuid).toBe('00000000-0000-4000-8000-000000000001')
    expect(second.ledger.vm(spec.name)).toBeUndefined()
    expect(readdirSync(m.images)).toEqual([])
    await second.store.close()
  })

  it('libvirt unreachable at recovery: the entry stays open for the next try, then recovers', async () => {
    const m = await machine()
    const first = await agent(m, async (p) => { if (p === 'defined') await new Promise<never>(() => {}) })
    await placed(first.ledger, m)
    void first.creator.create(first.ledger.vm(spec.name)!, spec, false)
    await expect.poll(() => m.hv.domains.has(spec.name)).toBe(true)
    await first.store.close()
    const second = await agent(m)
    const { LibvirtUnavailableError } = await import('@multiverse/executor')
    m.hv.failNext('info', new LibvirtUnavailableError('qemu:///system', 'libvirtd is down'))
    expect(await second.creator.recover(serially)).toBe(1)
    expect(await second.journal.open()).toHaveLength(1)
    expect(await second.creator.recover(serially)).toBe(0)
    expect(m.hv.domains.has(spec.name)).toBe(false)
    await second.store.close()
  })
})

describe('recoverCreate', () => {
  const intent: CreateIntent = { vm: 'v', uuid: 'u1', images: ['/i/v@root.qcow2'], binding: { groups: [] } }
  it.each([
    ['define', null, { outcome: 'rolled-back', undefine: false, release: null }],
    ['define', { uuid: 'u1', running: false }, { outcome: 'rolled-back', undefine: true, release: null }],
    ['bind', { uuid: 'u1', running: false }, { outcome: 'defined', release: intent.binding }],
    ['bind', { uuid: 'other', running: false }, { outcome: 'rolled-back', undefine: false, release: intent.binding }],
    ['bind', null, { outcome: 'rolled-back', undefine: false, release: intent.binding }],
    ['start', { uuid: 'u1', running: true }, { outcome: 'running', binding: intent.binding }],
    ['start', { uuid: 'u1', running: false }, { outcome: 'defined', release: intent.binding }],
    ['start', { uuid: 'other', running: true }, { outcome: 'rolled-back', undefine: false, release: intent.binding }]
  ] as const)('cut at %s, libvirt holding %j: %j', (step, domain, expected) => {
    expect(recoverCreate(step, intent, domain)).toEqual(expected)
  })
})
