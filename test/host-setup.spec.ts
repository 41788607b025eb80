/**
 * The machine set-up the demo and the tests run first (scripts/host-setup.ts): one list of
 * Debian packages (deploy/debian-packages), what is missing, and what a user without root is
 * told to run.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { installCommand, installedPackages, packagesFor, PackageListError, parsePackageList } from '../scripts/host-packages.ts'

const LIST = readFileSync(new URL('../deploy/debian-packages', import.meta.url), 'utf8')
const SCRIPT = new URL('../scripts/host-setup.ts', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'host-setup-'))
chmodSync(scratch, 0o755) // the lists are read as nobody too
afterAll(() => { rmSync(scratch, { recursive: true, force: true }) })

function setup (purpose: string, list: string, asUser: boolean): { status: number | null, out: string } {
  const file = join(scratch, `list-${Math.random().toString(36).slice(2)}`)
  writeFileSync(file, list, { mode: 0o644 })
  const env = { ...process.env, MULTIVERSE_PACKAGE_LIST: file, MULTIVERSE_GUEST_DIR: scratch }
  const command = asUser ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, SCRIPT, purpose] : [process.execPath, SCRIPT, purpose]
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', env, timeout: 30_000 })
  return { status: result.status, out: result.stdout + result.stderr }
}

describe('the package list', () => {
  const list = parsePackageList(LIST)

  it('names what the demo and the tests run: libvirt, QEMU, the lab', () => {
    const demo = packagesFor(list, 'demo').map((p) => p.name)
    expect(demo).toEqual(expect.arrayContaining(['iproute2', 'libvirt-daemon', 'libvirt-daemon-driver-qemu', 'libvirt-clients', 'qemu-system-x86', 'qemu-utils']))
    expect(packagesFor(list, 'test').map((p) => p.name)).toEqual(expect.arrayContaining([...demo, 'pciutils', 'libxml2-utils']))
    for (const p of list) expect(p.why.length, p.name).toBeGreaterThan(20)
  })

  it.each([
    ['libvirt-daemon demo', /line 1: libvirt-daemon says nothing about why/],
    ['Bad_Name test why', /line 1: "Bad_Name" is not a Debian package name/],
    ['# c\nqemu-utils everyone because', /line 2: needed by "everyone": use demo, test or demo,test/]
  ])('refuses %j, naming the line', (text, message) => {
    expect(() => parsePackageList(text)).toThrow(PackageListError)
    expect(() => parsePackageList(text)).toThrow(message)
  })

  it('counts a package installed only when dpkg says ii (not rc: removed, config left)', () => {
    expect([...installedPackages('iproute2 ii \nqemu-utils rc \nlibvirt-clients:amd64 ii \n')]).toEqual(['iproute2', 'libvirt-clients'])
  })

  it('the install command, with sudo for a user who is not root', () => {
    const missing = parsePackageList('qemu-utils test makes images\niproute2 demo namespaces')
    expect(installCommand(missing, true)).toEqual(['apt-get', 'install', '-y', '--no-install-recommends', 'qemu-utils', 'iproute2'])
    expect(installCommand(missing, false)[0]).toBe('sudo')
  })
})

describe.skipIf(process.getuid?.() !== 0 || spawnSync('dpkg-query', ['--version']).status !== 0)('scripts/host-setup.ts on this machine', () => {
  it('as root with every package installed: does nothing, says nothing', () => {
    const installed = LIST.split('\n').filter((l) => /^(iproute2|procps) /.test(l)).join('\n')
    expect(setup('test', installed, false)).toEqual({ status: 0, out: expect.not.stringMatching(/installing/) })
  })

  it('without root: installs nothing and prints what is missing, why, and the exact command', () => {
    const list = 'iproute2 demo,test the lab\nmultiverse-no-such-package test a package no machine has\n'
    const tests = setup('test', list, true)
    expect(tests.status).toBe(0)
    expect(tests.out).toMatch(/multiverse-no-such-package\s+a package no machine has/)
    expect(tests.out).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends multiverse-no-such-package')
    expect(tests.out).not.toMatch(/iproute2\s+the lab/)
    const demo = setup('demo', list, true)
    expect(demo.status).toBe(1)
    expect(demo.out).toMatch(/needs root: sudo npm run demo/)
  })
})
