/**
 * `host evacuate` and `host restore` on the test cluster (docs/architecture.md §12,
 * "Evacuation"): three hosts on fixture machines, the ledgers, journals, images and image
 * streams real, libvirt the recording hypervisor. hostA runs a VM that moves live, one that
 * holds a GPU through a mapping and moves offline (defined on hostB with hostB's GPU), and one
 * that fits nowhere else; the evacuation moves the first two, reports the third, survives a
 * restart of its agent, is cancelled, and `restore --return` brings the VMs back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EvacuationRunningError, NoEvacuationError, EVACUATION_JOURNAL } from '../src/evacuations.ts'
import { withSpecs } from '../src/plan-snapshot.ts'
import { Rebalancer } from '../src/rebalancer.ts'
import type { EvacuationRecord } from '../src/evacuation-record.ts'
import { MIGRATE_OUT_JOURNAL } from '@multiverse/migration'
import type { SourceIntent } from '@multiverse/migration'
import { Journal } from '@multiverse/store'
import { pino } from 'pino'
import { GIB, GPU_GROUP, TestCluster } from './cluster.ts'
import type { TestHost } from './cluster.ts'

const B_GPU = ['0000:81:00.0', '0000:81:00.1', '0000:81:00.2', '0000:81:00.3']
const GAMER = { name: 'gamer', vcpus: 2, memory: '1GiB', disks: [{ name: 'root', size: '64MiB' }], devices: [{ mapping: 'gpu-big' }] }
const WEB = { name: 'web', vcpus: 1, memory: '1GiB', disks: [{ name: 'root', size: '64MiB' }] }
/** 12 GiB: hostB and hostC (16 GiB each) hold an 8 GiB VM each, so it fits on neither. */
const HUGE = { name: 'huge', vcpus: 1, memory: '12GiB', disks: [] }
const filler = (name: string): Record<string, unknown> => ({ name, vcpus: 1, memory: '8GiB', disks: [{ name: 'root', size: '16MiB' }] })
const OFFLINE = { force: true, shutdownWaitMs: 1000 }

let cluster: TestCluster
let a: TestHost, b: TestHost, c: TestHost
beforeEach(async () => {
  cluster = new TestCluster()
  cluster.mappings = { 'gpu-big': { hostA: GPU_GROUP[0]!, hostB: B_GPU[0]! } }
  a = await cluster.add('hostA', 'desktop')
  b = await cluster.add('hostB', 'server')
  c = await cluster.add('hostC', 'desktop')
  for (const [spec, host] of [[GAMER, a], [WEB, a], [HUGE, a], [filler('fill-b'), b], [filler('fill-c'), c]] as const) {
    expect(await a.vms.create(spec, { host: host.name, start: true })).toMatchObject({ placed: true, host: host.name, state: 'running' })
    await unpin(host, spec.name as string)
  }
})
afterEach(async () => { await cluster.close() })

/** Made with a host named, a VM is pinned there; the scheduler may move it once its spec no longer says so. */
async function unpin (host: TestHost, vm: string): Promise<void> {
  await host.ledger.update(vm, (r) => {
    const document = r.vm.spec as { placement?: Record<string, unknown> }
    return { ...r, vm: { ...r.vm, spec: { ...document, placement: { ...document.placement, host: null } } } }
  })
}

/** Which host's libvirt holds VM `vm`, and in which state: one entry per host that has it. */
const where = (vm: string): string[] => cluster.hosts.flatMap((h) => { const d = h.hv.domains.get(vm); return d === undefined ? [] : [`${h.name} ${d.state.state}`] })
const journaled = async (host: TestHost): Promise<EvacuationRecord | undefined> => (await new Journal<EvacuationRecord>(host.store, EVACUATION_JOURNAL).get('this-host'))?.intent
const states = (r: EvacuationRecord): Record<string, string> => Object.fromEntries(r.vms.map((v) => [v.vm, v.state]))

