/** `multiverse plan` as a user runs it: the bin, a snapshot file, spec files, exit codes. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInventory } from '@multiverse/inventory'
import { MACHINES } from '../../../test/fixtures/machines.ts'
import { writeMachine } from '../../../test/fixtures/sysfs-writer.ts'

const BIN = new URL('../bin/multiverse.js', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'cli-plan-'))
const file = (name: string, text: string): string => { const path = join(scratch, name); writeFileSync(path, text); return path }
const GiB = 1024 ** 3

let snap: string
beforeAll(async () => {
  const hosts = []
  for (const name of ['desktop', 'server']) {
    await writeMachine(MACHINES[name]!, join(scratch, name))
    const inventory = readInventory({ root: join(scratch, name), pciIdsPaths: [] })
    hosts.push({ id: `peer-${name}`, name, state: 'alive', lastSeenMs: 0, labels: { site: name === 'desktop' ? 'home' : 'colo' },
      inventory, allocatable: { vcpus: inventory.cpu.threads, memoryBytes: 24 * GiB }, vms: [] })
  }
  snap = file('snapshot.json', JSON.stringify({ clusterId: '0'.repeat(32), self: 'peer-desktop', hosts }))
  file('gpu-a.yaml', 'name: gpu-a\nvcpus: 4\nmemory: 8GiB\ndevices: [{ class: gpu, vendor: "10de" }]\nplacement: { hostLabels: { site: home } }\n')
  file('gpu-b.yaml', 'name: gpu-b\nvcpus: 4\nmemory: 8GiB\ndevices: [{ class: gpu, vendor: "10de" }]\nplacement: { hostLabels: { site: home } }\n')
  file('router.json', JSON.stringify({ name: 'router', vcpus: 2, memory: '2GiB', devices: [{ class: 'nic', vf: true, network: true }] }))
  file('bad.yaml', 'name: bad\nvcpus: 1\nmemory: 1GiB\ndevices: [{ class: gpu, count: 0 }]\n')
})
afterAll(() => { rmSync(scratch, { recursive: true, force: true }) })

function multiverse (...args: string[]): { status: number | null, stdout: string, stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const spec = (name: string): string => join(scratch, name)

describe('multiverse plan', () => {
  it('prints a table of placements', () => {
    const { status, stdout, stderr } = multiverse('plan', '--snapshot', snap, spec('gpu-a.yaml'), spec('router.json'))
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^VM\s+HOST\s+DEVICES\s+SCORE$/m)
    expect(stdout).toMatch(/^gpu-a\s+desktop\s+0000:01:00\.0,0000:01:00\.1\s+\d\.\d{3}$/m)
    expect(stdout).toMatch(/^router\s+server\s+0000:02:10\.0\s+\d\.\d{3}$/m)
  })

  it('--json prints placements and unplaced VMs with every host\'s reason, and exits 3 when one fits nowhere', () => {
    const { status, stdout, stderr } = multiverse('plan', '--snapshot', snap, '--json', spec('gpu-a.yaml'), spec('gpu-b.yaml'))
    expect(status).toBe(3)
    expect(stderr).toMatch(/gpu-b: no host can run it/)
    const out = JSON.parse(stdout) as { placements: unknown[], unplaced: { vm: string, reasons: Record<string, { code: string }> }[] }
    expect(out.placements).toMatchObject([{ vm: 'gpu-a', host: 'desktop', devices: ['0000:01:00.0', '0000:01:00.1'], score: expect.any(Number) }])
    expect(out.unplaced).toMatchObject([{ vm: 'gpu-b', reasons: { desktop: { host: 'desktop', code: 'devices' }, server: { host: 'server', code: 'labels' } } }])
  })

  it('prints each host\'s reason for an unplaced VM; --explain prints every host\'s scores', () => {
    const plain = multiverse('plan', '--snapshot', snap, spec('gpu-a.yaml'), spec('gpu-b.yaml'))
    expect(plain.status).toBe(3)
    expect(plain.stdout).toMatch(/^gpu-b\s+\(unplaced\)/m)
    expect(plain.stdout).toMatch(/^ {2}desktop: devices: devices\[0\] \(class gpu, vendor 10de\): wants 1, 0 free: .*used by vm gpu-a/m)
    expect(plain.stdout).toMatch(/^ {2}server: labels: wants label site=home, host has site=colo$/m)
    const explained = multiverse('plan', '--snapshot', snap, '--explain', spec('router.json'))
    expect(explained.status).toBe(0)
    expect(explained.stdout).toMatch(/^ {2}server: fits, score \d\.\d{3} \(binpack=\d\.\d{3} deviceFit=\d\.\d{3} numaFit=\d\.\d{3}\)$/m)
    expect(explained.stdout).toMatch(/^ {2}desktop: devices: /m)
  })

  it.each([
    ['a spec error names the file and the field', () => ['--snapshot', snap, spec('bad.yaml')], /bad\.yaml: devices\[0\]\.count: must be at least 1/],
    ['a snapshot that is not JSON', () => ['--snapshot', spec('gpu-a.yaml'), spec('gpu-a.yaml')], /gpu-a\.yaml: not JSON/],
    ['a snapshot that is not the format', () => ['--snapshot', spec('router.json'), spec('gpu-a.yaml')], /router\.json: not a cluster snapshot: clusterId: /],
    ['a missing snapshot', () => ['--snapshot', spec('nothing.json'), spec('gpu-a.yaml')], /cannot read the snapshot file .*nothing\.json: ENOENT/],
    ['no spec', () => ['--snapshot', snap], /missing required argument 'spec'/]
  ])('%s: exit 2', (_name, args, message) => {
    const { status, stdout, stderr } = multiverse('plan', ...args())
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
  })
})
