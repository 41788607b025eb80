import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { HostInventory, PciDevice } from '@multiverse/domain'
import { AgentStore } from '@multiverse/store'
import type { LeaseAsk } from '@multiverse/wire'
import { Ledger } from '../src/ledger.ts'
import type { OwnHost } from '../src/ledger.ts'

const GIB = 1024 ** 3
const device = (address: string, group: number, more: Partial<PciDevice> = {}): PciDevice => ({
  address, vendorId: '10de', deviceId: '1b80', subsystemVendorId: null, subsystemDeviceId: null, classCode: '030000', className: 'gpu',
  vendorName: null, deviceName: null, driver: 'nouveau', iommuGroup: group, numaNode: null, isBridge: false, bootVga: false,
  netInterfaces: [], sriov: null, physfn: null, assignable: true, reasons: [], ...more
})
const devices = [
  device('0000:01:00.0', 1), device('0000:01:00.1', 1, { className: 'audio' }),
  device('0000:02:00.0', 2, { className: 'nic', sriov: { totalVfs: 2, numVfs: 1, vfs: ['0000:02:10.0'] } }),
  device('0000:02:10.0', 3, { className: 'nic', physfn: '0000:02:00.0' })
]
const inventory = {
  hostname: 'h', cpu: { model: null, threads: 4, sockets: 1 }, memory: { totalBytes: 17 * GIB, availableBytes: 0, hugepages: [] },
  numaNodes: [], kvm: true, devices, warnings: [],
  iommuGroups: [
    { id: 1, devices: ['0000:01:00.0', '0000:01:00.1'], endpoints: ['0000:01:00.0', '0000:01:00.1'], assignable: true, reasons: [] },
    { id: 2, devices: ['0000:02:00.0'], endpoints: ['0000:02:00.0'], assignable: true, reasons: [] },
    { id: 3, devices: ['0000:02:10.0'], endpoints: ['0000:02:10.0'], assignable: true, reasons: [] }
  ]
} satisfies HostInventory
const own: OwnHost = { id: 'p', name: 'h', state: 'alive', lastSeenMs: 0, labels: {}, inventory, allocatable: { vcpus: 16, memoryBytes: 16 * GIB }, maintenance: false }
const ask = (vm: string, more: Partial<LeaseAsk> = {}): LeaseAsk => ({ vm, vcpus: 2, memoryBytes: 4 * GIB, hugepageBytes: null, diskBytes: 0, devices: [], group: null, spec: { name: vm }, ttlMs: 60_000, ...more })
const id = (n: number): string => n.toString(16).padStart(32, '0')

const dirs: string[] = []
afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }) })

async function open (now: () => number = Date.now): Promise<{ ledger: Ledger, store: AgentStore, changes: () => number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'))
  dirs.push(dir)
  const store = await AgentStore.open(dir)
  let changes = 0
  return { ledger: await Ledger.load({ store, onChange: () => { changes++ }, now }), store, changes: () => changes }
}

