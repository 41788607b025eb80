/**
 * Placement on the live cluster (docs/architecture.md §5) with hosts in one process over an
 * in-memory mesh: a host as a lease target answering `/multiverse/reserve/1` from its ledger
 * (grants, refusals with their reasons, leases that lapse, only the holder confirming), and a
 * host as a planner, passing over a host that refuses for the next candidate and counting the
 * leases it was granted until the targets' adverts show them.
 */
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeLeaseRequest } from '@multiverse/wire'
import type { LeaseRequest } from '@multiverse/wire'
import { RESERVE_PROTOCOL } from '../src/placement.ts'
import { VmExistsError } from '../src/placer.ts'
import { CLUSTER_ID, GIB, GPU_GROUP, TestCluster, leaseAsk, placeOn, reserveOn } from './cluster.ts'
import type { TestHost } from './cluster.ts'

const WEB = { name: 'web', vcpus: 2, memory: '2GiB' }
const GAMER = { name: 'gamer', vcpus: 2, memory: '1GiB', devices: [{ class: 'gpu' }] }

let cluster: TestCluster
let h1: TestHost, h2: TestHost, h3: TestHost
beforeEach(async () => {
  cluster = new TestCluster()
  h1 = await cluster.add('h1')
  h2 = await cluster.add('h2')
  h3 = await cluster.add('h3')
})
afterEach(async () => { await cluster.close() })

const leaseId = (): string => randomBytes(16).toString('hex')
const reserve = (id: string, document: Record<string, unknown>, devices: string[] = [], ttlMs = 60_000): LeaseRequest =>
  ({ clusterId: CLUSTER_ID, op: 'reserve', leaseId: id, ask: leaseAsk(document, devices, ttlMs) })
const held = (host: TestHost): Array<[string, string]> => host.ledger.held().map((v) => [v.name, v.state])

