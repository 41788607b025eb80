/**
 * A damaged or hostile sysfs tree: the inventory never crashes, never reads outside its root,
 * reports the damaged device with a warning naming the path and the problem, keeps it
 * unassignable, and still reports everything else.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { HostInventory } from '@multiverse/domain'
import { readInventory } from '@multiverse/inventory'
import { MACHINES } from './fixtures/machines.ts'
import { writeMachine } from './fixtures/sysfs-writer.ts'

const desktop = MACHINES.desktop!
const scratch = mkdtempSync(join(tmpdir(), 'inventory-bad-'))
afterAll(() => { rmSync(scratch, { recursive: true, force: true }) })

let root: string
/** A device directory of the fresh tree, as a real path. */
const dirOf = (address: string): string => realpathSync(join(root, 'sys/bus/pci/devices', address))
/** A file outside the root holding what an attacker would like us to read. */
const outside = join(scratch, 'outside')

beforeEach(async () => {
  root = join(scratch, `root-${Math.random().toString(36).slice(2)}`)
  await writeMachine(desktop, root)
  mkdirSync(join(outside, '0000:0f:00.0'), { recursive: true })
  for (const file of ['vendor', 'device', 'class']) writeFileSync(join(outside, '0000:0f:00.0', file), '0x1234\n')
})

const gpu = desktop.devices.find((d) => d.classCode.startsWith('03') && d.bootVga !== true)!.address
const others = desktop.devices.map((d) => d.address).filter((a) => a !== gpu)

function expectRestIntact (inventory: HostInventory): void {
  for (const address of others) {
    const device = inventory.devices.find((d) => d.address === address)!
    expect(device.vendorId, address).not.toBeNull()
    expect(device.classCode, address).not.toBeNull()
  }
}

function warningFor (inventory: HostInventory, pattern: RegExp): string {
  const warning = inventory.warnings.find((w) => pattern.test(w))
  expect(warning, `a warning matching ${pattern} among ${JSON.stringify(inventory.warnings)}`).toBeDefined()
  return warning!
}