describe('host evacuate', () => {
  it('a dry run says what moves live, what offline with which devices, what cannot and why; nothing changes', async () => {
    const plan = await a.evacuations.begin({ dryRun: true, ...OFFLINE })
    expect(plan).toMatchObject({ host: 'hostA', state: 'planned', force: true })
    expect(plan.vms).toEqual([
      { vm: 'huge', to: null, mode: null, state: 'stuck', why: expect.stringMatching(/^no other host can take it \(hostB: wants 12 GiB, .*; hostC: wants 12 GiB, .*\)$/), devices: { from: [], to: [] } },
      { vm: 'gamer', to: 'hostB', mode: 'offline', state: 'pending', why: expect.stringMatching(/passthrough/), devices: { from: GPU_GROUP, to: B_GPU } },
      { vm: 'web', to: expect.stringMatching(/^host[BC]$/), mode: 'live', state: 'pending', why: expect.stringMatching(/no passthrough device/), devices: { from: [], to: [] } }
    ].sort((x, y) => plan.vms.findIndex((v) => v.vm === x.vm) - plan.vms.findIndex((v) => v.vm === y.vm)))
    expect([a.maintenance, await journaled(a), where('gamer'), where('web')]).toEqual([false, undefined, ['hostA running'], ['hostA running']])
  })

  it('moves every VM that fits (live, and offline with the GPU remapped), reports the one that fits nowhere, in maintenance; restore --return brings them back', async () => {
    const [started, twice] = await Promise.allSettled([a.evacuations.begin({ dryRun: false, ...OFFLINE }), a.evacuations.begin({ dryRun: false, ...OFFLINE })])
    expect([started.status === 'fulfilled' && started.value.state, a.maintenance]).toEqual(['running', true])
    expect(twice.status === 'rejected' && twice.reason).toBeInstanceOf(EvacuationRunningError)
    await a.evacuations.idle()
    const done = (await journaled(a))!
    expect(done).toMatchObject({ host: 'hostA', state: 'done', endedAt: expect.any(String) })
    expect(states(done)).toEqual({ gamer: 'moved', web: 'moved', huge: 'stuck' })
    expect(done.vms.find((v) => v.vm === 'huge')!.why).toMatch(/^no other host can take it \(hostB: .*; hostC: .*\)/)
    // gamer: on hostB with hostB's GPU, running; web live on another host; huge stays on hostA. Each on exactly one host.
    expect(where('gamer')).toEqual(['hostB running'])
    expect(b.ledger.vm('gamer')!.vm.devices).toEqual(B_GPU)
    const web = done.vms.find((v) => v.vm === 'web')!
    expect([web.mode, where('web')]).toEqual(['live', [`${web.to!} running`]])
    expect(where('huge')).toEqual(['hostA running'])
    expect(a.ledger.records().map((r) => r.vm.name)).toEqual(['huge'])
    // One at a time (maxOutgoing 1): each move began after the one before ended.
    const moves = a.migrations.board.list().reverse()
    expect(moves.map((m) => [m.vm, m.state])).toEqual([['gamer', 'moved'], ['web', 'moved']])
    expect(Date.parse(moves[1]!.startedAt)).toBeGreaterThanOrEqual(Date.parse(moves[0]!.endedAt!))

    const restored = await a.evacuations.restore(true)
    expect(restored).toEqual({ host: 'hostA', maintenance: false, returned: [{ vm: 'gamer', from: 'hostB', moved: true }, { vm: 'web', from: web.to, moved: true }] })
    expect([where('gamer'), where('web'), a.ledger.vm('gamer')!.vm.devices, a.maintenance]).toEqual([['hostA running'], ['hostA running'], GPU_GROUP, false])
    expect(await journaled(a)).toBeUndefined()
  })

  it('a VM whose planned target fills up meanwhile is planned again on the live view just before it moves', async () => {
    const plan = await a.evacuations.begin({ dryRun: false, ...OFFLINE })
    const webTo = plan.vms.find((v) => v.vm === 'web')!.to!
    const other = webTo === 'hostB' ? 'hostC' : 'hostB'
    // While gamer moves (before web's turn), web's planned target fills up.
    let filled = false
    a.at = async (point) => {
      if (point !== 'source:cleanup' || filled) return
      filled = true
      const target = cluster.hosts.find((h) => h.name === webTo)!
      const free = 16 * GIB - target.ledger.held().reduce((sum, v) => sum + v.memoryBytes, 0)
      const late = { ...WEB, name: 'late', memory: `${(free - GIB / 2) / (1 << 20)}MiB`, disks: [] }
      expect(await a.vms.create(late, { host: webTo, start: true })).toMatchObject({ placed: true, host: webTo })
    }
    await a.evacuations.idle()
    expect([filled, where('web')]).toEqual([true, [`${other} running`]])
  })

  it('cancelled mid-way: the running migration aborts (its VM stays, running), the rest stay; the host stays in maintenance', async () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => { release = resolve })
    let reached!: () => void
    const atPrepare = new Promise<void>((resolve) => { reached = resolve })
    a.at = async (point) => { if (point === 'source:prepare') { reached(); await held } }
    await a.evacuations.begin({ dryRun: false, ...OFFLINE })
    await atPrepare
    const cancelled = await a.evacuations.cancel()
    expect([cancelled.state, states(cancelled)]).toEqual(['cancelled', { gamer: 'moving', web: 'cancelled', huge: 'stuck' }])
    release()
    await a.evacuations.idle()
    const over = (await journaled(a))!
    expect([over.state, states(over)]).toEqual(['cancelled', { gamer: 'cancelled', web: 'cancelled', huge: 'stuck' }])
    expect([where('gamer'), where('web'), a.maintenance]).toEqual([['hostA running'], ['hostA running'], true])
    await expect(a.evacuations.cancel()).rejects.toBeInstanceOf(NoEvacuationError)
  })

  it('resumes after the agent restarts: a move it cut short is finished or made again, and the evacuation completes', async () => {
    // As a killed agent left it: web moving (its migration never began), gamer pending.
    const journal = new Journal<EvacuationRecord>(a.store, EVACUATION_JOURNAL)
    const plan = await a.evacuations.begin({ dryRun: true, ...OFFLINE })
    const cut: EvacuationRecord = { ...plan, state: 'running', vms: plan.vms.map((v) => v.vm === 'web' ? { ...v, state: 'moving' } : v) }
    await journal.write(journal.entry('this-host', 'running', cut))
    a.evacuations = cluster.evacuations(a)
    await a.evacuations.start()
    await a.evacuations.idle()
    const done = (await journaled(a))!
    expect([done.state, states(done)]).toEqual(['done', { gamer: 'moved', web: 'moved', huge: 'stuck' }])
    expect(done.vms.find((v) => v.vm === 'web')!.why).toMatch(/moved live/)
    for (const vm of ['gamer', 'web', 'huge']) expect(where(vm)).toHaveLength(1)
  })

  it('resumed with a move whose migration its journal holds open: waits until the migration settles, then moves the VM again if it is still here', async () => {
    const plan = await a.evacuations.begin({ dryRun: true, ...OFFLINE })
    const cut: EvacuationRecord = { ...plan, state: 'running', vms: plan.vms.map((v) => v.vm === 'web' ? { ...v, state: 'moving' } : v) }
    const journal = new Journal<EvacuationRecord>(a.store, EVACUATION_JOURNAL)
    await journal.write(journal.entry('this-host', 'running', cut))
    // As a migration the agent's recovery has not settled yet (its target unreachable).
    const out = new Journal<SourceIntent>(a.store, MIGRATE_OUT_JOURNAL)
    const intent: SourceIntent = { vm: 'web', target: b.id, targetName: 'hostB', domainUuid: a.ledger.vm('web')!.uuid!, wasRunning: true, generation: 1, images: [], mode: 'live' }
    await out.write(out.entry('open-one', 'transfer', intent))
    a.evacuations = cluster.evacuations(a)
    await a.evacuations.start()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect([where('web'), states((await journaled(a))!).web]).toEqual([['hostA running'], 'moving'])
    await out.end('open-one')
    await a.evacuations.idle()
    const done = (await journaled(a))!
    expect([done.state, states(done)]).toEqual(['done', { gamer: 'moved', web: 'moved', huge: 'stuck' }])
    expect(where('web')).toHaveLength(1)
    expect(where('web')).not.toEqual(['hostA running'])
  })

  it('two evacuations at once, racing a placement, never give the same GiB twice: each VM on one host, hostD within its memory', async () => {
    // hostB and hostC empty themselves at once; hostD (16 GiB, empty) is where most can go, and
    // a placement made from hostA wants room there too. 8 + 8 + 5 + 5 + 6 GiB asked, 16 there.
    const d = await cluster.add('hostD', 'desktop')
    const big = (name: string): Record<string, unknown> => ({ name, vcpus: 1, memory: '5GiB', disks: [{ name: 'root', size: '16MiB' }] })
    for (const [vm, host] of [['b1', b], ['c1', c]] as const) {
      expect(await a.vms.create(big(vm), { host: host.name, start: true })).toMatchObject({ placed: true })
      await unpin(host, vm)
    }
    await Promise.all(['fill-b', 'fill-c'].map(async (vm, i) => { await unpin([b, c][i]!, vm) }))
    const [, , racer] = await Promise.all([
      b.evacuations.begin({ dryRun: false, ...OFFLINE }),
      c.evacuations.begin({ dryRun: false, ...OFFLINE }),
      a.placement.place({ name: 'racer', vcpus: 1, memory: '6GiB' }, { confirm: true })
    ])
    await Promise.all([b.evacuations.idle(), c.evacuations.idle()])
    for (const vm of ['b1', 'c1', 'fill-b', 'fill-c']) expect(where(vm), vm).toHaveLength(1)
    const onD = d.ledger.held()
    expect(onD.reduce((sum, v) => sum + v.memoryBytes, 0)).toBeLessThanOrEqual(16 * GIB)
    // Whatever did not fit stayed, reported stuck; what moved is on hostD, and the racer where it was placed.
    const moved = [...(await journaled(b))!.vms, ...(await journaled(c))!.vms].filter((v) => v.state === 'moved').map((v) => v.vm)
    expect(moved.length).toBeGreaterThan(0)
    expect(onD.map((v) => v.name).filter((n) => n !== 'racer').sort()).toEqual(moved.sort())
    if (racer.placed) expect(cluster.hosts.filter((h) => h.ledger.vm('racer') !== undefined).map((h) => h.name)).toEqual([racer.host])
  })
})

