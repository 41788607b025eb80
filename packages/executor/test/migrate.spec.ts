import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { DomainExistsError, DomainNotFoundError, DomainStateError, InvalidLimitError, maxDowntimeArg, migrateArgs } from '../src/index.ts'
import { RecordingHypervisor } from '../src/testing/index.ts'
import { guestXml } from './hypervisor-contract.ts'

/** `virsh help COMMAND`, or null where there is no virsh. */
function virshHelp (command: string): string | null {
  try {
    return execFileSync('virsh', ['help', command], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, timeout: 10_000 })
  } catch {
    return null
  }
}

describe('virsh migrate arguments', () => {
  const base = { destination: 'qemu+tcp://127.0.0.1:49400/system', timeoutMs: 60_000 }
  it.each([
    ['the minimum: live, peer to peer, moved for good, aborted on an I/O error', base, undefined,
      ['migrate', '--live', '--p2p', '--persistent', '--undefinesource', '--abort-on-error', '--', 'web', base.destination]],
    ['every stream through its own loopback port, disks copied, the target\'s XML, a bandwidth cap',
      { ...base, copyStorage: true, memoryUri: 'tcp://127.0.0.1:49300', listenAddress: '127.0.0.1', disksUri: 'tcp://127.0.0.1:49301', bandwidthMiBs: 99.7 }, '/tmp/x/domain.xml',
      ['migrate', '--live', '--p2p', '--persistent', '--undefinesource', '--abort-on-error', '--copy-storage-all', '--xml', '/tmp/x/domain.xml',
        '--migrateuri', 'tcp://127.0.0.1:49300', '--listen-address', '127.0.0.1', '--disks-uri', 'tcp://127.0.0.1:49301', '--bandwidth', '99', '--', 'web', base.destination]],
    ['a busy guest: throttled until it converges, post-copy allowed', { ...base, autoConverge: true, postCopy: true }, undefined,
      ['migrate', '--live', '--p2p', '--persistent', '--undefinesource', '--abort-on-error', '--auto-converge', '--postcopy', '--', 'web', base.destination]],
    ['flags that are false add nothing; a bandwidth below 1 MiB/s is 1', { ...base, autoConverge: false, postCopy: false, bandwidthMiBs: 0.2 }, undefined,
      ['migrate', '--live', '--p2p', '--persistent', '--undefinesource', '--abort-on-error', '--bandwidth', '1', '--', 'web', base.destination]]
  ])('%s', (_what, options, xmlFile, args) => {
    expect(migrateArgs('web', options, xmlFile)).toEqual(args)
  })

  // This machine's virsh (libvirt 9.0 on Debian 12) says which options exist; skipped without one.
  it.skipIf(virshHelp('migrate') === null)('every option it writes is one this virsh offers, and downtime is a command of its own', () => {
    const all = migrateArgs('web', { ...base, copyStorage: true, memoryUri: 'u', listenAddress: 'a', disksUri: 'd', bandwidthMiBs: 5, autoConverge: true, postCopy: true }, 'x.xml')
    const offered = new Set(virshHelp('migrate')!.match(/--[a-z0-9-]+/g))
    expect(all.filter((a) => a.startsWith('--') && a !== '--').filter((a) => !offered.has(a))).toEqual([])
    expect(offered.has('--downtime')).toBe(false)
    expect(virshHelp('migrate-setmaxdowntime')).toMatch(/migrate-setmaxdowntime <domain> <downtime>/)
  })

  it.each([[300, '300'], [1, '1'], [1499.6, '1500']])('the maximum downtime %d ms is virsh\'s %s', (ms, arg) => {
    expect(maxDowntimeArg(ms)).toBe(arg)
  })

  it.each([0, 0.4, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d ms as a maximum downtime', (ms) => {
    expect(() => maxDowntimeArg(ms)).toThrow(InvalidLimitError)
  })

  it('a name that looks like an option stays the domain\'s name', () => {
    expect(migrateArgs('--help', base).slice(-3)).toEqual(['--', '--help', base.destination])
  })
})

describe('the recording hypervisor migrates as libvirt does', () => {
  const pair = (): [RecordingHypervisor, RecordingHypervisor] => {
    const [source, target] = [new RecordingHypervisor(), new RecordingHypervisor()]
    source.peers.set('qemu+tcp://127.0.0.1:1/system', target)
    return [source, target]
  }
  const to = { destination: 'qemu+tcp://127.0.0.1:1/system', timeoutMs: 1000 }

  it('a running domain arrives running and persistent with the target\'s XML, and leaves the source', async () => {
    const [source, target] = pair()
    await source.define('web', guestXml('web'))
    await source.start('web')
    await source.migrate('web', { ...to, xml: '<domain>the target\'s</domain>' })
    expect(source.domains.has('web')).toBe(false)
    expect(await target.state('web')).toMatchObject({ state: 'running' })
    expect(target.domains.get('web')).toMatchObject({ persistent: true, xml: '<domain>the target\'s</domain>' })
  })

  it('refuses a stopped domain, an unreachable target and a name the target holds, and the domain stays', async () => {
    const [source, target] = pair()
    await source.define('web', guestXml('web'))
    await expect(source.migrate('web', to)).rejects.toThrow(DomainStateError)
    await source.start('web')
    await expect(source.migrate('web', { ...to, destination: 'qemu+tcp://127.0.0.1:2/system' })).rejects.toThrow(/unable to connect/)
    await target.define('web', guestXml('web'))
    await expect(source.migrate('web', to)).rejects.toThrow(DomainExistsError)
    expect(await source.state('web')).toMatchObject({ state: 'running' })
  })
  it('sets the maximum downtime on a running domain, records the call, and forgets it once the domain leaves', async () => {
    const [source] = pair()
    await expect(source.setMaxDowntime('web', 300)).rejects.toThrow(DomainNotFoundError)
    await source.define('web', guestXml('web'))
    await expect(source.setMaxDowntime('web', 300)).rejects.toThrow(DomainStateError)
    await source.start('web')
    await source.setMaxDowntime('web', 750)
    expect(source.maxDowntimes.get('web')).toBe(750)
    expect(source.calls.filter((c) => c.op === 'setMaxDowntime')).toEqual([{ op: 'setMaxDowntime', name: 'web' }, { op: 'setMaxDowntime', name: 'web' }, { op: 'setMaxDowntime', name: 'web' }])
    await source.migrate('web', to)
    expect(source.maxDowntimes.has('web')).toBe(false)
  })
})
