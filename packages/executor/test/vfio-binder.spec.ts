// The VFIO binder over simulated kernels: fixture sysfs trees (test/fixtures' writer) built in
// os.tmpdir(), never under a test directory, since their links loop.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { InvalidPciAddressError } from '@multiverse/domain'
import { MACHINES } from '../../../test/fixtures/machines.ts'
import { dev, groups } from '../../../test/fixtures/machine-kit.ts'
import { writeMachine } from '../../../test/fixtures/sysfs-writer.ts'
import type { FixtureMachine } from '../../../test/fixtures/sysfs-writer.ts'
import {
  IommuMissingError, RollbackError, VfioBindError, VfioBinder, VfioDriverMissingError, VfioReleaseError
} from '../src/index.ts'
import { SimulatedSysfs } from '../src/testing/index.ts'

const base = mkdtempSync(join(tmpdir(), 'mv-vfio-'))
afterAll(() => { rmSync(base, { recursive: true, force: true }) })
let n = 0
async function host (machine: FixtureMachine, options: ConstructorParameters<typeof SimulatedSysfs>[1] = {}): Promise<{ sysfs: SimulatedSysfs, binder: VfioBinder }> {
  const root = join(base, `${machine.name}-${n++}`)
  await writeMachine(machine, root)
  const sysfs = new SimulatedSysfs(root, options)
  return { sysfs, binder: new VfioBinder({ sysfs }) }
}

const desktop = MACHINES.desktop!
const noiommu = MACHINES.noiommu!
const GPU = '0000:01:00.0'
const AUDIO = '0000:01:00.1'
const USB = '0000:03:00.0' // ASMedia xHCI, its own group 11
const P = 'sys/bus/pci/devices'

/** A machine with an unbound endpoint and vfio-pci loaded. */
const spare: FixtureMachine = {
  ...desktop,
  name: 'spare',
  devices: groups([
    dev('00:00.0', '8086:3e30', '060000', { driver: 'skl_uncore' }),
    dev('00:01.0', '8086:1901', '060400', { driver: 'pcieport' }),
    dev('01:00.0', '10de:1c82', '030000', { parent: '00:01.0', driver: 'nouveau' }),
    dev('01:00.1', '10de:0fb9', '040300', { parent: '00:01.0' })
  ], ['00:00.0', ['00:01.0', '01:00.0', '01:00.1']])
}

describe('VfioBinder.bind', () => {
  it('writes override, unbind, probe for each endpoint and leaves both on vfio-pci', async () => {
    const { sysfs, binder } = await host(desktop)
    const binding = await binder.bind([[GPU, AUDIO]])
    expect(binding).toEqual({ groups: [{ group: 1, devices: [{ address: GPU, previousDriver: 'nvidia' }, { address: AUDIO, previousDriver: 'snd_hda_intel' }] }] })
    expect(sysfs.writes).toEqual([
      { path: `${P}/${GPU}/driver_override`, value: 'vfio-pci' },
      { path: `${P}/${GPU}/driver/unbind`, value: GPU },
      { path: 'sys/bus/pci/drivers_probe', value: GPU },
      { path: `${P}/${AUDIO}/driver_override`, value: 'vfio-pci' },
      { path: `${P}/${AUDIO}/driver/unbind`, value: AUDIO },
      { path: 'sys/bus/pci/drivers_probe', value: AUDIO }
    ])
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['vfio-pci', 'vfio-pci'])
    expect(await sysfs.readLink(`${P}/${GPU}/driver`)).toBe('../../../../bus/pci/drivers/vfio-pci')
    expect(await sysfs.exists(`sys/bus/pci/drivers/vfio-pci/${GPU}`)).toBe(true)
    expect(await sysfs.exists(`sys/bus/pci/drivers/nvidia/${GPU}`)).toBe(false)
    expect(sysfs.writes.every((w) => w.path.startsWith('sys/bus/pci/'))).toBe(true)
  })

  it('does not unbind an endpoint no driver has, and gives it back unbound', async () => {
    const { sysfs, binder } = await host(spare)
    const binding = await binder.bind([[GPU, AUDIO]])
    expect(sysfs.writes.filter((w) => w.path.includes(AUDIO) || w.value === AUDIO).map((w) => w.path)).toEqual([
      `${P}/${AUDIO}/driver_override`, 'sys/bus/pci/drivers_probe'
    ])
    await binder.release(binding)
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nouveau', null])
    expect([sysfs.override(GPU), sysfs.override(AUDIO)]).toEqual([null, null])
  })

  it('leaves a device already on vfio-pci alone, and on release too', async () => {
    const { sysfs, binder } = await host(desktop)
    const first = await binder.bind([[GPU, AUDIO]])
    const writes = sysfs.writes.length
    const second = await binder.bind([[GPU, AUDIO]])
    expect(second.groups[0]!.devices.map((d) => d.previousDriver)).toEqual(['vfio-pci', 'vfio-pci'])
    await binder.release(second)
    expect(sysfs.writes.length).toBe(writes)
    await binder.release(first)
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nvidia', 'snd_hda_intel'])
  })

  // Six writes per two-device group; a fault at each one must leave the host as it was.
  it.each([1, 2, 3, 4, 5, 6])('rolls the group back when write %i fails', async (at) => {
    const { sysfs, binder } = await host(desktop, { failAtWrite: at })
    const error = await binder.bind([[GPU, AUDIO]]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VfioBindError)
    expect((error as VfioBindError).message).toContain('injected fault')
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nvidia', 'snd_hda_intel'])
    expect([sysfs.override(GPU), sysfs.override(AUDIO)]).toEqual([null, null])
  })

  it('rolls back the groups done before when a later group fails, newest first', async () => {
    const { sysfs, binder } = await host(desktop, { failAtWrite: 8 }) // USB's unbind
    await expect(binder.bind([[GPU, AUDIO], [USB]])).rejects.toThrow(VfioBindError)
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO), sysfs.driver(USB)]).toEqual(['nvidia', 'snd_hda_intel', 'xhci_hcd'])
    const rollback = sysfs.writes.slice(8).map((w) => `${w.path.replace(`${P}/`, '')}=${w.value.trim()}`)
    expect(rollback).toEqual([
      `${USB}/driver_override=`,
      `${AUDIO}/driver_override=`, `${AUDIO}/driver/unbind=${AUDIO}`, `sys/bus/pci/drivers_probe=${AUDIO}`,
      `${GPU}/driver_override=`, `${GPU}/driver/unbind=${GPU}`, `sys/bus/pci/drivers_probe=${GPU}`
    ])
  })

  it('notices when vfio-pci does not take a device, and rolls back', async () => {
    const { sysfs, binder } = await host(desktop, { refuse: [{ address: AUDIO, driver: 'vfio-pci' }] })
    const error = await binder.bind([[GPU, AUDIO]]).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'VfioBindError', address: AUDIO })
    expect((error as Error).message).toContain('vfio-pci did not take it')
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nvidia', 'snd_hda_intel'])
  })

  it('reports a rollback that fails too, with the original error as cause', async () => {
    const { sysfs, binder } = await host(desktop, { failAtWrite: 3 })
    sysfs.refuse.push({ address: GPU }) // no driver takes it, nvidia not either
    const error = await binder.bind([[GPU, AUDIO]]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RollbackError)
    expect((error as RollbackError).cause).toBeInstanceOf(VfioBindError)
    expect((error as RollbackError).failures).toHaveLength(1)
  })
})

