/** Ranking: every score in [0, 1] and named; binpack vs spread; device fit; ties by host name. */
import { describe, expect, it } from 'vitest'
import type { VmSpec } from '@multiverse/domain'
import { parseVmSpec, plan } from '../src/index.ts'
import type { HostEvaluation, PlanHost } from '../src/index.ts'
import { GiB, device, host, inventory, snapshot, vm } from './hosts.ts'

const spec = (extra = '', memory = '4GiB'): VmSpec => parseVmSpec(`name: guest\nvcpus: 2\nmemory: ${memory}\n${extra}`, 'guest.yaml')
const sized = (name: string, usedGiB: number, devices = [device('0000:00:14.0', { className: 'usb' })]): PlanHost =>
  host(name, inventory(devices), { allocatable: { vcpus: 16, memoryBytes: 32 * GiB }, vms: usedGiB === 0 ? [] : [vm(`${name}-vm`, name, { memoryBytes: usedGiB * GiB })] })
const twoGpus = [device('0000:01:00.0'), device('0000:02:00.0', { iommuGroup: 2 })]

function ranking (hosts: PlanHost[], s: VmSpec, strategy?: 'binpack' | 'spread'): HostEvaluation[] {
  const result = plan(snapshot(hosts), [s], strategy === undefined ? { explain: true } : { strategy, explain: true })
  return (result.placements[0] ?? result.unplaced[0]!).evaluations
}

describe('scores', () => {
  it.each([
    ['binpack prefers the fuller host', 'binpack', ['full', 'empty']],
    ['spread prefers the emptier host', 'spread', ['empty', 'full']]
  ] as const)('%s', (_name, strategy, order) => {
    const hosts = [sized('empty', 0), sized('full', 20)]
    expect(ranking(hosts, spec(), strategy).map((e) => e.host)).toEqual(order)
  })

  it('binpack is the memory in use after placement, as a fraction', () => {
    const [best] = ranking([sized('h', 12)], spec())
    expect(best).toMatchObject({ fits: true, scores: { binpack: 0.5, deviceFit: 1, numaFit: 1 } })
  })

  it('deviceFit keeps GPU hosts for VMs that need GPUs', () => {
    const hosts = [sized('gpus', 20, twoGpus), sized('plain', 0)]
    const evaluations = ranking(hosts, spec())
    // The fuller host would win on packing alone; its two idle GPUs make it lose.
    expect(evaluations.map((e) => e.host)).toEqual(['plain', 'gpus'])
    expect(evaluations[1]).toMatchObject({ scores: { deviceFit: 1 / 3 } })
    // A VM that takes a GPU pays nothing for the GPU it takes, only 1/2 for the one it leaves.
    expect(ranking(hosts, spec('devices: [{ class: gpu }]'))[0]).toMatchObject({ host: 'gpus', scores: { deviceFit: 1 } })
  })

  it('deviceFit keeps hosts with free SR-IOV VFs for VMs that need VFs', () => {
    const vfs = [
      device('0000:03:10.0', { className: 'nic', physfn: '0000:03:00.0', iommuGroup: 3 }),
      device('0000:03:10.2', { className: 'nic', physfn: '0000:03:00.0', iommuGroup: 4 })
    ]
    const hosts = [sized('vfs', 20, vfs), sized('plain', 0)]
    expect(ranking(hosts, spec()).map((e) => e.host)).toEqual(['plain', 'vfs'])
    expect(ranking(hosts, spec('devices: [{ class: nic, vf: true }]'))[0]).toMatchObject({ host: 'vfs', scores: { deviceFit: 1 } })
  })

  it('every score and the combined score are in [0, 1]', () => {
    const hosts = [sized('a', 0, twoGpus), sized('b', 28), sized('c', 10)]
    for (const strategy of ['binpack', 'spread'] as const) {
      for (const e of ranking(hosts, spec('placement: { numa: preferred }'), strategy)) {
        if (!e.fits) continue
        for (const value of [e.score, ...Object.values(e.scores)]) {
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(1)
        }
      }
    }
  })

  it('ties are broken by host name, whatever the snapshot order', () => {
    const hosts = [sized('c', 0), sized('a', 0), sized('b', 0)]
    expect(ranking(hosts, spec()).map((e) => e.host)).toEqual(['a', 'b', 'c'])
    expect(ranking([...hosts].reverse(), spec()).map((e) => e.host)).toEqual(['a', 'b', 'c'])
  })
})
