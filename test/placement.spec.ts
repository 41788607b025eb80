/**
 * Optimistic placement with reservations on a live mesh (docs/architecture.md §5), in-process agents on
 * loopback: planners on every host at once, targets that decide from their own record, leases
 * that lapse, and every refusal explained. The lab test repeats the race with agent processes.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningAgent } from '@multiverse/agent'
import type { SnapshotHost } from '@multiverse/domain'
import { InProcessAgents, aliveNames } from './support/in-process.ts'
import { until } from './support/until.ts'
import { checkPlacements, raceSpecs } from './support/placement-race.ts'

const lab = new InProcessAgents()
let hosts: RunningAgent[]

const vmsOf = (r: RunningAgent): string => JSON.stringify(r.agent.snapshot().hosts.map((h) => [h.name, h.vms.map((v) => [v.name, v.state, v.devices])]))

beforeAll(async () => {
  hosts = [await lab.start('h1', 'desktop'), await lab.start('h2', 'laptop'), await lab.start('h3', 'server')]
  const { token } = await hosts[0]!.agent.initCluster()
  await hosts[1]!.agent.joinCluster(token)
  await hosts[2]!.agent.joinCluster((await hosts[0]!.agent.issueToken(60_000)).token)
  await until('all three alive everywhere', () => hosts.every((r) => aliveNames(r).join() === 'h1,h2,h3'))
})
afterAll(async () => { await lab.stopAll() })

describe('placement with reservations', () => {
  it('places a GPU VM from a host without a free GPU; the owner records it and every host sees it', async () => {
    const result = await hosts[1]!.agent.placeVm({ name: 'gamer', vcpus: 4, memory: '4GiB', devices: [{ class: 'gpu' }] }, { confirm: true })
    expect(result.placed).toBe(true)
    if (!result.placed) return
    const owner = hosts[1]!.agent.snapshot().hosts.find((h) => h.name === result.host)!
    const gpu = owner.inventory.devices.find((d) => d.address === result.devices[0])!
    expect(gpu.className).toBe('gpu')
    await until('every host to see gamer placed', () => hosts.every((r) =>
      r.agent.snapshot().hosts.some((h) => h.name === result.host && h.vms.some((v) => v.name === 'gamer' && v.state === 'placed'))))
    await expect(hosts[2]!.agent.placeVm({ name: 'gamer', vcpus: 1, memory: '1GiB' }, { confirm: true })).rejects.toThrow(/already placed on/)
  })

  it('a lease holds its resources until it lapses, and is then gone from every view', async () => {
    const result = await hosts[0]!.agent.placeVm({ name: 'brief', vcpus: 1, memory: '1GiB' }, { confirm: false, ttlMs: 1500 })
    expect(result.placed).toBe(true)
    const held = (r: RunningAgent): boolean => r.agent.snapshot().hosts.some((h: SnapshotHost) => h.vms.some((v) => v.name === 'brief' && v.state === 'reserved'))
    await until('every host to see the lease', () => hosts.every(held))
    await until('the lease to lapse everywhere', () => hosts.every((r) => !held(r)), 8000)
  })

  it('a mapping set on one host reaches every host, places by name, and its removal too', async () => {
    const view = hosts[0]!.agent.snapshot()
    const gpuOf = (name: string): string => view.hosts.find((h) => h.name === name)!.inventory.devices.find((d) => d.className === 'gpu' && d.assignable)!.address
    await hosts[0]!.agent.setMapping('gpu-any', { h1: gpuOf('h1'), h3: gpuOf('h3') })
    await until('every host to hold the mapping', () => hosts.every((r) => r.agent.mappings()['gpu-any']?.h3 === gpuOf('h3')))
    const placed = await hosts[2]!.agent.placeVm({ name: 'mapped', vcpus: 1, memory: '1GiB', devices: [{ mapping: 'gpu-any' }], placement: { host: 'h3' } }, { confirm: true })
    expect(placed).toMatchObject({ placed: true, host: 'h3' })
    if (placed.placed) expect(placed.devices).toContain(gpuOf('h3'))
    await expect(hosts[1]!.agent.setMapping('bad', { h2: '0000:77:00.0', h9: '0000:01:00.0' })).rejects.toThrow(/h2 has no device 0000:77:00.0; h9 is not a host/)
    await hosts[1]!.agent.removeMapping('gpu-any')
    await until('every host to drop the mapping', () => hosts.every((r) => r.agent.mappings()['gpu-any'] === undefined))
  })

  it('a host in maintenance takes no new VM: the plan says so, and so would the host itself', async () => {
    await hosts[2]!.agent.setMaintenance(true)
    await until('every host to see h3 in maintenance', () => hosts.every((r) => r.agent.snapshot().hosts.find((h) => h.name === 'h3')?.maintenance === true))
    const result = await hosts[0]!.agent.placeVm({ name: 'pinned', vcpus: 1, memory: '1GiB', placement: { host: 'h3' } }, { confirm: true })
    expect(result).toMatchObject({ placed: false, reasons: { h3: { code: 'maintenance' } } })
    await hosts[2]!.agent.setMaintenance(false)
  })

  it('refuses a spec with an unknown field before asking anyone', async () => {
    await expect(hosts[0]!.agent.placeVm({ name: 'typo', vcpus: 1, memory: '1GiB', antiAfinity: [] }, { confirm: true })).rejects.toThrow(/antiAfinity/)
  })

  it('three planners racing for more than fits: no device or GiB given twice, every refusal explained, one view', async () => {
    const specs = raceSpecs(hosts[0]!.agent.planSnapshot(), ['h1', 'h2', 'h3'], 14, randomBytes(3).toString('hex'))
    const results = await Promise.all(hosts.map(async (r, i) => await Promise.all(
      specs[i]!.map(async (spec) => await r.agent.placeVm(spec, { confirm: true })))))
    await until('every view to agree', () => new Set(hosts.map(vmsOf)).size === 1, 10_000)
    const summary = checkPlacements(hosts[0]!.agent.snapshot(), results.flat())
    expect(summary.placed).toBeGreaterThan(0)
    expect(summary.refused).toBeGreaterThan(0)
  })
})
