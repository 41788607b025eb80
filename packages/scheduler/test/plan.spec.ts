/** Sequential placement: each VM consumes what it takes; the caller's snapshot is untouched. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { HostInventory, VmSpec } from '@multiverse/domain'
import { SpecError, parseVmSpec, plan } from '../src/index.ts'
import type { PlanSnapshot } from '../src/index.ts'
import { GiB, fixtureInventory, host, snapshot } from './hosts.ts'

const spec = (name: string, body: string): VmSpec => parseVmSpec(`name: ${name}\n${body}`, `${name}.yaml`)
const gpuVm = (name: string): VmSpec => spec(name, 'vcpus: 4\nmemory: 8GiB\ndevices: [{ class: gpu, vendor: "10de" }]')

let desktop: HostInventory
let laptop: HostInventory
let server: HostInventory
let cluster: PlanSnapshot
beforeAll(async () => {
  [desktop, laptop, server] = await Promise.all(['desktop', 'laptop', 'server'].map(fixtureInventory)) as [HostInventory, HostInventory, HostInventory]
  cluster = snapshot([host('desktop', desktop, { labels: { site: 'home' } }), host('laptop', laptop, { labels: { site: 'home' } }), host('server', server)])
})

describe('plan', () => {
  it('two VMs wanting the one GPU: the second is unplaced, with the reason', () => {
    const only = snapshot([host('desktop', desktop)])
    const result = plan(only, [gpuVm('first'), gpuVm('second')])
    expect(result.placements).toMatchObject([{ vm: 'first', host: 'desktop', devices: ['0000:01:00.0', '0000:01:00.1'] }])
    expect(result.unplaced).toMatchObject([{ vm: 'second', reasons: { desktop: { host: 'desktop', code: 'devices' } } }])
    expect(result.unplaced[0]!.reasons.desktop!.detail).toMatch(/is used by vm first/)
  })

  it('GPU VMs spread over the GPU hosts as GPUs run out, then stop', () => {
    const result = plan(cluster, ['a', 'b', 'c', 'd'].map(gpuVm))
    expect(result.placements.map((p) => p.host).sort()).toEqual(['desktop', 'laptop', 'server'])
    expect(result.unplaced.map((u) => u.vm)).toEqual(['d'])
    // The laptop runs out of memory (11 GiB allocatable) before the desktop and server run out of GPUs.
    expect(result.unplaced[0]!.reasons).toMatchObject({ desktop: { code: 'devices' }, laptop: { code: 'memory' }, server: { code: 'devices' } })
  })

  it('capacity is consumed: memory runs out on the only host', () => {
    const small = snapshot([host('h', laptop, { allocatable: { vcpus: 8, memoryBytes: 10 * GiB } })])
    const vms = ['a', 'b', 'c'].map((n) => spec(n, 'vcpus: 1\nmemory: 4GiB'))
    const result = plan(small, vms)
    expect(result.placements.map((p) => p.vm)).toEqual(['a', 'b'])
    expect(result.unplaced[0]).toMatchObject({ vm: 'c', reasons: { h: { code: 'memory', detail: 'wants 4.0GiB, 2.0GiB of 10.0GiB free' } } })
  })

  it('anti-affinity holds between VMs of the same plan', () => {
    const router = (n: string): VmSpec => spec(n, 'vcpus: 1\nmemory: 1GiB\nplacement: { group: routers, antiAffinity: [routers] }')
    const result = plan(cluster, ['r1', 'r2', 'r3', 'r4'].map(router))
    expect(new Set(result.placements.map((p) => p.host)).size).toBe(3)
    expect(result.unplaced[0]).toMatchObject({ vm: 'r4', reasons: { desktop: { code: 'anti-affinity' } } })
  })

  it('VFs are handed out one per VM until they run out', () => {
    const vfVm = (n: string): VmSpec => spec(n, 'vcpus: 1\nmemory: 1GiB\ndevices: [{ class: nic, vf: true, network: true }]')
    const result = plan(cluster, Array.from({ length: 9 }, (_, i) => vfVm(`r${i}`)))
    const taken = result.placements.flatMap((p) => p.devices)
    expect(result.placements).toHaveLength(8)
    expect(new Set(taken).size).toBe(8)
    expect(result.unplaced.map((u) => u.vm)).toEqual(['r8'])
  })

  it('never modifies the snapshot it is given', () => {
    const before = JSON.stringify(cluster)
    plan(cluster, [gpuVm('a'), gpuVm('b')])
    expect(JSON.stringify(cluster)).toBe(before)
  })

  it.each([
    ['two specs with one name', [gpuVm('a'), gpuVm('a')], 'a: name: two specs have this name: a VM name is unique'],
    ['a mapping the cluster does not have', [spec('m', 'vcpus: 1\nmemory: 1GiB\ndevices: [{ mapping: gpu-big }]')],
      'm: devices[0].mapping: no mapping named gpu-big in this cluster (it has none)']
  ])('%s is a spec error', (_name, specs, message) => {
    expect(() => plan(cluster, specs)).toThrow(SpecError)
    expect(() => plan(cluster, specs)).toThrow(message)
  })
})
