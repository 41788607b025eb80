/**
 * The private-libvirtd harness (test/support/libvirtd.ts, deploy/lab/libvirtd-host): two daemons
 * at once, each with its own state and host UUID, reachable from the root mount namespace, and
 * stopped cleanly. Needs root and libvirt (`npm test` installs it: scripts/host-setup.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startLibvirtd, virsh } from '../support/libvirtd.ts'

const root = process.getuid?.() === 0
if (!root) console.warn('test/guest/libvirtd.spec.ts: skipped, a private libvirtd needs root (CI runs as root)')

// Made only when the tests run: vitest runs no hooks in a file whose tests are all skipped.
const scratch = root ? mkdtempSync(join(tmpdir(), 'lvd-')) : ''
afterAll(() => { if (scratch !== '') rmSync(scratch, { recursive: true, force: true }) })

describe.skipIf(!root)('a private libvirtd', () => {
  it('two run side by side, each with its own state and host UUID, and stop cleanly', async () => {
    const [a, b] = await Promise.all([startLibvirtd({ dir: join(scratch, 'a'), name: 'a' }), startLibvirtd({ dir: join(scratch, 'b'), name: 'b' })])
    try {
      expect(a.uri).toBe(`qemu+unix:///system?socket=${join(scratch, 'a')}/run/libvirt/libvirt-sock`)
      const uuid = async (uri: string): Promise<string> => /<uuid>([^<]+)<\/uuid>/.exec(await virsh(uri, ['capabilities']))![1]!
      const [ua, ub] = await Promise.all([uuid(a.uri), uuid(b.uri)])
      expect(ua).toBe(readFileSync(join(scratch, 'a', 'host-uuid'), 'utf8').trim())
      expect(ub).not.toBe(ua)
      // A domain defined on one daemon is not seen by the other.
      const xml = join(scratch, 'd.xml')
      writeFileSync(xml, "<domain type='qemu'><name>only-a</name><memory unit='MiB'>32</memory><os><type arch='x86_64'>hvm</type></os></domain>")
      await virsh(a.uri, ['define', xml])
      expect(await virsh(a.uri, ['list', '--all', '--name'])).toContain('only-a')
      expect(await virsh(b.uri, ['list', '--all', '--name'])).not.toContain('only-a')
      expect(existsSync(join(scratch, 'a', 'etc/libvirt/qemu/only-a.xml'))).toBe(true)
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }
    expect(existsSync(join(scratch, 'a', 'run/libvirt/libvirt-sock'))).toBe(false)
    await expect(virsh(a.uri, ['version'], 5000)).rejects.toThrow()
    await a.stop() // idempotent
  }, 150_000)
})
