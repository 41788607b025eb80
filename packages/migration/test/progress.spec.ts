import { describe, expect, it } from 'vitest'
import {
  BUDGET_MS_PER_GIB, DEFAULT_PROGRESS_TIMEOUT_MS, MIN_BUDGET_MS, ProgressLimitError, ProgressWatch, budgetMs
} from '../src/progress.ts'
import type { ProgressSample, SourcePhase } from '../src/progress.ts'

const GiB = 1024 ** 3
const MiB = 1024 ** 2

/** A watch started at 0 for a 4 GiB VM (budget 600 s), already in the transfer. */
const transfer = (more: { progressTimeoutMs?: number, budgetMs?: number } = {}): ProgressWatch =>
  new ProgressWatch({ startedAtMs: 0, bytes: 4 * GiB, phase: 'transfer', ...more })
const at = (atMs: number, doneBytes: number, more: Partial<ProgressSample> = {}): ProgressSample =>
  ({ atMs, phase: 'transfer', doneBytes, totalBytes: null, remainingBytes: null, ...more })

describe('the completion budget', () => {
  it.each([
    [0, MIN_BUDGET_MS],
    [64 * MiB, MIN_BUDGET_MS],
    [GiB / 4, MIN_BUDGET_MS],
    [GiB / 2, 75_000],
    [GiB, BUDGET_MS_PER_GIB],
    [4 * GiB, 600_000],
    [2 * GiB + 20 * GiB, 22 * 150_000]
  ])('%d bytes of memory and disk: %d ms', (bytes, ms) => {
    expect(budgetMs(bytes)).toBe(ms)
  })

  it('refuses what is not a size, and limits that are not positive', () => {
    expect(() => budgetMs(-1)).toThrow(ProgressLimitError)
    expect(() => budgetMs(Number.NaN)).toThrow(ProgressLimitError)
    expect(() => new ProgressWatch({ startedAtMs: 0, bytes: GiB, progressTimeoutMs: 0 })).toThrow(/progress timeout/)
    expect(() => new ProgressWatch({ startedAtMs: 0, bytes: GiB, budgetMs: -5 })).toThrow(/completion budget/)
  })

  it('aborts once the migration is past it, not at it', () => {
    const watch = transfer()
    expect(watch.budgetMs).toBe(600_000)
    // Bytes keep moving (a guest that dirties memory as fast as it moves): never a stall.
    for (let t = 0; t < 600_000; t += 60_000) expect(watch.observe(at(t, t * 1000)).verdict).toEqual({ verdict: 'continue' })
    expect(watch.observe(at(600_000, 600_000_000)).verdict).toEqual({ verdict: 'continue' })
    expect(watch.observe(at(600_001, 600_001_000)).verdict).toMatchObject({
      verdict: 'abort', why: 'over-budget',
      reason: 'not done after 600 s, past its budget of 600 s (150 s per GiB of memory and disk, for 4 GiB)'
    })
  })

  it('counts in every phase before the commit, none from it on', () => {
    const watch = new ProgressWatch({ startedAtMs: 1000, bytes: 0 })
    expect(watch.silence(61_000, 'reserve').verdict.verdict).toBe('continue')
    expect(watch.silence(61_001, 'prepare').verdict).toMatchObject({ verdict: 'abort', why: 'over-budget' })
    expect(watch.silence(500_000, 'commit').verdict).toEqual({ verdict: 'continue' })
    expect(watch.silence(900_000, 'cleanup').verdict).toEqual({ verdict: 'continue' })
  })

  it('an explicit budget replaces the one made of the bytes', () => {
    const watch = transfer({ budgetMs: 10_000 })
    expect(watch.observe(at(10_001, 5)).verdict).toMatchObject({ why: 'over-budget', reason: 'not done after 10 s, past its budget of 10 s' })
  })
})

