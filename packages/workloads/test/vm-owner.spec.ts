/**
 * The owner's side of its VMs (docs/architecture.md §3, §7) on the recording hypervisor and the
 * simulated sysfs: create, start, stop, destroy and remove as the owner runs them, what each
 * leaves in libvirt, in the kernel's driver bindings, in the images and in the record; the
 * refusals; and reconcile, which brings the record in line with what libvirt says now.
 */
import { readdirSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DomainState } from '@multiverse/executor'
import type { VmOpName, VmRequest } from '@multiverse/wire'
import { CLUSTER_ID, GPU_GROUP, TestCluster, placeOn, reserveOn } from './cluster.ts'
import type { TestHost } from './cluster.ts'

const GAMER = { name: 'gamer', vcpus: 2, memory: '1GiB', disks: [{ name: 'root', size: '64MiB' }], devices: [{ class: 'gpu' }] }
const NATIVE = ['nvidia', 'snd_hda_intel']
const VFIO = ['vfio-pci', 'vfio-pci']

let cluster: TestCluster
let h1: TestHost
beforeEach(async () => {
  cluster = new TestCluster()
  h1 = await cluster.add('h1')
})
afterEach(async () => { await cluster.close() })

const request = (op: VmOpName, vm: string, more: Partial<VmRequest> = {}): VmRequest =>
  ({ clusterId: CLUSTER_ID, op, vm, leaseId: '', start: false, waitMs: 0, force: false, deadlineMs: 60_000, ...more })
const drivers = (): Array<string | null> => GPU_GROUP.map((a) => h1.sysfs.driver(a))
const domainState = (name: string): DomainState | null => h1.hv.domains.get(name)?.state.state ?? null
const record = (name: string): { state: string, bound: boolean } | null => {
  const r = h1.ledger.vm(name)
  return r === undefined ? null : { state: r.vm.state, bound: (r.domain?.binding ?? null) !== null }
}

/** The GPU VM placed on h1 and created by its owner, running or only defined. */
async function created (start: boolean): Promise<void> {
  const leaseId = await placeOn(h1, GAMER, GPU_GROUP)
  expect(await h1.owner.handle(request('create', 'gamer', { leaseId, start }), 'planner')).toEqual({ ok: true, state: start ? 'running' : 'defined' })
}

