import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AgentStore, DataDirError, DataDirLockedError } from '../src/index.ts'

const dirs: string[] = []
function scratch (): string {
  const dir = mkdtempSync(join(tmpdir(), 'store-'))
  dirs.push(dir)
  return dir
}
afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }) })

describe('AgentStore', () => {
  it('keeps typed values across a reopen, in a directory only its owner reads', async () => {
    const dir = join(scratch(), 'data')
    const store = await AgentStore.open(dir)
    await store.table<{ name: string }>('cluster').put('config', { name: 'home' })
    await store.table<Uint8Array>('view', 'binary').put('peer', new Uint8Array([1, 2, 3]))
    await store.close()
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    const again = await AgentStore.open(dir)
    expect(await again.table('cluster').get('config')).toEqual({ name: 'home' })
    expect([...(await again.table<Uint8Array>('view', 'binary').get('peer'))!]).toEqual([1, 2, 3])
    expect(await again.table('cluster').get('missing')).toBeUndefined()
    await again.close()
  })

  it('applies a batch across keyspaces whole, and not at all when one operation is bad', async () => {
    const store = await AgentStore.open(scratch())
    const members = store.table<{ name: string }>('members')
    const journal = store.table<{ step: string }>('journal')
    await store.batch([members.putOp('a', { name: 'h1' }), journal.putOp('1', { step: 'added' })])
    expect(await members.entries()).toEqual([['a', { name: 'h1' }]])
    await expect(store.batch([members.putOp('b', { name: 'h2' }), { type: 'put', key: undefined as unknown as string, value: 1, sublevel: undefined }]))
      .rejects.toThrow()
    expect(await members.get('b')).toBeUndefined()
    await store.close()
  })

  it('refuses a second agent on the same data directory, saying what to do', async () => {
    const dir = scratch()
    const first = await AgentStore.open(dir)
    await expect(AgentStore.open(dir)).rejects.toThrow(DataDirLockedError)
    await expect(AgentStore.open(dir)).rejects.toThrow(/in use by another agent: stop it first, or give this one its own --data/)
    await first.close()
    const second = await AgentStore.open(dir)
    await second.close()
  })

  it('names the directory when it cannot be created', async () => {
    const file = join(scratch(), 'file')
    writeFileSync(file, '')
    await expect(AgentStore.open(join(file, 'data'))).rejects.toThrow(DataDirError)
  })
})
