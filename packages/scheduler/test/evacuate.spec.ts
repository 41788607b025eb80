/** Evacuation: every VM on a host to a new home, or why it stays. */
import { describe, expect, it } from 'vitest'
import { UnknownHostError, evacuate } from '../src/index.ts'
import { snapshot, vm } from './hosts.ts'
import { GiB, gpu, gpuHost, plainHost, spec } from './cluster.ts'

describe('evacuate', () => {
  it('a GPU VM goes only to a host with an equivalent GPU, its devices remapped there', () => {
    const cluster = snapshot([
      gpuHost('a-other', 1, '2204'),
      gpuHost('b-plain-ish', 0),
      gpuHost('c-same', 2, '2484', { vms: [vm('busy', 'c-same', { devices: gpu(1) })] }),
      gpuHost('src', 1, '2484', { vms: [vm('gpu-vm', 'src', { vcpus: 4, memoryBytes: 8 * GiB, devices: gpu(1) })] })
    ])
    const result = evacuate(cluster, 'src')
    expect(result).toEqual({ host: 'src', moves: [{ vm: 'gpu-vm', to: 'c-same', devices: gpu(2) }], stuck: [] })
  })

  it('each move consumes capacity: two 40GiB VMs land on two hosts', () => {
    const cluster = snapshot([
      plainHost('h1'), plainHost('h2'),
      plainHost('src', { vms: [vm('a', 'src', { memoryBytes: 40 * GiB }), vm('b', 'src', { memoryBytes: 40 * GiB })] })
    ])
    const result = evacuate(cluster, 'src')
    expect(result.moves.map((m) => [m.vm, m.to])).toEqual([['a', 'h1'], ['b', 'h2']])
    expect(result.stuck).toEqual([])
  })

  it('the second GPU VM is stuck when the only equivalent GPU is taken, with every other host\'s reason', () => {
    const cluster = snapshot([
      gpuHost('other', 1, '2204'),
      gpuHost('same', 1),
      gpuHost('src', 2, '2484', { vms: [vm('g1', 'src', { devices: gpu(1) }), vm('g2', 'src', { devices: gpu(2) })] })
    ])
    const result = evacuate(cluster, 'src')
    expect(result.moves).toEqual([{ vm: 'g1', to: 'same', devices: gpu(1) }])
    expect(result.stuck).toMatchObject([{ vm: 'g2', reasons: { other: { code: 'devices' }, same: { code: 'devices' } } }])
    expect(Object.keys((result.stuck[0] as { reasons: object }).reasons)).not.toContain('src')
  })

  it.each([
    ['pinned to its host', spec('pinned', 'vcpus: 1\nmemory: 1GiB\nplacement: { host: src }'), { code: 'pinned', detail: 'its spec pins it to host src' }],
    ['migration: never', spec('never', 'vcpus: 1\nmemory: 1GiB\nmigration: never'), { code: 'migration-never', detail: 'its spec says migration: never' }],
    ['a mapping the cluster does not have', spec('mapped', 'vcpus: 1\nmemory: 1GiB\ndevices: [{ mapping: gone }]'), { code: 'spec' }]
  ])('an unmovable VM is stuck with its reason: %s', (_name, own, reason) => {
    const cluster = snapshot([plainHost('h1'), plainHost('src', { vms: [vm(own.name, 'src', { spec: own })] })])
    expect(evacuate(cluster, 'src')).toMatchObject({ moves: [], stuck: [{ vm: own.name, reason }] })
  })

  it('a VM without a spec holding a device the inventory does not list is stuck', () => {
    const cluster = snapshot([plainHost('h1'), plainHost('src', { vms: [vm('ghost', 'src', { devices: ['0000:09:00.0'] })] })])
    expect(evacuate(cluster, 'src').stuck).toMatchObject([{ vm: 'ghost', reason: { code: 'unknown-device' } }])
  })

  it('a VM\'s own spec is placed by its own rules: labels it asks for', () => {
    const own = spec('web', 'vcpus: 2\nmemory: 2GiB\nplacement: { hostLabels: { site: colo } }')
    const cluster = snapshot([
      plainHost('a-home', { labels: { site: 'home' } }),
      plainHost('b-colo', { labels: { site: 'colo' } }),
      plainHost('src', { vms: [vm('web', 'src', { spec: own })] })
    ])
    expect(evacuate(cluster, 'src').moves).toEqual([{ vm: 'web', to: 'b-colo', devices: [] }])
  })

  it('a host that is not alive is no target', () => {
    const cluster = snapshot([plainHost('dead', { state: 'dead' }), plainHost('src', { vms: [vm('a', 'src')] })])
    expect(evacuate(cluster, 'src').stuck).toMatchObject([{ vm: 'a', reasons: { dead: { code: 'not-alive' } } }])
  })

  it('evacuating a host in maintenance is the normal case; other maintenance hosts are no target', () => {
    const cluster = snapshot([
      plainHost('a-busy', { maintenance: true }), plainHost('b-free'),
      plainHost('src', { maintenance: true, vms: [vm('a', 'src'), vm('b', 'src')] })
    ])
    const result = evacuate(cluster, 'src')
    expect(result.moves.map((m) => m.to)).toEqual(['b-free', 'b-free'])
    expect(result.stuck).toEqual([])
  })

  it('a VM\'s disks must fit the target: its reported diskBytes, or its spec\'s disks', () => {
    const roomy = { vcpus: 16, memoryBytes: 60 * GiB, diskBytes: 100 * GiB }
    const cluster = snapshot([
      plainHost('a-small', { allocatable: { ...roomy, diskBytes: 30 * GiB } }),
      plainHost('b-big', { allocatable: roomy }),
      plainHost('src', { vms: [vm('big', 'src', { diskBytes: 50 * GiB }), vm('spec', 'src', { spec: spec('spec', 'vcpus: 1\nmemory: 1GiB\ndisks: [{ name: r, size: 60GiB }]') })] })
    ])
    const result = evacuate(cluster, 'src')
    expect(result.moves.map((m) => [m.vm, m.to])).toEqual([['big', 'b-big']])
    expect(result.stuck).toMatchObject([{ vm: 'spec', reasons: { 'a-small': { code: 'disk' }, 'b-big': { code: 'disk' } } }])
  })

  it('affinity follows the group to where its VMs are going', () => {
    const db = spec('db', 'vcpus: 1\nmemory: 8GiB\nplacement: { group: db }')
    const app = spec('app', 'vcpus: 1\nmemory: 1GiB\nplacement: { affinity: [db] }')
    const cluster = snapshot([
      plainHost('a'), plainHost('b', { vms: [vm('x', 'b', { memoryBytes: 10 * GiB })] }),
      plainHost('src', { vms: [vm('db', 'src', { memoryBytes: 8 * GiB, group: 'db', spec: db }), vm('app', 'src', { spec: app })] })
    ])
    // binpack alone would put app on b (fuller); db went to b too, so either way they stay together.
    const result = evacuate(cluster, 'src')
    const to = Object.fromEntries(result.moves.map((m) => [m.vm, m.to]))
    expect(to.app).toBe(to.db)
  })

  it('an unknown host is a usage error naming the hosts there are', () => {
    const cluster = snapshot([plainHost('h1'), plainHost('h2')])
    expect(() => evacuate(cluster, 'nope')).toThrow(UnknownHostError)
    expect(() => evacuate(cluster, 'nope')).toThrow('no host named nope in the snapshot (it has h1, h2)')
  })

  it('never modifies the snapshot it is given', () => {
    const cluster = snapshot([plainHost('h1'), plainHost('src', { vms: [vm('a', 'src'), vm('b', 'src')] })])
    const before = JSON.stringify(cluster)
    evacuate(cluster, 'src')
    expect(JSON.stringify(cluster)).toBe(before)
  })
})
