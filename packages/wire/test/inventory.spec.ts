import { describe, expect, it } from 'vitest'
import type { HostInventory } from '@multiverse/domain'
import { MAX_INVENTORY_BYTES, WireDecodeError, decodeInventory, encodeInventory } from '../src/index.ts'
import { multiverse } from '../src/generated/wire.js'

const inventory: HostInventory = {
  hostname: 'desktop',
  cpu: { model: 'Intel(R) Core(TM) i7-10700K', threads: 16, sockets: 1 },
  memory: { totalBytes: 34359738368, availableBytes: 30000000000, hugepages: [{ sizeBytes: 2097152, total: 512, free: 500 }] },
  numaNodes: [{ id: 0, cpus: [0, 1, 2, 3], memoryBytes: 34359738368 }],
  kvm: true,
  devices: [{
    address: '0000:01:00.0', vendorId: '10de', deviceId: '2484', subsystemVendorId: '1458', subsystemDeviceId: '4037',
    classCode: '030000', className: 'gpu', vendorName: 'NVIDIA Corporation', deviceName: 'GA104 [GeForce RTX 3070]',
    driver: 'nvidia', iommuGroup: 1, numaNode: null, isBridge: false, bootVga: false, netInterfaces: [],
    sriov: null, physfn: null, assignable: true, reasons: []
  }, {
    address: '0000:03:00.0', vendorId: null, deviceId: null, subsystemVendorId: null, subsystemDeviceId: null,
    classCode: null, className: 'other', vendorName: null, deviceName: null, driver: null, iommuGroup: null, numaNode: 0,
    isBridge: false, bootVga: false, netInterfaces: ['enp3s0'], sriov: { totalVfs: 8, numVfs: 1, vfs: ['0000:03:10.0'] },
    physfn: null, assignable: false, reasons: [{ code: 'unreadable', detail: 'could not be read' }]
  }],
  iommuGroups: [{ id: 1, devices: ['0000:01:00.0'], endpoints: ['0000:01:00.0'], assignable: true, reasons: [] }],
  warnings: ['sys/bus/pci/devices/0000:03:00.0/vendor: missing']
}

function raw (fields: Record<string, unknown>): Uint8Array {
  return multiverse.v1.HostInventory.encode(multiverse.v1.HostInventory.create({
    version: 1, hostname: 'h', cpu: { threads: 1, sockets: 1 }, memory: { totalBytes: 1, availableBytes: 1 }, ...fields
  })).finish()
}

describe('HostInventory on the wire', () => {
  it('round-trips exactly, nulls included', () => {
    expect(decodeInventory(encodeInventory(inventory))).toEqual(inventory)
  })

  it.each([
    ['over the size cap', new Uint8Array(MAX_INVENTORY_BYTES + 1), /over the 1048576-byte cap/],
    ['not protobuf', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]), /not a valid protobuf message/],
    ['no version', raw({ version: 0 }), /version 0, this agent speaks 1/],
    ['a future version', raw({ version: 2 }), /version 2/],
    ['an address that could reach a path', raw({ devices: [{ address: '../../etc', className: 'gpu' }] }), /invalid at devices\.0\.address/],
    ['an upper-case id', raw({ devices: [{ address: '0000:01:00.0', className: 'gpu', vendorId: '10DE' }] }), /devices\.0\.vendorId/],
    ['an unknown class name', raw({ devices: [{ address: '0000:01:00.0', className: 'toaster' }] }), /devices\.0\.className/],
    ['an unknown reason', raw({ iommuGroups: [{ id: 1, reasons: [{ code: 'because', detail: '' }] }] }), /iommuGroups\.0\.reasons\.0\.code/],
    ['an empty hostname', raw({ hostname: '' }), /invalid at hostname/]
  ])('rejects %s, saying what', (_, bytes, message) => {
    expect(() => decodeInventory(bytes)).toThrow(WireDecodeError)
    expect(() => decodeInventory(bytes)).toThrow(message)
  })

  it('ignores fields it does not know (a newer peer)', () => {
    const known = encodeInventory(inventory)
    // field 99, varint 1: what a later version of the .proto might add
    const extended = new Uint8Array([...known, 0x98, 0x06, 0x01])
    expect(decodeInventory(extended)).toEqual(inventory)
  })
})