describe('Placement as a lease target', () => {
  it('grants what its ledger can give, to the asker, for the time asked; the lease is held and shown', async () => {
    const id = leaseId()
    const before = Date.now()
    const answer = await h1.placement.ask(h2.id, reserve(id, GAMER, GPU_GROUP, 30_000))
    expect(answer).toMatchObject({ granted: true })
    if (!answer.granted) return
    expect(answer.expiresAtMs).toBeGreaterThanOrEqual(before + 30_000)
    expect(answer.expiresAtMs).toBeLessThanOrEqual(Date.now() + 30_000)
    expect(h2.ledger.held()).toEqual([expect.objectContaining({ name: 'gamer', state: 'reserved', devices: GPU_GROUP, lease: { id, holder: h1.id, expiresAtMs: answer.expiresAtMs } })])
    expect(h2.counters.leaseAnswers).toEqual({ granted: 1 })
    // The request went over the mesh to h2; h1's own ledger holds nothing.
    expect(cluster.mesh.asked.map((r) => [r.from, r.to, r.protocol])).toEqual([[h1.id, h2.id, RESERVE_PROTOCOL]])
    expect(held(h1)).toEqual([])
  })

  // Why a target refuses, each with its stable code and a reason in words (docs/architecture.md §11).
  it.each([
    ['another cluster\'s request', async () => {}, { clusterId: 'd'.repeat(32) }, WEB, [], 'wrong-cluster', /cluster d+ is not this one/],
    ['in maintenance', async () => { h2.maintenance = true }, {}, WEB, [], 'maintenance', /takes no new VMs/],
    ['a VM of that name already', async () => { await placeOn(h2, WEB) }, {}, WEB, [], 'name-taken', /web is already placed on this host/],
    ['more memory than is free', async () => { await placeOn(h2, { name: 'big', vcpus: 1, memory: '15GiB' }) }, {}, WEB, [], 'memory', /wants 2147483648 bytes of memory, 1073741824 free/],
    ['devices another lease holds', async () => { await reserveOn(h2, { name: 'other', vcpus: 1, memory: '1GiB' }, GPU_GROUP) }, {}, GAMER, GPU_GROUP, 'devices', /used by vm other/],
    ['half an IOMMU group', async () => {}, {}, GAMER, [GPU_GROUP[0]!], 'devices', /group \d+ also has 0000:01:00.1/]
  ] as const)('refuses %s, saying why; nothing more is held', async (_why, arrange, request, document, devices, code, detail) => {
    await arrange()
    const before = held(h2)
    const answer = await h1.placement.ask(h2.id, { ...reserve(leaseId(), document, [...devices]), ...request })
    expect(answer).toEqual({ granted: false, code, detail: expect.stringMatching(detail) })
    expect(held(h2)).toEqual(before)
    if (code !== 'wrong-cluster') expect(h2.counters.leaseAnswers).toEqual({ [code]: 1 })
  })

  it('a lease lapses by the target\'s clock: it cannot be confirmed, it is swept, and what it held is free again', async () => {
    const id = leaseId()
    expect(await h1.placement.ask(h2.id, reserve(id, GAMER, GPU_GROUP, 5000))).toMatchObject({ granted: true })
    expect(await h1.placement.ask(h2.id, reserve(leaseId(), { ...GAMER, name: 'second' }, GPU_GROUP))).toMatchObject({ granted: false, code: 'devices' })
    h2.clock.skewMs += 5000
    expect(await h1.placement.ask(h2.id, { clusterId: CLUSTER_ID, op: 'confirm', leaseId: id })).toMatchObject({ granted: false, code: 'expired' })
    expect(await h2.ledger.sweep()).toBe(1)
    expect(held(h2)).toEqual([])
    expect(await h1.placement.ask(h2.id, { clusterId: CLUSTER_ID, op: 'confirm', leaseId: id })).toMatchObject({ granted: false, code: 'unknown-lease' })
    expect(await h1.placement.ask(h2.id, reserve(leaseId(), { ...GAMER, name: 'second' }, GPU_GROUP))).toMatchObject({ granted: true })
  })

  it('only the holder confirms or releases a lease; confirmed, it is a placed VM, and a retried confirm finds it done', async () => {
    const id = leaseId()
    expect(await h1.placement.ask(h2.id, reserve(id, WEB))).toMatchObject({ granted: true })
    for (const op of ['confirm', 'release'] as const) {
      expect(await h3.placement.ask(h2.id, { clusterId: CLUSTER_ID, op, leaseId: id })).toMatchObject({ granted: false, code: 'lease-taken' })
    }
    expect(held(h2)).toEqual([['web', 'reserved']])
    expect(await h1.placement.ask(h2.id, { clusterId: CLUSTER_ID, op: 'confirm', leaseId: id })).toMatchObject({ granted: true })
    expect(await h1.placement.ask(h2.id, { clusterId: CLUSTER_ID, op: 'confirm', leaseId: id })).toMatchObject({ granted: true })
    expect(held(h2)).toEqual([['web', 'placed']])
    expect(h2.ledger.vm('web')?.leaseId).toBe(id)
  })
})

