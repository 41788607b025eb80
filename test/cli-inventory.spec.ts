/** `multiverse host inventory` as a user runs it: the bin, real processes, exit codes. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostInventorySchema } from '@multiverse/domain'
import { MACHINES } from './fixtures/machines.ts'
import { writeMachine } from './fixtures/sysfs-writer.ts'

const BIN = new URL('../packages/cli/bin/multiverse.js', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'cli-inventory-'))
const root = join(scratch, 'desktop')
beforeAll(async () => { await writeMachine(MACHINES.desktop!, root) })
afterAll(() => { rmSync(scratch, { recursive: true, force: true }) })

function multiverse (...args: string[]): { status: number | null, stdout: string, stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('multiverse host inventory', () => {
  it('--json prints the public HostInventory shape', () => {
    const { status, stdout, stderr } = multiverse('host', 'inventory', '--root', root, '--json')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const inventory = hostInventorySchema.parse(JSON.parse(stdout))
    expect(inventory.hostname).toBe(MACHINES.desktop!.hostname)
    expect(inventory.devices).toHaveLength(MACHINES.desktop!.devices.length)
  })

  it('prints a table grouped by IOMMU group, and why each kept group is kept', () => {
    const { status, stdout } = multiverse('host', 'inventory', '--root', root)
    expect(status).toBe(0)
    expect(stdout).toMatch(/^GROUP\s+ADDRESS\s+CLASS\s+ID\s+NAME\s+DRIVER\s+NUMA\s+ASSIGNABLE$/m)
    expect(stdout).toMatch(/^\d*\s+0000:01:00\.0\s+gpu\s+10de:2484\s+NVIDIA/m)
    expect(stdout).toMatch(/^Not assignable:$/m)
    expect(stdout).toMatch(/group \d+: 0000:00:02\.0 is the boot GPU/)
    expect(stdout).toMatch(/carries the default route \(eno1\)/)
  })

  it('--reserve takes a list and takes the group out', () => {
    const { status, stdout } = multiverse('host', 'inventory', '--root', root, '--json', '--reserve', '0000:01:00.0,0000:00:14.0')
    expect(status).toBe(0)
    const inventory = hostInventorySchema.parse(JSON.parse(stdout))
    const gpu = inventory.devices.find((d) => d.address === '0000:01:00.0')!
    expect(gpu.reasons.map((r) => r.code)).toEqual(['reserved'])
  })

  it.each([
    [['host', 'inventory', '--reserve', '01:00.0'], 2, /not a PCI address: "01:00.0"\n.*0000:01:00\.0/],
    [['host', 'inventory', '--root', join(scratch, 'missing')], 1, /cannot read the inventory root/],
    [['host', 'inventory', '--bogus'], 2, /unknown option '--bogus'/],
    [['hots'], 2, /unknown command 'hots'/]
  ])('%j exits %i with a message saying what to do', (args, code, message) => {
    const { status, stdout, stderr } = multiverse(...args)
    expect(status).toBe(code)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
  })
})
