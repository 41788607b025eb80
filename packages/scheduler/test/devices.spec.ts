/** Device resolution: whole IOMMU groups, free and assignable, SR-IOV exclusion, never split. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { HostInventory, VmSpec } from '@multiverse/domain'
import { parseVmSpec, plan } from '../src/index.ts'
import type { HostReason, PlanHost } from '../src/index.ts'
import { device, fixtureInventory, host, inventory, snapshot, vm } from './hosts.ts'

const spec = (devices: string, extra = ''): VmSpec => parseVmSpec(`name: guest\nvcpus: 2\nmemory: 2GiB\ndevices: ${devices}\n${extra}`, 'guest.yaml')

/** Places one spec on one host: its devices, or its reason. */
function onHost (h: PlanHost, s: VmSpec): { devices: string[] } | { reason: HostReason } {
  const result = plan(snapshot([h]), [s])
  const placed = result.placements[0]
  return placed !== undefined ? { devices: placed.devices } : { reason: result.unplaced[0]!.reasons[h.name]! }
}

let desktop: HostInventory
let server: HostInventory
beforeAll(async () => {
  desktop = await fixtureInventory('desktop')
  server = await fixtureInventory('server')
})

describe('fixture machines', () => {
  it.each([
    ['the desktop GPU brings its audio function (one group)', 'desktop', '[{ class: gpu, vendor: "10de" }]', ['0000:01:00.0', '0000:01:00.1']],
    ['asking for GPU and audio takes the one group, not two', 'desktop', '[{ class: gpu, vendor: "10de" }, { class: audio, vendor: "10de" }]', ['0000:01:00.0', '0000:01:00.1']],
    ['the Quadro brings all four functions', 'server', '[{ class: gpu }]', ['0000:81:00.0', '0000:81:00.1', '0000:81:00.2', '0000:81:00.3']],
    ['a VF is its own group on the server', 'server', '[{ class: nic, vf: true }]', ['0000:02:10.0']],
    ['two VFs are two groups', 'server', '[{ class: nic, vf: true, count: 2 }]', ['0000:02:10.0', '0000:02:10.2']],
    ['a whole, VF-less PF', 'server', '[{ class: nic, vf: false }]', ['0000:01:00.1']]
  ])('%s', (_name, machine, devices, expected) => {
    const inv = machine === 'desktop' ? desktop : server
    expect(onHost(host(machine, inv), spec(devices))).toEqual({ devices: expected })
  })

  it.each([
    ['the boot GPU is kept by the host', 'desktop', '[{ class: gpu, vendor: "8086" }]', /group \d+ is kept by the host \(boot-gpu\)/],
    ['the NIC of the default route shares its group with the PCH: kept', 'desktop', '[{ class: nic }]', /kept by the host \(.*default-route-nic.*\)/],
    ['a PF with VFs enabled is not given whole', 'server', '[{ class: nic, vendor: "8086", device: "10fb" }]', /sriov-pf/],
    ['no such device', 'desktop', '[{ class: accelerator }]', /^devices\[0\] \(class accelerator\): no matching device on this host$/],
    ['too few', 'desktop', '[{ class: gpu, vendor: "10de", count: 2 }]', /^devices\[0\] \(class gpu, vendor 10de\): wants 2, 1 free$/]
  ])('%s', (_name, machine, devices, detail) => {
    const inv = machine === 'desktop' ? desktop : server
    const got = onHost(host(machine, inv), spec(devices))
    expect(got).toMatchObject({ reason: { code: 'devices' } })
    expect((got as { reason: HostReason }).reason.detail).toMatch(detail)
  })

  it('a group held by a VM is not split: its other endpoint is not free either', () => {
    const h = host('desktop', desktop, { vms: [vm('other', 'desktop', { devices: ['0000:01:00.0', '0000:01:00.1'] })] })
    expect(onHost(h, spec('[{ class: audio, vendor: "10de" }]'))).toMatchObject({
      reason: { code: 'devices', detail: expect.stringMatching(/group \d+ \(0000:01:00\.0\) is used by vm other/) }
    })
  })
})

