/**
 * Hugepages (docs/architecture.md §5, memory never overcommitted): a VM whose spec asks for them takes whole
 * pages from the host's pool of that page size, counted against the pool's total less the pages
 * the host's VMs of that size hold; a VM without takes ordinary memory, of which the pools are
 * no part. The fixture `server` has 8192 pages of 2MiB (6144 free) and 64 of 1GiB (48 free);
 * `homeserver` has 16384 pages of 2MiB and none of 1GiB.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { HostInventory, VmSpec } from '@multiverse/domain'
import { capacity, evacuate, parseSnapshot, parseVmSpec, plan, rebalance, verifyHold } from '../src/index.ts'
import type { PlacedVm, PlanHost } from '../src/index.ts'
import { GiB, device, host, inventory, snapshot, vm } from './hosts.ts'
import { fixtureInventory } from './hosts.ts'

const MiB = 1024 ** 2
let server: HostInventory
let homeserver: HostInventory
beforeAll(async () => {
  server = await fixtureInventory('server')
  homeserver = await fixtureInventory('homeserver')
})

const spec = (memory: string, hugepages: string | null, name = 'guest', extra = ''): VmSpec =>
  parseVmSpec(`name: ${name}\nvcpus: 2\nmemory: ${memory}\n${hugepages === null ? '' : `hugepages: ${hugepages}\n`}${extra}`, `${name}.yaml`)
/** A host from a fixture machine offering 16GiB of ordinary memory (its pools apart). */
const on = (name: string, inv: () => HostInventory, vms: PlacedVm[] = [], opts: Partial<PlanHost> = {}): PlanHost =>
  host(name, inv(), { allocatable: { vcpus: 56, memoryBytes: 16 * GiB }, vms, ...opts })
/** A VM backed by `page`-byte hugepages, holding `pages` of them. */
const paged = (name: string, hostName: string, pages: number, page: number, opts: Partial<PlacedVm> = {}): PlacedVm =>
  vm(name, hostName, { memoryBytes: pages * page, hugepageBytes: page, ...opts })

function reasonOn (h: PlanHost, s: VmSpec): unknown {
  const result = plan(snapshot([h]), [s])
  return result.unplaced[0]?.reasons[h.name] ?? 'fits'
}

