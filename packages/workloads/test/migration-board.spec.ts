import { RefusedError } from '@multiverse/domain'
import type { MigrateResult } from '@multiverse/migration'
import { describe, expect, it } from 'vitest'
import { MigrationBoard } from '../src/migration-board.ts'

const result: MigrateResult = { vm: 'web', from: 'h2', to: 'h3', mode: 'live', elapsedMs: 5 }

describe('the migrations a host drives', () => {
  it('one out at a time by default: a second is refused, naming the one under way', async () => {
    const board = new MigrationBoard('h2', 1)
    let finish: () => void = () => {}
    const first = board.run({ vm: 'web', to: 'h3', mode: 'live' }, async () => { await new Promise<void>((resolve) => { finish = resolve }); return result })
    await expect(board.run({ vm: 'db', to: 'h3', mode: 'live' }, async () => result)).rejects.toThrow(/h2 sends web already, as many migrations as it sends at once/)
    finish()
    await first
    await expect(board.run({ vm: 'db', to: 'h3', mode: 'live' }, async () => ({ ...result, vm: 'db' }))).resolves.toMatchObject({ vm: 'db' })
  })

  it('lists the running one with its progress, then how each ended, newest first, with why', async () => {
    const board = new MigrationBoard('h2', 2)
    await expect(board.run({ vm: 'db', to: 'h1', mode: 'offline' }, async () => { throw new RefusedError('db stays on h2: the copy of disk root differs') })).rejects.toThrow()
    let finish: () => void = () => {}
    const running = board.run({ vm: 'web', to: 'h3', mode: 'live' }, async (_signal, onProgress) => {
      onProgress({ phase: 'transfer', doneBytes: 100, totalBytes: 400, rateBytesPerSecond: 50, etaMs: 6000, elapsedMs: 2000 })
      await new Promise<void>((resolve) => { finish = resolve })
      return result
    })
    expect(board.list().map((m) => [m.vm, m.state, m.phase, m.doneBytes, m.why])).toEqual([
      ['web', 'running', 'transfer', 100, undefined],
      ['db', 'aborted', 'reserve', 0, 'db stays on h2: the copy of disk root differs']
    ])
    finish()
    await running
    // Moved: all of it, whatever the last sample said.
    expect(board.list().map((m) => [m.vm, m.state, m.doneBytes, m.etaMs])).toEqual([['web', 'moved', 400, 0], ['db', 'aborted', 0, null]])
  })

  it('cancel aborts a running migration\'s signal before its commit, and is refused after it or with none running', async () => {
    const board = new MigrationBoard('h2', 2)
    let phase: (p: 'transfer' | 'commit') => void = () => {}
    const signals: AbortSignal[] = []
    const run = (vm: string): Promise<MigrateResult> => board.run({ vm, to: 'h3', mode: 'live' }, async (signal, onProgress) => {
      signals.push(signal)
      phase = (p) => { onProgress({ phase: p, doneBytes: 0, totalBytes: null, rateBytesPerSecond: 0, etaMs: null, elapsedMs: 0 }) }
      await new Promise((_resolve, reject) => { signal.addEventListener('abort', () => { reject(signal.reason) }) })
      return result
    })
    const web = run('web')
    phase('transfer')
    expect(board.cancel('web')).toMatchObject({ vm: 'web', phase: 'transfer' })
    await expect(web).rejects.toThrow(/cancelled by the operator/)
    void run('db').catch(() => {})
    phase('commit')
    expect(() => board.cancel('db')).toThrow(/db is past its commit: it is h3's now, and the migration finishes/)
    expect(signals[1]!.aborted).toBe(false)
    expect(() => board.cancel('nothing')).toThrow(/no migration of nothing runs on h2/)
  })
})
