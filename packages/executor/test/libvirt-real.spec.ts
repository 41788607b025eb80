// VirshHypervisor against a real, private libvirtd (test/support/libvirtd.ts): the Hypervisor
// contract, and `virsh define` of every rendered domain XML. Guests run under TCG, and no
// guest with a <hostdev> is started: there is no IOMMU here (such a domain defines but does not
// start). A kvm domain is defined only where libvirt offers kvm (`virsh capabilities`); on a
// machine without a usable /dev/kvm libvirt refuses it outright, so there its TCG variant is
// defined instead and the test says so (xml-validate.spec.ts checks the kvm XML everywhere).
// Needs root and libvirt (`npm test` installs it: scripts/host-setup.ts); skipped otherwise.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { offeredVirtTypes, startLibvirtd } from '../../../test/support/libvirtd.ts'
import type { Libvirtd } from '../../../test/support/libvirtd.ts'
import { LibvirtUnavailableError, VirshHypervisor, renderDomainXml } from '../src/index.ts'
// The agent's own probe (`--emulation auto` picks kvm when it is true).
import { probeKvm } from '../../inventory/src/host.ts'
import { hypervisorContract } from './hypervisor-contract.ts'
import { CASES } from './xml-cases.ts'
import type { DomainXmlInput } from '../src/index.ts'

/** The case as this machine's libvirt can define it: a kvm domain becomes TCG where kvm is not offered. */
function definable (c: DomainXmlInput): DomainXmlInput {
  return c.emulation === 'kvm' && !kvmOffered ? { ...c, emulation: 'qemu' } : c
}

const usable = process.getuid?.() === 0 && existsSync('/usr/sbin/libvirtd')
if (!usable) console.warn('packages/executor/test/libvirt-real.spec.ts: skipped, a private libvirtd needs root and libvirt-daemon')

const scratch = mkdtempSync(join(tmpdir(), 'mv-exec-lv-'))
let daemon: Libvirtd | undefined
let hv: VirshHypervisor
let kvmOffered = false

describe.skipIf(!usable)('a real libvirtd', () => {
  beforeAll(async () => {
    daemon = await startLibvirtd({ dir: join(scratch, 'lv'), name: 'executor' })
    hv = new VirshHypervisor({ uri: daemon.uri, timeoutMs: 60_000 })
    kvmOffered = (await offeredVirtTypes(daemon.uri)).has('kvm')
  }, 150_000)
  afterAll(async () => {
    await daemon?.stop()
    rmSync(scratch, { recursive: true, force: true })
  }, 60_000)

  hypervisorContract('VirshHypervisor on a private libvirtd', () => ({ hv, acpiPowersOff: false }))

  describe('libvirt accepts every rendered domain', () => {
    for (const [name, rendered] of Object.entries(CASES)) {
      it(name, async ({ annotate }) => {
        const c = definable(rendered)
        if (c !== rendered) await annotate('libvirt offers no kvm on this machine: defined the TCG variant')
        await hv.define(c.spec.name, renderDomainXml(c))
        try {
          const info = await hv.info(c.spec.name)
          expect(info).toMatchObject({ name: c.spec.name, state: 'shutoff', persistent: true, vcpus: c.spec.vcpus })
          if (c.uuid !== null) expect(info.uuid).toBe(c.uuid)
        } finally {
          await hv.undefine(c.spec.name)
        }
      })
    }
  })

  it('offers TCG everywhere, and kvm exactly where /dev/kvm opens read-write', async () => {
    const types = await offeredVirtTypes(daemon!.uri)
    expect(types.has('qemu')).toBe(true)
    expect(types.has('kvm')).toBe(probeKvm('/'))
  })

  it('says libvirt is unavailable once the daemon is gone', async () => {
    const other = await startLibvirtd({ dir: join(scratch, 'gone'), name: 'gone' })
    const gone = new VirshHypervisor({ uri: other.uri, timeoutMs: 10_000 })
    expect(await gone.list()).toEqual([])
    await other.stop()
    await expect(gone.list()).rejects.toThrow(LibvirtUnavailableError)
  }, 150_000)
})
