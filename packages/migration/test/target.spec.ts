import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TunnelOpen } from '@multiverse/wire'
import { describe, expect, it } from 'vitest'
import { MigrationTarget } from '../src/target.ts'
import { tunnelVerdict } from '../src/tunnel-gate.ts'
import { ID, NATIVE_PORTS, SOURCE, UUID, arrives, fileChecksum, request, target } from './hosts.ts'
import type { Built } from './hosts.ts'
import type { SourceAnswer } from '../src/recovery.ts'

const ticket = (token: Uint8Array, channel: TunnelOpen['channel'] = 'memory'): TunnelOpen => ({ clusterId: 'c'.repeat(32), migrationId: ID, token, channel })

describe('the target of a migration', () => {
  it('reserves, prepares, lets the source\'s tunnels in only while it receives, and takes the VM over at commit', async () => {
    const { t, ledger, hv, journal, images } = await target()
    const reserved = await t.handle(request('reserve'), SOURCE)
    expect(reserved).toMatchObject({ ok: true })
    const token = (reserved as { token: Uint8Array }).token
    expect(await t.handle(request('reserve'), SOURCE)).toEqual(reserved)
    expect(ledger.leases.get(ID)).toBe(SOURCE)
    expect(tunnelVerdict(t.gated, SOURCE, ticket(token, 'libvirt'))).toMatchObject({ ok: false })

    const prepared = await t.handle(request('prepare'), SOURCE)
    expect(prepared).toEqual({ ok: true, diskPaths: [join(images, 'web@root.qcow2')], consolePath: expect.stringMatching(/console\/web\.log$/), memoryPort: 49300, disksPort: 49301 })
    expect(existsSync(join(images, 'web@root.qcow2'))).toBe(true)
    expect(tunnelVerdict(t.gated, SOURCE, ticket(token))).toMatchObject({ ok: false })

    expect(await t.handle(request('transfer'), SOURCE)).toEqual({ ok: true })
    expect(tunnelVerdict(t.gated, SOURCE, ticket(token))).toEqual({ ok: true, endpoint: { host: '127.0.0.1', port: 49300 } })
    expect(tunnelVerdict(t.gated, SOURCE, ticket(token, 'libvirt'))).toEqual({ ok: true, endpoint: { path: '/run/libvirt/libvirt-sock' } })
    expect(await t.handle(request('status'), SOURCE)).toEqual({ ok: true, step: 'receiving' })

    await arrives(hv)
    expect(await t.handle(request('commit', { generation: 1 }), SOURCE)).toEqual({ ok: true, downtimeMs: 42 })
    expect(ledger.adopted).toEqual([{ uuid: UUID, running: true, generation: 1, images: [join(images, 'web@root.qcow2')] }])
    expect(await journal.open()).toEqual([])
    expect(t.gated.size).toBe(0)
    expect(tunnelVerdict(t.gated, SOURCE, ticket(token))).toMatchObject({ ok: false })
    // A source whose answer was lost asks again: committed, and nothing done twice.
    expect(await t.handle(request('commit'), SOURCE)).toEqual({ ok: true })
    expect(await t.handle(request('status'), SOURCE)).toEqual({ ok: true, step: 'committed' })
    expect(ledger.adopted).toHaveLength(1)
  })

  it('runs native data channels for the streams only while it receives, tells their ports, and stops them at the commit', async () => {
    const { t, hv, native } = await target(undefined, { native: true })
    await t.handle(request('reserve'), SOURCE)
    await t.handle(request('prepare'), SOURCE)
    expect(native.size).toBe(0)
    expect(await t.handle(request('transfer'), SOURCE)).toEqual({ ok: true, memoryNativePort: NATIVE_PORTS.memory, disksNativePort: NATIVE_PORTS.disks })
    // QEMU's loopback ports only: libvirt's RPC is not theirs.
    expect(native.get(ID)).toEqual({ memory: { host: '127.0.0.1', port: 49300 }, disks: { host: '127.0.0.1', port: 49301 } })
    await arrives(hv)
    expect(await t.handle(request('commit'), SOURCE)).toMatchObject({ ok: true })
    await new Promise((resolve) => setImmediate(resolve))
    expect(native.size).toBe(0)
  })

  it('stops them on an abort, and offline (the disks\' stream alone) before it checks the images', async () => {
    const live = await target(undefined, { native: true })
    for (const op of ['reserve', 'prepare', 'transfer', 'abort'] as const) await live.t.handle(request(op), SOURCE)
    expect(live.native.size).toBe(0)

    const offline = await target(undefined, { native: true })
    await offline.t.handle(request('reserve', { mode: 'offline' }), SOURCE)
    const { diskPaths } = await offline.t.handle(request('prepare', { mode: 'offline' }), SOURCE) as { diskPaths: string[] }
    expect(await offline.t.handle(request('transfer', { mode: 'offline' }), SOURCE)).toEqual({ ok: true, disksNativePort: NATIVE_PORTS.disks })
    expect(offline.native.get(ID)).toEqual({ disks: { host: '127.0.0.1', port: 49301 } })
    expect(await offline.t.handle(request('verify', { mode: 'offline', disks: [{ name: 'root', virtualBytes: 64 << 20, checksum: fileChecksum(diskPaths[0]!) }] }), SOURCE)).toEqual({ ok: true })
    expect(offline.native.size).toBe(0)
  })

  it('refuses a commit before the VM arrived, or of another VM\'s domain, and stays receiving', async () => {
    const { t, hv } = await target()
    await t.handle(request('reserve'), SOURCE)
    await t.handle(request('prepare'), SOURCE)
    await t.handle(request('transfer'), SOURCE)
    expect(await t.handle(request('commit'), SOURCE)).toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/web has not arrived/) })
    await arrives(hv, '00000000-0000-4000-8000-000000000000')
    expect(await t.handle(request('commit'), SOURCE)).toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/has not arrived/) })
    expect(await t.handle(request('status'), SOURCE)).toEqual({ ok: true, step: 'receiving' })
  })

  it.each(['reserve', 'prepare', 'transfer'] as const)('undoes everything on an abort after %s: images, lease, journal, gate, a leftover domain', async (last) => {
    const { t, ledger, hv, journal, images } = await target()
    for (const op of ['reserve', 'prepare', 'transfer'] as const) {
      await t.handle(request(op), SOURCE)
      if (op === last) break
    }
    if (last === 'transfer') await arrives(hv)
    expect(await t.handle(request('abort'), SOURCE)).toEqual({ ok: true })
    expect(existsSync(join(images, 'web@root.qcow2'))).toBe(false)
    expect(ledger.leases.size).toBe(0)
    expect(await journal.open()).toEqual([])
    expect(t.gated.size).toBe(0)
    expect(hv.domains.has('web')).toBe(false)
    expect(await t.handle(request('abort'), SOURCE)).toEqual({ ok: true })
  })

  it('refuses another member\'s request on a migration, a step out of order, and a reservation the ledger refuses', async () => {
    const { t, ledger } = await target()
    expect(await t.handle(request('prepare'), SOURCE)).toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/reserve first/) })
    await t.handle(request('reserve'), SOURCE)
    expect(await t.handle(request('abort'), '12D3KooWOther')).toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/another host's/) })
    expect(await t.handle(request('commit'), SOURCE)).toMatchObject({ ok: false, message: expect.stringMatching(/is leased: nothing has moved yet/) })
    await t.handle(request('abort'), SOURCE)
    ledger.refuse = 'wants 64 GiB, 2 GiB free'
    expect(await t.handle(request('reserve', { migrationId: 'cd'.repeat(16) }), SOURCE)).toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/cannot come here: wants 64 GiB, 2 GiB free \(memory\)/) })
  })

  it('takes as many migrations in at once as it may (one by default), saying so to the next', async () => {
    const { t, ledger } = await target()
    await t.handle(request('reserve'), SOURCE)
    expect(await t.handle(request('reserve', { migrationId: 'cd'.repeat(16), vm: 'db' }), SOURCE))
      .toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/the target receives 1 migration already, as many as it takes at once/) })
    expect(ledger.leases.size).toBe(1)
    await t.handle(request('abort'), SOURCE)
    expect(await t.handle(request('reserve', { migrationId: 'cd'.repeat(16), vm: 'db' }), SOURCE)).toMatchObject({ ok: true })
  })
})

