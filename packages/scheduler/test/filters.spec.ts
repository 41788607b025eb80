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
    expect(FILTERS.map((f) => f.name)).toEqual(['alive', 'pinned', 'labels', 'antiAffinity', 'vcpus', 'memory', 'devices', 'numa'])
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
    ['another group is no clash', plain('h', { vms: [vm('d1', 'h', { group: 'desktops' })] }), spec('placement: { antiAffinity: [routers] }'), 'fits'],
    ['vCPUs used by placed VMs count', plain('h', { vms: [vm('a', 'h', { vcpus: 7 })] }), spec(''), { code: 'vcpus', detail: 'wants 2 vCPUs, 1 of 8 free' }],
    ['memory is never overcommitted', plain('h', { vms: [vm('a', 'h', { memoryBytes: 15 * GiB })] }), spec(''),
      { code: 'memory', detail: 'wants 2.0GiB, 1.0GiB of 16.0GiB free' }],
    ['exactly full fits', plain('h', { vms: [vm('a', 'h', { memoryBytes: 14 * GiB, vcpus: 6 })] }), spec(''), 'fits'],
    ['devices', plain('h'), spec('devices: [{ class: usb }]'), { code: 'devices', detail: 'devices[0] (class usb): no matching device on this host' }],
    ['NUMA required: no node has the vCPUs', plain('h'), spec('placement: { numa: required }', 6),
      { code: 'numa', detail: 'numa: required, but no NUMA node holds all the devices and 6 CPUs' }],
    ['NUMA preferred never refuses', plain('h'), spec('placement: { numa: preferred }', 6), 'fits'],
    ['NUMA required: one node has the vCPUs', plain('h'), spec('placement: { numa: required }', 4), 'fits'],
    ['the first failing filter wins', plain('h', { state: 'dead', labels: {} }), spec('placement: { hostLabels: { a: b } }', 100), { code: 'not-alive' }]
  ])('%s', (_name, h, s, expected) => {
    const got = reasonOn(h, s)
    if (typeof expected === 'string') expect(got).toBe(expected)
    else expect(got).toMatchObject({ host: 'h', ...expected })
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