describe('an evacuation that moves two VMs at once (maxOutgoing 2)', () => {
  it('sends them to different hosts (each receives one at a time), both at once', async () => {
    const d = await cluster.add('hostD', 'desktop', 2)
    for (const [vm, memory] of [['one', '2GiB'], ['two', '1GiB']] as const) {
      expect(await a.vms.create({ ...WEB, name: vm, memory }, { host: 'hostD', start: true })).toMatchObject({ placed: true, host: 'hostD' })
      await unpin(d, vm)
    }
    let inFlight = 0
    let most = 0
    d.at = async (point) => {
      if (point === 'source:reserve') { most = Math.max(most, ++inFlight); await new Promise((resolve) => setTimeout(resolve, 200)) }
      if (point === 'source:cleanup') inFlight--
    }
    await d.evacuations.begin({ dryRun: false, ...OFFLINE })
    await d.evacuations.idle()
    const done = (await journaled(d))!
    expect(states(done)).toEqual({ one: 'moved', two: 'moved' })
    expect(new Set(done.vms.map((v) => v.to)).size).toBe(2)
    expect(most).toBe(2)
  })
})

describe('evacuation commands given on another host', () => {
  it('go to the host they are about, which runs them; an unknown host is refused naming the hosts', async () => {
    const plan = await b.commands.runOn('hostA', 'POST /v1/host/evacuate', { host: 'hostA', dryRun: true })
    expect(plan).toMatchObject({ host: 'hostA', state: 'planned', vms: expect.arrayContaining([expect.objectContaining({ vm: 'gamer', to: 'hostB', mode: 'offline' })]) })
    expect(await b.commands.runOn('hostA', 'GET /v1/evacuation', { host: 'hostA' })).toEqual({ host: 'hostA', evacuation: null, migrations: [] })
    await expect(b.commands.runOn('hostZ', 'GET /v1/evacuation', { host: 'hostZ' })).rejects.toThrow(/^no host named hostZ in the cluster$/)
    await expect(b.commands.runOn('hostA', 'POST /v1/host/evacuate/cancel', { host: 'hostA' })).rejects.toThrow(/hostA: no evacuation runs on hostA/)
    await b.commands.runOn('hostA', 'POST /v1/host/evacuate', { host: 'hostA', force: true, timeoutSeconds: 1 })
    await a.evacuations.idle()
    const seen = await b.commands.runOn('hostA', 'GET /v1/evacuation', { host: 'hostA' })
    expect([seen.evacuation?.state, seen.migrations.map((m) => m.vm).sort()]).toEqual(['done', ['gamer', 'web']])
  })
})

