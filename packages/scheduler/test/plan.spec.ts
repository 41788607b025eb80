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
    expect(result.unplaced[0]).toMatchObject({ vm: 'c', reasons: { h: { code: 'memory', detail: 'wants 4 GiB, 2 GiB of 10 GiB free' } } })
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

  it('explains only when asked, and unplaced VMs get every host\'s reason either way', () => {
    const vms = [gpuVm('a'), gpuVm('b'), gpuVm('c'), gpuVm('d')]
    const quiet = plan(cluster, vms)
    const told = plan(cluster, vms, { explain: true })
    expect(quiet.placements.every((p) => p.evaluations.length === 0)).toBe(true)
    expect(told.placements.every((p) => p.evaluations.length === 3)).toBe(true)
    expect(quiet.placements.map(({ evaluations: _, ...p }) => p)).toEqual(told.placements.map(({ evaluations: _, ...p }) => p))
    expect(quiet.unplaced[0]!.reasons).toEqual(told.unplaced[0]!.reasons)
    expect(Object.keys(quiet.unplaced[0]!.reasons)).toEqual(['desktop', 'laptop', 'server'])
  })

  it('a maintenance host takes no VM', () => {
    const s = snapshot([host('desktop', desktop, { maintenance: true }), host('server', server)])
    const result = plan(s, [gpuVm('a'), gpuVm('b')])
    expect(result.placements.map((p) => p.host)).toEqual(['server'])
    expect(result.unplaced[0]!.reasons).toMatchObject({ desktop: { code: 'maintenance' }, server: { code: 'devices' } })
  })

  it('records what each VM takes, disks included, for the next one', () => {
    const small = snapshot([host('h', laptop, { allocatable: { vcpus: 8, memoryBytes: 10 * GiB, diskBytes: 30 * GiB } })])
    const result = plan(small, ['a', 'b'].map((n) => spec(n, 'vcpus: 1\nmemory: 1GiB\ndisks: [{ name: root, size: 20GiB }]')))
    expect(result.unplaced).toMatchObject([{ vm: 'b', reasons: { h: { code: 'disk' } } }])
  })

  it.each([
    ['a group of a VM in the snapshot', 'placement: { antiAffinity: [web] }', true],
    ['the spec\'s own group', 'placement: { group: db, affinity: [db] }', true],
    ['a group of another spec in the plan', 'placement: { affinity: [cache] }', true],
    ['an unknown group in antiAffinity', 'placement: { antiAffinity: [routrs] }', 'x: placement.antiAffinity[0]: no VM in the snapshot or this plan is in group routrs (known groups: cache, web)'],
    ['an unknown group in affinity', 'placement: { affinity: [web, dbs] }', 'x: placement.affinity[1]: no VM in the snapshot or this plan is in group dbs (known groups: cache, web)']
  ])('groups: %s', (_name, placement, expected) => {
    const s = snapshot([host('desktop', desktop, { vms: [{ name: 'w1', host: 'desktop', vcpus: 1, memoryBytes: GiB, devices: [], group: 'web' }] })])
    const specs = [spec('x', `vcpus: 1\nmemory: 1GiB\n${placement}`), spec('y', 'vcpus: 1\nmemory: 1GiB\nplacement: { group: cache }')]
    if (expected === true) expect(() => plan(s, specs)).not.toThrow()
    else {
      expect(() => plan(s, specs)).toThrow(SpecError)
      expect(() => plan(s, specs)).toThrow(expected)
    }
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
