import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { AgentStore, Journal } from '../src/index.ts'

const dir = mkdtempSync(join(tmpdir(), 'journal-'))
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('Journal', () => {
  it('keeps every open entry across a reopen of the store, each kind apart, until it ends', async () => {
    let store = await AgentStore.open(dir)
    let creates = new Journal<{ uuid: string }>(store, 'vm-create', () => 1000)
    const other = new Journal<{ to: string }>(store, 'migration')
    const entry = await creates.write(creates.entry('a', 'define', { uuid: 'u' }))
    await creates.write(creates.advance(entry, 'bind', { uuid: 'u' }))
    await creates.write(creates.entry('b', 'define', { uuid: 'v' }))
    await other.write(other.entry('a', 'send', { to: 'h2' }))
    // The caller's own record and the journal's step land in one batch, or neither does.
    const records = store.table<string>('vms')
    await creates.end('b', [records.putOp('b', 'created')])
    await store.close()

    store = await AgentStore.open(dir)
    creates = new Journal(store, 'vm-create')
    expect(await creates.open()).toEqual([{ id: 'a', kind: 'vm-create', step: 'bind', intent: { uuid: 'u' }, startedAtMs: 1000, updatedAtMs: 1000 }])
    expect((await new Journal(store, 'migration').open()).map((e) => e.id)).toEqual(['a'])
    expect(await store.table<string>('vms').get('b')).toBe('created')
    await store.batch([creates.endOp('a')], { sync: true })
    expect(await creates.get('a')).toBeUndefined()
    await store.close()
  })

  it('refuses a kind that would collide with another in the key space', async () => {
    const store = await AgentStore.open(join(dir, 'kinds'))
    expect(() => new Journal(store, 'vm/create')).toThrow(TypeError)
    await store.close()
  })
})