describe('VmOwner', () => {
  it('create: a running domain, its devices on vfio-pci, its image, the record running; the lease is used up', async () => {
    await created(true)
    expect(domainState('gamer')).toBe('running')
    expect(drivers()).toEqual(VFIO)
    expect(readdirSync(h1.images)).toEqual(['gamer@root.qcow2'])
    expect(record('gamer')).toEqual({ state: 'running', bound: true })
    expect(h1.ledger.held().map((v) => [v.name, v.state])).toEqual([['gamer', 'running']])
  })

  it('start, stop, destroy and start again: libvirt, the drivers and the record agree after each', async () => {
    await created(false)
    // Each operation, what the owner answers, what libvirt holds and asks, where the devices are.
    const steps: Array<[VmOpName, Partial<VmRequest>, string, DomainState, string[], string[]]> = [
      ['start', {}, 'running', 'running', VFIO, ['start']],
      ['stop', { waitMs: 1000 }, 'stopped', 'shutoff', NATIVE, ['shutdown']],
      ['start', {}, 'running', 'running', VFIO, ['start']],
      ['destroy', {}, 'stopped', 'shutoff', NATIVE, ['destroy']],
      // A stopped VM is stopped already: libvirt is not asked.
      ['stop', {}, 'stopped', 'shutoff', NATIVE, []],
      ['start', {}, 'running', 'running', VFIO, ['start']],
      // A running VM runs already.
      ['start', {}, 'running', 'running', VFIO, []]
    ]
    for (const [op, more, state, domain, bound, asked] of steps) {
      const calls = h1.hv.calls.length
      expect(await h1.owner.handle(request(op, 'gamer', more), 'planner'), op).toEqual({ ok: true, state })
      expect([op, domainState('gamer'), drivers(), record('gamer')]).toEqual([op, domain, bound, { state, bound: state === 'running' }])
      expect([op, h1.hv.calls.slice(calls).map((c) => c.op)]).toEqual([op, asked])
    }
  })

  it('stop of a guest that ignores ACPI: a fault naming the wait, the VM still running with its devices; with force it is powered off', async () => {
    await created(true)
    h1.hv.ignoreAcpi.add('gamer')
    expect(await h1.owner.handle(request('stop', 'gamer', { waitMs: 20 }), 'planner')).toMatchObject({
      ok: false, kind: 'fault', name: 'ShutdownTimeoutError', message: expect.stringMatching(/still runs after 20 ms/)
    })
    expect([domainState('gamer'), drivers(), record('gamer')]).toEqual(['running', VFIO, { state: 'running', bound: true }])
    expect(await h1.owner.handle(request('stop', 'gamer', { waitMs: 20, force: true }), 'planner')).toEqual({ ok: true, state: 'stopped' })
    expect([domainState('gamer'), drivers(), record('gamer')]).toEqual(['shutoff', NATIVE, { state: 'stopped', bound: false }])
  })

  it('remove of a running VM without force is refused and changes nothing; with force it leaves nothing', async () => {
    await created(true)
    expect(await h1.owner.handle(request('remove', 'gamer'), 'planner')).toMatchObject({
      ok: false, kind: 'refused', message: 'gamer is running', hint: expect.stringMatching(/--force/)
    })
    expect([domainState('gamer'), drivers(), record('gamer'), readdirSync(h1.images)]).toEqual(['running', VFIO, { state: 'running', bound: true }, ['gamer@root.qcow2']])
    expect(await h1.owner.handle(request('remove', 'gamer', { force: true }), 'planner')).toEqual({ ok: true, state: 'removed' })
    expect([h1.hv.domains.has('gamer'), drivers(), record('gamer'), readdirSync(h1.images)]).toEqual([false, NATIVE, null, []])
    expect(await h1.owner.handle(request('state', 'gamer'), 'planner')).toEqual({ ok: true, state: 'removed', leaseId: '', busy: false })
  })

  it('remove of a stopped VM needs no force; of a VM placed but never created, only the record goes', async () => {
    await created(false)
    expect(await h1.owner.handle(request('remove', 'gamer'), 'planner')).toEqual({ ok: true, state: 'removed' })
    expect([h1.hv.domains.has('gamer'), record('gamer'), readdirSync(h1.images)]).toEqual([false, null, []])
    await placeOn(h1, { name: 'idle', vcpus: 1, memory: '1GiB' })
    const calls = h1.hv.calls.length
    expect(await h1.owner.handle(request('remove', 'idle'), 'planner')).toEqual({ ok: true, state: 'removed' })
    expect(h1.hv.calls.slice(calls)).toEqual([])
    expect(record('idle')).toBeNull()
  })

  it.each(['start', 'stop', 'destroy', 'remove'] as const)('%s of a VM this host does not have: a usage error naming the host, libvirt not asked', async (op) => {
    expect(await h1.owner.handle(request(op, 'ghost'), 'planner')).toMatchObject({
      ok: false, kind: 'usage', name: 'VmNotFoundError', message: 'no VM named ghost on h1'
    })
    expect(h1.hv.calls).toEqual([])
  })

  it.each(['start', 'stop', 'destroy'] as const)('%s of a VM placed but not created: refused, it has no domain yet', async (op) => {
    await placeOn(h1, { name: 'idle', vcpus: 1, memory: '1GiB' })
    expect(await h1.owner.handle(request(op, 'idle'), 'planner')).toMatchObject({
      ok: false, kind: 'refused', message: 'idle is placed: it has no domain on h1 yet'
    })
    expect(record('idle')).toEqual({ state: 'placed', bound: false })
  })

  it('create refused: a lease this host never granted, or granted to someone else; nothing made', async () => {
    expect(await h1.owner.handle(request('create', 'gamer', { leaseId: 'f'.repeat(32), start: true }), 'planner')).toMatchObject({
      ok: false, kind: 'refused', message: expect.stringMatching(/^gamer: no lease f+ here/)
    })
    const leaseId = await reserveOn(h1, GAMER, GPU_GROUP, 'other-planner')
    expect(await h1.owner.handle(request('create', 'gamer', { leaseId, start: true }), 'planner')).toMatchObject({
      ok: false, kind: 'refused', message: `gamer: lease ${leaseId} is someone else's`
    })
    expect([h1.hv.calls, drivers(), readdirSync(h1.images), h1.ledger.held().map((v) => v.state)]).toEqual([[], NATIVE, [], ['reserved']])
  })

  it('state of a VM held only as a lease is reserved, with the lease; of a VM never heard of, removed', async () => {
    const leaseId = await reserveOn(h1, GAMER, GPU_GROUP)
    expect(await h1.owner.handle(request('state', 'gamer'), 'planner')).toEqual({ ok: true, state: 'reserved', leaseId, busy: false })
    expect(await h1.owner.handle(request('state', 'ghost'), 'planner')).toEqual({ ok: true, state: 'removed', leaseId: '', busy: false })
  })

  it('state is answered at once while an operation on the VM runs, and says it is busy', async () => {
    await created(true)
    h1.hv.ignoreAcpi.add('gamer')
    const stopping = h1.owner.handle(request('stop', 'gamer', { waitMs: 50, force: true }), 'planner')
    expect(await h1.owner.handle(request('state', 'gamer'), 'planner')).toMatchObject({ ok: true, state: 'running', busy: true })
    expect(await stopping).toEqual({ ok: true, state: 'stopped' })
    expect(await h1.owner.handle(request('state', 'gamer'), 'planner')).toMatchObject({ ok: true, state: 'stopped', busy: false })
  })
})

