import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MigrationAbortedError, MigrationPendingError, MigrationSource } from '../src/source.ts'
import { targetXml } from '../src/transfer.ts'
import { NATIVE_PORTS, UUID } from './hosts.ts'
import { SELF, TARGET, moving, pair, vmXml } from './pair.ts'

describe('the source of a live migration', () => {
  it('moves the VM: the target adopts it with the next generation and its own paths, the source hands it over', async () => {
    const { source, hv, journal, handedOver, target: there } = await pair()
    const result = await source.migrate(moving, TARGET, 'h2')
    expect(result).toMatchObject({ vm: 'web', from: 'h2', to: 'h3', mode: 'live', downtimeMs: 42 })
    expect(hv.domains.has('web')).toBe(false)
    const arrived = there.hv.domains.get('web')!
    expect(arrived.state.state).toBe('running')
    expect(arrived.xml).toContain(`'${join(there.images, 'web@root.qcow2')}'`)
    expect(arrived.xml).not.toContain('/h2/')
    expect(there.ledger.adopted).toEqual([{ uuid: UUID, running: true, generation: 1, images: [join(there.images, 'web@root.qcow2')] }])
    expect(handedOver).toEqual(['web'])
    expect(await journal.open()).toEqual([])
    expect(await there.journal.open()).toEqual([])
  })

  it('forwards the memory and disk streams to the native ports the target\'s transfer answer names, libvirt\'s RPC without one', async () => {
    const native = await pair({ native: true })
    await native.source.migrate(moving, TARGET, 'h2')
    expect(native.forwarded).toEqual(expect.arrayContaining([
      { channel: 'libvirt', nativePort: undefined }, { channel: 'memory', nativePort: NATIVE_PORTS.memory }, { channel: 'disks', nativePort: NATIVE_PORTS.disks }
    ]))
    expect(native.forwarded).toHaveLength(3)
    const without = await pair()
    await without.source.migrate(moving, TARGET, 'h2')
    expect(without.forwarded.map((f) => f.nativePort)).toEqual([undefined, undefined, undefined])
  })

  it('moves a VM without disks (the wire carries no empty list of image paths)', async () => {
    const { source, target: there } = await pair()
    const result = await source.migrate({ ...moving, ask: { ...moving.ask, diskBytes: 0 }, disks: [] }, TARGET, 'h2')
    expect(result).toMatchObject({ vm: 'web', from: 'h2', to: 'h3', mode: 'live' })
    expect(there.hv.domains.get('web')?.state.state).toBe('running')
  })

  it('a target that refuses: the VM stays, nothing is left on either side', async () => {
    const { source, hv, journal, target: there } = await pair()
    there.ledger.refuse = 'wants 1 GiB, 512 MiB free'
    await expect(source.migrate(moving, TARGET, 'h2')).rejects.toThrow(MigrationAbortedError)
    await expect(source.migrate(moving, TARGET, 'h2')).rejects.toThrow(/web stays on h2: the target refused to reserve: web cannot come here: wants 1 GiB, 512 MiB free/)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(await journal.open()).toEqual([])
    expect(await there.journal.open()).toEqual([])
  })

  it('libvirt fails the move: aborted, the VM runs here, the target undid its images and lease', async () => {
    const { source, hv, journal, target: there } = await pair()
    hv.failNext('migrate', new Error('unable to connect to server'))
    await expect(source.migrate(moving, TARGET, 'h2')).rejects.toThrow(/web stays on h2: unable to connect to server/)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(there.ledger.leases.size).toBe(0)
    expect(there.hv.domains.has('web')).toBe(false)
    expect(await journal.open()).toEqual([])
    expect(await there.journal.open()).toEqual([])
  })

  it('libvirt reports a failure though the VM arrived: it commits, never aborts the only copy away', async () => {
    const { source, ports, journal, handedOver, target: there } = await pair()
    const move = ports.migrate
    ports.migrate = async (vm, options) => { await move(vm, options); throw new Error('virsh did not finish within the budget') }
    await source.migrate(moving, TARGET, 'h2')
    expect(there.ledger.adopted).toHaveLength(1)
    expect(there.hv.domains.get('web')?.state.state).toBe('running')
    expect(handedOver).toEqual(['web'])
    expect(await journal.open()).toEqual([])
  })

  it('refuses a VM that is not running (live moves a running VM), before asking anyone', async () => {
    const { source, target: there } = await pair()
    await expect(source.migrate({ ...moving, running: false }, TARGET, 'h2')).rejects.toThrow(/web is not running/)
    expect(there.ledger.leases.size).toBe(0)
  })
})