describe('hugepages: the memory filter', () => {
  it.each<[string, () => PlanHost, () => VmSpec, unknown]>([
    ['2MiB pages from the 2MiB pool', () => on('h', () => server), () => spec('8GiB', '2MiB'), 'fits'],
    ['the pool\'s total, not the inventory\'s free count (6144)', () => on('h', () => server), () => spec('14000MiB', '2MiB'), 'fits'],
    ['the whole 2MiB pool fits', () => on('h', () => server), () => spec('16GiB', '2MiB'), 'fits'],
    ['one page more than the pool', () => on('h', () => server), () => spec('16386MiB', '2MiB'),
      { code: 'memory', detail: 'wants 8193 pages of 2 MiB, 8192 free' }],
    ['pages held by the host\'s VMs of that size count', () => on('h', () => server, [paged('a', 'h', 6000, 2 * MiB), paged('b', 'h', 96, 2 * MiB)]),
      () => spec('8GiB', '2MiB'), { code: 'memory', detail: 'wants 4096 pages of 2 MiB, 2096 free' }],
    ['pages of another size do not count', () => on('h', () => server, [paged('a', 'h', 8192, 2 * MiB)]), () => spec('64GiB', '1GiB'), 'fits'],
    ['1GiB pages: one more than the pool', () => on('h', () => server, [paged('a', 'h', 10, GiB)]), () => spec('55GiB', '1GiB'),
      { code: 'memory', detail: 'wants 55 pages of 1 GiB, 54 free' }],
    ['a host without a pool of that size', () => on('h', () => homeserver), () => spec('4GiB', '1GiB'),
      { code: 'memory', detail: 'wants 4 pages of 1 GiB, host has no 1 GiB hugepages (pools of 2 MiB)' }],
    ['a host with no pool at all', () => host('h', inventory([device('0000:01:00.0')]), { allocatable: { vcpus: 16, memoryBytes: 64 * GiB } }), () => spec('2GiB', '2MiB'),
      { code: 'memory', detail: 'wants 1024 pages of 2 MiB, host has no 2 MiB hugepages (no hugepage pool at all)' }],
    ['a hugepage VM takes no ordinary memory', () => on('h', () => server, [vm('a', 'h', { memoryBytes: 16 * GiB })]), () => spec('32GiB', '1GiB'), 'fits'],
    ['an ordinary VM never draws on the pools', () => on('h', () => server), () => spec('17GiB', null),
      { code: 'memory', detail: 'wants 17 GiB, 16 GiB of 16 GiB free' }],
    ['hugepage VMs hold no ordinary memory', () => on('h', () => server, [paged('a', 'h', 64, GiB), paged('b', 'h', 8192, 2 * MiB)]), () => spec('16GiB', null), 'fits'],
    ['ordinary VMs count as before', () => on('h', () => server, [vm('a', 'h', { memoryBytes: 15 * GiB })]), () => spec('2GiB', null),
      { code: 'memory', detail: 'wants 2 GiB, 1 GiB of 16 GiB free' }]
  ])('%s', (_name, h, s, expected) => {
    const got = reasonOn(h(), s())
    if (typeof expected === 'string') expect(got).toBe(expected)
    else expect(got).toMatchObject({ host: 'h', ...expected as object })
  })

  it('the planner keeps the pages each placement takes: the third 24GiB of 1GiB pages does not fit', () => {
    const specs = ['a', 'b', 'c'].map((n) => spec('24GiB', '1GiB', n))
    const result = plan(snapshot([on('server', () => server)]), specs)
    expect(result.placements.map((p) => p.vm)).toEqual(['a', 'b'])
    expect(result.unplaced[0]).toMatchObject({ vm: 'c', reasons: { server: { code: 'memory', detail: 'wants 24 pages of 1 GiB, 16 free' } } })
  })

  it('a hugepage VM goes only where its pool is; binpack fills the fuller pool first', () => {
    const hosts = [on('home', () => homeserver), on('server', () => server, [paged('x', 'server', 4096, 2 * MiB)])]
    const result = plan(snapshot(hosts), [spec('4GiB', '1GiB', 'big'), spec('4GiB', '2MiB', 'small')], { explain: true })
    expect(result.placements.map((p) => [p.vm, p.host])).toEqual([['big', 'server'], ['small', 'server']])
    const evaluations = result.placements[0]!.evaluations
    expect(evaluations.find((e) => e.host === 'home')).toMatchObject({ fits: false, reason: { code: 'memory' } })
  })

  it('a plan makes room by moving one of its own 1GiB VMs to the other host\'s pool', () => {
    const specs = [spec('20GiB', '1GiB', 'a'), spec('20GiB', '1GiB', 'b'), spec('30GiB', '1GiB', 'c'), spec('40GiB', '1GiB', 'd')]
    const result = plan(snapshot([on('s1', () => server), on('s2', () => server)]), specs)
    expect(result.unplaced).toEqual([])
    const pages: Record<string, number> = {}
    for (const p of result.placements) pages[p.host] = (pages[p.host] ?? 0) + specs.find((s) => s.name === p.vm)!.memoryBytes / GiB
    expect(pages).toEqual({ s1: 60, s2: 50 })
  })

  it('never overcommits ordinary memory or a pool, whatever the mix (seeded, given and fit order)', () => {
    let seed = 7
    const next = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n }
    for (let round = 0; round < 20; round++) {
      const specs = Array.from({ length: 30 }, (_, i) => {
        const kind = next(3)
        return kind === 0 ? spec(`${1 + next(8)}GiB`, null, `o${i}`) : kind === 1 ? spec(`${2 * (1 + next(2000))}MiB`, '2MiB', `m${i}`) : spec(`${1 + next(24)}GiB`, '1GiB', `g${i}`)
      })
      const hosts = [on('home', () => homeserver), on('s1', () => server), on('s2', () => server, [paged('x', 's2', 30, GiB)])]
      for (const order of ['given', 'fit'] as const) {
        const result = plan(snapshot(hosts), specs, { order })
        for (const h of hosts) {
          const here = result.placements.filter((p) => p.host === h.name).map((p) => specs.find((s) => s.name === p.vm)!)
          const all = [...h.vms.map((v) => ({ memoryBytes: v.memoryBytes, hugepageBytes: v.hugepageBytes ?? null })), ...here]
          expect(all.filter((v) => v.hugepageBytes === null).reduce((n, v) => n + v.memoryBytes, 0)).toBeLessThanOrEqual(h.allocatable.memoryBytes)
          for (const pool of h.inventory.memory.hugepages) {
            const used = all.filter((v) => v.hugepageBytes === pool.sizeBytes).reduce((n, v) => n + v.memoryBytes / pool.sizeBytes, 0)
            expect(used).toBeLessThanOrEqual(pool.total)
          }
        }
      }
    }
  })

  it('plan --order fit places hugepage VMs by their share of the pools', () => {
    const specs = [spec('40GiB', '1GiB', 'huge'), spec('30GiB', '1GiB', 'large'), spec('20GiB', '1GiB', 'mid')]
    const given = plan(snapshot([on('server', () => server)]), specs)
    const fit = plan(snapshot([on('server', () => server)]), specs, { order: 'fit' })
    expect(given.placements.map((p) => p.vm)).toEqual(['huge', 'mid'])
    expect(fit.placements.map((p) => p.vm).sort()).toEqual(['large', 'mid'])
  })
})

