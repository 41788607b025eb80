// The fixture trees must read like real machines to a third party, not just to our own parser:
// pciutils' sysfs backend is that third party. Every machine is written to a temp dir and lspci
// must list each function with its ids, class, driver, NUMA node and IOMMU group, warn about
// nothing, and nest every function under its bridge in the tree view.
import { spawnSync } from 'node:child_process'
import { lstatSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MACHINES, largeMachine } from './fixtures/machines.ts'
import { writeMachine } from './fixtures/sysfs-writer.ts'
import type { FixtureMachine } from './fixtures/sysfs-writer.ts'

const scratch = mkdtempSync(join(tmpdir(), 'mv-fixtures-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

// lspci -k/-v asks libkmod for the running kernel's module index (/lib/modules/$(uname -r)); a
// container without one prints this line whatever tree it reads, so it says nothing about ours.
const HOST_NOISE = /^lspci: Unable to load libkmod resources: error -?\d+$/

function lspci (root: string, args: string[]): { stdout: string, warnings: string[] } {
  const r = spawnSync('lspci', ['-A', 'linux-sysfs', '-O', `sysfs.path=${root}/sys/bus/pci`, ...args],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 << 20 })
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('lspci (pciutils) is not installed; it is what checks the fixtures: apt-get install pciutils')
  }
  if (r.error) throw r.error
  if (r.status !== 0) throw new Error(`lspci ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return { stdout: r.stdout, warnings: r.stderr.split('\n').filter((l) => l !== '' && !HOST_NOISE.test(l)) }
}

interface Listed { ids: string, cls: string, driver?: string, numa?: number, group?: number }

const HEADER = /^((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]) .*? \[([0-9a-f]{4})\]: .* \[([0-9a-f]{4}:[0-9a-f]{4})\](?: \(rev [0-9a-f]{2}\))?(?: \(prog-if .*\))?$/

function parseVerbose (text: string): Map<string, Listed> {
  const out = new Map<string, Listed>()
  for (const block of text.split(/\n(?=\S)/)) {
    const [head = '', ...rest] = block.split('\n')
    const m = HEADER.exec(head)
    if (m === null) throw new Error(`unparsed lspci header: ${head}`)
    const body = rest.join('\n')
    const field = (re: RegExp): string | undefined => re.exec(body)?.[1]
    const numa = field(/^\tNUMA node: (\d+)$/m)
    const group = field(/^\tIOMMU group: (\d+)$/m)
    const listed: Listed = { ids: m[3]!, cls: m[2]! }
    const driver = field(/^\tKernel driver in use: (.+)$/m)
    if (driver !== undefined) listed.driver = driver
    if (numa !== undefined) listed.numa = Number(numa)
    if (group !== undefined) listed.group = Number(group)
    out.set(m[1]!.length === 7 ? `0000:${m[1]}` : m[1]!, listed)
  }
  return out
}

/** Address -> parent bridge address (null on a root bus), from `lspci -t`'s column layout. */
function parseTree (text: string): Map<string, string | null> {
  const parents = new Map<string, string | null>()
  const stack: { col: number, domain: string, bus: string, owner: string | null }[] = []
  const token = /\[([0-9a-f]{4}):([0-9a-f]{2})\]|([0-9a-f]{2}\.[0-7])(?:-\[([0-9a-f]{2})(?:-[0-9a-f]{2})?\])?/g
  for (const line of text.split('\n')) {
    for (const t of line.matchAll(token)) {
      const col = t.index
      while (stack.length > 0 && stack[stack.length - 1]!.col >= col) stack.pop()
      if (t[1] !== undefined) {
        stack.push({ col, domain: t[1], bus: t[2]!, owner: null })
        continue
      }
      const bus = stack[stack.length - 1]
      if (!bus) throw new Error(`device before any root bus in: ${line}`)
      const address = `${bus.domain}:${bus.bus}:${t[3]}`
      parents.set(address, bus.owner)
      if (t[4] !== undefined) stack.push({ col, domain: bus.domain, bus: t[4], owner: address })
    }
  }
  return parents
}

/** Every symlink must resolve, and inside the tree: lspci and our reader both follow them. */
function danglingLinks (root: string): string[] {
  const bad: string[] = []
  const real = realpathSync(root)
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isSymbolicLink()) {
        try {
          const target = realpathSync(p)
          if (!target.startsWith(real + sep)) bad.push(`${p} -> outside the tree (${target})`)
        } catch { bad.push(`${p} dangles`) }
      } else if (e.isDirectory()) walk(p)
    }
  }
  walk(root)
  return bad
}

const cases: [string, FixtureMachine][] = [...Object.entries(MACHINES), ['large(2,4)', largeMachine(2, 4)]]

describe.each(cases)('fixture %s', (name, machine) => {
  const root = join(scratch, name.replace(/[^a-z0-9]/g, '_'))
  const written = writeMachine(machine, root)

  it('lists every function with its ids, class, driver, NUMA node and IOMMU group, without a warning', async () => {
    await written
    const { stdout, warnings } = lspci(root, ['-nnk', '-vv'])
    expect(warnings).toEqual([])
    const listed = parseVerbose(stdout)
    expect(listed.size).toBe(machine.devices.length)
    const wrong: string[] = []
    for (const d of machine.devices) {
      const l = listed.get(d.address)
      if (!l) { wrong.push(`${d.address}: not listed`); continue }
      const want: Listed = { ids: `${d.vendor}:${d.device}`, cls: d.classCode.slice(0, 4) }
      if (d.driver !== undefined) want.driver = d.driver
      if ((d.numaNode ?? -1) >= 0) want.numa = d.numaNode!
      if (machine.iommu && d.iommuGroup !== undefined) want.group = d.iommuGroup
      if (JSON.stringify(l) !== JSON.stringify(want)) wrong.push(`${d.address}: lspci ${JSON.stringify(l)}, fixture ${JSON.stringify(want)}`)
    }
    expect(wrong).toEqual([])
  })

  it('nests every function under its bridge in lspci -t', async () => {
    await written
    const { stdout, warnings } = lspci(root, ['-t'])
    expect(warnings).toEqual([])
    const parents = parseTree(stdout)
    expect(Object.fromEntries(parents)).toEqual(Object.fromEntries(machine.devices.map((d) => [d.address, d.parent ?? null])))
  })

  it('has only symlinks that resolve inside the tree, and host files that agree with the fixture', async () => {
    await written
    expect(danglingLinks(root)).toEqual([])
    const read = (p: string): string => readFileSync(join(root, p), 'utf8')
    expect(read('proc/sys/kernel/hostname')).toBe(`${machine.hostname}\n`)
    expect(read('proc/meminfo')).toMatch(new RegExp(`^MemTotal: +${Math.floor(machine.memoryBytes / 1024)} kB$`, 'm'))
    expect(read('proc/cpuinfo').match(/^processor\t: \d+$/gm)).toHaveLength(machine.sockets * machine.threadsPerSocket)
    expect(new Set(read('proc/cpuinfo').match(/^physical id\t: \d+$/gm)).size).toBe(machine.sockets)
    expect(read('proc/net/route').split('\n').some((l) => l.startsWith(`${machine.defaultRouteInterface}\t00000000\t`))).toBe(true)
    for (const n of machine.numaNodes) {
      expect(read(`sys/devices/system/node/node${n.id}/meminfo`)).toMatch(new RegExp(`^Node ${n.id} MemTotal: +${Math.floor(n.memoryBytes / 1024)} kB$`, 'm'))
    }
    const groups = readdirSync(join(root, 'sys/kernel/iommu_groups'))
    if (!machine.iommu) expect(groups).toEqual([])
    for (const d of machine.devices) {
      const dir = join(root, 'sys/bus/pci/devices', d.address)
      expect(lstatSync(join(dir, 'iommu_group'), { throwIfNoEntry: false }) !== undefined).toBe(machine.iommu && d.iommuGroup !== undefined)
      for (const ifname of d.net ?? []) expect(read(`sys/class/net/${ifname}/address`)).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}\n$/)
    }
  })
})

describe('desktop fixture', () => {
  it('has the GPU and its audio function in the root port group, apart from the boot iGPU', () => {
    const group = (a: string): number | undefined => MACHINES.desktop!.devices.find((d) => d.address === a)?.iommuGroup
    expect(group('0000:01:00.0')).toBe(group('0000:00:01.0'))
    expect(group('0000:01:00.1')).toBe(group('0000:00:01.0'))
    expect(group('0000:00:02.0')).not.toBe(group('0000:01:00.0'))
  })
})
