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
let busy: string
let pinned: string
beforeAll(async () => {
  const hosts: { name: string, [key: string]: unknown }[] = []
  for (const name of ['desktop', 'server']) {
    await writeMachine(MACHINES[name]!, join(scratch, name))
    const inventory = readInventory({ root: join(scratch, name), pciIdsPaths: [] })
    hosts.push({ id: `peer-${name}`, name, state: 'alive', lastSeenMs: 0, labels: { site: name === 'desktop' ? 'home' : 'colo' },
      inventory, allocatable: { vcpus: inventory.cpu.threads, memoryBytes: 24 * GiB }, vms: [] })
  }
  snap = file('snapshot.json', JSON.stringify({ clusterId: '0'.repeat(32), self: 'peer-desktop', hosts }))
  // The desktop runs three VMs: one with its spec (any NVIDIA GPU), two without (their devices
  // are matched by ids: the server has the same NVMe model); the server runs none.
  const gpuSpec = { name: 'gpu-vm', vcpus: 4, memory: '8GiB', devices: [{ class: 'gpu', vendor: '10de' }] }
  const desktopVms = [
    { name: 'gpu-vm', vcpus: 4, memoryBytes: 8 * GiB, devices: ['0000:01:00.0', '0000:01:00.1'], spec: gpuSpec },
    { name: 'nvme-vm', vcpus: 2, memoryBytes: 4 * GiB, devices: ['0000:02:00.0'] },
    { name: 'web', vcpus: 2, memoryBytes: 4 * GiB, devices: [] }
  ]
  const withVms = (extra: unknown[]): string => JSON.stringify({
    clusterId: '0'.repeat(32), self: 'peer-desktop', hosts: hosts.map((h) => h.name === 'desktop' ? { ...h, vms: [...desktopVms, ...extra] } : h)
  })
  busy = file('busy.json', withVms([]))
  pinned = file('pinned.json', withVms([{ name: 'dns', vcpus: 1, memoryBytes: GiB, spec: { name: 'dns', vcpus: 1, memory: '1GiB', placement: { host: 'desktop' } } }]))
  file('small.yaml', 'name: small\nvcpus: 2\nmemory: 8GiB\n')
  file('gpu-a.yaml', 'name: gpu-a\nvcpus: 4\nmemory: 8GiB\ndevices: [{ class: gpu, vendor: "10de" }]\nplacement: { hostLabels: { site: home } }\n')
  file('gpu-b.yaml', 'name: gpu-b\nvcpus: 4\nmemory: 8GiB\ndevices: [{ class: gpu, vendor: "10de" }]\nplacement: { hostLabels: { site: home } }\n')
  file('router.json', JSON.stringify({ name: 'router', vcpus: 2, memory: '2GiB', devices: [{ class: 'nic', vf: true, network: true }] }))
  for (const [name, gib] of [['a', 20], ['b', 20], ['c', 6], ['d', 6], ['e', 6], ['f', 6]] as const) file(`mem-${name}.yaml`, `name: ${name}\nvcpus: 2\nmemory: ${gib}GiB\n`)
  file('bad.yaml', 'name: bad\nvcpus: 1\nmemory: 1GiB\ndevices: [{ class: gpu, count: 0 }]\n')
  // The server has 64 pages of 1GiB set aside; the desktop has no hugepages at all.
  file('paged.yaml', 'name: paged\nvcpus: 2\nmemory: 40GiB\nhugepages: 1GiB\n')
  file('paged-more.yaml', 'name: paged-more\nvcpus: 2\nmemory: 32GiB\nhugepages: 1GiB\n')
  file('paged-odd.yaml', 'name: odd\nvcpus: 2\nmemory: 3GiB\nhugepages: 2GiB\n')
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

  it('--order fit places the most VMs, smallest first, and lists them in the order named', () => {
    // 24GiB a host: in the order named, a and b (20GiB each) take a host each and no 6GiB VM
    // fits beside them; smallest first, c-f fill one host and a the other.
    const files = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => spec(`mem-${n}.yaml`))
    type Out = { placements: { vm: string, host: string }[], unplaced: { vm: string, reasons: Record<string, { code: string }> }[] }
    const given = multiverse('plan', '--snapshot', snap, '--json', ...files)
    expect(given.status).toBe(3)
    const givenOut = JSON.parse(given.stdout) as Out
    expect(givenOut.placements.map((p) => p.vm)).toEqual(['a', 'b'])
    expect(givenOut.unplaced.map((u) => u.vm)).toEqual(['c', 'd', 'e', 'f'])
    expect(multiverse('plan', '--snapshot', snap, '--json', '--order', 'given', ...files).stdout).toBe(given.stdout)

    const fit = multiverse('plan', '--snapshot', snap, '--json', '--order', 'fit', ...files)
    expect(fit.status).toBe(3)
    expect(fit.stderr).toMatch(/b: no host can run it/)
    const fitOut = JSON.parse(fit.stdout) as Out
    expect(fitOut.placements.map((p) => p.vm)).toEqual(['a', 'c', 'd', 'e', 'f'])
    expect(new Set(fitOut.placements.filter((p) => p.vm !== 'a').map((p) => p.host)).size).toBe(1)
    expect(fitOut.unplaced).toMatchObject([{ vm: 'b', reasons: { desktop: { code: 'memory' }, server: { code: 'memory' } } }])

    const table = multiverse('plan', '--snapshot', snap, '--order', 'fit', ...files)
    expect(table.stdout).toMatch(/^a\s+\S+\s+-\s+\d\.\d{3}\n(?:[c-f]\s+\S+\s+-\s+\d\.\d{3}\n){4}b\s+\(unplaced\)/m)
    expect(table.stdout).toMatch(/^b fits no host:\n {2}desktop: memory: .*\n {2}server: memory: /m)
  })

  it('hugepages: a VM takes pages of its size where there is a pool, beyond the ordinary memory; each host says why not', () => {
    const { status, stdout } = multiverse('plan', '--snapshot', snap, spec('paged.yaml'), spec('paged-more.yaml'))
    expect(status).toBe(3)
    expect(stdout).toMatch(/^paged\s+server\s+-\s+\d\.\d{3}$/m)
    expect(stdout).toMatch(/^paged-more fits no host:\n {2}desktop: memory: wants 32 pages of 1 GiB, host has no 1 GiB hugepages \(no hugepage pool at all\)\n {2}server: memory: wants 32 pages of 1 GiB, 24 free$/m)
  })

  it.each([
    ['memory that is not whole hugepages', () => ['--snapshot', snap, spec('paged-odd.yaml')],
      /paged-odd\.yaml: memory: 3 GiB is not a whole number of 2 GiB hugepages: make it a multiple of 2 GiB \(like 2 GiB or 4 GiB\)/],
    ['an unknown --order', () => ['--snapshot', snap, '--order', 'best', spec('gpu-a.yaml')], /'best' is invalid.*given, fit/],
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

describe('multiverse plan evacuate', () => {
  it('prints where each VM goes, devices remapped to equivalents', () => {
    const { status, stdout, stderr } = multiverse('plan', 'evacuate', 'desktop', '--snapshot', busy)
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^VM\s+TO\s+DEVICES$/m)
    expect(stdout).toMatch(/^gpu-vm\s+server\s+0000:81:00\.0,0000:81:00\.1,0000:81:00\.2,0000:81:00\.3$/m)
    expect(stdout).toMatch(/^nvme-vm\s+server\s+0000:03:00\.0$/m)
    expect(stdout).toMatch(/^web\s+server\s+-$/m)
  })

  it('--json; a VM that cannot move is stuck with its reason, exit 3', () => {
    const { status, stdout, stderr } = multiverse('plan', 'evacuate', 'desktop', '--snapshot', pinned, '--json')
    expect(status).toBe(3)
    expect(stderr).toMatch(/dns: cannot leave desktop/)
    const out = JSON.parse(stdout) as unknown
    expect(out).toMatchObject({ host: 'desktop', stuck: [{ vm: 'dns', reason: { code: 'pinned', detail: 'its spec pins it to host desktop' } }] })
    expect((out as { moves: unknown[] }).moves).toHaveLength(3)
  })
})

describe('multiverse plan rebalance', () => {
  it('prints the scores and the moves off the loaded host', () => {
    // Moving the 8GiB GPU VM evens memory out best; its GPU is remapped to the server's NVIDIA one.
    const { status, stdout, stderr } = multiverse('plan', 'rebalance', '--snapshot', busy, '--max-moves', '1')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^cluster score \d\.\d{3} -> \d\.\d{3} \(lower is better\), 1 move, in this order:$/m)
    expect(stdout).toMatch(/^VM\s+FROM\s+TO\s+DEVICES\s+GAIN$/m)
    expect(stdout).toMatch(/^gpu-vm\s+desktop\s+server\s+0000:81:00\.0,0000:81:00\.1,0000:81:00\.2,0000:81:00\.3\s+0\.\d{3}$/m)
  })

  it('--json, and no move when none gains enough', () => {
    const { status, stdout } = multiverse('plan', 'rebalance', '--snapshot', busy, '--json', '--min-gain', '5')
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ scoreBefore: expect.any(Number), moves: [] })
  })
})