describe('hand-made inventories', () => {
  const gpuAndAudio = [device('0000:01:00.0'), device('0000:01:00.1', { className: 'audio', classCode: '040300', deviceId: '228b' })]

  it('a group with an endpoint the host keeps is refused as a whole', () => {
    const kept = [gpuAndAudio[0]!, { ...gpuAndAudio[1]!, assignable: false, reasons: [{ code: 'reserved' as const, detail: 'reserved' }] }]
    expect(onHost(host('h', inventory(kept)), spec('[{ class: gpu }]'))).toMatchObject({
      reason: { code: 'devices', detail: expect.stringMatching(/group 1 is kept by the host \(reserved\)/) }
    })
  })

  it('bridges in a group neither match nor travel with it', () => {
    const bridge = device('0000:00:01.0', { className: 'bridge', classCode: '060400', isBridge: true, vendorId: '8086' })
    expect(onHost(host('h', inventory([bridge, ...gpuAndAudio])), spec('[{ class: gpu }]'))).toEqual({ devices: ['0000:01:00.0', '0000:01:00.1'] })
    expect(onHost(host('h', inventory([bridge, ...gpuAndAudio])), spec('[{ vendor: "8086" }]'))).toMatchObject({ reason: { code: 'devices' } })
  })

  it('prefers the smallest group that matches', () => {
    const lone = device('0000:02:00.0', { iommuGroup: 2 })
    expect(onHost(host('h', inventory([...gpuAndAudio, lone])), spec('[{ class: gpu }]'))).toEqual({ devices: ['0000:02:00.0'] })
  })

  const pf = device('0000:03:00.0', { className: 'nic', classCode: '020000', vendorId: '8086', deviceId: '10fb', iommuGroup: 3,
    sriov: { totalVfs: 2, numVfs: 2, vfs: ['0000:03:10.0', '0000:03:10.2'] } })
  const vfs = ['0000:03:10.0', '0000:03:10.2'].map((address, i) =>
    device(address, { className: 'nic', classCode: '020000', vendorId: '8086', deviceId: '10ed', iommuGroup: 4 + i, physfn: '0000:03:00.0' }))
  // An inventory that reports the PF assignable (as a host with VFs it does not serve might):
  // the scheduler still never splits a PF and its VFs between VMs.
  const sriovHost = (vms = [] as ReturnType<typeof vm>[]): PlanHost => host('h', inventory([pf, ...vfs]), { vms })

  it.each([
    ['vf: true matches only VFs', '[{ class: nic, vf: true }]', [], { devices: ['0000:03:10.0'] }],
    ['a PF with a VF in use is refused', '[{ class: nic, vf: false }]', [vm('r', 'h', { devices: ['0000:03:10.2'] })],
      { reason: { code: 'devices', detail: expect.stringMatching(/0000:03:00\.0 is a PF whose VF 0000:03:10\.2 is used by vm r/) } }],
    ['a VF of a PF given whole is refused', '[{ class: nic, vf: true }]', [vm('r', 'h', { devices: ['0000:03:00.0'] })],
      { reason: { code: 'devices', detail: expect.stringMatching(/VF of 0000:03:00\.0, which is given whole to vm r/) } }],
    ['the PF and its VF are never both given to one request', '[{ class: nic, vf: false }, { class: nic, vf: true }]', [],
      { reason: { code: 'devices', detail: expect.stringMatching(/given whole to vm this one/) } }],
    ['a free VF beside a used one is fine', '[{ class: nic, vf: true }]', [vm('r', 'h', { devices: ['0000:03:10.0'] })], { devices: ['0000:03:10.2'] }]
  ])('%s', (_name, devices, vms, expected) => {
    expect(onHost(sriovHost(vms), spec(devices))).toMatchObject(expected)
  })

  it('a mapping resolves to the address the cluster maps for each host', () => {
    const s = snapshot([host('a', inventory(gpuAndAudio)), host('b', inventory([device('0000:0a:00.0', { iommuGroup: 7 })]))],
      { 'gpu-big': { b: '0000:0a:00.0' } })
    const result = plan(s, [spec('[{ mapping: gpu-big }]')])
    expect(result.placements[0]).toMatchObject({ host: 'b', devices: ['0000:0a:00.0'] })
    expect(plan(s, [spec('[{ mapping: gpu-big }]')], { explain: true }).placements[0]!.evaluations.find((e) => e.host === 'a'))
      .toMatchObject({ fits: false, reason: { code: 'devices', detail: 'devices[0] (mapping gpu-big): no matching device on this host' } })
  })
})
