import { describe, expect, it } from 'vitest'
import { recoverSource, recoverTarget } from '../src/recovery.ts'
import type { DomainFact } from '@multiverse/executor'
import type { SourceAnswer, SourceFacts, SourceRecovery, TargetAnswer, TargetRecovery } from '../src/recovery.ts'
import type { SourceStep, TargetStep } from '../src/machine.ts'

const UUID = '8f0e6c1a-3b5d-4e2f-9a7b-1c2d3e4f5a6b'
const running: DomainFact = { uuid: UUID, running: true }
const shutOff: DomainFact = { uuid: UUID, running: false }
/** A domain of the same name that is not this VM's (another UUID). */
const stranger: DomainFact = { uuid: '00000000-0000-4000-8000-000000000000', running: true }
const unreachable: TargetAnswer = { reachable: false }
const target = (holds: 'committed' | 'open' | 'none', domain: DomainFact | null): TargetAnswer => ({ reachable: true, holds, domain })

describe('a source restarted mid-migration', () => {
  const cases: Array<{ name: string, step: SourceStep, facts: Omit<SourceFacts, 'uuid'>, want: SourceRecovery['action'], restart?: boolean }> = [
    { name: 'at reserve: abort, the VM never stopped', step: 'reserve', facts: { mode: 'live', wasRunning: true, domain: running, target: unreachable }, want: 'abort', restart: false },
    { name: 'at prepare: abort even with the target down (its lease lapses)', step: 'prepare', facts: { mode: 'offline', wasRunning: true, domain: running, target: unreachable }, want: 'abort', restart: false },
    { name: 'at stop, guest shut off: abort and start it again', step: 'stop', facts: { mode: 'offline', wasRunning: true, domain: shutOff, target: target('open', null) }, want: 'abort', restart: true },
    { name: 'at stop, a VM that was not running stays off', step: 'stop', facts: { mode: 'offline', wasRunning: false, domain: shutOff, target: target('open', null) }, want: 'abort', restart: false },
    { name: 'at transfer, offline, disks half copied: abort, start again', step: 'transfer', facts: { mode: 'offline', wasRunning: true, domain: shutOff, target: target('open', null) }, want: 'abort', restart: true },
    { name: 'at transfer, live, the domain still here: abort', step: 'transfer', facts: { mode: 'live', wasRunning: true, domain: running, target: target('open', null) }, want: 'abort', restart: false },
    { name: 'at transfer, live, the domain moved: commit', step: 'transfer', facts: { mode: 'live', wasRunning: true, domain: null, target: target('open', running) }, want: 'commit' },
    { name: 'at transfer, the domain gone, target down: wait, remove nothing', step: 'transfer', facts: { mode: 'live', wasRunning: true, domain: null, target: unreachable }, want: 'wait' },
    { name: 'at transfer, another domain of that name here: it is not ours', step: 'transfer', facts: { mode: 'live', wasRunning: true, domain: stranger, target: target('open', running) }, want: 'commit' },
    // The target does not say its domain before it commits: receiving is enough, its commit checks the domain.
    { name: 'at transfer, live, the domain left, the target receiving: commit', step: 'transfer', facts: { mode: 'live', wasRunning: true, domain: null, target: target('open', null) }, want: 'commit' },
    { name: 'at transfer, live, the domain left, the target undid its side: lost, reported', step: 'transfer', facts: { mode: 'live', wasRunning: true, domain: null, target: target('none', null) }, want: 'lost' },
    { name: 'at transfer, offline, the stopped domain gone from here: lost, reported', step: 'transfer', facts: { mode: 'offline', wasRunning: true, domain: null, target: target('open', null) }, want: 'lost' },
    { name: 'at commit, the target committed: clean up', step: 'commit', facts: { mode: 'offline', wasRunning: true, domain: shutOff, target: target('committed', running) }, want: 'cleanup' },
    { name: 'at commit, the target has not: commit again', step: 'commit', facts: { mode: 'offline', wasRunning: true, domain: shutOff, target: target('open', null) }, want: 'commit' },
    { name: 'at commit, target down: wait', step: 'commit', facts: { mode: 'live', wasRunning: true, domain: null, target: unreachable }, want: 'wait' },
    { name: 'at commit, the target undid, the domain here: abort, start again', step: 'commit', facts: { mode: 'offline', wasRunning: true, domain: shutOff, target: target('none', null) }, want: 'abort', restart: true },
    { name: 'at commit, the target undid its record but holds the domain: commit', step: 'commit', facts: { mode: 'live', wasRunning: true, domain: null, target: target('none', running) }, want: 'commit' },
    { name: 'at commit, nobody holds it: lost', step: 'commit', facts: { mode: 'live', wasRunning: true, domain: null, target: target('none', null) }, want: 'lost' },
    { name: 'at cleanup: clean up again', step: 'cleanup', facts: { mode: 'live', wasRunning: true, domain: null, target: unreachable }, want: 'cleanup' },
    { name: 'at abort: abort again', step: 'abort', facts: { mode: 'offline', wasRunning: true, domain: shutOff, target: unreachable }, want: 'abort', restart: true }
  ]
  it.each(cases)('$name', ({ step, facts, want, restart }) => {
    const decided = recoverSource(step, { ...facts, uuid: UUID })
    expect(decided.action).toBe(want)
    if (decided.action === 'abort') expect(decided.restart).toBe(restart)
  })

  it('never cleans up or aborts without knowing where the VM is, whatever the step', () => {
    // The invariant behind the table: a source that removes its domain (cleanup) has heard the
    // target say it committed, or was already cleaning up; one that aborts still holds the domain
    // or never let it go (before transfer).
    for (const step of ['reserve', 'prepare', 'stop', 'transfer', 'commit', 'cleanup', 'abort'] as const) {
      for (const domain of [running, shutOff, null]) {
        for (const answer of [unreachable, target('committed', running), target('open', null), target('none', null)]) {
          const decided = recoverSource(step, { mode: 'offline', uuid: UUID, wasRunning: true, domain, target: answer })
          if (decided.action === 'cleanup') expect(step === 'cleanup' || (answer.reachable && answer.holds === 'committed')).toBe(true)
          if (decided.action === 'abort' && (step === 'transfer' || step === 'commit')) expect(domain).not.toBeNull()
        }
      }
    }
  })
})

