/**
 * The one serial queue (docs/architecture.md §3): the ledger's one change at a time and the
 * owner's one operation at a time per VM are this.
 */
import { describe, expect, it } from 'vitest'
import { SerialQueue } from '../src/index.ts'

/** A task that waits for its release, noting when it starts and ends. */
function gated (log: string[], name: string): { task: () => Promise<string>, release: () => void, fail: (error: Error) => void } {
  let release!: () => void
  let fail!: (error: Error) => void
  const gate = new Promise<void>((resolve, reject) => { release = resolve; fail = reject })
  const task = async (): Promise<string> => {
    log.push(`${name} starts`)
    try {
      await gate
      return name
    } finally {
      log.push(`${name} ends`)
    }
  }
  return { task, release, fail }
}

const settle = async (): Promise<void> => { await new Promise((resolve) => setImmediate(resolve)) }

describe('SerialQueue', () => {
  it('runs the tasks of one key one at a time, in the order they were queued', async () => {
    const queue = new SerialQueue()
    const log: string[] = []
    const tasks = ['a', 'b', 'c'].map((name) => gated(log, name))
    const results = tasks.map((t) => queue.run('k', t.task))
    await settle()
    expect(log).toEqual(['a starts'])
    // Released out of order: each still waits for the one before it.
    tasks[2]!.release()
    tasks[1]!.release()
    await settle()
    expect(log).toEqual(['a starts'])
    tasks[0]!.release()
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c'])
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends'])
  })

  it('a task that fails (or throws at once) rejects its own run only; the next one runs', async () => {
    const queue = new SerialQueue()
    const log: string[] = []
    const a = gated(log, 'a')
    const first = queue.run('k', a.task)
    const second = queue.run('k', () => { throw new Error('at once') })
    const third = queue.run('k', async () => 'after')
    a.fail(new Error('broke'))
    await expect(first).rejects.toThrow('broke')
    await expect(second).rejects.toThrow('at once')
    expect(await third).toBe('after')
  })

  it('runs the tasks of different keys concurrently', async () => {
    const queue = new SerialQueue()
    const log: string[] = []
    const a = gated(log, 'a')
    const b = gated(log, 'b')
    const both = [queue.run('vm-1', a.task), queue.run('vm-2', b.task)]
    await settle()
    expect(log).toEqual(['a starts', 'b starts'])
    b.release()
    expect(await both[1]).toBe('b')
    expect(queue.busy('vm-1')).toBe(true)
    a.release()
    expect(await both[0]).toBe('a')
  })

  it('keeps nothing for a key once its last task settled, failed or not', async () => {
    const queue = new SerialQueue<number>()
    const log: string[] = []
    const a = gated(log, 'a')
    const run = queue.run(1, a.task)
    const failed = queue.run(2, async () => { throw new Error('no') })
    expect([queue.busy(1), queue.busy(2), queue.size]).toEqual([true, true, 2])
    await expect(failed).rejects.toThrow('no')
    await settle()
    expect([queue.busy(1), queue.busy(2), queue.size]).toEqual([true, false, 1])
    a.release()
    await run
    await settle()
    expect([queue.busy(1), queue.size]).toEqual([false, 0])
  })

  it('one key is one queue for everything', async () => {
    const queue = new SerialQueue()
    let running = 0
    let most = 0
    const task = async (): Promise<void> => {
      most = Math.max(most, ++running)
      await settle()
      running--
    }
    await Promise.all(Array.from({ length: 20 }, () => queue.run('', task)))
    expect(most).toBe(1)
    expect(queue.size).toBe(0)
  })
})