describe('a target restarted mid-migration', () => {
  /** A target left at `receiving` by a kill, recovered by a new one on the same store, libvirt and images. */
  async function restarted (source: SourceAnswer, domainArrived: boolean, lapsed = false): Promise<Built> {
    const first = await target(source)
    for (const op of ['reserve', 'prepare', 'transfer'] as const) await first.t.handle(request(op), SOURCE)
    if (domainArrived) await arrives(first.hv)
    first.ledger.lapsed = lapsed
    const again = new MigrationTarget(first.ports)
    await again.recover()
    return { ...first, t: again }
  }

  it('takes the VM over when the source asks to commit and the domain is here', async () => {
    const { ledger, journal } = await restarted({ reachable: true, says: 'committing' }, true)
    expect(ledger.adopted).toHaveLength(1)
    expect(await journal.open()).toEqual([])
  })

  it('undoes, removing the leftover domain, when the source says it is over', async () => {
    const { ledger, journal, hv, images } = await restarted({ reachable: true, says: 'over' }, true)
    expect(hv.domains.has('web')).toBe(false)
    expect(existsSync(join(images, 'web@root.qcow2'))).toBe(false)
    expect(ledger.leases.size).toBe(0)
    expect(await journal.open()).toEqual([])
  })

  it('waits, removing nothing, when the domain is here and the source cannot be asked, and rebuilds its gate', async () => {
    const { t, journal, hv } = await restarted({ reachable: false }, true, true)
    expect(hv.domains.has('web')).toBe(true)
    expect((await journal.open()).map((e) => e.step)).toEqual(['receiving'])
    expect(t.gated.get(ID)).toMatchObject({ source: SOURCE, step: 'receiving' })
  })

  it('undoes when nothing arrived, the source cannot be asked and the lease lapsed', async () => {
    const { journal, images } = await restarted({ reachable: false }, false, true)
    expect(existsSync(join(images, 'web@root.qcow2'))).toBe(false)
    expect(await journal.open()).toEqual([])
  })

  it('killed mid-undo with the source unreachable and the domain here: waits, keeping the domain and its images', async () => {
    const first = await target({ reachable: false })
    for (const op of ['reserve', 'prepare', 'transfer'] as const) await first.t.handle(request(op), SOURCE)
    await arrives(first.hv)
    const [entry] = await first.journal.open()
    await first.journal.write(first.journal.advance(entry!, 'undo'))
    await new MigrationTarget(first.ports).recover()
    expect(first.hv.domains.has('web')).toBe(true)
    expect(existsSync(join(first.images, 'web@root.qcow2'))).toBe(true)
    expect((await first.journal.open()).map((e) => e.step)).toEqual(['undo'])
  })
})
