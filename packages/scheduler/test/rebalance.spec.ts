/** Rebalancing: the cluster score, and the greedy moves that lower it. */
import { describe, expect, it } from 'vitest'
import { clusterScore, hostLoad, rebalance } from '../src/index.ts'
import type { HostLoad, PlacedVm } from '../src/index.ts'
import { snapshot, vm } from './hosts.ts'
import { GiB, gpu, gpuHost, plainHost, spec } from './cluster.ts'

const load = (host: string, freeMemory: number, vcpuUsed: number, deviceLoad: number | null = null): HostLoad => ({ host, freeMemory, vcpuUsed, deviceLoad })
const vms = (host: string, n: number, opts: Partial<PlacedVm> = {}): PlacedVm[] =>
  Array.from({ length: n }, (_, i) => vm(`${host}-vm${i}`, host, { vcpus: 2, memoryBytes: 6 * GiB, ...opts }))

describe('clusterScore', () => {
  it.each([
    ['one host is always balanced', [load('a', 0.2, 0.9, 1)], 0],
    ['equal hosts', [load('a', 0.5, 0.5, 0.5), load('b', 0.5, 0.5, 0.5)], 0],
    ['memory and vCPU spread: 0.25 + 0.25', [load('a', 1, 0), load('b', 0.5, 0.5)], 0.5],
    ['device spread over the hosts with devices only', [load('a', 1, 0, 0), load('b', 1, 0, 1), load('c', 1, 0, null)], 0.5]
  ])('%s', (_name, loads, score) => {
    expect(clusterScore(loads)).toBeCloseTo(score, 12)
  })

  it('a host\'s load: free memory, vCPUs used and the share of its assignable groups in use', () => {
    const h = gpuHost('g', 2, '2484', { allocatable: { vcpus: 16, memoryBytes: 32 * GiB }, vms: [vm('a', 'g', { vcpus: 4, memoryBytes: 8 * GiB, devices: gpu(1) })] })
    expect(hostLoad(h)).toEqual({ host: 'g', freeMemory: 0.75, vcpuUsed: 0.25, deviceLoad: 0.5 })
  })
})

