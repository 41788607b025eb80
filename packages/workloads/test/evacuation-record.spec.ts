/**
 * The evacuation's record, pure (docs/architecture.md §12, "Evacuation"): the plan it starts
 * from, what moves next, what a restart makes of a move it cut short, what a cancel leaves, when
 * it is over, and what `restore --return` brings back.
 */
import { describe, expect, it } from 'vitest'
import type { EvacuationPlan } from '@multiverse/scheduler'
import { cancelled, finished, nextMove, planEvacuation, resumed, returnMoves, tally, withVm } from '../src/evacuation-record.ts'
import type { EvacuatingVm, EvacuationRecord, Evacuee, EvacueeState } from '../src/evacuation-record.ts'

const NOW = new Date('2026-12-06T10:00:00.000Z')
const LATER = new Date('2026-12-06T10:05:00.000Z')
const OPTIONS = { shutdownWaitMs: 30_000, force: true }
const live = (vm: string, devices: string[] = []): EvacuatingVm => ({ vm, devices, mode: { ok: true, mode: 'live', why: 'no passthrough device' } })
const offline = (vm: string, devices: string[]): EvacuatingVm => ({ vm, devices, mode: { ok: true, mode: 'offline', why: 'it has passthrough devices' } })

const PLAN: EvacuationPlan = {
  host: 'h1',
  moves: [{ vm: 'gamer', to: 'h3', devices: ['0000:81:00.0'] }, { vm: 'web', to: 'h2', devices: [] }, { vm: 'lease-only', to: 'h2', devices: [] }],
  stuck: [
    { vm: 'pinned', reason: { code: 'pinned', detail: 'its spec pins it to host h1' } },
    { vm: 'huge', reasons: { h2: { host: 'h2', code: 'memory', detail: 'wants 64 GiB, 4 GiB free' }, h3: { host: 'h3', code: 'memory', detail: 'wants 64 GiB, 8 GiB free' } } }
  ]
}
const VMS = [live('web'), offline('gamer', ['0000:01:00.0']), live('pinned'), live('huge'), live('fresh')]

const record = (states: Record<string, EvacueeState>, state: EvacuationRecord['state'] = 'running'): EvacuationRecord => ({
  host: 'h1', state, startedAt: NOW.toISOString(), ...OPTIONS,
  vms: Object.entries(states).map(([vm, s]): Evacuee => ({ vm, to: 'h2', mode: 'live', state: s, why: '', devices: { from: [], to: [] } }))
})
const states = (r: EvacuationRecord): Record<string, EvacueeState> => Object.fromEntries(r.vms.map((v) => [v.vm, v.state]))

describe('planEvacuation: the record an evacuation starts from', () => {
  it('every VM in the scheduler\'s order with its target and mode; the stuck with the scheduler\'s reasons; a lease left out; a VM the view missed stuck, said so', () => {
    const planned = planEvacuation('h1', PLAN, VMS, OPTIONS, NOW)
    expect(planned).toEqual({
      host: 'h1', state: 'planned', startedAt: NOW.toISOString(), shutdownWaitMs: 30_000, force: true,
      vms: [
        { vm: 'gamer', to: 'h3', mode: 'offline', state: 'pending', why: 'it has passthrough devices', devices: { from: ['0000:01:00.0'], to: ['0000:81:00.0'] } },
        { vm: 'web', to: 'h2', mode: 'live', state: 'pending', why: 'no passthrough device', devices: { from: [], to: [] } },
        { vm: 'pinned', to: null, mode: null, state: 'stuck', why: 'its spec pins it to host h1', devices: { from: [], to: [] } },
        { vm: 'huge', to: null, mode: null, state: 'stuck', why: 'no other host can take it (h2: wants 64 GiB, 4 GiB free; h3: wants 64 GiB, 8 GiB free)', devices: { from: [], to: [] } },
        { vm: 'fresh', to: null, mode: null, state: 'stuck', why: expect.stringMatching(/view does not show it/), devices: { from: [], to: [] } }
      ]
    })
  })

  it('a VM the scheduler could place but that may not move (no domain yet) is stuck with that reason', () => {
    const planned = planEvacuation('h1', { host: 'h1', moves: [{ vm: 'web', to: 'h2', devices: [] }], stuck: [] }, [{ vm: 'web', devices: [], mode: { ok: false, why: 'it has no domain yet' } }], OPTIONS, NOW)
    expect(planned.vms).toEqual([{ vm: 'web', to: null, mode: null, state: 'stuck', why: 'it has no domain yet', devices: { from: [], to: [] } }])
  })
})