describe('stall detection', () => {
  it('aborts exactly at the progress timeout, not a millisecond before', () => {
    const watch = transfer()
    expect(watch.progressTimeoutMs).toBe(DEFAULT_PROGRESS_TIMEOUT_MS)
    expect(watch.observe(at(0, 0)).verdict.verdict).toBe('continue')
    expect(watch.observe(at(149_999, 0)).verdict.verdict).toBe('continue')
    expect(watch.observe(at(150_000, 0)).verdict).toEqual({
      verdict: 'abort', why: 'stalled', reason: 'no bytes moved for 150 s (the progress timeout is 150 s)',
      hint: expect.stringContaining('virsh domjobinfo') as unknown
    })
  })

  it('bytes moving restart the stall clock', () => {
    const watch = transfer({ progressTimeoutMs: 10_000 })
    watch.observe(at(0, 0))
    expect(watch.observe(at(9_000, 1)).verdict.verdict).toBe('continue')
    expect(watch.observe(at(18_999, 1)).verdict.verdict).toBe('continue')
    expect(watch.observe(at(19_000, 1)).verdict).toMatchObject({ why: 'stalled' })
  })

  it('silence (libvirt not answering) is no progress', () => {
    const watch = transfer({ progressTimeoutMs: 10_000 })
    watch.observe(at(0, 100))
    expect(watch.silence(5_000).verdict.verdict).toBe('continue')
    expect(watch.silence(10_000)).toMatchObject({ event: { doneBytes: 100, phase: 'transfer' }, verdict: { why: 'stalled' } })
  })

  it('fewer bytes than before (libvirt counting again) is no progress, nor an error; the count goes on from there', () => {
    const watch = transfer({ progressTimeoutMs: 10_000 })
    watch.observe(at(0, 500 * MiB))
    const dropped = watch.observe(at(9_000, 10 * MiB))
    expect(dropped.event).toMatchObject({ doneBytes: 10 * MiB, rateBytesPerSecond: expect.any(Number) as unknown })
    expect(dropped.event.rateBytesPerSecond).toBeGreaterThanOrEqual(0)
    expect(watch.observe(at(10_000, 10 * MiB)).verdict).toMatchObject({ why: 'stalled' })

    const again = transfer({ progressTimeoutMs: 10_000 })
    again.observe(at(0, 500 * MiB))
    again.observe(at(9_000, 10 * MiB))
    expect(again.observe(at(9_500, 20 * MiB)).verdict.verdict).toBe('continue') // 10 MiB moved since the drop
    expect(again.observe(at(19_499, 20 * MiB)).verdict.verdict).toBe('continue')
    expect(again.observe(at(19_500, 20 * MiB)).verdict.verdict).toBe('abort')
  })

  it('runs only in the transfer: the other steps are bounded by their own calls', () => {
    const watch = new ProgressWatch({ startedAtMs: 0, bytes: 100 * GiB, progressTimeoutMs: 1000 })
    expect(watch.silence(50_000, 'reserve').verdict.verdict).toBe('continue')
    expect(watch.silence(99_000, 'prepare').verdict.verdict).toBe('continue')
    // Entering the transfer starts its stall clock.
    expect(watch.silence(100_000, 'transfer').verdict.verdict).toBe('continue')
    expect(watch.silence(101_000, 'transfer').verdict).toMatchObject({ why: 'stalled' })
    expect(watch.silence(500_000, 'commit').verdict.verdict).toBe('continue')
  })

  it('tolerates samples that cannot be byte counts, and a clock that steps back', () => {
    const watch = transfer({ progressTimeoutMs: 10_000 })
    watch.observe(at(5_000, 100))
    expect(watch.observe(at(6_000, Number.NaN, { totalBytes: -1 })).event).toMatchObject({ doneBytes: 100, totalBytes: null, elapsedMs: 6_000 })
    expect(watch.observe(at(1_000, 100)).event.elapsedMs).toBe(6_000)
    expect(watch.observe(at(15_000, -3)).verdict).toMatchObject({ why: 'stalled' })
  })
})

describe('the progress event', () => {
  it('carries the phase, the bytes and the time since the start', () => {
    const watch = new ProgressWatch({ startedAtMs: 10_000, bytes: GiB })
    expect(watch.observe({ atMs: 12_000, phase: 'prepare', doneBytes: 0, totalBytes: null, remainingBytes: null }).event).toEqual({
      phase: 'prepare', doneBytes: 0, totalBytes: null, rateBytesPerSecond: 0, etaMs: null, elapsedMs: 2_000
    })
  })

  it('the rate is the bytes moved over the last ~5 s', () => {
    const watch = transfer()
    expect(watch.observe(at(0, 0)).event.rateBytesPerSecond).toBe(0)
    expect(watch.observe(at(1000, 100 * MiB)).event.rateBytesPerSecond).toBe(100 * MiB)
    for (let s = 2; s <= 5; s++) watch.observe(at(s * 1000, s * 100 * MiB))
    // Then it slows to 10 MiB/s: after a second the average still remembers the fast seconds...
    expect(watch.observe(at(6000, 510 * MiB)).event.rateBytesPerSecond).toBe(Math.round(410 * MiB / 5))
    for (let s = 7; s <= 10; s++) watch.observe(at(s * 1000, (500 + (s - 5) * 10) * MiB))
    // ...and five seconds on, only the slow ones.
    expect(watch.observe(at(11_000, 560 * MiB)).event.rateBytesPerSecond).toBe(10 * MiB)
  })

  it('sparse samples: the rate spans the last two', () => {
    const watch = transfer()
    watch.observe(at(0, 0))
    expect(watch.observe(at(60_000, 600 * MiB)).event.rateBytesPerSecond).toBe(10 * MiB)
  })

  it('the ETA is what remains at the current rate, from Data remaining or else the total', () => {
    const watch = transfer()
    watch.observe(at(0, 0, { totalBytes: GiB, remainingBytes: GiB }))
    expect(watch.observe(at(1000, 100 * MiB, { totalBytes: GiB, remainingBytes: 924 * MiB })).event).toMatchObject({
      doneBytes: 100 * MiB, totalBytes: GiB, rateBytesPerSecond: 100 * MiB, etaMs: 9_240
    })
    expect(watch.observe(at(2000, 200 * MiB, { totalBytes: GiB })).event.etaMs).toBe(8_240)
    expect(watch.observe(at(3000, 300 * MiB, { totalBytes: GiB, remainingBytes: 0 })).event.etaMs).toBe(0)
  })

  it('no ETA without a rate or without knowing what remains', () => {
    const watch = transfer()
    expect(watch.observe(at(0, 0, { totalBytes: GiB })).event.etaMs).toBeNull()
    expect(watch.observe(at(1000, MiB)).event.etaMs).toBeNull()
  })

  it('bytes counted before a drop still count in the rate, the drop itself not at all', () => {
    const watch = transfer()
    watch.observe(at(0, 0))
    watch.observe(at(1000, 100 * MiB))
    expect(watch.observe(at(2000, 0)).event.rateBytesPerSecond).toBe(50 * MiB)
    expect(watch.observe(at(3000, 50 * MiB)).event.rateBytesPerSecond).toBe(50 * MiB)
  })

  it('each phase has its own rate', () => {
    const watch = transfer()
    watch.observe(at(0, 0))
    watch.observe(at(1000, 100 * MiB))
    const phase: SourcePhase = 'commit'
    expect(watch.silence(1500, phase).event).toMatchObject({ phase: 'commit', rateBytesPerSecond: 0, doneBytes: 100 * MiB })
  })
})