describe('rebalance', () => {
  const overloaded = snapshot([plainHost('h1', { vms: vms('h1', 6) }), plainHost('h2'), plainHost('h3')])

  it('moves VMs off the overloaded host, each with a positive gain, none twice, until balanced', () => {
    const result = rebalance(overloaded)
    expect(result.moves.length).toBe(4)
    expect(result.moves.every((m) => m.from === 'h1' && m.to !== 'h1' && m.gain > 0 && m.gain >= 0.01)).toBe(true)
    expect(new Set(result.moves.map((m) => m.vm)).size).toBe(result.moves.length)
    expect(result.moves.filter((m) => m.to === 'h2')).toHaveLength(2)
    expect(result.scoreBefore).toBeGreaterThan(0)
    expect(result.scoreAfter).toBeCloseTo(0, 12)
    const gains = result.moves.reduce((sum, m) => sum + m.gain, 0)
    expect(result.scoreBefore - gains).toBeCloseTo(result.scoreAfter, 12)
  })

  it.each([
    ['maxMoves 1', { maxMoves: 1 }, 1],
    ['maxMoves 0', { maxMoves: 0 }, 0],
    ['a minGain larger than any move', { minGain: 1 }, 0]
  ])('respects %s', (_name, options, count) => {
    expect(rebalance(overloaded, options).moves).toHaveLength(count)
  })

  it('keeps the VMs named in `keep` where they are (those `cluster rebalance --apply` moved already), and moves others instead', () => {
    const first = rebalance(overloaded, { maxMoves: 1 }).moves[0]!
    const next = rebalance(overloaded, { maxMoves: 4, keep: [first.vm] })
    expect(next.moves.length).toBeGreaterThan(0)
    expect(next.moves.map((m) => m.vm)).not.toContain(first.vm)
    expect(rebalance(overloaded, { keep: vms('h1', 6).map((v) => v.name) }).moves).toEqual([])
  })

  it('no move when balanced', () => {
    const balanced = snapshot([plainHost('h1', { vms: vms('h1', 2) }), plainHost('h2', { vms: vms('h2', 2) })])
    expect(rebalance(balanced, { minGain: 0 })).toEqual({ scoreBefore: 0, scoreAfter: 0, moves: [] })
  })

  it('never moves a pinned VM or one with migration: never, even when that would balance', () => {
    const pinned = spec('pinned', 'vcpus: 8\nmemory: 30GiB\nplacement: { host: h1 }')
    const never = spec('never', 'vcpus: 8\nmemory: 30GiB\nmigration: never')
    const cluster = snapshot([
      plainHost('h1', { vms: [vm('pinned', 'h1', { vcpus: 8, memoryBytes: 30 * GiB, spec: pinned }), vm('never', 'h1', { vcpus: 8, memoryBytes: 30 * GiB, spec: never })] }),
      plainHost('h2')
    ])
    const result = rebalance(cluster, { minGain: 0 })
    expect(result.scoreBefore).toBeGreaterThan(0)
    expect(result.moves).toEqual([])
  })

  it('moves a GPU VM only where an equivalent GPU is free', () => {
    const cluster = snapshot([
      gpuHost('h1', 1, '2484', { vms: [vm('gpu-vm', 'h1', { vcpus: 8, memoryBytes: 40 * GiB, devices: gpu(1) }), vm('small', 'h1', { vcpus: 2, memoryBytes: 4 * GiB })] }),
      plainHost('h2')
    ])
    expect(rebalance(cluster, { minGain: 0 }).moves.map((m) => m.vm)).toEqual(['small'])
    const withGpu = snapshot([...cluster.hosts.slice(0, 1), gpuHost('h2', 1)])
    expect(rebalance(withGpu, { minGain: 0, maxMoves: 1 }).moves).toMatchObject([{ vm: 'gpu-vm', from: 'h1', to: 'h2', devices: gpu(1) }])
  })

  it('leaves VMs on a host that is not alive to evacuation, and never modifies the snapshot', () => {
    const cluster = snapshot([plainHost('h1', { state: 'suspect', vms: vms('h1', 6) }), plainHost('h2'), plainHost('h3', { vms: vms('h3', 1) })])
    const before = JSON.stringify(cluster)
    expect(rebalance(cluster, { minGain: 0 }).moves.every((m) => m.from !== 'h1' && m.to !== 'h1')).toBe(true)
    expect(JSON.stringify(cluster)).toBe(before)
  })

  it('a host in maintenance is neither a source nor a target: evacuation empties it', () => {
    const cluster = snapshot([plainHost('h1', { maintenance: true, vms: vms('h1', 6) }), plainHost('h2', { vms: vms('h2', 4) }), plainHost('h3', { maintenance: true })])
    expect(rebalance(cluster, { minGain: 0 }).moves).toEqual([])
  })

  it('never moves a VM away from the group its affinity ties it to', () => {
    const app = spec('app', 'vcpus: 2\nmemory: 6GiB\nplacement: { affinity: [db] }')
    const tied = [vm('db', 'h1', { vcpus: 2, memoryBytes: 6 * GiB, group: 'db' }), vm('app', 'h1', { vcpus: 2, memoryBytes: 6 * GiB, spec: app })]
    const cluster = snapshot([plainHost('h1', { vms: [...tied, ...vms('h1', 4)] }), plainHost('h2'), plainHost('h3')])
    const moves = rebalance(cluster, { minGain: 0, maxMoves: 20 }).moves
    expect(moves.length).toBeGreaterThan(0)
    const appMove = moves.find((m) => m.vm === 'app')
    const dbMove = moves.find((m) => m.vm === 'db')
    if (appMove !== undefined) expect(appMove.to).toBe(dbMove?.to)
  })

  it.each([
    ['a negative maxMoves', { maxMoves: -1 }, /maxMoves must be a whole number/],
    ['a fractional maxMoves', { maxMoves: 1.5 }, /maxMoves must be a whole number/],
    ['a NaN minGain', { minGain: Number.NaN }, /minGain must be a number/]
  ])('refuses %s', (_name, options, message) => {
    expect(() => rebalance(overloaded, options)).toThrow(message)
  })
})
