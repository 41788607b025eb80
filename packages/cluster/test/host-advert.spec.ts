import { describe, expect, it } from 'vitest'
import type { HostInventory } from '@multiverse/domain'
import { buildAdvert } from '../src/host-advert.ts'
import type { AdvertPolicy } from '../src/host-advert.ts'

const GIB = 1024 ** 3
const config = { name: 'h', labels: {}, cpuOvercommit: 2, memoryReserveBytes: 4 * GIB } satisfies AdvertPolicy
const inventory = (hugepages: HostInventory['memory']['hugepages']): HostInventory => ({
  hostname: 'h', cpu: { model: null, threads: 8, sockets: 1 }, memory: { totalBytes: 256 * GIB, availableBytes: 0, hugepages },
  numaNodes: [], kvm: true, devices: [], iommuGroups: [], warnings: []
})
const state = { clusterId: 'c'.repeat(32), seq: 1, addresses: [], vms: [], maintenance: false, diskBytes: undefined, nowMs: 0 }

describe('buildAdvert: allocatable memory', () => {
  it.each([
    ['no pools: the total less the reserve', [], 252 * GIB],
    ['pools with no pages take nothing', [{ sizeBytes: 2 << 20, total: 0, free: 0 }, { sizeBytes: GIB, total: 0, free: 0 }], 252 * GIB],
    // The fixture server's pools: 8192 pages of 2MiB (16GiB) and 64 of 1GiB, whatever is free of them.
    ['every pool\'s total pages are left out, not only the free ones', [{ sizeBytes: 2 << 20, total: 8192, free: 6144 }, { sizeBytes: GIB, total: 64, free: 48 }], 172 * GIB],
    ['never below 0', [{ sizeBytes: GIB, total: 300, free: 300 }], 0]
  ])('%s', (_name, pools, memoryBytes) => {
    expect(buildAdvert(config, inventory(pools), state).allocatable).toEqual({ vcpus: 16, memoryBytes })
  })
})
