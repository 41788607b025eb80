/**
 * Anti-affinity holds both ways: a VM that names a group keeps that group's VMs off its host
 * whichever was placed first, and whether or not they name it back; in plan (both orders, both
 * strategies, repair included), evacuate, rebalance, capacity and the target's check of a hold.
 */
import { describe, expect, it } from 'vitest'
import type { VmSpec } from '@multiverse/domain'
import {
  antiAffinityIn, antiAffinityOf, capacity, compileRequest, conflicts, evacuate, moveRequest, parseSnapshot, plan, rebalance, sideOf, verifyHold
} from '../src/index.ts'
import type { PlacedVm, PlanHost, PlanOrder, PlanResult, Strategy } from '../src/index.ts'
import { GiB, plainHost, spec } from './cluster.ts'
import { snapshot, vm } from './hosts.ts'

const ORDERS: PlanOrder[] = ['given', 'fit']
const STRATEGIES: Strategy[] = ['binpack', 'spread']
const small = (name: string, placement = ''): VmSpec => spec(name, `vcpus: 1\nmemory: 1GiB\n${placement === '' ? '' : `placement: ${placement}\n`}`)
const hosts = (n: number, opts: Partial<PlanHost> = {}): PlanHost[] =>
  Array.from({ length: n }, (_, i) => plainHost(`h${i + 1}`, { allocatable: { vcpus: 8, memoryBytes: 16 * GiB }, ...opts }))
const webs = (n: number, placement = '{ group: web }'): VmSpec[] => Array.from({ length: n }, (_, i) => small(`web${i + 1}`, placement))
const hostOf = (result: PlanResult): Record<string, string> => Object.fromEntries(result.placements.map((p) => [p.vm, p.host]))

/** What a VM is for the rule, as the issue states it: its group and the groups it names. */
interface Named { name: string, group: string | null, names: readonly string[] }
const named = (s: VmSpec): Named => ({ name: s.name, group: s.placement.group, names: s.placement.antiAffinity })

/**
 * Pairs of VMs sharing a host where one names a group of the other, written from the rule
 * itself rather than from the scheduler's code, over the snapshot's VMs and the plan's.
 */
function broken (result: PlanResult, specs: readonly VmSpec[], placed: readonly PlacedVm[] = []): string[] {
  const bySpec = new Map(specs.map((s) => [s.name, named(s)]))
  const on = new Map<string, Named[]>()
  const put = (host: string, v: Named): void => { on.set(host, [...(on.get(host) ?? []), v]) }
  for (const v of placed) put(v.host, { name: v.name, group: v.group ?? null, names: v.antiAffinity ?? v.spec?.placement.antiAffinity ?? [] })
  for (const p of result.placements) put(p.host, bySpec.get(p.vm)!)
  const out: string[] = []
  for (const [host, vms] of on) {
    for (const a of vms) {
      for (const b of vms) {
        if (a !== b && b.group !== null && a.names.includes(b.group)) out.push(`${host}: ${a.name} names ${b.group}, the group of ${b.name}`)
      }
    }
  }
  return out
}

describe('the relation', () => {
  const placed = (group: string | null, names: string[]): PlacedVm => vm('p', 'h', { ...(group === null ? {} : { group }), antiAffinity: names })
  it.each<[string, [string | null, string[]], [string | null, string[]], boolean]>([
    ['a names the group of b', ['cache', ['web']], ['web', []], true],
    ['b names the group of a', ['web', []], ['cache', ['web']], true],
    ['both name each other', ['x', ['y']], ['y', ['x']], true],
    ['one group that names itself', ['web', ['web']], ['web', ['web']], true],
    ['a names itself, b of another group', ['web', ['web']], ['db', []], false],
    ['groups, but nobody names the other', ['web', ['db']], ['cache', []], false],
    ['no groups at all', [null, ['web']], [null, ['cache']], false]
  ])('%s', (_name, [aGroup, aNames], [bGroup, bNames], expected) => {
    const a = placed(aGroup, aNames)
    const b = placed(bGroup, bNames)
    expect(conflicts({ group: aGroup, antiAffinity: aNames }, sideOf(b))).toBe(expected)
    // Symmetric: asked the other way round, the same answer.
    expect(conflicts({ group: bGroup, antiAffinity: bNames }, sideOf(a))).toBe(expected)
  })

  it('a placed VM\'s groups: its record\'s, else its spec\'s, else none', () => {
    expect(antiAffinityOf(vm('a', 'h', { antiAffinity: ['web'] }))).toEqual(['web'])
    expect(antiAffinityOf(vm('a', 'h', { spec: small('a', '{ antiAffinity: [db] }') }))).toEqual(['db'])
    expect(antiAffinityOf(vm('a', 'h'))).toEqual([])
  })

  it.each<[string, unknown, string[]]>([
    ['a spec document naming groups', { name: 'a', placement: { antiAffinity: ['web', 'db'] } }, ['web', 'db']],
    ['no placement', { name: 'a' }, []],
    ['no spec', null, []],
    ['not a mapping', 'name: a', []],
    ['placement not a mapping', { placement: ['web'] }, []],
    ['antiAffinity not a list', { placement: { antiAffinity: 'web' } }, []]
  ])('antiAffinityIn: %s', (_name, document, expected) => {
    expect(antiAffinityIn(document)).toEqual(expected)
  })
})

