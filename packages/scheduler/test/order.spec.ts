/** `plan` with `order: 'fit'`: the planner picks the order that places the most VMs. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { HostInventory, VmSpec } from '@multiverse/domain'
import { parseVmSpec, plan } from '../src/index.ts'
import type { PlanResult, PlanSnapshot } from '../src/index.ts'
import { GiB, fixtureInventory, host, snapshot } from './hosts.ts'

const spec = (name: string, body: string): VmSpec => parseVmSpec(`name: ${name}\n${body}`, `${name}.yaml`)
const sized = (name: string, vcpus: number, gib: number, placement = ''): VmSpec =>
  spec(name, `vcpus: ${vcpus}\nmemory: ${gib}GiB\n${placement === '' ? '' : `placement: ${placement}\n`}`)
const where = (result: PlanResult): Record<string, string> => Object.fromEntries(result.placements.map((p) => [p.vm, p.host]))

let laptop: HostInventory
/** h1: 5 vCPUs, 4 GiB; h2: 5 vCPUs, 8 GiB. */
let tight: PlanSnapshot
beforeAll(async () => {
  laptop = await fixtureInventory('laptop')
  tight = snapshot([
    host('h1', laptop, { allocatable: { vcpus: 5, memoryBytes: 4 * GiB } }),
    host('h2', laptop, { allocatable: { vcpus: 5, memoryBytes: 8 * GiB } })
  ])
})

describe("plan, order 'fit'", () => {
  // All four fit only as v0+v2 on h2 and v1+v3 on h1. In given order v0 takes h1's memory and
  // v1+v2 leave h2 one vCPU, too few for v3; nothing moved makes room again.
  const table = (): VmSpec[] => [sized('v0', 4, 4), sized('v1', 3, 2), sized('v2', 1, 4), sized('v3', 2, 2)]

  it('places every VM of a table where the given order leaves one unplaced', () => {
    const given = plan(tight, table())
    expect(given.placements.map((p) => p.vm)).toEqual(['v0', 'v1', 'v2'])
    expect(given.unplaced.map((u) => u.vm)).toEqual(['v3'])
    expect(plan(tight, table(), { order: 'given' })).toEqual(given)

    const fit = plan(tight, table(), { order: 'fit' })
    expect(fit.unplaced).toEqual([])
    // Listed in the specs' order, whatever the order of placing.
    expect(fit.placements.map((p) => p.vm)).toEqual(['v0', 'v1', 'v2', 'v3'])
    expect(where(fit)).toEqual({ v0: 'h2', v1: 'h1', v2: 'h2', v3: 'h1' })
  })

  it('is deterministic, and the same for the specs in any given order when sizes differ', () => {
    const first = plan(tight, table(), { order: 'fit' })
    expect(plan(tight, table(), { order: 'fit' })).toEqual(first)
    const reversed = plan(tight, table().reverse(), { order: 'fit' })
    expect(where(reversed)).toEqual(where(first))
    expect(reversed.placements.map((p) => p.vm)).toEqual(['v3', 'v2', 'v1', 'v0'])
  })

  it('unplaced VMs come in the specs\' order, each with every host\'s reason', () => {
    const one = snapshot([
      host('h1', laptop, { allocatable: { vcpus: 8, memoryBytes: 6 * GiB } }),
      host('h2', laptop, { allocatable: { vcpus: 8, memoryBytes: 6 * GiB } })
    ])
    const specs = [sized('big', 2, 5), sized('a', 1, 3), sized('b', 1, 3), sized('c', 1, 3), sized('d', 1, 3), sized('e', 1, 3)]
    const given = plan(one, specs)
    expect(given.placements.map((p) => p.vm)).toEqual(['big', 'a', 'b'])
    const fit = plan(one, specs, { order: 'fit' })
    expect(fit.placements.map((p) => p.vm)).toEqual(['a', 'b', 'c', 'd'])
    // e is refused before big is tried, yet big is listed first.
    expect(fit.unplaced.map((u) => u.vm)).toEqual(['big', 'e'])
    for (const u of fit.unplaced) expect(u.reasons).toMatchObject({ h1: { host: 'h1', code: 'memory' }, h2: { host: 'h2', code: 'memory' } })
    const told = plan(one, specs, { order: 'fit', explain: true })
    expect(told.unplaced.map((u) => u.reasons)).toEqual(fit.unplaced.map((u) => u.reasons))
    expect(told.unplaced.every((u) => u.evaluations.length === 2)).toBe(true)
  })

  it('places a group before a smaller VM whose affinity follows it', () => {
    const big = snapshot([host('h1', laptop, { allocatable: { vcpus: 8, memoryBytes: 8 * GiB } }), host('h2', laptop, { allocatable: { vcpus: 8, memoryBytes: 8 * GiB } })])
    const specs = [sized('web', 1, 1, '{ affinity: [db] }'), sized('db', 2, 4, '{ group: db, host: h2 }')]
    expect(where(plan(big, specs, { order: 'fit' }))).toEqual({ web: 'h2', db: 'h2' })
  })

  it('groups that name each other: the first by size goes first, the other avoids it', () => {
    const big = snapshot([host('h1', laptop, { allocatable: { vcpus: 8, memoryBytes: 8 * GiB } }), host('h2', laptop, { allocatable: { vcpus: 8, memoryBytes: 8 * GiB } })])
    const specs = [sized('x', 2, 2, '{ group: gx, antiAffinity: [gy] }'), sized('y', 1, 1, '{ group: gy, antiAffinity: [gx] }')]
    const result = plan(big, specs, { order: 'fit' })
    expect(result.unplaced).toEqual([])
    expect(new Set(Object.values(where(result))).size).toBe(2)
  })
})
