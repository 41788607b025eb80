import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ProgressEvent } from '../src/progress.ts'
import { TARGET, moving, pair } from './pair.ts'

const dirs: string[] = []
afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }) })

function image (): string {
  const dir = mkdtempSync(join(tmpdir(), 'mv-limits-'))
  dirs.push(dir)
  const path = join(dir, 'web@root.qcow2')
  writeFileSync(path, 'guest data')
  return path
}

describe('what the operator sees of a migration', () => {
  it('an event at each step, in order, and the transfer\'s bytes', async () => {
    const { source } = await pair()
    const events: ProgressEvent[] = []
    await source.migrate(moving, TARGET, 'h2', { mode: 'live', onProgress: (e) => events.push(e) })
    expect([...new Set(events.map((e) => e.phase))]).toEqual(['reserve', 'prepare', 'transfer', 'commit', 'cleanup'])
    expect(events.every((e) => e.elapsedMs >= 0)).toBe(true)
  })

  it('offline, the image\'s bytes as qemu-img reports them', async () => {
    const { source, ports } = await pair()
    const send = ports.sendImage
    ports.sendImage = async (path, to, options) => { options.onProgress(0.5); await send(path, to, options); options.onProgress(1) }
    const events: ProgressEvent[] = []
    const vm = { ...moving, disks: [{ name: 'root', path: image(), sizeBytes: 64 << 20 }] }
    await source.migrate(vm, TARGET, 'h2', { mode: 'offline', onProgress: (e) => events.push(e) })
    expect(events.filter((e) => e.phase === 'transfer').map((e) => e.doneBytes)).toEqual([0, 32 << 20, 64 << 20])
    expect([...new Set(events.map((e) => e.phase))]).toEqual(['reserve', 'prepare', 'stop', 'transfer', 'commit', 'cleanup'])
  })
})

describe('cancel', () => {
  it('before the transfer: aborted, the VM runs here, the target undid everything', async () => {
    const { source, ports, hv, journal, target: there } = await pair()
    const cancel = new AbortController()
    const ask = ports.ask
    ports.ask = async (target, request) => {
      const answer = await ask(target, request)
      if (request.op === 'prepare') cancel.abort()
      return answer
    }
    await expect(source.migrate(moving, TARGET, 'h2', { mode: 'live', signal: cancel.signal })).rejects.toThrow(/web stays on h2: cancelled by the operator/)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(there.ledger.leases.size).toBe(0)
    expect(await journal.open()).toEqual([])
    expect(await there.journal.open()).toEqual([])
  })

  it('mid-transfer, live: libvirt\'s job is aborted and the VM stays running here', async () => {
    const { source, ports, hv, target: there } = await pair()
    const cancel = new AbortController()
    let abortJob: () => void = () => {}
    ports.abortJob = async () => { abortJob() }
    ports.migrate = async () => {
      const aborted = new Promise<void>((resolve) => { abortJob = resolve })
      cancel.abort()
      await aborted
      throw new Error('operation aborted: migration job: canceled by client')
    }
    await expect(source.migrate(moving, TARGET, 'h2', { mode: 'live', signal: cancel.signal })).rejects.toThrow(/web stays on h2: cancelled by the operator/)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(there.ledger.leases.size).toBe(0)
  })

  it('mid-transfer, offline: qemu-img is stopped, the VM starts again here', async () => {
    const { source, ports, hv, target: there } = await pair()
    const cancel = new AbortController()
    ports.sendImage = async (_path, _to, options) => {
      cancel.abort()
      options.signal.throwIfAborted()
    }
    const vm = { ...moving, disks: [{ name: 'root', path: image(), sizeBytes: 64 << 20 }] }
    await expect(source.migrate(vm, TARGET, 'h2', { mode: 'offline', signal: cancel.signal })).rejects.toThrow(/web stays on h2: cancelled by the operator/)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(there.hv.domains.has('web')).toBe(false)
  })
})

describe('limits', () => {
  it('offline, no byte moving for the progress timeout: aborted, the VM starts again here', async () => {
    const { source, ports, hv } = await pair()
    ports.sendImage = async (_path, _to, options) => {
      await new Promise((_resolve, reject) => { options.signal.addEventListener('abort', () => { reject(options.signal.reason) }) })
    }
    const vm = { ...moving, disks: [{ name: 'root', path: image(), sizeBytes: 64 << 20 }] }
    await expect(source.migrate(vm, TARGET, 'h2', { mode: 'offline', progressTimeoutMs: 200 })).rejects.toThrow(/web stays on h2: no bytes moved for [\d.]+ s \(the progress timeout is 0.2 s\)/)
    expect(hv.domains.get('web')?.state.state).toBe('running')
  })

  it('live, the maximum downtime is set on the domain before libvirt moves it, and the bandwidth and auto-converge handed to libvirt', async () => {
    const { source, ports } = await pair()
    const calls: string[] = []
    const set = ports.setMaxDowntime
    ports.setMaxDowntime = async (vm, ms) => { calls.push(`downtime ${ms}`); await set(vm, ms) }
    const migrate = ports.migrate
    ports.migrate = async (vm, options) => { calls.push(`migrate ${options.bandwidthMiBs} ${options.autoConverge}`); await migrate(vm, options) }
    await source.migrate(moving, TARGET, 'h2', { mode: 'live', maxDowntimeMs: 300, bandwidthMiBs: 100, autoConverge: true })
    expect(calls).toEqual(['downtime 300', 'migrate 100 true'])
  })

  it('offline, the bandwidth is handed to each image\'s sender', async () => {
    const { source, ports } = await pair()
    const rates: Array<number | undefined> = []
    const send = ports.sendImage
    ports.sendImage = async (path, to, options) => { rates.push(options.bandwidthMiBs); await send(path, to, options) }
    await source.migrate({ ...moving, disks: [{ name: 'root', path: image(), sizeBytes: 64 << 20 }] }, TARGET, 'h2', { mode: 'offline', bandwidthMiBs: 40 })
    expect(rates).toEqual([40])
  })
})