describe('plan: anti-affinity both ways round', () => {
  const cases: [string, () => VmSpec[]][] = [
    ['cache names web and is placed first, then four web VMs that name nothing', () => [small('cache', '{ group: cache, antiAffinity: [web] }'), ...webs(4)]],
    ['four web VMs that name nothing are placed first, then cache naming web', () => [...webs(4), small('cache', '{ group: cache, antiAffinity: [web] }')]],
    ['web VMs name cache; cache, naming nothing, is placed first', () => [small('cache', '{ group: cache }'), ...webs(4, '{ group: web, antiAffinity: [cache] }')]],
    ['web VMs name cache; cache, naming nothing, is placed last', () => [...webs(4, '{ group: web, antiAffinity: [cache] }'), small('cache', '{ group: cache }')]],
    ['cache has no group of its own and names web', () => [small('cache', '{ antiAffinity: [web] }'), ...webs(4)]]
  ]
  for (const order of ORDERS) {
    for (const strategy of STRATEGIES) {
      it.each(cases)(`%s (${order}, ${strategy}): every VM placed, none of web on cache's host`, (_name, specs) => {
        const result = plan(snapshot(hosts(3)), specs(), { order, strategy })
        expect(result.unplaced).toEqual([])
        const at = hostOf(result)
        expect(Object.entries(at).filter(([name, host]) => name.startsWith('web') && host === at.cache)).toEqual([])
        expect(broken(result, specs())).toEqual([])
      })
    }
  }

  it('cache placed first takes the first host and the four web VMs bin-pack on the next (they landed on it before)', () => {
    const result = plan(snapshot(hosts(3)), [small('cache', '{ antiAffinity: [web] }'), ...webs(4)])
    expect(hostOf(result)).toEqual({ cache: 'h1', web1: 'h2', web2: 'h2', web3: 'h2', web4: 'h2' })
  })

  it('the refusal says which VM names which group, either way round', () => {
    const one = hosts(1)
    const reason = (specs: VmSpec[]): unknown => plan(snapshot(one), specs).unplaced[0]?.reasons.h1
    expect(reason([small('cache', '{ antiAffinity: [web] }'), small('web1', '{ group: web }')]))
      .toEqual({ host: 'h1', code: 'anti-affinity', detail: 'vm cache on this host names group web in its antiAffinity' })
    expect(reason([small('web1', '{ group: web }'), small('cache', '{ antiAffinity: [web] }')]))
      .toEqual({ host: 'h1', code: 'anti-affinity', detail: 'vm web1 of group web is on this host' })
  })

  it.each<[string, PlacedVm]>([
    ['its record names web (a live host\'s VM)', vm('cache', 'h1', { group: 'cache', antiAffinity: ['web'] })],
    ['its spec names web (a snapshot file\'s VM)', vm('cache', 'h1', { group: 'cache', spec: small('cache', '{ group: cache, antiAffinity: [web] }') })]
  ])('a VM of the snapshot keeps planned VMs of the groups it names off its host: %s', (_name, cache) => {
    const [h1, ...rest] = hosts(3)
    const cluster = snapshot([{ ...h1!, vms: [cache] }, ...rest])
    for (const order of ORDERS) {
      const result = plan(cluster, webs(4), { order })
      expect(result.unplaced).toEqual([])
      expect(result.placements.map((p) => p.host)).not.toContain('h1')
    }
  })

  it('a VM of the snapshot in a group keeps off its host a planned VM naming that group (as before)', () => {
    const [h1, ...rest] = hosts(2)
    const result = plan(snapshot([{ ...h1!, vms: [vm('web0', 'h1', { group: 'web' })] }, ...rest]), [small('cache', '{ antiAffinity: [web] }')])
    expect(hostOf(result)).toEqual({ cache: 'h2' })
  })

  it.each(ORDERS)('anti-affinity orders nothing (%s): the pinned router gets its host, the VM naming routers moves', (order) => {
    const specs = [small('quiet', '{ antiAffinity: [routers] }'), spec('router', 'vcpus: 2\nmemory: 4GiB\nplacement: { group: routers, host: h1 }')]
    expect(hostOf(plan(snapshot(hosts(2)), specs, { order }))).toEqual({ quiet: 'h2', router: 'h1' })
  })

  it('repair never accepts a move that puts a VM beside one it conflicts with (tables of random groups)', () => {
    let seed = 7
    const random = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31 }
    const groups = ['a', 'b', 'c']
    for (let round = 0; round < 40; round++) {
      const cluster = Array.from({ length: 3 + Math.floor(random() * 3) }, (_, i) =>
        plainHost(`h${i + 1}`, { allocatable: { vcpus: 8, memoryBytes: (6 + Math.floor(random() * 6)) * GiB } }))
      const specs = Array.from({ length: 6 + Math.floor(random() * 8) }, (_, i) => {
        // The first three are one per group, so that every group named is some VM's.
        const group = i < groups.length ? groups[i]! : random() < 0.7 ? groups[Math.floor(random() * groups.length)]! : null
        const names = groups.filter(() => random() < 0.25)
        return spec(`v${i}`, `vcpus: 1\nmemory: ${1 + Math.floor(random() * 4)}GiB\nplacement: { ${group === null ? '' : `group: ${group}, `}antiAffinity: [${names.join(', ')}] }`)
      })
      for (const order of ORDERS) {
        for (const strategy of STRATEGIES) {
          const result = plan(snapshot(cluster), specs, { order, strategy })
          expect(broken(result, specs), `round ${round}, ${order}, ${strategy}`).toEqual([])
        }
      }
    }
  })
})

