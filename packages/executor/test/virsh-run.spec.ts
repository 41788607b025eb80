// virsh through execa: the real virsh against libvirt's test driver and a missing socket, and a
// fake virsh (a shell script) for the argument arrays, stdin and the timeout.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DomainExistsError, DomainNotFoundError, LibvirtUnavailableError, VirshHypervisor, VirshTimeoutError, virsh
} from '../src/index.ts'

const dir = mkdtempSync(join(tmpdir(), 'mv-virsh-'))
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('virsh against the real binary', () => {
  it('passes -c and returns stdout (test:///default)', async () => {
    expect(await virsh({ uri: 'test:///default' }, ['list', '--all', '--name'])).toBe('test\n\n')
  })
  it('maps an unknown domain to DomainNotFoundError', async () => {
    await expect(virsh({ uri: 'test:///default' }, ['dominfo', '--', 'nosuch'], { domain: 'nosuch' })).rejects.toThrow(DomainNotFoundError)
  })
  it('maps a missing socket to LibvirtUnavailableError', async () => {
    const uri = `qemu+unix:///system?socket=${dir}/nope.sock`
    const error = await virsh({ uri }, ['list']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LibvirtUnavailableError)
    expect((error as LibvirtUnavailableError).uri).toBe(uri)
    expect((error as LibvirtUnavailableError).text).toContain('No such file or directory')
  })
  it('reads the test driver through VirshHypervisor', async () => {
    const hv = new VirshHypervisor({ uri: 'test:///default' })
    expect(await hv.state('test')).toEqual({ state: 'running', reason: 'unknown' })
    expect(await hv.list()).toEqual([{ id: 1, name: 'test', state: 'running' }])
    expect((await hv.info('test')).vcpus).toBe(2)
    await expect(hv.define('test', '<domain/>')).rejects.toThrow(DomainExistsError)
  })
})

/** A stand-in virsh: records its arguments, prints what the test asked for. */
function fakeVirsh (script: string): { config: { uri: string, virsh: string, timeoutMs: number }, calls: () => string[][] } {
  const log = join(dir, `calls-${Math.random().toString(36).slice(2)}`)
  const path = `${log}.sh`
  writeFileSync(path, `#!/bin/bash\n{ printf '%s\\x1f' "$@"; echo; } >> '${log}'\n${script}\n`)
  chmodSync(path, 0o755)
  writeFileSync(log, '')
  return {
    config: { uri: 'qemu:///system', virsh: path, timeoutMs: 5000 },
    calls: () => readFileSync(log, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split('\x1f').slice(0, -1))
  }
}

describe('virsh with a fake binary', () => {
  it('kills a call that outlives its timeout', async () => {
    const fake = fakeVirsh('exec sleep 20')
    const started = Date.now()
    const error = await virsh(fake.config, ['list'], { timeoutMs: 300 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VirshTimeoutError)
    expect((error as VirshTimeoutError).timeoutMs).toBe(300)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('aborts on the caller\'s signal', async () => {
    const fake = fakeVirsh('exec sleep 20')
    const controller = new AbortController()
    setTimeout(() => { controller.abort(new Error('stop now')) }, 100)
    await expect(virsh(fake.config, ['list'], { signal: controller.signal })).rejects.toThrow('stop now')
  })

  it('defines from a private temporary file after checking the name is free, with argument arrays only', async () => {
    const fake = fakeVirsh(`case "$3" in domstate) echo "error: failed to get domain '$6'" >&2; exit 1;; define) cp "$5" '${dir}/defined.xml'; stat -c %a "$5" > '${dir}/defined.mode';; esac; echo ok`)
    const hv = new VirshHypervisor(fake.config)
    const xml = "<domain type='qemu'><name>a;b $(x)</name></domain>"
    await hv.define('a;b $(x)', xml)
    const calls = fake.calls()
    expect(calls[0]).toEqual(['-c', 'qemu:///system', 'domstate', '--reason', '--', 'a;b $(x)'])
    expect(calls[1]!.slice(0, 4)).toEqual(['-c', 'qemu:///system', 'define', '--'])
    expect(readFileSync(join(dir, 'defined.xml'), 'utf8')).toBe(xml)
    expect(readFileSync(join(dir, 'defined.mode'), 'utf8').trim()).toBe('600')
    expect(existsSync(calls[1]![4]!)).toBe(false)
  })

  it('shutdown asks ACPI then gives up with ShutdownTimeoutError while the guest runs on', async () => {
    const fake = fakeVirsh('case "$3" in domstate) echo "running (booted)";; *) echo ok;; esac')
    const hv = new VirshHypervisor(fake.config)
    await expect(hv.shutdown('vm', { waitMs: 400, pollMs: 50 })).rejects.toMatchObject({ name: 'ShutdownTimeoutError', domain: 'vm' })
    const calls = fake.calls().map((c) => c.slice(2))
    expect(calls[0]).toEqual(['domstate', '--reason', '--', 'vm'])
    expect(calls[1]).toEqual(['shutdown', '--mode', 'acpi', '--', 'vm'])
    expect(calls.length).toBeGreaterThan(3)
  })

  it('shutdown returns once the guest is off; destroy of a shut-off domain does nothing', async () => {
    const state = join(dir, 'state')
    writeFileSync(state, 'running (booted)\n')
    const fake = fakeVirsh(`case "$3" in domstate) cat '${state}';; shutdown) echo 'shut off (shutdown)' > '${state}';; *) echo ok;; esac`)
    const hv = new VirshHypervisor(fake.config)
    await hv.shutdown('vm', { waitMs: 2000, pollMs: 20 })
    await hv.destroy('vm')
    expect(fake.calls().map((c) => c[2])).toEqual(['domstate', 'shutdown', 'domstate', 'domstate'])
  })

  it('undefines with --nvram, and without it where the driver refuses the flag', async () => {
    const fake = fakeVirsh('if [ "$4" = --nvram ]; then echo "error: unsupported flags (0x4) in function testDomainUndefineFlags" >&2; exit 1; fi; echo ok')
    await new VirshHypervisor(fake.config).undefine('vm')
    expect(fake.calls().map((c) => c.slice(2))).toEqual([['undefine', '--nvram', '--', 'vm'], ['undefine', '--', 'vm']])
  })
})