describe('a source restarted mid-migration', () => {
  it('killed after libvirt moved the VM: commits and hands over on restart', async () => {
    const { ports, hv, journal, handedOver, target: there } = await pair()
    // The steps up to the transfer, as a killed source left them.
    const source = new MigrationSource(ports)
    const migrate = ports.migrate
    ports.migrate = async (vm, options) => { await migrate(vm, options); throw new Error('killed') }
    ports.ask = async (_t, request) => request.op === 'commit' ? { ok: false, kind: 'fault', name: 'RpcError', message: 'no answer', hint: '' } : await there.t.handle(request, SELF)
    await expect(source.migrate(moving, TARGET, 'h2')).rejects.toThrow(/has not taken it over yet/)
    expect((await journal.open()).map((e) => e.step)).toEqual(['commit'])
    expect(hv.domains.has('web')).toBe(false)
    ports.ask = async (_t, request) => await there.t.handle(request, SELF)
    expect(await new MigrationSource(ports).recover()).toBe(0)
    expect(there.ledger.adopted).toHaveLength(1)
    expect(handedOver).toEqual(['web'])
    expect(await journal.open()).toEqual([])
  })

  it('killed once libvirt moved the VM, before the commit is written: commits and hands over on restart', async () => {
    // The lab's crash matrix found it: the journal says transfer, the domain is gone from here,
    // and the target, asked, says only that it is receiving (its domain is not in the answer).
    const { ports, hv, journal, handedOver, target: there } = await pair()
    let reached!: () => void
    const stopped = new Promise<void>((resolve) => { reached = resolve })
    // Stopped there for good, as if killed: the hook never returns.
    const killed = new MigrationSource({ ...ports, at: async (point) => { if (point === 'source:transferred') { reached(); await new Promise<never>(() => {}) } } })
    void killed.migrate(moving, TARGET, 'h2')
    await stopped
    expect(hv.domains.has('web')).toBe(false)
    expect(there.hv.domains.get('web')?.state.state).toBe('running')
    expect((await journal.open()).map((e) => e.step)).toEqual(['transfer'])
    expect((await there.journal.open()).map((e) => e.step)).toEqual(['receiving'])
    expect(await new MigrationSource(ports).recover()).toBe(0)
    expect(there.ledger.adopted).toEqual([{ uuid: UUID, running: true, generation: 1, images: [join(there.images, 'web@root.qcow2')] }])
    expect(handedOver).toEqual(['web'])
    expect(await journal.open()).toEqual([])
    expect(await there.journal.open()).toEqual([])
  })

  it('libvirt gone mid-transfer (its libvirtd stopped, the guest with it): the abort stays open until libvirt is back, then starts the VM again', async () => {
    // Found by the lab's crash matrix: the abort could not ask libvirt, threw, and the entry
    // stayed at abort, never tried again, the VM off.
    const { source, ports, hv, journal, target: there } = await pair()
    let down = true
    const domain = ports.domain
    ports.domain = async (vm) => { if (down) throw new Error('libvirtd is down'); return await domain(vm) }
    ports.migrate = async (vm) => {
      const d = hv.domains.get(vm)!
      d.state = { state: 'shutoff', reason: 'crashed' }
      d.id = null
      throw new Error('End of file while reading data')
    }
    await expect(source.migrate(moving, TARGET, 'h2')).rejects.toThrow(MigrationPendingError)
    expect((await journal.open()).map((e) => e.step)).toEqual(['abort'])
    expect(await there.journal.open()).toEqual([])
    // A restart (or the reconcile) while libvirt is still down: the entry stays, nothing throws.
    expect(await new MigrationSource(ports).recover()).toBe(1)
    down = false
    expect(await new MigrationSource(ports).recover()).toBe(0)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(await journal.open()).toEqual([])
  })

  it('killed before the transfer: aborts on restart, the VM stays here', async () => {
    const { ports, hv, journal, target: there } = await pair()
    const entry = await journal.write(journal.advance(journal.entry('ab'.repeat(16), 'reserve', {
      vm: 'web', target: TARGET.id, targetName: 'h3', domainUuid: UUID, wasRunning: true, generation: 1, images: []
    }), 'prepare'))
    expect(entry.step).toBe('prepare')
    expect(await new MigrationSource(ports).recover()).toBe(0)
    expect(hv.domains.get('web')?.state.state).toBe('running')
    expect(await journal.open()).toEqual([])
    expect(there.ledger.adopted).toEqual([])
  })
})

describe('what a source says of a migration, to a target restarted mid-way', () => {
  it.each([
    [null, 'over'], ['reserve', 'open'], ['prepare', 'open'], ['transfer', 'open'], ['commit', 'committing'], ['cleanup', 'committing'], ['abort', 'over']
  ] as const)('journal at %s: %s', async (step, says) => {
    const { ports, journal } = await pair()
    const id = 'cd'.repeat(16)
    if (step !== null) {
      await journal.write(journal.advance(journal.entry(id, 'reserve', { vm: 'web', target: TARGET.id, targetName: 'h3', domainUuid: UUID, wasRunning: true, generation: 1, images: [] }), step))
    }
    const source = new MigrationSource(ports)
    expect(await source.holds(id)).toBe(step !== null)
    expect(await source.standing(id)).toBe(says)
  })
})

describe('the target\'s XML', () => {
  it('swaps the images and the serial console for the target\'s, whole values only', () => {
    const xml = targetXml(vmXml, [['/h2/images/web@root.qcow2', '/h3/images/web@root.qcow2']], '/h3/console/web.log')
    expect(xml).toContain("<source file='/h3/images/web@root.qcow2'/>")
    expect(xml.match(/\/h3\/console\/web\.log/g)).toHaveLength(2)
    expect(xml).not.toContain('/h2/')
    expect(targetXml("<source file='/h2/images/web@root.qcow2.bak'/>", [['/h2/images/web@root.qcow2', '/x']], undefined)).toContain('web@root.qcow2.bak')
  })
})
