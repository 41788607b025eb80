import { describe, expect, it } from 'vitest'
import type { HostAdvert, HostInventory, HostVm } from '@multiverse/domain'
import { ClusterView, stateOf } from '../src/view.ts'

const CLUSTER = 'a'.repeat(32)
const inventory = { hostname: 'h', devices: [], iommuGroups: [] } as unknown as HostInventory
const advert = (seq: number, clusterId = CLUSTER): HostAdvert => ({
  clusterId, seq, name: 'h2', inventory, allocatable: { vcpus: 4, memoryBytes: 1 }, labels: {}, addresses: [], issuedAtMs: 0, vms: [], maintenance: false
})

describe('stateOf', () => {
  it.each([
    [null, 0, 'dead'], [1000, 1000, 'alive'], [1000, 3999, 'alive'], [1000, 4000, 'suspect'],
    [1000, 10_999, 'suspect'], [1000, 11_000, 'dead']
  ] as const)('last seen %s, now %i: %s', (seen, now, state) => {
    expect(stateOf(seen, now)).toBe(state)
  })
})

describe('ClusterView', () => {
  it('takes newer adverts, refuses older or equal ones as replays, and other clusters', () => {
    const view = new ClusterView(CLUSTER, 'self')
    expect(view.acceptAdvert('h2', advert(5), new Uint8Array([5]), 100, true)).toBe('accepted')
    expect(view.acceptAdvert('h2', advert(5), new Uint8Array([5]), 200, true)).toBe('duplicate')
    expect(view.acceptAdvert('h2', advert(4), new Uint8Array([4]), 200, true)).toBe('replayed')
    expect(view.acceptAdvert('h2', advert(9, 'b'.repeat(32)), new Uint8Array([9]), 200, true)).toBe('wrong-cluster')
    expect(view.get('h2')).toMatchObject({ lastSeenMs: 100, envelope: new Uint8Array([5]) })
  })

  it('an advert from a sync does not prove its origin alive, and an older one there is no replay', () => {
    const view = new ClusterView(CLUSTER, 'self')
    view.acceptAdvert('h2', advert(5), new Uint8Array(), 100, false)
    expect(view.get('h2')!.lastSeenMs).toBeNull()
    expect(view.acceptAdvert('h2', advert(4), new Uint8Array(), 100, false)).toBe('duplicate')
  })

  it('heartbeats: each newer beat refreshes, an old one is ignored, a newer advert seq asks for sync', () => {
    const view = new ClusterView(CLUSTER, 'self')
    view.acceptAdvert('h2', advert(5), new Uint8Array(), 100, true)
    expect(view.acceptHeartbeat('h2', 10, 5, 1000)).toBe('accepted')
    expect(view.acceptHeartbeat('h2', 10, 5, 2000)).toBe('duplicate')
    expect(view.acceptHeartbeat('h2', 9, 5, 2000)).toBe('duplicate')
    expect(view.acceptHeartbeat('h2', 11, 6, 3000)).toBe('stale-advert')
    expect(view.get('h2')!.lastSeenMs).toBe(3000)
  })

  it('the snapshot lists members only, itself always alive', () => {
    const view = new ClusterView(CLUSTER, 'self')
    view.restore('self', { ...advert(1), name: 'h1' }, new Uint8Array(), 0)
    view.acceptAdvert('h2', advert(1), new Uint8Array(), 0, true)
    view.acceptAdvert('h3', { ...advert(1), name: 'h3' }, new Uint8Array(), 0, true)
    const snapshot = view.snapshot(20_000, (id) => id !== 'h3')
    expect(snapshot.hosts.map((h) => [h.name, h.state])).toEqual([['h1', 'alive'], ['h2', 'dead']])
  })

  describe('one owner per VM while a migration commits', () => {
    const vm = (name: string, state: HostVm['state'], generation?: number): HostVm => ({
      name, state, vcpus: 1, memoryBytes: 1, hugepageBytes: null, diskBytes: 0, devices: [], group: null, spec: null,
      ...(generation === undefined ? {} : { generation }),
      ...(state === 'reserved' ? { lease: { id: 'f'.repeat(32), expiresAtMs: 1, holder: 'h1' } } : {})
    })
    const owners = (h1: HostVm[], h2: HostVm[]): Array<[string, string[]]> => {
      const view = new ClusterView(CLUSTER, 'self')
      view.acceptAdvert('h1', { ...advert(1), name: 'h1', vms: h1 }, new Uint8Array(), 0, true)
      view.acceptAdvert('h2', { ...advert(1), vms: h2 }, new Uint8Array(), 0, true)
      return view.snapshot(0, () => true).hosts.map((h) => [h.name, h.vms.map((v) => `${v.name}:${v.state}`)])
    }
    it.each([
      ['the target committed (generation 1), the source not cleaned up yet: the target owns it',
        [vm('web', 'stopped')], [vm('web', 'running', 1)], [['h1', []], ['h2', ['web:running']]]],
      ['a second migration back: generation 2 beats 1', [vm('web', 'running', 2)], [vm('web', 'running', 1)], [['h1', ['web:running']], ['h2', []]]],
      ['a lease of the same name is no claim: it stays beside the owner', [vm('web', 'running')], [vm('web', 'reserved')], [['h1', ['web:running']], ['h2', ['web:reserved']]]],
      ['two claims of one generation: a conflict left in sight', [vm('web', 'running')], [vm('web', 'running', 0)], [['h1', ['web:running']], ['h2', ['web:running']]]],
      ['other VMs are untouched', [vm('db', 'running'), vm('web', 'stopped')], [vm('web', 'running', 1)], [['h1', ['db:running']], ['h2', ['web:running']]]]
    ] as const)('%s', (_what, h1, h2, expected) => {
      expect(owners([...h1], [...h2])).toEqual(expected)
    })
  })
})
