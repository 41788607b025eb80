/**
 * A real guest boots under a private libvirtd: the guest kit's Debian kernel and busybox
 * initramfs (scripts/guest-kit.ts), direct kernel boot on a q35 machine under TCG
 * (type='qemu': where this kind of machine has a /dev/kvm at all, it runs firmware but
 * hangs a Linux kernel, so TCG is what boots the same everywhere), serial
 * console to a file, until /init prints its marker. Needs root, libvirt and QEMU (`npm test`
 * installs them and builds the kit: scripts/host-setup.ts; built here if missing).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureGuestKit, GUEST_MARKER, type GuestKit } from '../../scripts/guest-kit.ts'
import { startLibvirtd, virsh } from '../support/libvirtd.ts'
import { until } from '../support/until.ts'

const root = process.getuid?.() === 0
if (!root) console.warn('test/guest/boot.spec.ts: skipped, booting a guest under a private libvirtd needs root (CI runs as root)')

const BOOT_TIMEOUT_MS = 60_000
const NAME = 'mv-boot-test'
// Made only when the tests run: vitest runs no hooks in a file whose tests are all skipped.
const scratch = root ? mkdtempSync(join(tmpdir(), 'guest-boot-')) : ''
const serialLog = join(scratch, 'serial.log')
let kit: GuestKit
let lv: { uri: string, stop: () => Promise<void> } | undefined

function domainXml (k: GuestKit): string {
  return `<domain type='qemu'>
  <name>${NAME}</name>
  <memory unit='MiB'>192</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <kernel>${k.kernel}</kernel>
    <initrd>${k.initramfs}</initrd>
    <cmdline>console=ttyS0 panic=-1</cmdline>
  </os>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>destroy</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <serial type='file'>
      <source path='${serialLog}'/>
      <target port='0'/>
    </serial>
    <memballoon model='none'/>
  </devices>
</domain>
`
}

beforeAll(async () => {
  if (!root) return
  kit = await ensureGuestKit({ log: (line) => { console.log(`guest-kit: ${line}`) } })
  lv = await startLibvirtd({ dir: join(scratch, 'libvirt'), name: 'boot' })
}, 900_000)

afterAll(async () => {
  if (lv !== undefined) {
    await virsh(lv.uri, ['destroy', NAME]).catch(() => {})
    await virsh(lv.uri, ['undefine', NAME]).catch(() => {})
    await lv.stop()
  }
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true })
}, 60_000)

describe.skipIf(!root)('a guest from the boot kit', () => {
  it(`boots under TCG to /init, which prints "${GUEST_MARKER}" on ttyS0`, async () => {
    const xml = join(scratch, 'domain.xml')
    writeFileSync(xml, domainXml(kit))
    await virsh(lv!.uri, ['define', xml])
    const t0 = Date.now()
    await virsh(lv!.uri, ['start', NAME])
    const started = Date.now() - t0
    let text = ''
    // Both waits count from the start: the boot as a whole has BOOT_TIMEOUT_MS.
    const waitFor = async (what: string | RegExp): Promise<number> => {
      await until(`${String(what)} on the serial console`, () => {
        text = existsSync(serialLog) ? readFileSync(serialLog, 'utf8') : ''
        return typeof what === 'string' ? text.includes(what) : what.test(text)
      }, { timeoutMs: Math.max(0, BOOT_TIMEOUT_MS - (Date.now() - t0)), intervalMs: 100, seen: () => `last lines:\n${text.split('\n').slice(-15).join('\n')}` })
      return Date.now() - t0
    }
    const booted = await waitFor(GUEST_MARKER)
    console.log(`guest: virsh start took ${started} ms, "${GUEST_MARKER}" after ${booted} ms (kernel ${kit.kernelVersion})`)
    // /init ran its commands, with /proc mounted.
    await waitFor(new RegExp(`multiverse-guest: kernel ${kit.kernelVersion.replaceAll('.', '\\.')}, 1 cpu\\(s\\), \\d+ kB`))
    expect((await virsh(lv!.uri, ['domstate', NAME])).trim()).toBe('running')
  }, BOOT_TIMEOUT_MS + 30_000)
})