describe('evacuate, rebalance and capacity: anti-affinity both ways round', () => {
  const cacheRecord = (host: string): PlacedVm => vm('cache', host, { group: 'cache', antiAffinity: ['web'] })
  const webVm = (name: string, host: string, opts: Partial<PlacedVm> = {}): PlacedVm => vm(name, host, { group: 'web', memoryBytes: 6 * GiB, vcpus: 2, ...opts })

  it('evacuate: web VMs naming nothing go only where no VM names web', () => {
    const cluster = snapshot([
      plainHost('a', { vms: [cacheRecord('a')] }), plainHost('b'),
      plainHost('src', { vms: [webVm('web1', 'src'), webVm('web2', 'src')] })
    ])
    // binpack would pick a, the fuller host; cache there names web.
    expect(evacuate(cluster, 'src')).toMatchObject({ moves: [{ vm: 'web1', to: 'b' }, { vm: 'web2', to: 'b' }], stuck: [] })
  })

  it('evacuate: a VM whose record names web (no spec) avoids the hosts of web', () => {
    const cluster = snapshot([plainHost('a', { vms: [webVm('web1', 'a')] }), plainHost('b'), plainHost('src', { vms: [cacheRecord('src')] })])
    expect(evacuate(cluster, 'src').moves).toMatchObject([{ vm: 'cache', to: 'b' }])
    const move = moveRequest(cacheRecord('src'), cluster.hosts[2]!, {})
    expect(move.ok && [...move.request.antiAffinity]).toEqual(['web'])
  })

  it('evacuate: stuck with the reason when only the host of a VM naming web is left', () => {
    const cluster = snapshot([plainHost('a', { vms: [cacheRecord('a')] }), plainHost('src', { vms: [webVm('web1', 'src')] })])
    expect(evacuate(cluster, 'src').stuck).toEqual([{
      vm: 'web1', reasons: { a: { host: 'a', code: 'anti-affinity', detail: 'vm cache on this host names group web in its antiAffinity' } }
    }])
  })

  it('rebalance: never moves a web VM to the host of a VM that names web', () => {
    const cluster = snapshot([
      plainHost('h1', { vms: Array.from({ length: 6 }, (_, i) => webVm(`web${i}`, 'h1')) }),
      plainHost('h2', { vms: [cacheRecord('h2')] }), plainHost('h3')
    ])
    const moves = rebalance(cluster, { minGain: 0, maxMoves: 10 }).moves
    expect(moves.length).toBeGreaterThan(0)
    expect(moves.filter((m) => m.to === 'h2')).toEqual([])
  })

  it('rebalance: a VM naming web moves only where there is no web', () => {
    const cache = vm('cache', 'h1', { vcpus: 8, memoryBytes: 30 * GiB, antiAffinity: ['web'] })
    const cluster = snapshot([plainHost('h1', { vms: [cache, vm('x', 'h1', { vcpus: 8, memoryBytes: 20 * GiB })] }), plainHost('h2', { vms: [webVm('web1', 'h2')] })])
    expect(rebalance(cluster, { minGain: 0 }).moves.map((m) => m.vm)).not.toContain('cache')
  })

  it('capacity: copies of a web VM are not counted on the host of a VM that names web', () => {
    const cluster = snapshot([plainHost('a', { vms: [cacheRecord('a')] }), plainHost('b', { allocatable: { vcpus: 4, memoryBytes: 60 * GiB } })])
    // b's first copy has the web group's name in the plan, so checkGroups knows it.
    expect(capacity(cluster, small('w', '{ group: web }'))).toEqual({ total: 4, byHost: { a: 0, b: 4 }, limitedBy: { a: 'anti-affinity', b: 'vcpus' }, capped: false })
  })
})