describe('VmOwner.reconcile', () => {
  // What libvirt says of a running guest that changed outside the agent, and what the record becomes.
  it.each([
    ['powered itself off', 'shutoff', { state: 'stopped', bound: false }, NATIVE],
    ['crashed', 'crashed', { state: 'crashed', bound: false }, NATIVE],
    ['was paused', 'paused', { state: 'paused', bound: true }, VFIO],
    ['is shutting down (a transition, not a state)', 'shutdown', { state: 'running', bound: true }, VFIO]
  ] as const)('a guest that %s', async (_what, libvirt, want, bound) => {
    await created(true)
    const domain = h1.hv.domains.get('gamer')!
    domain.state = { state: libvirt, reason: 'test' }
    if (libvirt === 'shutoff' || libvirt === 'crashed') domain.id = null
    await h1.owner.reconcile()
    expect(record('gamer')).toEqual(want)
    expect(drivers()).toEqual(bound)
    // A second pass changes nothing in libvirt (it reads; a crashed guest destroyed reads shut off).
    const calls = h1.hv.calls.length
    await h1.owner.reconcile()
    expect(h1.hv.calls.slice(calls).map((c) => c.op).filter((op) => op !== 'list' && op !== 'state')).toEqual([])
  })

  it('a state read before an operation that held the VM changed it is asked again, not written', async () => {
    await created(true)
    const domain = h1.hv.domains.get('gamer')!
    // libvirt lists the guest paused (QEMU coming up during a start), then the start ends it running.
    domain.state = { state: 'paused', reason: 'starting up' }
    let release: () => void = () => {}
    const held = h1.owner.exclusive('gamer', async () => { await new Promise<void>((resolve) => { release = resolve }) })
    const reconciling = h1.owner.reconcile()
    await vi.waitFor(() => { expect(h1.hv.calls.map((c) => c.op)).toContain('list') })
    domain.state = { state: 'running', reason: 'booted' }
    release()
    await held
    await reconciling
    expect(record('gamer')).toEqual({ state: 'running', bound: true })
  })

  it('a start that runs between the list and the reconcile\'s turn on the VM: the guest keeps running', async () => {
    // Found by the lab's crash matrix: the list said shut off, a start went first on the VM's
    // turn, and the reconcile then took the old answer for news and destroyed the fresh guest.
    await created(false)
    const list = h1.hv.list.bind(h1.hv)
    let started: Promise<unknown> | undefined
    h1.hv.list = async (options) => {
      const listed = await list(options)
      started = h1.owner.handle(request('start', 'gamer'), 'planner')
      return listed
    }
    await h1.owner.reconcile()
    expect(await started).toEqual({ ok: true, state: 'running' })
    expect(domainState('gamer')).toBe('running')
    expect(record('gamer')).toEqual({ state: 'running', bound: true })
    expect(drivers()).toEqual(VFIO)
  })

  it('a migration starts a guest whose QEMU went with its libvirtd, before any reconcile saw it: it runs again', async () => {
    // Found by the lab's crash matrix: libvirtd stopped mid-transfer on the source, the move
    // aborted, and the start that was to bring the guest back took the stale record for the truth.
    await created(true)
    const domain = h1.hv.domains.get('gamer')!
    domain.state = { state: 'shutoff', reason: 'crashed' }
    domain.id = null
    await h1.owner.exclusive('gamer', async () => { await h1.owner.startHeld('gamer') })
    expect(domainState('gamer')).toBe('running')
    expect(record('gamer')).toEqual({ state: 'running', bound: true })
    expect(drivers()).toEqual(VFIO)
  })

  it('a domain gone from libvirt, or libvirt not answering: the record is left as it is', async () => {
    await created(true)
    const { LibvirtUnavailableError } = await import('@multiverse/executor')
    h1.hv.failNext('list', new LibvirtUnavailableError('qemu:///system', 'libvirtd is down'))
    await h1.owner.reconcile()
    expect(record('gamer')).toEqual({ state: 'running', bound: true })
    h1.hv.domains.delete('gamer')
    await h1.owner.reconcile()
    expect(record('gamer')).toEqual({ state: 'running', bound: true })
    expect(readdirSync(h1.images)).toEqual(['gamer@root.qcow2'])
  })
})
