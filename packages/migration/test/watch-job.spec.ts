import { LibvirtUnavailableError } from '@multiverse/executor'
import type { JobInfo } from '@multiverse/executor'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProgressLimitError, ProgressWatch } from '../src/progress.ts'
import type { ProgressEvent } from '../src/progress.ts'
import { jobProgress, watchJob } from '../src/watch-job.ts'
import type { JobProgress } from '../src/watch-job.ts'

const MiB = 1024 ** 2
const GiB = 1024 ** 3

beforeEach(() => { vi.useFakeTimers({ now: 0 }) })
afterEach(() => { vi.useRealTimers() })

/** What the caller of watchJob sees: the events, the aborts, the tolerated errors. */
function observer (): { events: ProgressEvent[], aborts: string[], errors: unknown[], options: Parameters<typeof watchJob>[2] } {
  const events: ProgressEvent[] = []
  const aborts: string[] = []
  const errors: unknown[] = []
  return {
    events, aborts, errors,
    options: { onProgress: (e) => { events.push(e) }, onAbort: (reason) => { aborts.push(reason) }, onError: (e) => { errors.push(e) } }
  }
}

const watch = (): ProgressWatch => new ProgressWatch({ startedAtMs: 0, bytes: 8 * GiB, phase: 'transfer' })