describe('Ledger', () => {
  it('grants until memory runs out, then refuses with the reason; concurrent asks never share the last GiB', async () => {
    const { ledger, store } = await open()
    const answers = await Promise.all([1, 2, 3, 4, 5].map(async (n) => await ledger.reserve(id(n), ask(`vm${n}`), 'planner', own)))
    expect(answers.filter((a) => a.granted)).toHaveLength(4)
    expect(answers.find((a) => !a.granted)).toMatchObject({ code: 'memory', detail: expect.stringMatching(/free/) })
    await store.close()
  })

  it('gives a group whole and once, never a PF with its VF, never to a host in maintenance', async () => {
    const { ledger, store } = await open()
    const refused = async (n: number, devices: string[]): Promise<string> => {
      const answer = await ledger.reserve(id(n), ask(`d${n}`, { devices, memoryBytes: 1 }), 'planner', own)
      return answer.granted ? 'granted' : `${answer.code}: ${answer.detail}`
    }
    expect(await refused(1, ['0000:01:00.0'])).toMatch(/group 1 also has 0000:01:00.1/)
    expect(await refused(2, ['0000:01:00.0', '0000:01:00.1'])).toBe('granted')
    expect(await refused(3, ['0000:01:00.0', '0000:01:00.1'])).toMatch(/used by vm d2/)
    expect(await refused(4, ['0000:02:10.0'])).toBe('granted')
    expect(await refused(5, ['0000:02:00.0'])).toMatch(/PF whose VF 0000:02:10.0 is used/)
    expect(await refused(6, ['0000:09:00.0'])).toMatch(/no such device/)
    const answer = await ledger.reserve(id(7), ask('m'), 'planner', { ...own, maintenance: true })
    expect(answer).toMatchObject({ granted: false, code: 'maintenance' })
    await store.close()
  })

  it('confirms a lease into a VM record that survives a restart; only the holder may confirm or release', async () => {
    const { ledger, store } = await open()
    expect((await ledger.reserve(id(1), ask('keep'), 'planner', own)).granted).toBe(true)
    expect(await ledger.confirm(id(1), 'stranger')).toMatchObject({ granted: false, code: 'lease-taken' })
    expect(await ledger.release(id(1), 'stranger')).toMatchObject({ granted: false, code: 'lease-taken' })
    expect((await ledger.confirm(id(1), 'planner')).granted).toBe(true)
    expect((await ledger.confirm(id(1), 'planner')).granted).toBe(true)
    expect(await ledger.reserve(id(2), ask('keep'), 'planner', own)).toMatchObject({ granted: false, code: 'name-taken' })
    await store.close()
    const reopened = await Ledger.load({ store: await AgentStore.open(store.dataDir), onChange: () => {} })
    expect(reopened.held().map((vm) => [vm.name, vm.state])).toEqual([['keep', 'placed']])
  })

  it('grants hugepages from the pool of their size, apart from ordinary memory, and keeps the page size on the lease and the VM', async () => {
    const { ledger, store } = await open()
    // 8 pages of 1GiB set aside at boot; 16GiB of ordinary memory offered besides.
    const paged: OwnHost = { ...own, inventory: { ...inventory, memory: { ...inventory.memory, hugepages: [{ sizeBytes: GIB, total: 8, free: 8 }] } } }
    const huge = (n: number, gib: number): LeaseAsk => ask(`h${n}`, { memoryBytes: gib * GIB, hugepageBytes: GIB })
    expect((await ledger.reserve(id(1), huge(1, 6), 'planner', paged)).granted).toBe(true)
    expect(await ledger.reserve(id(2), huge(2, 4), 'planner', paged)).toEqual({ granted: false, code: 'memory', detail: 'wants 4 pages of 1 GiB, 2 free' })
    expect(await ledger.reserve(id(3), ask('two-mib', { memoryBytes: 2 * GIB, hugepageBytes: 2 << 20 }), 'planner', paged))
      .toEqual({ granted: false, code: 'memory', detail: 'wants 1024 pages of 2 MiB, host has no 2 MiB hugepages' })
    // The 6GiB of pages held take none of the 16GiB of ordinary memory.
    expect((await ledger.reserve(id(4), ask('plain', { memoryBytes: 16 * GIB }), 'planner', paged)).granted).toBe(true)
    expect((await ledger.confirm(id(1), 'planner')).granted).toBe(true)
    expect(ledger.held().map((vm) => [vm.name, vm.state, vm.hugepageBytes])).toEqual([['h1', 'placed', GIB], ['plain', 'reserved', null]])
    await store.close()
  })

  it('is idempotent for a retried reserve and release; lapsed leases are swept and cannot be confirmed', async () => {
    let now = 1_000_000
    const { ledger, store, changes } = await open(() => now)
    const first = await ledger.reserve(id(1), ask('a', { ttlMs: 5000 }), 'planner', own)
    expect(await ledger.reserve(id(1), ask('a', { ttlMs: 5000 }), 'planner', own)).toEqual(first)
    expect(ledger.held()).toHaveLength(1)
    expect((await ledger.release(id(1), 'planner')).granted).toBe(true)
    expect((await ledger.release(id(1), 'planner')).granted).toBe(true)
    await ledger.reserve(id(2), ask('b', { ttlMs: 5000 }), 'planner', own)
    now += 5000
    expect(await ledger.confirm(id(2), 'planner')).toMatchObject({ granted: false, code: 'expired' })
    const before = changes()
    expect(await ledger.sweep()).toBe(1)
    expect(changes()).toBe(before + 1)
    expect(ledger.held()).toEqual([])
    expect(await ledger.confirm(id(2), 'planner')).toMatchObject({ granted: false, code: 'unknown-lease' })
    await store.close()
  })
})