describe('multiverse plan capacity', () => {
  it('prints how many more fit on each host and what limits each', () => {
    // desktop: 24GiB - 16GiB held = 8GiB free, one copy; server: 24GiB, three.
    const { status, stdout, stderr } = multiverse('plan', 'capacity', spec('small.yaml'), '--snapshot', busy)
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^HOST\s+FITS\s+LIMITED BY$/m)
    expect(stdout).toMatch(/^desktop\s+1\s+memory$/m)
    expect(stdout).toMatch(/^server\s+3\s+memory$/m)
    expect(stdout).toMatch(/^4 more small fit$/m)
  })

  it('--json', () => {
    const { status, stdout } = multiverse('plan', 'capacity', spec('small.yaml'), '--snapshot', busy, '--json')
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toEqual({ total: 4, byHost: { desktop: 1, server: 3 }, limitedBy: { desktop: 'memory', server: 'memory' }, capped: false })
  })
})

describe('multiverse plan evacuate, rebalance, capacity: usage errors', () => {
  it.each([
    ['an unknown host', () => ['evacuate', 'nowhere', '--snapshot', busy], /no host named nowhere in the snapshot \(it has desktop, server\)/],
    ['evacuate without a snapshot', () => ['evacuate', 'desktop'], /required option '--snapshot <file>' not specified/],
    ['a negative --max-moves', () => ['rebalance', '--snapshot', busy, '--max-moves', '-1'], /--max-moves must be a whole number, 0 or more, not "-1"/],
    ['a fractional --max-moves', () => ['rebalance', '--snapshot', busy, '--max-moves', '1.5'], /--max-moves must be a whole number/],
    ['a --min-gain that is not a number', () => ['rebalance', '--snapshot', busy, '--min-gain', 'lots'], /--min-gain must be a number, 0 or more, not "lots"/],
    ['a bad capacity spec', () => ['capacity', spec('bad.yaml'), '--snapshot', busy], /bad\.yaml: devices\[0\]\.count: must be at least 1/],
    ['capacity without a spec', () => ['capacity', '--snapshot', busy], /missing required argument 'spec'/]
  ])('%s: exit 2', (_name, args, message) => {
    const { status, stdout, stderr } = multiverse('plan', ...args())
    expect(stderr).toMatch(message)
    expect(status).toBe(2)
    expect(stdout).toBe('')
  })
})
