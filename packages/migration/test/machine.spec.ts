import { describe, expect, it } from 'vitest'
import { SOURCE_STEPS, beforeCommit, chooseMode, firstStep, nextSourceStep, nextTargetStep } from '../src/machine.ts'
import type { Mode, SourceNext, SourceStep, StepOutcome } from '../src/machine.ts'

/** Runs a source from its first step, every step ending `ok`, and lists the steps it took. */
function happyPath (mode: Mode): SourceNext[] {
  const taken: SourceNext[] = []
  let step: SourceNext = firstStep()
  while (step !== 'done' && step !== 'aborted' && taken.length < 20) {
    taken.push(step)
    step = nextSourceStep(mode, step, 'ok')
  }
  return [...taken, step]
}

describe('the source side', () => {
  it('a live migration reserves, prepares, transfers, commits, cleans up', () => {
    expect(happyPath('live')).toEqual(['reserve', 'prepare', 'transfer', 'commit', 'cleanup', 'done'])
  })

  it('an offline migration stops the guest before the disks move', () => {
    expect(happyPath('offline')).toEqual(['reserve', 'prepare', 'stop', 'transfer', 'commit', 'cleanup', 'done'])
  })

  const cases: Array<{ name: string, mode: Mode, step: SourceStep, outcome: StepOutcome, next: SourceNext }> = [
    { name: 'a refused reservation aborts', mode: 'live', step: 'reserve', outcome: 'fail', next: 'abort' },
    { name: 'a failed preparation aborts', mode: 'offline', step: 'prepare', outcome: 'fail', next: 'abort' },
    { name: 'a guest that will not stop aborts', mode: 'offline', step: 'stop', outcome: 'fail', next: 'abort' },
    { name: 'a cancel mid-transfer aborts', mode: 'live', step: 'transfer', outcome: 'cancel', next: 'abort' },
    { name: 'a failed transfer aborts', mode: 'offline', step: 'transfer', outcome: 'fail', next: 'abort' },
    { name: 'a failed commit is retried, never aborted', mode: 'live', step: 'commit', outcome: 'fail', next: 'commit' },
    { name: 'a cancel at commit is retried, never aborted', mode: 'offline', step: 'commit', outcome: 'cancel', next: 'commit' },
    { name: 'a failed cleanup is retried', mode: 'live', step: 'cleanup', outcome: 'fail', next: 'cleanup' },
    { name: 'a failed abort is retried', mode: 'live', step: 'abort', outcome: 'fail', next: 'abort' },
    { name: 'an abort that succeeds ends aborted', mode: 'offline', step: 'abort', outcome: 'ok', next: 'aborted' }
  ]
  it.each(cases)('$name', ({ mode, step, outcome, next }) => {
    expect(nextSourceStep(mode, step, outcome)).toBe(next)
  })

  it('a live migration has no stop step', () => {
    expect(() => nextSourceStep('live', 'stop', 'ok')).toThrow(/stop is not a step of a live migration/)
  })

  it('only the steps before commit can abort', () => {
    expect(SOURCE_STEPS.filter(beforeCommit)).toEqual(['reserve', 'prepare', 'stop', 'transfer'])
  })
})

describe('the target side', () => {
  it('goes leased, prepared, receiving, committed', () => {
    expect([nextTargetStep('leased', 'ok'), nextTargetStep('prepared', 'ok'), nextTargetStep('receiving', 'ok')])
      .toEqual(['prepared', 'receiving', 'committed'])
  })

  it.each(['leased', 'prepared', 'receiving'] as const)('an abort at %s undoes', (step) => {
    expect(nextTargetStep(step, 'abort')).toBe('undo')
  })

  it('offline, a VM that ran is started after the commit, and a start that fails is retried, never undone', () => {
    expect(nextTargetStep('receiving', 'ok', 'offline', true)).toBe('starting')
    expect(nextTargetStep('receiving', 'ok', 'offline', false)).toBe('committed')
    expect(nextTargetStep('starting', 'ok')).toBe('committed')
    expect(nextTargetStep('starting', 'abort')).toBe('starting')
  })

  it('an undo ends undone, or is retried', () => {
    expect(nextTargetStep('undo', 'ok')).toBe('undone')
    expect(nextTargetStep('undo', 'abort')).toBe('undo')
  })
})

describe('the mode', () => {
  const cases: Array<{ policy: 'auto' | 'live' | 'offline' | 'never', asked: Mode | undefined, devices: boolean, mode: Mode | null, why: RegExp, running?: boolean }> = [
    { policy: 'auto', asked: undefined, devices: false, mode: 'live', why: /keeps running/ },
    { policy: 'auto', asked: undefined, devices: true, mode: 'offline', why: /passthrough devices/ },
    { policy: 'auto', asked: 'offline', devices: false, mode: 'offline', why: /--offline/ },
    { policy: 'auto', asked: 'live', devices: true, mode: null, why: /cannot move live: migrate it --offline/ },
    { policy: 'live', asked: undefined, devices: false, mode: 'live', why: /migration: live/ },
    { policy: 'offline', asked: undefined, devices: false, mode: 'offline', why: /migration: offline/ },
    { policy: 'offline', asked: 'live', devices: false, mode: null, why: /migration: offline/ },
    { policy: 'never', asked: 'offline', devices: false, mode: null, why: /migration: never/ },
    { policy: 'auto', asked: undefined, devices: false, running: false, mode: 'offline', why: /not running: its disks move/ },
    { policy: 'live', asked: undefined, devices: false, running: false, mode: 'offline', why: /not running: its disks move/ },
    { policy: 'auto', asked: 'live', devices: false, running: false, mode: null, why: /not running, and a live migration moves a running VM/ }
  ]
  it.each(cases)('$policy, asked $asked, devices $devices, running $running: $mode', ({ policy, asked, devices, mode, why, running }) => {
    const choice = chooseMode(policy, asked, devices, running)
    expect(choice.ok ? choice.mode : null).toBe(mode)
    expect(choice.why).toMatch(why)
  })
})
