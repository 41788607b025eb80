import { describe, expect, it } from 'vitest'
import { DomainExistsError, DomainStateError, migrateArgs } from '../src/index.ts'
import { RecordingHypervisor } from '../src/testing/index.ts'
import { guestXml } from './hypervisor-contract.ts'

describe('virsh migrate arguments', () => {
  const base = { destination: 'qemu+tcp://127.0.0.1:49400/system', timeoutMs: 60_000 }
  it.each([
    ['the minimum: live, peer to peer, moved for good, aborted on an I/O error', base, undefined,
      ['migrate', '--live', '--p2p', '--persistent', '--undefinesource', '--abort-on-error', '--', 'web', base.destination]],
    ['every stream through its own loopback port, disks copied, the target\'s XML, a bandwidth cap',
      { ...base, copyStorage: true, memoryUri: 'tcp://127.0.0.1:49300', listenAddress: '127.0.0.1', disksUri: 'tcp://127.0.0.1:49301', bandwidthMiBs: 99.7 }, '/tmp/x/domain.xml',
      ['migrate', '--live', '--p2p', '--persistent', '--undefinesource', '--abort-on-error', '--copy-storage-all', '--xml', '/tmp/x/domain.xml',
        '--migrateuri', 'tcp://127.0.0.1:49300', '--listen-address', '127.0.0.1', '--disks-uri', 'tcp://127.0.0.1:49301', '--bandwidth', '99', '--', 'web', base.destination]]
  ])('%s', (_what, options, xmlFile, args) => {
    expect(migrateArgs('web', options, xmlFile)).toEqual(args)
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
})
