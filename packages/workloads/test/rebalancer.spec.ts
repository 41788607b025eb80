/**
 * `cluster rebalance --apply` (docs/architecture.md §5, §12): move by move on the live view,
 * planned again after each, never a VM twice, stopping at --max-moves or when no move gains
 * enough. The moves and the view are stubs: a move changes the view as its migration would.
 */
import { describe, expect, it } from 'vitest'
import type { PlanHost, PlanSnapshot } from '@multiverse/scheduler'
import { pino } from 'pino'
import { Rebalancer } from '../src/rebalancer.ts'

const GIB = 1024 ** 3
const host = (name: string, vms: string[]): PlanHost => ({
  id: `peer-${name}`, name, state: 'alive', lastSeenMs: 0, labels: {}, maintenance: false,
  inventory: { hostname: name, cpu: { model: 'x', sockets: 1, cores: 8, threads: 16 }, memory: { totalBytes: 32 * GIB, hugepages: [] }, numa: [], kvm: { usable: true, reason: null }, iommu: { enabled: true, reason: null }, devices: [], iommuGroups: [], warnings: [] } as never,
  allocatable: { vcpus: 16, memoryBytes: 16 * GIB },
  vms: vms.map((vm) => ({ name: vm, host: name, state: 'running', vcpus: 2, memoryBytes: 2 * GIB, devices: [] }) as never)
})

/** h1 runs six VMs, h2 and h3 none: moves go from h1; each moves the VM in the view. */
function world (fail: string[] = []): { rebalancer: Rebalancer, moved: string[], asked: unknown[] } {
  const where = new Map(Array.from({ length: 6 }, (_, i): [string, string] => [`vm${i}`, 'h1']))
  const snapshot = (): PlanSnapshot => ({
    clusterId: 'c', self: 'peer-h1', mappings: {},
    hosts: ['h1', 'h2', 'h3'].map((h) => host(h, [...where].filter(([, at]) => at === h).map(([vm]) => vm)))
  }) as never
  const moved: string[] = []
  const asked: unknown[] = []
  const rebalancer = new Rebalancer({
    planSnapshot: snapshot, ownerOf: (vm) => where.get(vm), log: pino({ level: 'silent' }), pollMs: 1,
    migrate: async (vm, to, offline) => {
      asked.push(offline)
      moved.push(vm)
      if (fail.includes(vm)) throw new Error(`${vm} stays on h1: refused`)
      where.set(vm, to)
    }
  })
  return { rebalancer, moved, asked }
}

describe('Rebalancer', () => {
  it('without --apply: the plan only, nothing moves', async () => {
    const { rebalancer, moved } = world()
    const plan = await rebalancer.run({})
    expect(plan.moves.length).toBeGreaterThan(0)
    expect([moved, plan.stopped]).toEqual([[], undefined])
  })

  it('with --apply: move by move until no move gains enough, never a VM twice, the score lower', async () => {
    const { rebalancer, moved } = world()
    const applied = await rebalancer.run({ apply: true })
    expect(applied.moves.every((m) => m.state === 'moved' && m.from === 'h1')).toBe(true)
    expect(new Set(moved).size).toBe(moved.length)
    expect(applied.stopped).toBe('no move gains enough')
    expect(applied.scoreAfter).toBeLessThan(applied.scoreBefore)
  })

  it('stops at --max-moves; a failed move is reported, its VM not tried again, and the next best is made', async () => {
    const { rebalancer, moved } = world(['vm0'])
    expect((await rebalancer.run({ apply: true, maxMoves: 2 })).stopped).toBe('--max-moves 2 reached')
    const again = world(['vm0'])
    const applied = await again.rebalancer.run({ apply: true, maxMoves: 3 })
    expect(applied.moves[0]).toMatchObject({ vm: 'vm0', state: 'failed', why: 'vm0 stays on h1: refused' })
    expect(applied.moves.slice(1).every((m) => m.state === 'moved' && m.vm !== 'vm0')).toBe(true)
    expect(moved.length).toBe(2)
  })

  it('offline moves shut their guests down as asked (--force, --timeout)', async () => {
    const { rebalancer, asked } = world()
    await rebalancer.run({ apply: true, maxMoves: 1, force: true, timeoutSeconds: 5 })
    expect(asked).toEqual([{ force: true, timeoutSeconds: 5 }])
  })

  it('a minimum gain no move reaches: nothing moves', async () => {
    const { rebalancer, moved } = world()
    expect(await rebalancer.run({ apply: true, minGain: 5 })).toMatchObject({ moves: [], stopped: 'no move gains enough' })
    expect(moved).toEqual([])
  })
})
