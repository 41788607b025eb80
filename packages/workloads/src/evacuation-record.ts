/**
 * An evacuation as its host journals it (docs/architecture.md §12, "Evacuation"): the host, when
 * it began, how offline moves shut their guests down, and per VM the target and mode planned,
 * where it stands and why. Pure: what to move next, what a restart finds, what a cancel leaves
 * and what `host restore --return` brings back are functions of the record (and of what the
 * host holds now); evacuations.ts does the I/O.
 */
import type { EvacuationPlan } from '@multiverse/scheduler'
import type { Mode } from '@multiverse/migration'

/**
 * pending: not moved yet; moving: its migration runs (or ran when the agent stopped); moved: it
 * is on `to`; stuck: no host can take it, or its moves kept failing (`why`); cancelled: the
 * operator cancelled the evacuation before it moved; returned: `restore --return` brought it back.
 */
export type EvacueeState = 'pending' | 'moving' | 'moved' | 'stuck' | 'cancelled' | 'returned'

export interface Evacuee {
  vm: string
  /** The target: planned up front, planned again on the live view just before the move; null while none fits. */
  to: string | null
  mode: Mode | null
  state: EvacueeState
  /** Why this mode, why it is stuck or cancelled, or how its last move failed. */
  why: string
  /** The devices it holds here, and those it gets on `to`. */
  devices: { from: string[], to: string[] }
}

/** planned: a dry run, never journaled; running; done (every VM moved or stuck); cancelled by the operator. */
export type EvacuationState = 'planned' | 'running' | 'done' | 'cancelled'

export interface EvacuationRecord {
  host: string
  state: EvacuationState
  startedAt: string
  endedAt?: string
  /** Offline moves: how long the guest gets to power off on ACPI (0: the default), and whether it is then powered off. */
  shutdownWaitMs: number
  force: boolean
  /** In the order they move: the scheduler's (the hardest to place first). */
  vms: Evacuee[]
}

/** A VM of the host as the plan reads it: its name, the devices it holds, and the mode a move would take or why it cannot move. */
export interface EvacuatingVm {
  vm: string
  devices: string[]
  mode: { ok: true, mode: Mode, why: string } | { ok: false, why: string }
}

/**
 * The record an evacuation starts from: every VM of the host in the scheduler's order, with its
 * planned target, or stuck with the scheduler's reason (or the mode's, for a VM that may not
 * move at all). What the plan names that is not one of `vms` (a lease the host granted) is left
 * out; a VM the plan does not name (the view did not show it yet) is stuck, said so.
 */
export function planEvacuation (
  host: string, plan: EvacuationPlan, vms: readonly EvacuatingVm[], options: { shutdownWaitMs: number, force: boolean }, now: Date
): EvacuationRecord {
  const byName = new Map(vms.map((v) => [v.vm, v]))
  const moved = plan.moves.flatMap((m): Evacuee[] => {
    const vm = byName.get(m.vm)
    if (vm === undefined) return []
    const base = { vm: m.vm, to: m.to, devices: { from: vm.devices, to: m.devices } }
    return [vm.mode.ok ? { ...base, mode: vm.mode.mode, state: 'pending', why: vm.mode.why } : { ...base, to: null, mode: null, state: 'stuck', why: vm.mode.why }]
  })
  const stuck = plan.stuck.filter((s) => byName.has(s.vm)).map((s): Evacuee => {
    const vm = byName.get(s.vm)!
    // What keeps a VM from moving at all says more than where it would not fit.
    const why = !vm.mode.ok ? vm.mode.why : 'reason' in s ? s.reason.detail : nowhere(Object.values(s.reasons))
    return { vm: s.vm, to: null, mode: null, state: 'stuck', why, devices: { from: vm.devices, to: [] } }
  })
  const named = new Set([...moved, ...stuck].map((e) => e.vm))
  const unplanned = vms.filter((v) => !named.has(v.vm)).map((v): Evacuee => ({
    vm: v.vm, to: null, mode: null, state: 'stuck', why: 'the scheduler\'s view does not show it on this host yet', devices: { from: v.devices, to: [] }
  }))
  return { host, state: 'planned', startedAt: now.toISOString(), ...options, vms: [...moved, ...stuck, ...unplanned] }
}

function nowhere (reasons: Array<{ host: string, detail: string }>): string {
  return reasons.length === 0 ? 'no other host in the cluster' : `no other host can take it (${reasons.map((r) => `${r.host}: ${r.detail}`).join('; ')})`
}

/** The next VM to move: the first pending one, in the record's order; none once the evacuation is not running. */
export function nextMove (record: EvacuationRecord): Evacuee | undefined {
  return record.state === 'running' ? record.vms.find((v) => v.state === 'pending') : undefined
}

/** The record with VM `vm` changed as `change` says. */
export function withVm (record: EvacuationRecord, vm: string, change: Partial<Omit<Evacuee, 'vm'>>): EvacuationRecord {
  return { ...record, vms: record.vms.map((v) => v.vm === vm ? { ...v, ...change } : v) }
}

/**
 * What a restarted agent makes of its open evacuation, once its migrations' journals are
 * settled: a VM that was `moving` and is held here no more has moved (to the target written
 * before its move); one held here still, with no migration of it open, moves again; one whose
 * migration is still open (past its commit, the target not reached) stays `moving`.
 */
export function resumed (record: EvacuationRecord, holds: (vm: string) => boolean, open: (vm: string) => boolean): EvacuationRecord {
  return {
    ...record,
    vms: record.vms.map((v) => {
      if (v.state !== 'moving' || open(v.vm)) return v
      return holds(v.vm) ? { ...v, state: 'pending', why: 'its move was cut short by a restart of the agent: moved again' } : { ...v, state: 'moved' }
    })
  }
}

/** The operator's cancel: the VMs not moved yet are left where they are; those moving end as their migration does. */
export function cancelled (record: EvacuationRecord, now: Date): EvacuationRecord {
  return {
    ...record,
    state: 'cancelled',
    endedAt: now.toISOString(),
    vms: record.vms.map((v) => v.state === 'pending' ? { ...v, state: 'cancelled', why: 'the evacuation was cancelled before it moved' } : v)
  }
}

/** The record once no VM is pending or moving: done (or still cancelled); otherwise as it is. */
export function finished (record: EvacuationRecord, now: Date): EvacuationRecord {
  if (record.vms.some((v) => v.state === 'pending' || v.state === 'moving')) return record
  if (record.state === 'cancelled') return record.endedAt === undefined ? { ...record, endedAt: now.toISOString() } : record
  return { ...record, state: 'done', endedAt: now.toISOString() }
}

/**
 * What `host restore --return` moves back: the VMs that left this host in the evacuation and
 * that some other host owns now (the view's owner, which drives the move back).
 */
export function returnMoves (record: EvacuationRecord, ownerOf: (vm: string) => string | undefined): Array<{ vm: string, from: string }> {
  return record.vms.flatMap((v) => {
    if (v.state !== 'moved') return []
    const owner = ownerOf(v.vm)
    return owner === undefined || owner === record.host ? [] : [{ vm: v.vm, from: owner }]
  })
}

/** How many VMs stand in each state: for the log and the CLI's last line. */
export function tally (record: EvacuationRecord): Record<EvacueeState, number> {
  const counts: Record<EvacueeState, number> = { pending: 0, moving: 0, moved: 0, stuck: 0, cancelled: 0, returned: 0 }
  for (const v of record.vms) counts[v.state]++
  return counts
}