describe('watchJob', () => {
  it('polls every second, reports each event, and aborts once when the job stalls', async () => {
    let polls = 0
    // 10 MiB a second for 10 s, then nothing moves any more.
    const jobInfo = async (): Promise<JobProgress> => {
      const done = Math.min(polls++, 10) * 10 * MiB
      return { processed: done, remaining: GiB - done, total: GiB }
    }
    const o = observer()
    watchJob(jobInfo, watch(), o.options)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(o.events.at(-1)).toMatchObject({ phase: 'transfer', doneBytes: 50 * MiB, totalBytes: GiB, rateBytesPerSecond: 10 * MiB, elapsedMs: 5_000 })
    expect(o.events.at(-1)?.etaMs).toBe(Math.round((GiB - 50 * MiB) / (10 * MiB) * 1000))

    // The last byte moved at 10 s: the stall is declared at 160 s, not a poll before.
    await vi.advanceTimersByTimeAsync(154_999)
    expect(o.aborts).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(o.aborts).toEqual(['no bytes moved for 150 s (the progress timeout is 150 s)'])
    const pollsAtAbort = polls
    await vi.advanceTimersByTimeAsync(60_000)
    expect(o.aborts).toHaveLength(1)
    expect(polls).toBe(pollsAtAbort)
    expect(o.errors).toEqual([])
  })

  it('tolerates libvirt briefly unreachable, counting it as no progress', async () => {
    let t = 0
    const down = (s: number): boolean => s >= 3 && s < 100
    const jobInfo = async (): Promise<JobProgress> => {
      const s = t++
      if (down(s)) throw new LibvirtUnavailableError('qemu:///system', 'Cannot recv data: Connection reset by peer')
      return { processed: s * MiB, remaining: null, total: null }
    }
    const o = observer()
    const watcher = watchJob(jobInfo, watch(), o.options)
    await vi.advanceTimersByTimeAsync(99_000)
    expect(o.errors).toHaveLength(97)
    expect(o.errors[0]).toBeInstanceOf(LibvirtUnavailableError)
    // Each failed poll is still an event, with the last bytes known and the rate falling.
    expect(o.events).toHaveLength(100)
    expect(o.events.at(-1)).toMatchObject({ doneBytes: 2 * MiB, rateBytesPerSecond: 0, etaMs: null, elapsedMs: 99_000 })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(o.aborts).toEqual([])
    expect(o.events.at(-1)).toMatchObject({ doneBytes: 109 * MiB, rateBytesPerSecond: MiB })
    watcher.stop()
  })

  it('an outage as long as the progress timeout aborts, with the stall as the reason', async () => {
    const jobInfo = vi.fn(async (): Promise<JobProgress> => { throw new LibvirtUnavailableError('qemu:///system', 'Broken pipe') })
    const o = observer()
    watchJob(jobInfo, new ProgressWatch({ startedAtMs: 0, bytes: GiB, phase: 'transfer', progressTimeoutMs: 30_000 }), { ...o.options, pollMs: 5_000 })
    await vi.advanceTimersByTimeAsync(25_000)
    expect(o.aborts).toEqual([])
    await vi.advanceTimersByTimeAsync(5_000)
    expect(o.aborts).toEqual(['no bytes moved for 30 s (the progress timeout is 30 s)'])
    expect(jobInfo).toHaveBeenCalledTimes(7)
  })

  it('a question that never comes back: each poll meanwhile is silence, so a hung libvirt still aborts', async () => {
    const jobInfo = vi.fn(async (): Promise<JobProgress> => await new Promise<never>(() => {}))
    const o = observer()
    watchJob(jobInfo, new ProgressWatch({ startedAtMs: 0, bytes: GiB, phase: 'transfer', progressTimeoutMs: 10_000 }), o.options)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(jobInfo).toHaveBeenCalledTimes(1)
    expect(o.aborts).toHaveLength(1)
    expect(o.events).toHaveLength(10)
  })

  it('no job yet (null) is no progress; stop ends the polling and ignores an answer on its way', async () => {
    let answer: JobProgress | null = null
    let release: (() => void) | undefined
    const jobInfo = vi.fn(async (): Promise<JobProgress | null> => {
      if (answer !== null) await new Promise<void>((resolve) => { release = resolve })
      return answer
    })
    const o = observer()
    const watcher = watchJob(jobInfo, watch(), o.options)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(o.events.map((e) => e.doneBytes)).toEqual([0, 0, 0])
    answer = { processed: MiB, remaining: null, total: null }
    await vi.advanceTimersByTimeAsync(1_000)
    watcher.stop()
    release?.()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(jobInfo).toHaveBeenCalledTimes(4)
    expect(o.events).toHaveLength(3)
    watcher.stop()
  })

  it('a callback that throws does not end the watch; an onAbort that rejects is reported', async () => {
    let n = 0
    const errors: unknown[] = []
    watchJob(async () => ({ processed: n++ < 3 ? n * MiB : 3 * MiB, remaining: null, total: null }),
      new ProgressWatch({ startedAtMs: 0, bytes: GiB, phase: 'transfer', progressTimeoutMs: 5_000 }), {
        onProgress: () => { throw new RangeError('a broken listener') },
        onAbort: async () => { throw new RangeError('abortJob failed') },
        onError: (e) => { errors.push(e) }
      })
    await vi.advanceTimersByTimeAsync(7_000)
    expect(errors.filter((e) => (e as Error).message === 'a broken listener')).toHaveLength(8)
    expect(errors.at(-1)).toMatchObject({ message: 'abortJob failed' })
  })

  it('refuses a poll interval that is not one', () => {
    expect(() => watchJob(async () => null, watch(), { pollMs: 0, onAbort: () => {} })).toThrow(ProgressLimitError)
  })
})

describe('jobProgress', () => {
  const info = (more: Partial<JobInfo>): JobInfo => ({
    type: 'unbounded', operation: 'Outgoing migration', elapsedMs: 1000, dataProcessedBytes: 5, dataRemainingBytes: 7, dataTotalBytes: 12,
    memoryBandwidthBytesPerSecond: null, expectedDowntimeMs: null, totalDowntimeMs: null, fields: {}, ...more
  })

  it('reads a running job\'s bytes, and no job as null', () => {
    expect(jobProgress(info({}))).toEqual({ processed: 5, remaining: 7, total: 12 })
    expect(jobProgress(info({ type: 'bounded', dataRemainingBytes: null }))).toEqual({ processed: 5, remaining: null, total: 12 })
    expect(jobProgress(info({ type: 'none', dataProcessedBytes: null }))).toBeNull()
    expect(jobProgress(info({ type: 'completed' }))).toBeNull()
    expect(jobProgress(info({ dataProcessedBytes: null }))).toBeNull()
  })
})
