import { describe, expect, it } from 'vitest'
import { assess } from '../src/assignability.ts'
import type { RawPciDevice } from '../src/pci.ts'

function device (address: string, fields: Partial<RawPciDevice> = {}): RawPciDevice {
  return {
    address,
    vendorId: '10de',
    deviceId: '2484',
    subsystemVendorId: '1458',
    subsystemDeviceId: '4037',
    classCode: '030000',
    driver: null,
    iommuGroup: 1,
    numaNode: null,
    isBridge: false,
    bootVga: false,
    netInterfaces: [],
    sriov: null,
    physfn: null,
    ...fields
  }
}

const noKeeps = { defaultRouteInterfaces: [], reserved: new Set<string>() }

describe('assess', () => {
  it('a GPU and its audio function behind a root port: the group is assignable, the bridge never', () => {
    const { groups, devices } = assess([
      device('0000:00:01.0', { classCode: '060400', isBridge: true }),
      device('0000:01:00.0'),
      device('0000:01:00.1', { classCode: '040300' })
    ], noKeeps)
    expect(groups).toEqual([{
      id: 1,
      devices: ['0000:00:01.0', '0000:01:00.0', '0000:01:00.1'],
      endpoints: ['0000:01:00.0', '0000:01:00.1'],
      assignable: true,
      reasons: []
    }])
    expect(devices.get('0000:01:00.0')).toEqual({ assignable: true, reasons: [] })
    expect(devices.get('0000:00:01.0')!.assignable).toBe(false)
    expect(devices.get('0000:00:01.0')!.reasons.map((r) => r.code)).toEqual(['bridge'])
  })

  it('one endpoint the host keeps makes every member of its group unassignable, naming it', () => {
    const { groups, devices } = assess([
      device('0000:00:1f.0', { classCode: '060100', iommuGroup: 10 }),
      device('0000:00:1f.3', { classCode: '040300', iommuGroup: 10 }),
      device('0000:00:1f.6', { classCode: '020000', iommuGroup: 10, netInterfaces: ['eno1'] })
    ], { defaultRouteInterfaces: ['eno1'], reserved: new Set() })
    expect(groups[0]!.assignable).toBe(false)
    expect(groups[0]!.endpoints).toHaveLength(3)
    const audio = devices.get('0000:00:1f.3')!
    expect(audio.assignable).toBe(false)
    expect(audio.reasons).toEqual([
      { code: 'platform-bridge', detail: expect.stringContaining('0000:00:1f.0 is a host or ISA bridge') },
      { code: 'default-route-nic', detail: expect.stringContaining('0000:00:1f.6 carries the default route (eno1)') }
    ])
  })

  it.each([
    ['boot GPU', device('0000:00:02.0', { bootVga: true, iommuGroup: 2 }), noKeeps, 'boot-gpu'],
    ['reserved', device('0000:03:00.0', { iommuGroup: 3 }), { defaultRouteInterfaces: [], reserved: new Set(['0000:03:00.0']) }, 'reserved'],
    ['unreadable class', device('0000:04:00.0', { classCode: null, iommuGroup: 4 }), noKeeps, 'unreadable'],
    ['unreadable config', device('0000:04:00.0', { isBridge: null, iommuGroup: 4 }), noKeeps, 'unreadable']
  ])('%s is kept by the host', (_, kept, keeps, code) => {
    const { groups, devices } = assess([kept], keeps)
    expect(groups[0]!.reasons.map((r) => r.code)).toEqual([code])
    expect(devices.get(kept.address)!.assignable).toBe(false)
  })

  it('a NIC with no default route is not kept', () => {
    const { devices } = assess([device('0000:05:00.0', { classCode: '020000', netInterfaces: ['enp5s0'] })],
      { defaultRouteInterfaces: ['eno1'], reserved: new Set() })
    expect(devices.get('0000:05:00.0')!.assignable).toBe(true)
  })

  it('a group of bridges only is not assignable', () => {
    const { groups } = assess([device('0000:00:1c.0', { classCode: '060400', isBridge: true, iommuGroup: 7 })], noKeeps)
    expect(groups[0]!.reasons.map((r) => r.code)).toEqual(['no-endpoints'])
  })

  it('no IOMMU: no groups, every device says why, with what to do', () => {
    const { groups, devices } = assess([
      device('0000:01:00.0', { iommuGroup: null }),
      device('0000:00:02.0', { iommuGroup: null, bootVga: true })
    ], noKeeps)
    expect(groups).toEqual([])
    expect(devices.get('0000:01:00.0')!.reasons).toEqual([{ code: 'no-iommu', detail: expect.stringContaining('intel_iommu=on') }])
    expect(devices.get('0000:00:02.0')!.reasons.map((r) => r.code)).toEqual(['no-iommu', 'boot-gpu'])
  })

  it('SR-IOV: VFs in their own groups are each assignable, the PF serving them is not', () => {
    const { groups } = assess([
      device('0000:03:00.0', { classCode: '020000', iommuGroup: 20, sriov: { totalVfs: 63, numVfs: 2, vfs: ['0000:03:10.0', '0000:03:10.2'] } }),
      device('0000:03:10.0', { classCode: '020000', iommuGroup: 21, physfn: '0000:03:00.0' }),
      device('0000:03:10.2', { classCode: '020000', iommuGroup: 22, physfn: '0000:03:00.0' })
    ], noKeeps)
    expect(groups.map((g) => [g.id, g.assignable])).toEqual([[20, false], [21, true], [22, true]])
    expect(groups[0]!.reasons).toEqual([{ code: 'sriov-pf', detail: expect.stringContaining('has 2 SR-IOV VFs enabled') }])
  })

  it('a PF with SR-IOV capability but no VFs enabled can go whole', () => {
    const { groups } = assess([
      device('0000:03:00.0', { classCode: '020000', iommuGroup: 20, sriov: { totalVfs: 63, numVfs: 0, vfs: [] } })
    ], noKeeps)
    expect(groups[0]!.assignable).toBe(true)
  })
})
