import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MigrationSource } from '../src/source.ts'
import { tunnelVerdict } from '../src/tunnel-gate.ts'
import { ID, SOURCE, UUID, fileChecksum, request } from './hosts.ts'
import { SELF, TARGET, moving, pair } from './pair.ts'
import type { Pair } from './pair.ts'

const dirs: string[] = []
afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }) })

/** A pair whose source VM has a real image file, holding `content`. */
async function offlinePair (content = 'guest data'): Promise<Pair & { image: string, vm: typeof moving }> {
  const built = await pair()
  const dir = mkdtempSync(join(tmpdir(), 'mv-offline-'))
  dirs.push(dir)
  const image = join(dir, 'web@root.qcow2')
  writeFileSync(image, content)
  return { ...built, image, vm: { ...moving, disks: [{ name: 'root', path: image, sizeBytes: 64 << 20 }] } }
}

describe('an offline migration', () => {
  it('shuts the guest down, copies its images, and the target defines it, adopts it and starts it; the source lets it go', async () => {
    const { source, hv, journal, handedOver, vm, image, target: there } = await offlinePair()
    const result = await source.migrate(vm, TARGET, 'h2', { mode: 'offline' })
    expect(result).toMatchObject({ vm: 'web', from: 'h2', to: 'h3', mode: 'offline' })
    const copy = join(there.images, 'web@root.qcow2')
    expect(fileChecksum(copy)).toBe(fileChecksum(image))
    expect(there.hv.domains.get('web')).toMatchObject({ uuid: UUID, state: { state: 'running' } })
    expect(there.ledger.adopted).toEqual([{ uuid: UUID, running: false, generation: 1, images: [copy] }])
    expect(there.ledger.started).toEqual(['web'])
    // The source's domain is off (its cleanup, handOver, removes it with the record).
    expect(hv.domains.get('web')?.state.state).toBe('shutoff')
    expect(handedOver).toEqual(['web'])
    expect(there.serving.size).toBe(0)
    expect(await journal.open()).toEqual([])
    expect(await there.journal.open()).toEqual([])
  })

  it('a VM that was stopped moves and stays stopped', async () => {
    const { source, hv, vm, target: there } = await offlinePair()
    await hv.shutdown('web')
    await source.migrate({ ...vm, running: false }, TARGET, 'h2', { mode: 'offline' })
    expect(there.hv.domains.get('web')?.state.state).toBe('shutoff')
    expect(there.ledger.started).toEqual([])
    expect(await there.journal.open()).toEqual([])
  })

  it('a copy that differs from the source\'s is refused before the commit: the VM runs on the source again, the target undid everything', async () => {
    const { source, ports, hv, journal, vm, target: there } = await offlinePair()
    const send = ports.sendImage
    ports.sendImage = async (path, to, timeoutMs) => { await send(path, to, timeoutMs); writeFileSync(there.serving.values().next().value![0]!, 'a flipped bit') }
    await expect(source.migrate(vm, TARGET, 'h2', { mode: 'offline' })).rejects.toThrow(/web stays on h2: .*the copy of disk root differs from the source's/)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(there.hv.domains.has('web')).toBe(false)
    expect(existsSync(join(there.images, 'web@root.qcow2'))).toBe(false)
    expect(there.ledger.leases.size).toBe(0)
    expect(await journal.open()).toEqual([])
    expect(await there.journal.open()).toEqual([])
  })

  it('a guest that ignores the power button: aborted, still running, unless forced off', async () => {
    const { source, hv, vm, target: there } = await offlinePair()
    hv.ignoreAcpi.add('web')
    await expect(source.migrate(vm, TARGET, 'h2', { mode: 'offline', shutdownWaitMs: 50 })).rejects.toThrow(/web stays on h2/)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(there.ledger.leases.size).toBe(0)
  })

  it('the target lets only the disks stream in, and only while it receives', async () => {
    const { t, serving, journal } = await offlinePair().then((p) => p.target)
    const { token } = await t.handle(request('reserve', { mode: 'offline' }), SOURCE) as { token: Uint8Array }
    await t.handle(request('prepare', { mode: 'offline' }), SOURCE)
    const open = (channel: 'libvirt' | 'memory' | 'disks'): ReturnType<typeof tunnelVerdict> => tunnelVerdict(t.gated, SOURCE, { clusterId: 'c'.repeat(32), migrationId: ID, token, channel })
    expect(open('disks').ok).toBe(false)
    expect(await t.handle(request('transfer', { mode: 'offline' }), SOURCE)).toEqual({ ok: true })
    expect([...serving.keys()]).toEqual([ID])
    expect(open('disks')).toEqual({ ok: true, endpoint: { host: '127.0.0.1', port: 49301 } })
    expect(open('libvirt')).toMatchObject({ ok: false, reason: expect.stringMatching(/carries no libvirt stream/) })
    expect(open('memory')).toMatchObject({ ok: false, reason: expect.stringMatching(/carries no memory stream/) })
    expect(await t.handle(request('commit', { mode: 'offline' }), SOURCE)).toMatchObject({ ok: false, message: expect.stringMatching(/not verified yet/) })
    // Verified: no stream may write into the images any more, and the migration (its lease) stays held.
    const { images } = (await journal.get(ID))!.intent
    expect(await t.handle(request('verify', { mode: 'offline', disks: [{ name: 'root', virtualBytes: 64 << 20, checksum: fileChecksum(images[0]!) }] }), SOURCE)).toEqual({ ok: true })
    expect(serving.size).toBe(0)
    expect(open('disks')).toMatchObject({ ok: false, reason: expect.stringMatching(/carries no disks stream/) })
    expect(t.gated.has(ID)).toBe(true)
  })
})

describe('an offline migration cut short', () => {
  it('the source killed mid-transfer: on restart it aborts, the target undoes, and the VM runs on the source again', async () => {
    const { ports, hv, journal, vm, target: there } = await offlinePair()
    ports.sendImage = async () => { throw new Error('killed') }
    const ask = ports.ask
    ports.ask = async (target, req) => req.op === 'abort' ? await new Promise(() => {}) : await ask(target, req)
    void new MigrationSource(ports).migrate(vm, TARGET, 'h2', { mode: 'offline' }).catch(() => {})
    await expect.poll(async () => (await journal.open()).map((e) => e.step)).toEqual(['abort'])
    expect(hv.domains.get('web')?.state.state).toBe('shutoff')
    ports.ask = ask
    expect(await new MigrationSource(ports).recover()).toBe(0)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(there.ledger.leases.size).toBe(0)
    expect(await journal.open()).toEqual([])
  })

  it('the target killed between its record and the start: a restart starts the VM it owns', async () => {
    const { source, ports, vm, target: there } = await offlinePair()
    const start = there.ports.startArrived
    there.ports.startArrived = async () => { throw new Error('killed') }
    await expect(source.migrate(vm, TARGET, 'h2', { mode: 'offline' })).rejects.toThrow(/has not taken it over yet/)
    expect((await there.journal.open()).map((e) => e.step)).toEqual(['starting'])
    expect(there.ledger.adopted).toHaveLength(1)
    const migrationId = (await there.journal.open())[0]!.id
    // Past the commit: what the source is told, whose retried commit then finishes the start.
    expect(await there.t.handle(request('status', { migrationId }), SELF)).toEqual({ ok: true, step: 'committed' })
    there.ports.startArrived = start
    expect(await there.t.recover()).toBe(0)
    expect(there.hv.domains.get('web')?.state.state).toBe('running')
    expect(await there.journal.open()).toEqual([])
    // Over: the next migration in is not refused as one too many.
    expect(there.t.gated.size).toBe(0)
    expect(await new MigrationSource(ports).recover()).toBe(0)
  })
})