describe('VfioBinder refusals, before any write', () => {
  it.each([
    ['upper-case address', [['0000:01:00.A']], InvalidPciAddressError],
    ['a path for an address', [['../../../../etc/x']], InvalidPciAddressError],
    ['unknown device', [['0000:0f:00.0']], VfioBindError],
    ['two groups as one', [[GPU, USB]], VfioBindError],
    ['a group twice', [[GPU], [AUDIO]], VfioBindError],
    ['a device twice', [[GPU, GPU]], VfioBindError]
  ])('%s', async (_n, groups, type) => {
    const { sysfs, binder } = await host(desktop)
    await expect(binder.bind(groups)).rejects.toThrow(type)
    expect(sysfs.writes).toEqual([])
  })

  it('refuses when vfio-pci is not loaded', async () => {
    const { sysfs, binder } = await host({ ...desktop, name: 'novfio', extraDrivers: [] })
    const error = await binder.bind([[GPU, AUDIO]]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VfioDriverMissingError)
    expect((error as VfioDriverMissingError).hint).toContain('modprobe vfio-pci')
    expect(sysfs.writes).toEqual([])
  })

  it('refuses when the host has no IOMMU', async () => {
    const { sysfs, binder } = await host({ ...noiommu, extraDrivers: ['vfio-pci'] })
    const error = await binder.bind([[GPU, AUDIO]]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IommuMissingError)
    expect((error as IommuMissingError).hint).toContain('intel_iommu=on')
    expect(sysfs.writes).toEqual([])
  })
})

describe('VfioBinder.release', () => {
  let ctx: { sysfs: SimulatedSysfs, binder: VfioBinder }
  beforeEach(async () => { ctx = await host(desktop) })

  it('gives every device back to the driver it had: clear override, unbind, probe', async () => {
    const binding = await ctx.binder.bind([[GPU, AUDIO], [USB]])
    const before = ctx.sysfs.writes.length
    await ctx.binder.release(binding)
    expect(ctx.sysfs.writes.slice(before).map((w) => w.path.replace(`${P}/`, '') + '=' + w.value.trim())).toEqual([
      `${USB}/driver_override=`, `${USB}/driver/unbind=${USB}`, `sys/bus/pci/drivers_probe=${USB}`,
      `${AUDIO}/driver_override=`, `${AUDIO}/driver/unbind=${AUDIO}`, `sys/bus/pci/drivers_probe=${AUDIO}`,
      `${GPU}/driver_override=`, `${GPU}/driver/unbind=${GPU}`, `sys/bus/pci/drivers_probe=${GPU}`
    ])
    expect(ctx.sysfs.writes.slice(before).filter((w) => w.path.endsWith('driver_override')).every((w) => w.value === '\n')).toBe(true)
    expect([ctx.sysfs.driver(GPU), ctx.sysfs.driver(AUDIO), ctx.sysfs.driver(USB)]).toEqual(['nvidia', 'snd_hda_intel', 'xhci_hcd'])
    // Idempotent: a second release finds them back and only clears the (already clear) override.
    await ctx.binder.release(binding)
    expect([ctx.sysfs.driver(GPU), ctx.sysfs.driver(AUDIO), ctx.sysfs.driver(USB)]).toEqual(['nvidia', 'snd_hda_intel', 'xhci_hcd'])
  })

  it('tries every device and lists those that failed', async () => {
    const binding = await ctx.binder.bind([[GPU, AUDIO]])
    ctx.sysfs.failAtWrite = ctx.sysfs.writes.length + 1 // AUDIO's override clear
    const error = await ctx.binder.release(binding).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VfioReleaseError)
    expect((error as VfioReleaseError).failures.map((f) => f.address)).toEqual([AUDIO])
    expect([ctx.sysfs.driver(GPU), ctx.sysfs.driver(AUDIO)]).toEqual(['nvidia', 'vfio-pci'])
  })
})