describe('nextMove', () => {
  it.each([
    ['the first pending, in order', record({ a: 'moved', b: 'stuck', c: 'pending', d: 'pending' }), 'c'],
    ['none while one moves and none is pending', record({ a: 'moving', b: 'moved' }), undefined],
    ['none once cancelled', record({ a: 'pending' }, 'cancelled'), undefined],
    ['none in a dry run', record({ a: 'pending' }, 'planned'), undefined]
  ])('%s', (_name, r, vm) => {
    expect(nextMove(r)?.vm).toBe(vm)
  })
})

describe('resumed: what a restarted agent makes of a move it cut short', () => {
  it.each([
    ['held here no more: it moved', false, false, 'moved'],
    ['held here still, no migration open: it moves again', true, false, 'pending'],
    ['its migration open (past its commit): still moving, settled by its journal', true, true, 'moving']
  ])('%s', (_name, held, open, state) => {
    const r = resumed(record({ a: 'moving', b: 'moved', c: 'pending' }), () => held, () => open)
    expect(states(r)).toEqual({ a: state, b: 'moved', c: 'pending' })
    expect(r.vms[0]!.to).toBe('h2')
  })
})

describe('cancel and the end', () => {
  it('a cancel leaves the pending where they are; the moving end as their migrations do; then it is over, still cancelled', () => {
    const c = cancelled(record({ a: 'moved', b: 'moving', c: 'pending', d: 'stuck' }), NOW)
    expect([c.state, c.endedAt, states(c)]).toEqual(['cancelled', NOW.toISOString(), { a: 'moved', b: 'moving', c: 'cancelled', d: 'stuck' }])
    expect(finished(c, LATER)).toBe(c)
    const over = finished(withVm(c, 'b', { state: 'cancelled' }), LATER)
    expect([over.state, over.endedAt]).toEqual(['cancelled', NOW.toISOString()])
  })

  it.each([
    ['every VM moved or stuck: done', { a: 'moved', b: 'stuck' }, 'done'],
    ['one still moving: running', { a: 'moved', b: 'moving' }, 'running'],
    ['one still pending: running', { a: 'pending' }, 'running'],
    ['no VM at all: done', {}, 'done']
  ] as Array<[string, Record<string, EvacueeState>, string]>)('%s', (_name, vms, state) => {
    expect(finished(record(vms), LATER).state).toBe(state)
  })

  it('tally counts the VMs in each state', () => {
    expect(tally(record({ a: 'moved', b: 'moved', c: 'stuck' }))).toEqual({ pending: 0, moving: 0, moved: 2, stuck: 1, cancelled: 0, returned: 0 })
  })
})

describe('returnMoves: what restore --return brings back', () => {
  it('the VMs that left and that another host owns now, from that host; not the stuck, cancelled or returned, nor one back already or gone', () => {
    const r = record({ a: 'moved', b: 'moved', c: 'moved', d: 'stuck', e: 'cancelled', f: 'returned', g: 'moved' })
    const owners: Record<string, string> = { a: 'h2', b: 'h3', c: 'h1', d: 'h1', e: 'h1', f: 'h1' }
    expect(returnMoves(r, (vm) => owners[vm])).toEqual([{ vm: 'a', from: 'h2' }, { vm: 'b', from: 'h3' }])
  })
})