describe('a damaged device file', () => {
  it.each([
    ['garbage', (dir: string) => { writeFileSync(join(dir, 'vendor'), 'NVIDIA!\n') }, /vendor: expected 0x and 4 hex digits, found "NVIDIA!"/],
    ['missing', (dir: string) => { unlinkSync(join(dir, 'vendor')) }, /vendor: missing/],
    ['a directory', (dir: string) => { unlinkSync(join(dir, 'vendor')); mkdirSync(join(dir, 'vendor')) }, /vendor: a directory where a regular file was expected/],
    ['a FIFO that would block a reader', (dir: string) => {
      unlinkSync(join(dir, 'vendor'))
      execFileSync('mkfifo', [join(dir, 'vendor')], { timeout: 5000 })
    }, /vendor: a special file where a regular file was expected/],
    ['huge', (dir: string) => { truncateSync(join(dir, 'vendor'), 64 << 20) }, /vendor: larger than 4096 bytes/],
    ['a symlink out of the root', (dir: string) => {
      unlinkSync(join(dir, 'vendor'))
      symlinkSync(join(outside, '0000:0f:00.0', 'vendor'), join(dir, 'vendor'))
    }, /vendor: a symlink where a regular file was expected/]
  ])('%s: the device stays, vendor null, with a warning; nothing else is lost', (_, damage, warning) => {
    damage(dirOf(gpu))
    const inventory = readInventory({ root })
    warningFor(inventory, warning)
    const device = inventory.devices.find((d) => d.address === gpu)!
    expect(device.vendorId).toBeNull()
    expect(device.deviceId).not.toBeNull()
    expectRestIntact(inventory)
  })

  it('a truncated config space: nobody knows if it is a bridge, so its group is not given away', () => {
    writeFileSync(join(dirOf(gpu), 'config'), Buffer.alloc(8))
    const inventory = readInventory({ root })
    warningFor(inventory, /config: config space is 8 bytes/)
    const device = inventory.devices.find((d) => d.address === gpu)!
    expect(device.assignable).toBe(false)
    expect(device.reasons.map((r) => r.code)).toContain('unreadable')
    expectRestIntact(inventory)
  })

  it('a driver link that leaves the root: no driver, a warning', () => {
    const dir = dirOf(gpu)
    unlinkSync(join(dir, 'driver'))
    symlinkSync('../../../../../../../../../../../../etc', join(dir, 'driver'))
    const inventory = readInventory({ root })
    warningFor(inventory, /driver: link points outside the root/)
    expect(inventory.devices.find((d) => d.address === gpu)!.driver).toBeNull()
  })

  it('an iommu_group link to somewhere else: no group, not assignable', () => {
    const dir = dirOf(gpu)
    unlinkSync(join(dir, 'iommu_group'))
    symlinkSync('../../../bus/pci/drivers', join(dir, 'iommu_group'))
    const inventory = readInventory({ root })
    warningFor(inventory, /iommu_group: expected a link into kernel\/iommu_groups\//)
    expect(inventory.devices.find((d) => d.address === gpu)!.assignable).toBe(false)
  })
})

describe('a damaged device list', () => {
  const entry = (name: string): string => join(root, 'sys/bus/pci/devices', name)

  it('a device link in a loop: reported unreadable with a warning', () => {
    symlinkSync('0000:0e:00.0', entry('0000:0e:00.0'))
    const inventory = readInventory({ root })
    warningFor(inventory, /0000:0e:00.0: no directory of that name under sys\/devices\/pci\*/)
    const looped = inventory.devices.find((d) => d.address === '0000:0e:00.0')!
    expect(looped).toMatchObject({ vendorId: null, assignable: false })
    expectRestIntact(inventory)
  })

  it('a device link out of the root: nothing under it is read', () => {
    symlinkSync(relative(join(root, 'sys/bus/pci/devices'), join(outside, '0000:0f:00.0')), entry('0000:0f:00.0'))
    const inventory = readInventory({ root })
    warningFor(inventory, /0000:0f:00.0: no directory of that name under sys\/devices\/pci\*/)
    expect(inventory.devices.find((d) => d.address === '0000:0f:00.0')).toMatchObject({ vendorId: null, classCode: null })
    expect(JSON.stringify(inventory)).not.toContain('1234')
  })

  it('a device directory that is a symlink out of the root, inside sys/devices: never entered', () => {
    const bridge = dirOf(desktop.devices.find((d) => d.classCode.startsWith('0604'))!.address)
    symlinkSync(join(outside, '0000:0f:00.0'), join(bridge, '0000:0f:00.0'))
    symlinkSync(relative(join(root, 'sys/bus/pci/devices'), join(bridge, '0000:0f:00.0')), entry('0000:0f:00.0'))
    const inventory = readInventory({ root })
    warningFor(inventory, /0000:0f:00.0: no directory of that name under sys\/devices\/pci\*/)
    expect(JSON.stringify(inventory)).not.toContain('1234')
    expectRestIntact(inventory)
  })

  it.each(['0000:1:00.0', '0000:01:00.8', 'GPU', '..', '0000:01:00.0 '])('a non-canonical name %j is skipped with a warning', (name) => {
    if (name !== '..') symlinkSync(relative(join(root, 'sys/bus/pci/devices'), dirOf(gpu)), entry(name))
    const inventory = readInventory({ root })
    if (name !== '..') warningFor(inventory, /not a canonical PCI address/)
    expect(inventory.devices).toHaveLength(desktop.devices.length)
  })

  it('a missing sys/bus/pci: no devices, the host part still complete', () => {
    rmSync(join(root, 'sys/bus/pci'), { recursive: true })
    const inventory = readInventory({ root })
    expect(inventory.devices).toEqual([])
    expect(inventory.cpu.threads).toBe(desktop.sockets * desktop.threadsPerSocket)
  })

  it('garbage in proc and the CPU list: warnings, never a crash', () => {
    writeFileSync(join(root, 'proc/meminfo'), Buffer.from([0, 1, 2, 255, 254]))
    writeFileSync(join(root, 'sys/devices/system/cpu/online'), '0-999999999\n')
    writeFileSync(join(root, 'proc/sys/kernel/hostname'), 'x'.repeat(10_000))
    const inventory = readInventory({ root })
    warningFor(inventory, /cpu\/online: /)
    warningFor(inventory, /hostname: larger than 4096 bytes/)
    expect(inventory.memory.totalBytes).toBe(0)
    expect(inventory.hostname).toBe('unknown')
    expect(inventory.devices).toHaveLength(desktop.devices.length)
  })
})