describe('a target restarted mid-migration', () => {
  const over: SourceAnswer = { reachable: true, says: 'over' }
  const committing: SourceAnswer = { reachable: true, says: 'committing' }
  const open: SourceAnswer = { reachable: true, says: 'open' }
  const gone: SourceAnswer = { reachable: false }
  const cases: Array<{ name: string, step: TargetStep, domain: DomainFact | null, source: SourceAnswer, lapsed: boolean, want: TargetRecovery }> = [
    { name: 'leased, the source gave up: undo', step: 'leased', domain: null, source: over, lapsed: false, want: { action: 'undo', undefine: false } },
    { name: 'prepared, the source still moving: wait', step: 'prepared', domain: null, source: open, lapsed: false, want: { action: 'wait', why: 'the source is still moving the VM' } },
    { name: 'receiving, the source asks to commit: commit', step: 'receiving', domain: running, source: committing, lapsed: false, want: { action: 'commit' } },
    { name: 'receiving, the source aborted: undefine the leftover', step: 'receiving', domain: running, source: over, lapsed: false, want: { action: 'undo', undefine: true } },
    { name: 'receiving, another domain of that name: not removed', step: 'receiving', domain: stranger, source: over, lapsed: false, want: { action: 'undo', undefine: false } },
    { name: 'receiving, the source down, the domain here: wait, it may be the only copy', step: 'receiving', domain: running, source: gone, lapsed: true, want: { action: 'wait', why: 'the domain is here and the source cannot be asked whether it still holds the VM' } },
    { name: 'prepared, the source down, lease lapsed: undo', step: 'prepared', domain: null, source: gone, lapsed: true, want: { action: 'undo', undefine: false } },
    { name: 'prepared, the source down, lease still good: wait', step: 'prepared', domain: null, source: gone, lapsed: false, want: { action: 'wait', why: 'the source cannot be asked; the lease has not lapsed' } },
    { name: 'undo, the source down, the domain here: wait (never the domain without its disks)', step: 'undo', domain: running, source: gone, lapsed: true, want: { action: 'wait', why: 'the domain is here and the source has not said it still holds the VM' } },
    { name: 'undo, the source down, nothing arrived: finish the undo', step: 'undo', domain: null, source: gone, lapsed: true, want: { action: 'undo', undefine: false } },
    { name: 'undo, the source gave up: undefine ours', step: 'undo', domain: shutOff, source: over, lapsed: false, want: { action: 'undo', undefine: true } }
  ]
  it.each(cases)('$name', ({ step, domain, source, lapsed, want }) => {
    expect(recoverTarget(step, { uuid: UUID, domain, source, leaseLapsed: lapsed })).toEqual(want)
  })
})