describe('cluster rebalance --apply on the test cluster', () => {
  it('moves VMs off the full host one at a time, each by its owner, none twice; every VM ends on one host; the score falls', async () => {
    const rebalancer = new Rebalancer({
      planSnapshot: () => withSpecs(b.placement.snapshot(), cluster.view(b.id)),
      ownerOf: (vm) => cluster.view(b.id).hosts.find((h) => h.vms.some((v) => v.name === vm && v.state !== 'reserved'))?.name,
      migrate: async (vm, to, offline) => { await b.commands.run(vm, 'POST /v1/vm/migrate', { name: vm, to, ...offline }) },
      log: pino({ level: 'silent' }),
      pollMs: 5
    })
    const applied = await rebalancer.run({ apply: true, maxMoves: 3, force: true, timeoutSeconds: 1 })
    expect(applied.moves.length).toBeGreaterThan(0)
    expect(applied.moves.every((m) => m.state === 'moved')).toBe(true)
    expect(new Set(applied.moves.map((m) => m.vm)).size).toBe(applied.moves.length)
    expect(applied.scoreAfter).toBeLessThan(applied.scoreBefore)
    for (const m of applied.moves) expect(where(m.vm), m.vm).toEqual([`${m.to} running`])
    for (const vm of ['gamer', 'web', 'huge', 'fill-b', 'fill-c']) expect(where(vm), vm).toHaveLength(1)
  })
})
