/** Every filter's reason, and that only the first failing filter's reason is kept per host. */
import { describe, expect, it } from 'vitest'
import type { VmSpec } from '@multiverse/domain'
import { FILTERS, parseVmSpec, plan } from '../src/index.ts'
import type { PlanHost } from '../src/index.ts'
import { GiB, device, host, inventory, snapshot, vm } from './hosts.ts'

const spec = (extra: string, vcpus = 2, memory = '2GiB'): VmSpec =>
  parseVmSpec(`name: guest\nvcpus: ${vcpus}\nmemory: ${memory}\n${extra}`, 'guest.yaml')
const plain = (name: string, opts: Partial<PlanHost> = {}): PlanHost =>
  host(name, inventory([device('0000:01:00.0')], [{ id: 0, cpus: 4 }, { id: 1, cpus: 4 }]), { allocatable: { vcpus: 8, memoryBytes: 16 * GiB }, ...opts })

function reasonOn (h: PlanHost, s: VmSpec): unknown {
  const result = plan(snapshot([h]), [s])
  return result.unplaced[0]?.reasons[h.name] ?? 'fits'
}

describe('filters', () => {
  it('are declared once, cheap ones first, devices before NUMA', () => {
    expect(FILTERS.map((f) => f.name)).toEqual(['alive', 'maintenance', 'pinned', 'labels', 'antiAffinity', 'affinity', 'vcpus', 'memory', 'disk', 'devices', 'numa'])
  })

  it.each([
    ['a suspect host', plain('h', { state: 'suspect' }), spec(''), { code: 'not-alive', detail: 'host is suspect: its view of itself may be stale' }],
    ['a dead host', plain('h', { state: 'dead' }), spec(''), { code: 'not-alive' }],
    ['pinned elsewhere', plain('h'), spec('placement: { host: other }'), { code: 'not-pinned', detail: 'the spec pins the VM to other' }],
    ['pinned here', plain('h'), spec('placement: { host: h }'), 'fits'],
    ['a missing label', plain('h'), spec('placement: { hostLabels: { site: home } }'), { code: 'labels', detail: 'wants label site=home, host has none' }],
    ['a different label', plain('h', { labels: { site: 'colo' } }), spec('placement: { hostLabels: { site: home } }'), { code: 'labels', detail: 'wants label site=home, host has site=colo' }],
    ['matching labels', plain('h', { labels: { site: 'home', gpu: 'yes' } }), spec('placement: { hostLabels: { site: home } }'), 'fits'],
    ['anti-affinity', plain('h', { vms: [vm('r1', 'h', { group: 'routers' })] }), spec('placement: { antiAffinity: [routers] }'),
      { code: 'anti-affinity', detail: 'vm r1 of group routers is on this host' }],
    ['another group is no clash', plain('h', { vms: [vm('d1', 'h', { group: 'desktops' })] }), spec('placement: { group: routers, antiAffinity: [routers] }'), 'fits'],
    ['vCPUs used by placed VMs count', plain('h', { vms: [vm('a', 'h', { vcpus: 7 })] }), spec(''), { code: 'vcpus', detail: 'wants 2 vCPUs, 1 of 8 free' }],
    ['memory is never overcommitted', plain('h', { vms: [vm('a', 'h', { memoryBytes: 15 * GiB })] }), spec(''),
      { code: 'memory', detail: 'wants 2 GiB, 1 GiB of 16 GiB free' }],
    ['exactly full fits', plain('h', { vms: [vm('a', 'h', { memoryBytes: 14 * GiB, vcpus: 6 })] }), spec(''), 'fits'],
    ['devices', plain('h'), spec('devices: [{ class: usb }]'), { code: 'devices', detail: 'devices[0] (class usb): no matching device on this host' }],
    ['NUMA required: no node has the vCPUs', plain('h'), spec('placement: { numa: required }', 6),
      { code: 'numa', detail: 'numa: required, but no NUMA node holds all the devices and 6 CPUs' }],
    ['NUMA preferred never refuses', plain('h'), spec('placement: { numa: preferred }', 6), 'fits'],
    ['NUMA required: one node has the vCPUs', plain('h'), spec('placement: { numa: required }', 4), 'fits'],
    ['a host in maintenance', plain('h', { maintenance: true }), spec(''), { code: 'maintenance', detail: 'host is in maintenance: it takes no new VMs' }],
    ['maintenance false is in service', plain('h', { maintenance: false }), spec(''), 'fits'],
    ['a dead host in maintenance: not-alive first', plain('h', { state: 'dead', maintenance: true }), spec(''), { code: 'not-alive' }],
    ['disk: the spec\'s disks must fit what is left', plain('h', { allocatable: { vcpus: 8, memoryBytes: 16 * GiB, diskBytes: 100 * GiB }, vms: [vm('a', 'h', { diskBytes: 70 * GiB })] }),
      spec('disks: [{ name: root, size: 20GiB }, { name: data, size: 20GiB }]'), { code: 'disk', detail: 'wants 40 GiB of disk, 30 GiB of 100 GiB free' }],
    ['disk: exactly full fits', plain('h', { allocatable: { vcpus: 8, memoryBytes: 16 * GiB, diskBytes: 100 * GiB }, vms: [vm('a', 'h', { diskBytes: 60 * GiB })] }),
      spec('disks: [{ name: root, size: 40GiB }]'), 'fits'],
    ['disk: a host that does not say is not checked', plain('h', { vms: [vm('a', 'h', { diskBytes: 60 * GiB })] }), spec('disks: [{ name: root, size: 40TiB }]'), 'fits'],
    ['disk: VMs without diskBytes count as 0', plain('h', { allocatable: { vcpus: 8, memoryBytes: 16 * GiB, diskBytes: 40 * GiB }, vms: [vm('a', 'h')] }),
      spec('disks: [{ name: root, size: 40GiB }]'), 'fits'],
    ['the first failing filter wins', plain('h', { state: 'dead', labels: {} }), spec('placement: { hostLabels: { a: b } }', 100), { code: 'not-alive' }]
  ])('%s', (_name, h, s, expected) => {
    const got = reasonOn(h, s)
    if (typeof expected === 'string') expect(got).toBe(expected)
    else expect(got).toMatchObject({ host: 'h', ...expected })
  })

  it.each([
    ['a group with no VM anywhere yet: anywhere', [plain('a'), plain('b')], 'placement: { group: db, affinity: [db] }', { a: 'fits', b: 'fits' }],
    ['only the hosts running the group', [plain('a', { vms: [vm('db1', 'a', { group: 'db' })] }), plain('b')], 'placement: { affinity: [db] }',
      { a: 'fits', b: { code: 'affinity', detail: 'wants to share a host with group db, whose VMs are on a' } }],
    ['every group named', [plain('a', { vms: [vm('db1', 'a', { group: 'db' })] }), plain('b', { vms: [vm('db2', 'b', { group: 'db' }), vm('c1', 'b', { group: 'cache' })] })],
      'placement: { affinity: [db, cache] }', { a: { code: 'affinity', detail: 'wants to share a host with group cache, whose VMs are on b' }, b: 'fits' }],
    ['a group on a dead host only still binds', [plain('a', { state: 'dead', vms: [vm('db1', 'a', { group: 'db' })] }), plain('b')], 'placement: { affinity: [db] }',
      { a: { code: 'not-alive' }, b: { code: 'affinity' } }]
  ])('affinity: %s', (_name, hosts, extra, expected) => {
    for (const [name, want] of Object.entries(expected)) {
      const result = plan(snapshot(hosts), [spec(extra)], { explain: true })
      const e = [...result.placements, ...result.unplaced].flatMap((o) => o.evaluations).find((x) => x.host === name)!
      if (want === 'fits') expect(e.fits).toBe(true)
      else expect(e).toMatchObject({ fits: false, reason: { host: name, ...want } })
    }
  })

  it('affinity: the first VM of a group lands anywhere, the next ones follow it', () => {
    const db = (n: string): VmSpec => parseVmSpec(`name: ${n}\nvcpus: 1\nmemory: 1GiB\nplacement: { group: db, affinity: [db] }`, `${n}.yaml`)
    const app = parseVmSpec('name: app\nvcpus: 1\nmemory: 1GiB\nplacement: { affinity: [db] }', 'app.yaml')
    // spread would put each on an empty host; affinity keeps them together.
    const result = plan(snapshot([plain('a'), plain('b'), plain('c')]), [db('db1'), db('db2'), app], { strategy: 'spread' })
    expect(new Set(result.placements.map((p) => p.host)).size).toBe(1)
  })

  it('disk: what a placement takes is recorded, so the next VM sees it', () => {
    const h = plain('h', { allocatable: { vcpus: 8, memoryBytes: 16 * GiB, diskBytes: 50 * GiB } })
    const withDisk = (n: string): VmSpec => parseVmSpec(`name: ${n}\nvcpus: 1\nmemory: 1GiB\ndisks: [{ name: root, size: 20GiB }]`, `${n}.yaml`)
    const result = plan(snapshot([h]), ['a', 'b', 'c'].map(withDisk))
    expect(result.placements.map((p) => p.vm)).toEqual(['a', 'b'])
    expect(result.unplaced[0]!.reasons.h).toMatchObject({ code: 'disk', detail: 'wants 20 GiB of disk, 10 GiB of 50 GiB free' })
  })

  it('NUMA required: devices split across nodes refuse the host, on one node accept it', () => {
    const gpus = [device('0000:01:00.0', { numaNode: 0 }), device('0000:81:00.0', { numaNode: 1, iommuGroup: 2 })]
    const h = host('h', inventory(gpus, [{ id: 0, cpus: 8 }, { id: 1, cpus: 8 }]))
    expect(reasonOn(h, spec('devices: [{ class: gpu, count: 2 }]\nplacement: { numa: required }'))).toMatchObject({ code: 'numa' })
    expect(reasonOn(h, spec('devices: [{ class: gpu, count: 2 }]\nplacement: { numa: preferred }'))).toBe('fits')
    // A device on no known node sits with any node.
    const anywhere = [device('0000:01:00.0', { numaNode: 1 }), device('0000:02:00.0', { numaNode: null, iommuGroup: 2 })]
    expect(reasonOn(host('h', inventory(anywhere, [{ id: 0, cpus: 8 }, { id: 1, cpus: 8 }])),
      spec('devices: [{ class: gpu, count: 2 }]\nplacement: { numa: required }'))).toBe('fits')
  })

  it('NUMA preferred picks the one-node devices when there are some', () => {
    const nics = [
      device('0000:01:00.0', { numaNode: 0, className: 'nic' }),
      device('0000:81:00.0', { numaNode: 1, className: 'nic', iommuGroup: 2 }),
      device('0000:82:00.0', { numaNode: 1, className: 'nic', iommuGroup: 3 })
    ]
    const h = host('h', inventory(nics, [{ id: 0, cpus: 8 }, { id: 1, cpus: 8 }]))
    const result = plan(snapshot([h]), [spec('devices: [{ class: nic, count: 2 }]\nplacement: { numa: preferred }')])
    expect(result.placements[0]).toMatchObject({ devices: ['0000:81:00.0', '0000:82:00.0'], scores: { numaFit: 1 } })
  })
})
