import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { NodeSysfs, SysfsPathError, checkWritablePath } from '../src/index.ts'

const root = mkdtempSync(join(tmpdir(), 'mv-sysfs-'))
afterAll(() => { rmSync(root, { recursive: true, force: true }) })
const devDir = join(root, 'sys/bus/pci/devices/0000:01:00.0')
mkdirSync(devDir, { recursive: true })
writeFileSync(join(devDir, 'driver_override'), '')
symlinkSync('../../../../bus/pci/drivers/nvidia', join(devDir, 'driver'))

describe('checkWritablePath', () => {
  it.each(['sys/bus/pci/drivers_probe', 'sys/bus/pci/devices/0000:01:00.0/driver_override', 'sys/bus/pci/devices/0000:01:00.0/driver/unbind'])('allows %s', (p) => {
    expect(checkWritablePath(p)).toBe(p)
  })
  it.each(['/sys/bus/pci/drivers_probe', 'sys/bus/pci/../../kernel/x', 'sys/bus/pci/devices/./a', 'sys/bus/pci//x', 'sys/class/net/eth0/mtu',
    'sys/bus/pcix', 'sys/bus/pci/devices/a\nb', 'proc/sys/kernel/x'])('refuses %j', (p) => {
    expect(() => checkWritablePath(p)).toThrow(SysfsPathError)
  })
})

describe('NodeSysfs', () => {
  const sysfs = new NodeSysfs(root)
  it('reads links, null when there is none', async () => {
    expect(await sysfs.readLink('sys/bus/pci/devices/0000:01:00.0/driver')).toBe('../../../../bus/pci/drivers/nvidia')
    expect(await sysfs.readLink('sys/bus/pci/devices/0000:01:00.0/iommu_group')).toBeNull()
    expect(await sysfs.readLink('sys/bus/pci/devices/0000:01:00.0/driver_override')).toBeNull()
  })
  it('tells what exists, dangling links included', async () => {
    expect(await sysfs.exists('sys/bus/pci/devices/0000:01:00.0/driver')).toBe(true)
    expect(await sysfs.exists('sys/bus/pci/drivers/vfio-pci')).toBe(false)
    expect(await sysfs.exists('sys/bus/pci/devices/0000:01:00.0/driver_override/x')).toBe(false)
  })
  it('writes an existing attribute, never creates one, never writes outside sys/bus/pci', async () => {
    await sysfs.write('sys/bus/pci/devices/0000:01:00.0/driver_override', 'vfio-pci')
    expect(readFileSync(join(devDir, 'driver_override'), 'utf8')).toBe('vfio-pci')
    await expect(sysfs.write('sys/bus/pci/drivers_probe', '0000:01:00.0')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(sysfs.write('sys/bus/pci/../../etc/passwd', 'x')).rejects.toThrow(SysfsPathError)
  })
})
