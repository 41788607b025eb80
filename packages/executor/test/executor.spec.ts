// LocalExecutor over its stubs: a RecordingHypervisor, the VFIO binder on a simulated kernel
// (a fixture tree in os.tmpdir()) and real qcow2 images in a temporary directory.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MACHINES } from '../../../test/fixtures/machines.ts'
import { writeMachine } from '../../../test/fixtures/sysfs-writer.ts'
import {
  DomainExistsError, InvalidXmlValueError, LibvirtUnavailableError, LocalExecutor, ShutdownTimeoutError, VfioBindError, VfioBinder
} from '../src/index.ts'
import type { LaunchRequest } from '../src/index.ts'
import { RecordingHypervisor, SimulatedSysfs } from '../src/testing/index.ts'
import { spec } from './xml-cases.ts'

const base = mkdtempSync(join(tmpdir(), 'mv-executor-'))
afterAll(() => { rmSync(base, { recursive: true, force: true }) })
let n = 0

async function setup (options: ConstructorParameters<typeof SimulatedSysfs>[1] = {}): Promise<{ executor: LocalExecutor, hv: RecordingHypervisor, sysfs: SimulatedSysfs, imagesDir: string }> {
  const dir = join(base, String(n++))
  const imagesDir = join(dir, 'images')
  mkdirSync(imagesDir, { recursive: true })
  await writeMachine(MACHINES.desktop!, join(dir, 'host'))
  const sysfs = new SimulatedSysfs(join(dir, 'host'), options)
  const hv = new RecordingHypervisor()
  return { executor: new LocalExecutor({ imagesDir }, { hypervisor: hv, binder: new VfioBinder({ sysfs }) }), hv, sysfs, imagesDir }
}

const GPU = '0000:01:00.0'
const AUDIO = '0000:01:00.1'
const request = (overrides: Partial<LaunchRequest> = {}): LaunchRequest => ({
  spec: spec({ name: 'gamer', disks: [{ name: 'root', sizeBytes: 1024 ** 3 }] }),
  owner: 'desktop',
  uuid: null,
  emulation: 'qemu',
  groups: [[{ address: GPU, network: false, mac: null, romBar: true }, { address: AUDIO, network: false, mac: null, romBar: false }]],
  viommu: false,
  serialLog: null,
  network: null,
  ...overrides
})

describe('LocalExecutor', () => {
  it('launches: disks, define, bind, start; stop gives the devices back; remove leaves nothing', async () => {
    const { executor, hv, sysfs, imagesDir } = await setup()
    const vm = await executor.launch(request())
    expect(hv.calls.map((c) => c.op)).toEqual(['define', 'start'])
    expect(hv.domains.get('gamer')?.state.state).toBe('running')
    expect(vm.xml).toContain(`<source file='${join(imagesDir, 'gamer@root.qcow2')}'/>`)
    expect(vm.disks.map((d) => d.path)).toEqual([join(imagesDir, 'gamer@root.qcow2')])
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['vfio-pci', 'vfio-pci'])

    await executor.stop(vm)
    expect(hv.domains.get('gamer')?.state.state).toBe('shutoff')
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nvidia', 'snd_hda_intel'])

    await executor.remove(vm)
    expect(hv.domains.size).toBe(0)
    expect(readdirSync(imagesDir)).toEqual([])
    await executor.remove(vm) // idempotent
  })

  it('defines without starting; a start that fails gives the devices back and keeps the definition', async () => {
    const { executor, hv, sysfs } = await setup()
    const vm = await executor.define(request())
    expect(hv.domains.get('gamer')?.state.state).toBe('shutoff')
    expect(sysfs.writes).toEqual([])
    hv.failNext('start', new LibvirtUnavailableError('qemu:///system', 'down'))
    await expect(executor.start(vm.name, [[GPU, AUDIO]])).rejects.toThrow(LibvirtUnavailableError)
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nvidia', 'snd_hda_intel'])
    expect(hv.domains.has('gamer')).toBe(true)
    const binding = await executor.start(vm.name, [[GPU, AUDIO]])
    expect(hv.domains.get('gamer')?.state.state).toBe('running')
    await executor.remove({ ...vm, binding })
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nvidia', 'snd_hda_intel'])
  })

  it('refuses bad input before changing anything', async () => {
    const { executor, hv, sysfs, imagesDir } = await setup()
    await expect(executor.launch(request({ spec: spec({ name: 'gamer', title: 'bell\u0007' }) }))).rejects.toThrow(InvalidXmlValueError)
    expect(hv.calls).toEqual([])
    expect(sysfs.writes).toEqual([])
    expect(readdirSync(imagesDir)).toEqual([])
  })

  it.each([
    ['define', () => new DomainExistsError('gamer', 'exists'), DomainExistsError],
    ['start', () => new LibvirtUnavailableError('qemu:///system', 'down'), LibvirtUnavailableError]
  ] as const)('undoes everything when %s fails', async (op, make, type) => {
    const { executor, hv, sysfs, imagesDir } = await setup()
    hv.failNext(op, make())
    await expect(executor.launch(request())).rejects.toThrow(type)
    expect(hv.domains.size).toBe(0)
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nvidia', 'snd_hda_intel'])
    expect(readdirSync(imagesDir)).toEqual([])
  })

  it('undoes the disks and the definition when binding fails', async () => {
    const { executor, hv, sysfs, imagesDir } = await setup({ failAtWrite: 5 })
    await expect(executor.launch(request())).rejects.toThrow(VfioBindError)
    expect(hv.calls.map((c) => c.op)).toEqual(['define', 'undefine'])
    expect([sysfs.driver(GPU), sysfs.driver(AUDIO)]).toEqual(['nvidia', 'snd_hda_intel'])
    expect(readdirSync(imagesDir)).toEqual([])
  })

  it('keeps the devices of a guest that ignores ACPI, unless forced', async () => {
    const { executor, hv, sysfs } = await setup()
    const vm = await executor.launch(request({ existingDisks: true }))
    expect(existsSync(vm.disks[0]!.path)).toBe(false) // existing images are not created
    hv.ignoreAcpi.add('gamer')
    await expect(executor.stop(vm, { waitMs: 10 })).rejects.toThrow(ShutdownTimeoutError)
    expect(sysfs.driver(GPU)).toBe('vfio-pci')
    await executor.stop(vm, { waitMs: 10, force: true })
    expect(hv.domains.get('gamer')?.state).toEqual({ state: 'shutoff', reason: 'destroyed' })
    expect(sysfs.driver(GPU)).toBe('nvidia')
  })
})