describe('Placement as a planner', () => {
  // h1 plans in maintenance (the plan passes it over); h2 and h3 are alike, h2 first by name.
  beforeEach(() => { h1.maintenance = true })

  // Why h2 refuses, though the planner's view says it fits: the host's own record decides.
  it.each([
    ['it is in maintenance by its own record', 'maintenance', async () => {
      h2.maintenance = true
      cluster.shown = (h) => h.name === 'h2' ? { ...h, maintenance: false } : h
    }],
    ['it holds a lease the view does not show yet', 'memory', async () => {
      await reserveOn(h2, { name: 'unseen', vcpus: 1, memory: '15GiB' }, [], 'another-planner')
      cluster.shown = (h) => h.name === 'h2' ? { ...h, vms: [] } : h
    }],
    ['it has a VM of that name the view does not show yet', 'name-taken', async () => {
      await placeOn(h2, WEB)
      cluster.shown = (h) => h.name === 'h2' ? { ...h, vms: [] } : h
    }],
    ['it cannot be reached', 'unreachable', async () => { cluster.mesh.inject('unreachable', h2.id, RESERVE_PROTOCOL) }],
    // No answer is not no: the lease it may have granted is given back (docs/architecture.md §5).
    ['its answer is lost after it granted the lease', 'unreachable', async () => { cluster.mesh.inject('lost-after', h2.id, RESERVE_PROTOCOL) }]
  ])('a host that refuses because %s is passed over for the next candidate', async (_why, code, arrange) => {
    await arrange()
    const before = held(h2)
    const result = await h1.placement.place(WEB, { confirm: true })
    expect(result).toMatchObject({
      placed: true, vm: 'web', host: 'h3', confirmed: true,
      refusals: { h1: { code: 'maintenance', by: 'plan' }, h2: { code, by: 'host', detail: expect.any(String) } }
    })
    expect(held(h3)).toEqual([['web', 'placed']])
    await expect.poll(() => held(h2)).toEqual(before)
    // h2 was asked first (best by the plan), then h3; a host that did not answer is asked to release.
    const asked = cluster.mesh.asked.filter((r) => r.protocol === RESERVE_PROTOCOL).map((r) => `${r.to.replace('peer-', '')} ${decodeLeaseRequest(r.body).op}`)
    expect(asked).toEqual(['h2 reserve', ...code === 'unreachable' ? ['h2 release'] : [], 'h3 reserve', 'h3 confirm'])
    expect(h1.counters.placements).toEqual({ placed: 1, unplaced: 0 })
  })

  it('when every host refuses, nothing is placed and every host\'s reason is given, by the plan or by the host', async () => {
    h2.maintenance = true
    h3.maintenance = true
    cluster.shown = (h) => h.name === 'h1' ? h : { ...h, maintenance: false }
    expect(await h1.placement.place(WEB, { confirm: true })).toEqual({
      placed: false, vm: 'web',
      reasons: {
        h1: { code: 'maintenance', by: 'plan', detail: expect.any(String) },
        h2: { code: 'maintenance', by: 'host', detail: expect.stringMatching(/in maintenance/) },
        h3: { code: 'maintenance', by: 'host', detail: expect.stringMatching(/in maintenance/) }
      }
    })
    expect([held(h2), held(h3)]).toEqual([[], []])
    expect(h1.counters.placements).toEqual({ placed: 0, unplaced: 1 })
  })

  it('counts the leases it was granted until the target\'s advert shows them, and stops once it gives one back', async () => {
    cluster.shown = (h) => h.name === 'h2' ? { ...h, vms: [] } : h
    const first = await h1.placement.place({ name: 'a', vcpus: 2, memory: '12GiB' }, { confirm: false })
    expect(first).toMatchObject({ placed: true, host: 'h2', confirmed: false })
    expect(held(h2)).toEqual([['a', 'reserved']])
    // h2's advert does not show the lease yet: h1's own plan counts it, and says no for h2 itself.
    const second = await h1.placement.place({ name: 'b', vcpus: 2, memory: '12GiB' }, { confirm: false })
    expect(second).toMatchObject({ placed: true, host: 'h3', refusals: { h2: { code: 'memory', by: 'plan' } } })
    expect(h1.placement.snapshot().hosts.find((h) => h.name === 'h2')!.vms.map((v) => v.name)).toEqual(['a'])
    if (!first.placed) return
    await h1.placement.release(h2.id, first.leaseId)
    expect(held(h2)).toEqual([])
    expect(h1.placement.snapshot().hosts.find((h) => h.name === 'h2')!.vms).toEqual([])
  })

  it('refuses a VM whose name the view shows on some host, before asking anyone', async () => {
    await placeOn(h3, WEB)
    const error = await h1.placement.place(WEB, { confirm: true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VmExistsError)
    expect((error as Error).message).toBe('a VM named web is already placed on h3')
    expect(cluster.mesh.asked).toEqual([])
  })

  it('the placed VM carries its devices as the plan chose them, whole groups', async () => {
    const result = await h1.placement.place(GAMER, { confirm: true })
    expect(result).toMatchObject({ placed: true, host: 'h2', devices: GPU_GROUP })
    expect(h2.ledger.held().map((v) => [v.name, v.state, v.devices, v.memoryBytes])).toEqual([['gamer', 'placed', GPU_GROUP, GIB]])
  })
})
