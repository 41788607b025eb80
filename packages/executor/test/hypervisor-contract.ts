// The Hypervisor contract (src/virsh/hypervisor.ts), one suite run against every implementation:
// the RecordingHypervisor here, VirshHypervisor on a private libvirtd in libvirt-real.spec.ts.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  DomainExistsError, DomainNotFoundError, DomainStateError, InvalidLimitError, ShutdownTimeoutError, renderDomainXml
} from '../src/index.ts'
import type { Hypervisor } from '../src/index.ts'
import { input } from './xml-cases.ts'

export interface ContractTarget {
  hv: Hypervisor
  /** Whether guests here power off on ACPI (a firmware-only guest under real QEMU does not). */
  acpiPowersOff: boolean
  /** Makes the named guest ignore ACPI (the recording stub); real firmware-only guests always do. */
  ignoreAcpi?: (name: string) => void
}

/** A small TCG guest with no disk: SeaBIOS finds nothing to boot and idles, running. */
export function guestXml (name: string): string {
  return renderDomainXml(input({}, { name, memoryBytes: 64 * 1024 ** 2, vcpus: 1, title: `contract "${name}" <&>` }))
}

export function hypervisorContract (label: string, target: () => ContractTarget): void {
  describe(`Hypervisor contract: ${label}`, () => {
    it('define, refuse a second define, list, info, state', async () => {
      const { hv } = target()
      await hv.define('c-define', guestXml('c-define'))
      await expect(hv.define('c-define', guestXml('c-define'))).rejects.toThrow(DomainExistsError)
      // With a UUID made for this define, the hypervisor itself refuses the taken name.
      const fresh = renderDomainXml(input({ uuid: randomUUID() }, { name: 'c-define', memoryBytes: 64 * 1024 ** 2, vcpus: 1 }))
      await expect(hv.define('c-define', fresh, { freshUuid: true })).rejects.toThrow(DomainExistsError)
      expect(await hv.state('c-define')).toMatchObject({ state: 'shutoff' })
      expect(await hv.list()).toContainEqual({ id: null, name: 'c-define', state: 'shutoff' })
      expect(await hv.info('c-define')).toMatchObject({ id: null, name: 'c-define', state: 'shutoff', vcpus: 1, maxMemoryKiB: 65536, persistent: true })
      await hv.undefine('c-define')
      await expect(hv.state('c-define')).rejects.toThrow(DomainNotFoundError)
    })

    it('start, refuse a second start, destroy (twice: the second is a no-op), undefine', async () => {
      const { hv } = target()
      await hv.define('c-life', guestXml('c-life'))
      await hv.start('c-life')
      expect(await hv.state('c-life')).toEqual({ state: 'running', reason: 'booted' })
      const info = await hv.info('c-life')
      expect(info.id).toBeGreaterThan(0)
      expect(await hv.list()).toContainEqual({ id: info.id, name: 'c-life', state: 'running' })
      expect((await hv.jobInfo('c-life')).type).toBe('none')
      // The limit is QEMU's: it may be set before the migration job starts, as well as during.
      await hv.setMaxDowntime('c-life', 500)
      await expect(hv.start('c-life')).rejects.toThrow(DomainStateError)
      await hv.destroy('c-life')
      expect(await hv.state('c-life')).toEqual({ state: 'shutoff', reason: 'destroyed' })
      await hv.destroy('c-life')
      await hv.shutdown('c-life') // shut off already: nothing to do
      await hv.undefine('c-life')
      expect((await hv.list()).map((d) => d.name)).not.toContain('c-life')
    })

    it('shutdown gives up with ShutdownTimeoutError when the guest ignores ACPI, or returns once it is off', async () => {
      const t = target()
      await t.hv.define('c-acpi', guestXml('c-acpi'))
      await t.hv.start('c-acpi')
      try {
        if (t.acpiPowersOff) {
          await t.hv.shutdown('c-acpi', { waitMs: 5000, pollMs: 100 })
          expect((await t.hv.state('c-acpi')).state).toBe('shutoff')
        }
        t.ignoreAcpi?.('c-acpi')
        if (t.acpiPowersOff) await t.hv.start('c-acpi')
        const started = Date.now()
        await expect(t.hv.shutdown('c-acpi', { waitMs: 1500, pollMs: 100 })).rejects.toThrow(ShutdownTimeoutError)
        expect(Date.now() - started).toBeLessThan(10_000)
      } finally {
        await t.hv.destroy('c-acpi')
        await t.hv.undefine('c-acpi')
      }
    })

    it('operations on an unknown domain throw DomainNotFoundError', async () => {
      const { hv } = target()
      for (const op of [hv.start, hv.destroy, hv.undefine, hv.info, hv.state, hv.shutdown] as ((name: string) => Promise<unknown>)[]) {
        await expect(op.call(hv, 'c-nosuch')).rejects.toThrow(DomainNotFoundError)
      }
      await expect(hv.setMaxDowntime('c-nosuch', 300)).rejects.toThrow(DomainNotFoundError)
    })

    it('setMaxDowntime: DomainStateError on a domain that does not run, InvalidLimitError for a limit that is none', async () => {
      const { hv } = target()
      await hv.define('c-downtime', guestXml('c-downtime'))
      try {
        await expect(hv.setMaxDowntime('c-downtime', 300)).rejects.toThrow(DomainStateError)
        await expect(hv.setMaxDowntime('c-downtime', 0)).rejects.toThrow(InvalidLimitError)
        await expect(hv.setMaxDowntime('c-downtime', Number.NaN)).rejects.toThrow(InvalidLimitError)
      } finally {
        await hv.undefine('c-downtime')
      }
    })
  })
}
