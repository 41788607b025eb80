import { beforeAll, describe, expect, it } from 'vitest'
import { UsageError } from '@multiverse/domain'
import type { HostInventory } from '@multiverse/domain'
import { parseSnapshot } from '../src/index.ts'
import { fixtureInventory, host, snapshot } from './hosts.ts'

let desktop: HostInventory
beforeAll(async () => { desktop = await fixtureInventory('desktop') })

describe('parseSnapshot', () => {
  it('reads what cluster status --json prints; VMs get their host, mappings default to none', () => {
    const { mappings: _, ...status } = snapshot([host('desktop', desktop)])
    const text = JSON.stringify({ ...status, hosts: status.hosts.map((h) => ({ ...h, vms: [{ name: 'a', vcpus: 1, memoryBytes: 1, devices: ['0000:01:00.0'] }] })) })
    const parsed = parseSnapshot(text, 'snap.json')
    expect(parsed.mappings).toEqual({})
    expect(parsed.hosts[0]!.vms).toEqual([{ name: 'a', host: 'desktop', vcpus: 1, memoryBytes: 1, devices: ['0000:01:00.0'] }])
    expect(parsed.hosts[0]!.inventory).toEqual(desktop)
  })

  it('a placed VM\'s spec, in the spec file\'s form, is validated and normalized', () => {
    const { mappings: _, ...status } = snapshot([host('desktop', desktop)])
    const withSpec = (spec: unknown): string => JSON.stringify({ ...status, hosts: status.hosts.map((h) => ({ ...h, vms: [{ name: 'a', vcpus: 1, memoryBytes: 1, spec }] })) })
    const parsed = parseSnapshot(withSpec({ name: 'a', vcpus: 2, memory: '1GiB', migration: 'never' }), 'snap.json')
    expect(parsed.hosts[0]!.vms[0]!.spec).toMatchObject({ name: 'a', vcpus: 2, memoryBytes: 1024 ** 3, migration: 'never', devices: [] })
    expect(() => parseSnapshot(withSpec({ name: 'a', vcpus: 0, memory: '1GiB' }), 'snap.json')).toThrow(UsageError)
    expect(() => parseSnapshot(withSpec({ name: 'a', vcpus: 0, memory: '1GiB' }), 'snap.json')).toThrow('snap.json: hosts[0].vms[0].spec: vcpus: must be at least 1')
  })

  it('reads the optional maintenance flag, image space and VM disk sizes', () => {
    const { mappings: _, ...status } = snapshot([host('desktop', desktop)])
    const text = JSON.stringify({
      ...status,
      hosts: status.hosts.map((h) => ({ ...h, maintenance: true, allocatable: { ...h.allocatable, diskBytes: 1000 }, vms: [{ name: 'a', vcpus: 1, memoryBytes: 1, diskBytes: 10 }] }))
    })
    const parsed = parseSnapshot(text, 'snap.json')
    expect(parsed.hosts[0]).toMatchObject({ maintenance: true, allocatable: { diskBytes: 1000 }, vms: [{ name: 'a', diskBytes: 10 }] })
  })

  it.each([
    ['a negative disk size', { diskBytes: -1 }, /^snap\.json: not a cluster snapshot: hosts\[0\]\.allocatable\.diskBytes: /],
    ['maintenance as text', { maintenance: 'yes' }, /^snap\.json: not a cluster snapshot: hosts\[0\]\.maintenance: /],
    ['a VM\'s fractional disk size', { vmDisk: 1.5 }, /^snap\.json: not a cluster snapshot: hosts\[0\]\.vms\[0\]\.diskBytes: /]
  ])('%s is refused', (_name, bad, message) => {
    const { mappings: _, ...status } = snapshot([host('desktop', desktop)])
    const b = bad as { diskBytes?: number, maintenance?: string, vmDisk?: number }
    const text = JSON.stringify({
      ...status,
      hosts: status.hosts.map((h) => ({
        ...h,
        ...(b.maintenance === undefined ? {} : { maintenance: b.maintenance }),
        allocatable: { ...h.allocatable, ...(b.diskBytes === undefined ? {} : { diskBytes: b.diskBytes }) },
        vms: b.vmDisk === undefined ? [] : [{ name: 'a', vcpus: 1, memoryBytes: 1, diskBytes: b.vmDisk }]
      }))
    })
    expect(() => parseSnapshot(text, 'snap.json')).toThrow(message)
  })

  it.each([
    ['not JSON', 'nope', /^snap\.json: not JSON: /],
    ['no hosts', '{"clusterId":"x"}', /^snap\.json: not a cluster snapshot: hosts: /],
    ['a bad inventory', JSON.stringify({ clusterId: 'x', hosts: [{ name: 'a', state: 'alive', allocatable: { vcpus: 1, memoryBytes: 1 }, inventory: { hostname: 'a' } }] }),
      /^snap\.json: not a cluster snapshot: hosts\[0\]\.inventory\.cpu: .*\(and \d+ more problems\)$/],
    ['a bad state', JSON.stringify({ clusterId: 'x', hosts: [{ name: 'a', state: 'gone' }] }), /^snap\.json: not a cluster snapshot: hosts\[0\]\.state: /],
    ['a bad mapping address', JSON.stringify({ clusterId: 'x', hosts: [], mappings: { g: { a: '01:00.0' } } }),
      /^snap\.json: not a cluster snapshot: mappings\.g\.a: a full PCI address like 0000:01:00\.0$/]
  ])('%s: a usage error naming the file and the field', (_name, text, message) => {
    expect(() => parseSnapshot(text, 'snap.json')).toThrow(UsageError)
    expect(() => parseSnapshot(text, 'snap.json')).toThrow(message)
  })
})