describe('hugepages: capacity, evacuation, rebalancing', () => {
  it('capacity counts pages: 8 copies of 8GiB in 1GiB pages on the server, none on the homeserver', () => {
    const report = capacity(snapshot([on('home', () => homeserver), on('server', () => server)]), spec('8GiB', '1GiB'))
    expect(report).toMatchObject({ total: 8, byHost: { home: 0, server: 8 }, limitedBy: { home: 'memory', server: 'memory' } })
  })

  it('capacity of ordinary VMs ignores the pools', () => {
    const report = capacity(snapshot([on('server', () => server)]), spec('4GiB', null))
    expect(report).toMatchObject({ total: 4, byHost: { server: 4 }, limitedBy: { server: 'memory' } })
  })

  it.each<[string, () => PlacedVm, string[], unknown]>([
    ['with its spec: to the host with a 1GiB pool', () => ({ ...paged('v', 'a', 8, GiB), spec: spec('8GiB', '1GiB', 'v') }), ['home', 'b'], { moves: [{ vm: 'v', to: 'b' }], stuck: [] }],
    ['without a spec: hugepageBytes alone keeps it off hosts without the pool', () => paged('v', 'a', 8, GiB), ['home', 'b'], { moves: [{ vm: 'v', to: 'b' }], stuck: [] }],
    ['no other host has the pool: stuck, with the reason', () => paged('v', 'a', 8, GiB), ['home'],
      { moves: [], stuck: [{ vm: 'v', reasons: { home: { code: 'memory', detail: 'wants 8 pages of 1 GiB, host has no 1 GiB hugepages (pools of 2 MiB)' } } }] }],
    ['2MiB pages may go to the homeserver', () => paged('v', 'a', 4096, 2 * MiB), ['home'], { moves: [{ vm: 'v', to: 'home' }], stuck: [] }]
  ])('evacuate: %s', (_name, make, others, expected) => {
    const hosts = [on('a', () => server, [make()]), ...others.map((n) => n === 'home' ? on('home', () => homeserver) : on(n, () => server))]
    expect(evacuate(snapshot(hosts), 'a')).toMatchObject(expected as object)
  })

  it('rebalance never moves a 1GiB-page VM to a host without the pool', () => {
    const vms = Array.from({ length: 6 }, (_, i) => paged(`v${i}`, 'a', 8, GiB))
    const result = rebalance(snapshot([on('a', () => server, [...vms, vm('o', 'a', { memoryBytes: 12 * GiB })]), on('home', () => homeserver)]), { minGain: 0 })
    for (const move of result.moves) expect(move.vm).toBe('o')
  })
})

