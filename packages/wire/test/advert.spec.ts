import { describe, expect, it } from 'vitest'
import type { HostAdvert, HostVm } from '@multiverse/domain'
import { decodeAdvert, encodeAdvert } from '../src/index.ts'
import { multiverse } from '../src/generated/wire.js'

const vm = (more: Partial<HostVm> = {}): HostVm => ({
  name: 'desk', state: 'running', vcpus: 2, memoryBytes: 4 * 1024 ** 3, hugepageBytes: null, diskBytes: 0, devices: [], group: null, spec: { name: 'desk' }, ...more
})
const advert = (vms: HostVm[]): HostAdvert => ({
  clusterId: 'c'.repeat(32), seq: 1, name: 'h1',
  inventory: {
    hostname: 'h1', cpu: { model: null, threads: 4, sockets: 1 },
    memory: { totalBytes: 64 * 1024 ** 3, availableBytes: 0, hugepages: [{ sizeBytes: 1024 ** 3, total: 16, free: 16 }] },
    numaNodes: [], kvm: true, devices: [], iommuGroups: [], warnings: []
  },
  allocatable: { vcpus: 4, memoryBytes: 40 * 1024 ** 3 }, labels: {}, addresses: [], issuedAtMs: 5, vms, maintenance: false
})

describe('adverts: a VM\'s hugepage size', () => {
  it.each([
    ['ordinary memory (null, 0 on the wire)', vm()],
    ['1GiB pages', vm({ hugepageBytes: 1024 ** 3 })],
    ['2MiB pages', vm({ name: 'small', hugepageBytes: 2 * 1024 ** 2, memoryBytes: 2 * 1024 ** 3 })]
  ])('round-trips %s', (_name, v) => {
    expect(decodeAdvert(encodeAdvert(advert([v]))).vms).toEqual([v])
  })

  it('refuses a page size that is not one', () => {
    const bytes = encodeAdvert(advert([vm()]))
    const message = multiverse.v1.HostAdvert.decode(bytes)
    message.vms[0]!.hugepageBytes = 3000
    expect(() => decodeAdvert(multiverse.v1.HostAdvert.encode(message).finish())).toThrow(/hugepageBytes/)
  })
})

describe('adverts: a VM\'s ownership generation', () => {
  it('round-trips, absent when 0 (a VM never migrated, or an older agent\'s advert)', () => {
    expect(decodeAdvert(encodeAdvert(advert([vm({ generation: 3 })]))).vms).toEqual([vm({ generation: 3 })])
    expect(decodeAdvert(encodeAdvert(advert([vm({ generation: 0 })]))).vms).toEqual([vm()])
  })
})
