/** Repair: a VM that fits nowhere moves VMs placed earlier in the same plan, never the snapshot's. */
import { describe, expect, it } from 'vitest'
import type { VmSpec } from '@multiverse/domain'
import { Planner, compileRequest, parseVmSpec, plan } from '../src/index.ts'
import type { PlanHost } from '../src/index.ts'
import { GiB, device, host, inventory, snapshot, vm } from './hosts.ts'

const spec = (name: string, body: string): VmSpec => parseVmSpec(`name: ${name}\nvcpus: 1\n${body}`, `${name}.yaml`)
const nvidia = device('0000:01:00.0')
const amd = device('0000:02:00.0', { vendorId: '1002', deviceId: '73bf' })
const gpuHosts = (opts: Partial<PlanHost> = {}): PlanHost[] => [
  host('a', inventory([nvidia]), { allocatable: { vcpus: 8, memoryBytes: 16 * GiB }, ...opts }),
  host('b', inventory([amd]), { allocatable: { vcpus: 8, memoryBytes: 16 * GiB } })
]
const memHosts = (): PlanHost[] => ['a', 'b'].map((n) => host(n, inventory([]), { allocatable: { vcpus: 8, memoryBytes: 12 * GiB } }))

describe('repair', () => {
  it.each([
    [
      'a generic GPU VM gives the only NVIDIA GPU to one that names the vendor',
      gpuHosts(), [spec('any', 'memory: 1GiB\ndevices: [{ class: gpu }]'), spec('nv', 'memory: 1GiB\ndevices: [{ class: gpu, vendor: "10de" }]')],
      { any: 'b', nv: 'a' }
    ],
    [
      // a: 6 + 4 of 12, b: 8 of 12; 6 more fits nowhere until the 4 moves to b.
      'memory fragmented over two hosts is gathered by one move',
      memHosts(), [spec('x', 'memory: 6GiB'), spec('y', 'memory: 4GiB'), spec('z', 'memory: 8GiB'), spec('w', 'memory: 6GiB')],
      { x: 'a', y: 'b', z: 'b', w: 'a' }
    ]
  ])('%s', (_name, hosts, specs, where) => {
    const result = plan(snapshot(hosts), specs)
    expect(result.unplaced).toEqual([])
    expect(Object.fromEntries(result.placements.map((p) => [p.vm, p.host]))).toEqual(where)
    // Placements stay in spec order, each with the devices it holds where it ended up.
    expect(result.placements.map((p) => p.vm)).toEqual(specs.map((s) => s.name))
  })

  it('never moves a VM that was in the snapshot', () => {
    const hosts = gpuHosts({ vms: [vm('old', 'a', { devices: [nvidia.address] })] })
    const result = plan(snapshot(hosts), [spec('nv', 'memory: 1GiB\ndevices: [{ class: gpu, vendor: "10de" }]')])
    expect(result.unplaced).toMatchObject([{ vm: 'nv', reasons: { a: { code: 'devices' }, b: { code: 'devices' } } }])
  })

  it('never leaves a VM apart from the group its affinity follows', () => {
    const specs = [
      spec('db', 'memory: 6GiB\nplacement: { group: db }'), spec('app', 'memory: 4GiB\nplacement: { affinity: [db] }'),
      spec('z', 'memory: 8GiB'), spec('w', 'memory: 6GiB')
    ]
    const result = plan(snapshot(memHosts()), specs)
    const at = Object.fromEntries(result.placements.map((p) => [p.vm, p.host]))
    expect(at.app).toBe(at.db)
  })

  it('is off unless asked for, and the same input gives the same plan', () => {
    const specs = [spec('any', 'memory: 1GiB\ndevices: [{ class: gpu }]'), spec('nv', 'memory: 1GiB\ndevices: [{ class: gpu, vendor: "10de" }]')]
    const planner = new Planner(gpuHosts())
    for (const s of specs) planner.place(compileRequest(s, {}))
    expect(planner.placementOf('nv')).toBeUndefined()
    expect(JSON.stringify(plan(snapshot(gpuHosts()), specs))).toBe(JSON.stringify(plan(snapshot(gpuHosts()), specs)))
  })
})
