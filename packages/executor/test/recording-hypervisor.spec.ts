import { describe, expect, it } from 'vitest'
import { LibvirtUnavailableError } from '../src/index.ts'
import { RecordingHypervisor } from '../src/testing/index.ts'
import { guestXml, hypervisorContract } from './hypervisor-contract.ts'

const hv = new RecordingHypervisor()
hypervisorContract('RecordingHypervisor', () => ({ hv, acpiPowersOff: true, ignoreAcpi: (name) => { hv.ignoreAcpi.add(name) } }))

describe('RecordingHypervisor', () => {
  it('records calls and throws an injected fault once', async () => {
    const rec = new RecordingHypervisor()
    rec.failNext('start', new LibvirtUnavailableError('qemu:///system', 'down'))
    await rec.define('a', guestXml('a'))
    await expect(rec.start('a')).rejects.toThrow(LibvirtUnavailableError)
    await rec.start('a')
    expect(rec.calls).toEqual([{ op: 'define', name: 'a' }, { op: 'start', name: 'a' }, { op: 'start', name: 'a' }])
    expect(rec.domains.get('a')?.xml).toContain('<name>a</name>')
  })
})