describe('verifyHold: anti-affinity both ways round', () => {
  const hold = (group: string | null, antiAffinity: string[] = []) => ({ vcpus: 1, memoryBytes: GiB, diskBytes: 0, devices: [], group, antiAffinity })
  it.each<[string, PlacedVm[], ReturnType<typeof hold>, unknown]>([
    ['a web hold beside a VM whose record names web', [vm('cache', 'h', { antiAffinity: ['web'] })], hold('web'),
      { ok: false, code: 'anti-affinity', detail: 'vm cache on this host names group web in its antiAffinity' }],
    ['a web hold beside a VM whose spec names web', [vm('cache', 'h', { spec: small('cache', '{ antiAffinity: [web] }') })], hold('web'), { ok: false, code: 'anti-affinity' }],
    ['a hold naming web beside a web VM', [vm('web1', 'h', { group: 'web' })], hold('cache', ['web']),
      { ok: false, code: 'anti-affinity', detail: 'vm web1 of group web is on this host' }],
    ['a web hold beside a VM that names another group', [vm('cache', 'h', { antiAffinity: ['db'] })], hold('web'), { ok: true }],
    ['a hold with no group beside a VM naming web', [vm('cache', 'h', { antiAffinity: ['web'] })], hold(null), { ok: true }],
    ['a hold without the fields is in no group', [vm('cache', 'h', { antiAffinity: ['web'] })], { vcpus: 1, memoryBytes: GiB, diskBytes: 0, devices: [] } as never, { ok: true }]
  ])('%s', (_name, vms, asked, expected) => {
    expect(verifyHold(plainHost('h', { vms }), asked)).toMatchObject(expected as object)
  })
})

describe('records and snapshots carry a placed VM\'s anti-affinity', () => {
  it('a VM the planner placed keeps what its spec names, for the VMs placed after it', () => {
    const request = compileRequest(small('cache', '{ group: cache, antiAffinity: [web] }'), {})
    expect(request.group).toBe('cache')
    const result = plan(snapshot(hosts(2)), [small('cache', '{ group: cache, antiAffinity: [web] }'), small('web1', '{ group: web }')], { explain: true })
    expect(result.placements[1]!.evaluations.find((e) => e.host === 'h1')).toMatchObject({ fits: false, reason: { code: 'anti-affinity' } })
  })

  it('parseSnapshot keeps a VM\'s antiAffinity field', () => {
    const { mappings: _, ...status } = snapshot([plainHost('h')])
    const text = JSON.stringify({ ...status, hosts: status.hosts.map((h) => ({ ...h, vms: [{ name: 'a', vcpus: 1, memoryBytes: 1, antiAffinity: ['web'] }] })) })
    expect(parseSnapshot(text, 'snap.json').hosts[0]!.vms[0]!.antiAffinity).toEqual(['web'])
  })
})
