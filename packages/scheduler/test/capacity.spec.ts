/** Capacity: how many more copies of a spec fit, where, and what stops each host. */
import { describe, expect, it } from 'vitest'
import { MAX_CAPACITY_COPIES, SpecError, capacity } from '../src/index.ts'
import { snapshot, vm } from './hosts.ts'
import { GiB, gpu, gpuHost, plainHost, spec } from './cluster.ts'

describe('capacity', () => {
  it.each([
    [
      // 60GiB / 8GiB = 7 (vCPUs would allow 8); 10 vCPUs / 2 = 5 (memory would allow 12).
      'memory-bound and vCPU-bound hosts',
      snapshot([plainHost('mem'), plainHost('cpu', { allocatable: { vcpus: 10, memoryBytes: 100 * GiB } })]),
      'vcpus: 2\nmemory: 8GiB',
      { total: 12, byHost: { cpu: 5, mem: 7 }, limitedBy: { cpu: 'vcpus', mem: 'memory' }, capped: false }
    ],
    [
      // VMs already there count: 60 - 20 - 20 = 20GiB free, so 2 more of 8GiB.
      'what running VMs hold is not free',
      snapshot([plainHost('h', { vms: [vm('a', 'h', { memoryBytes: 20 * GiB }), vm('b', 'h', { memoryBytes: 20 * GiB })] })]),
      'vcpus: 2\nmemory: 8GiB',
      { total: 2, byHost: { h: 2 }, limitedBy: { h: 'memory' }, capped: false }
    ],
    [
      // One copy per GPU: 2 + 1 free (the third host's second GPU is taken), none on a plain host.
      'GPU-bound',
      snapshot([gpuHost('two', 2), gpuHost('used', 2, '2484', { vms: [vm('x', 'used', { devices: gpu(1) })] }), plainHost('plain')]),
      'vcpus: 1\nmemory: 1GiB\ndevices: [{ class: gpu, vendor: "10de" }]',
      { total: 3, byHost: { plain: 0, two: 2, used: 1 }, limitedBy: { plain: 'devices', two: 'devices', used: 'devices' }, capped: false }
    ],
    [
      'anti-affinity with its own group: one per host',
      snapshot([plainHost('a'), plainHost('b'), plainHost('c', { state: 'dead' })]),
      'vcpus: 1\nmemory: 1GiB\nplacement: { group: r, antiAffinity: [r] }',
      { total: 2, byHost: { a: 1, b: 1, c: 0 }, limitedBy: { a: 'anti-affinity', b: 'anti-affinity', c: 'not-alive' }, capped: false }
    ],
    [
      'disk-bound where the host says its image space; maintenance hosts take none',
      snapshot([plainHost('a', { allocatable: { vcpus: 16, memoryBytes: 60 * GiB, diskBytes: 100 * GiB } }), plainHost('b', { maintenance: true })]),
      'vcpus: 1\nmemory: 1GiB\ndisks: [{ name: root, size: 30GiB }]',
      { total: 3, byHost: { a: 3, b: 0 }, limitedBy: { a: 'disk', b: 'maintenance' }, capped: false }
    ],
    [
      'pinned to a host',
      snapshot([plainHost('a'), plainHost('b')]),
      'vcpus: 4\nmemory: 1GiB\nplacement: { host: b }',
      { total: 4, byHost: { a: 0, b: 4 }, limitedBy: { a: 'not-pinned', b: 'vcpus' }, capped: false }
    ]
  ])('%s', (_name, cluster, body, report) => {
    expect(capacity(cluster, spec('copy', body))).toEqual(report)
  })

  it(`stops at ${MAX_CAPACITY_COPIES} copies`, () => {
    const huge = snapshot([plainHost('big', { allocatable: { vcpus: 100_000, memoryBytes: 100_000 * GiB } })])
    expect(capacity(huge, spec('tiny', 'vcpus: 1\nmemory: 1MiB'))).toEqual({ total: MAX_CAPACITY_COPIES, byHost: { big: MAX_CAPACITY_COPIES }, limitedBy: {}, capped: true })
  })

  it('a group nobody is in is a spec error', () => {
    expect(() => capacity(snapshot([plainHost('a')]), spec('copy', 'vcpus: 1\nmemory: 1GiB\nplacement: { affinity: [db] }'))).toThrow(SpecError)
  })

  it('a mapping the cluster does not have is a spec error; the snapshot is never modified', () => {
    const cluster = snapshot([plainHost('a')])
    const before = JSON.stringify(cluster)
    expect(() => capacity(cluster, spec('m', 'vcpus: 1\nmemory: 1GiB\ndevices: [{ mapping: nope }]'))).toThrow(SpecError)
    capacity(cluster, spec('s', 'vcpus: 1\nmemory: 1GiB'))
    expect(JSON.stringify(cluster)).toBe(before)
  })
})