describe('hugepages: the target\'s check of a hold (verifyHold)', () => {
  const hold = (memoryBytes: number, hugepageBytes: number | null) => ({ vcpus: 1, memoryBytes, hugepageBytes, diskBytes: 0, devices: [] })
  it.each<[string, () => PlanHost, ReturnType<typeof hold>, unknown]>([
    ['pages free in the pool', () => on('h', () => server, [paged('a', 'h', 60, GiB)]), hold(4 * GiB, GiB), { ok: true }],
    ['pages held count against the total', () => on('h', () => server, [paged('a', 'h', 61, GiB)]), hold(4 * GiB, GiB),
      { ok: false, code: 'memory', detail: 'wants 4 pages of 1 GiB, 3 free' }],
    ['no pool of that size', () => on('h', () => homeserver), hold(4 * GiB, GiB), { ok: false, code: 'memory', detail: 'wants 4 pages of 1 GiB, host has no 1 GiB hugepages' }],
    ['not whole pages', () => on('h', () => server), hold(3 * MiB, 2 * MiB),
      { ok: false, code: 'memory', detail: `wants ${3 * MiB} bytes of memory, not a whole number of 2 MiB pages` }],
    ['an ordinary hold ignores hugepage VMs', () => on('h', () => server, [paged('a', 'h', 64, GiB)]), hold(16 * GiB, null), { ok: true }],
    ['an ordinary hold counts ordinary VMs', () => on('h', () => server, [vm('a', 'h', { memoryBytes: 10 * GiB })]), hold(8 * GiB, null),
      { ok: false, code: 'memory', detail: `wants ${8 * GiB} bytes of memory, ${6 * GiB} free` }],
    ['a hold without the field is ordinary memory', () => on('h', () => server), { vcpus: 1, memoryBytes: 17 * GiB, diskBytes: 0, devices: [] } as never,
      { ok: false, code: 'memory' }]
  ])('%s', (_name, h, asked, expected) => {
    expect(verifyHold(h(), asked)).toMatchObject(expected as object)
  })
})

describe('hugepages: snapshots', () => {
  const text = (vms: unknown[]): string => {
    const { mappings: _, ...status } = snapshot([on('server', () => server)])
    return JSON.stringify({ ...status, hosts: status.hosts.map((h) => ({ ...h, vms })) })
  }
  it.each<[string, unknown, number | undefined]>([
    ['null is ordinary memory', { name: 'a', vcpus: 1, memoryBytes: GiB, hugepageBytes: null }, undefined],
    ['absent is ordinary memory', { name: 'a', vcpus: 1, memoryBytes: GiB }, undefined],
    ['a page size is kept', { name: 'a', vcpus: 1, memoryBytes: GiB, hugepageBytes: 2 * MiB }, 2 * MiB],
    ['absent, but the spec asks for hugepages', { name: 'a', vcpus: 1, memoryBytes: 2 * GiB, spec: { name: 'a', vcpus: 1, memory: '2GiB', hugepages: '1GiB' } }, GiB]
  ])('%s', (_name, placed, expected) => {
    expect(parseSnapshot(text([placed]), 'snap.json').hosts[0]!.vms[0]!.hugepageBytes).toBe(expected)
  })

  it('refuses a page size that is not one', () => {
    expect(() => parseSnapshot(text([{ name: 'a', vcpus: 1, memoryBytes: GiB, hugepageBytes: 3000 }]), 'snap.json'))
      .toThrow('snap.json: not a cluster snapshot: hosts[0].vms[0].hugepageBytes: a page size: a power of two of at least 4096')
  })
})
