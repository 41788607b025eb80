/**
 * The placement race that the in-process and the lab tests both run: specs that together need
 * more than the cluster has (memory and GPUs), and the invariants the result must keep.
 */
import { expect } from 'vitest'
import type { ClusterSnapshot } from '@multiverse/domain'
import type { PlanSnapshot } from '@multiverse/scheduler'

interface Refusal { code: string, detail: string, by: 'plan' | 'host' }
export type RaceResult =
  | { placed: true, vm: string, host: string, devices: string[], refusals: Record<string, Refusal> }
  | { placed: false, vm: string, reasons: Record<string, Refusal> }

/**
 * `perPlanner` specs for each planner, named by planner: a third want a GPU, the rest memory
 * sized so that all of them together need about twice the memory the cluster offers.
 */
export function raceSpecs (snapshot: PlanSnapshot, planners: string[], perPlanner: number, tag: string): Array<Array<Record<string, unknown>>> {
  const total = snapshot.hosts.reduce((sum, h) => sum + h.allocatable.memoryBytes, 0)
  const count = planners.length * perPlanner
  const gib = Math.max(1, Math.ceil((2 * total) / count / 1024 ** 3))
  return planners.map((planner) => Array.from({ length: perPlanner }, (_, i) => i % 3 === 0
    ? { name: `${planner}-gpu-${i}-${tag}`, vcpus: 2, memory: '2GiB', devices: [{ class: 'gpu' }] }
    : { name: `${planner}-vm-${i}-${tag}`, vcpus: 2, memory: `${gib}GiB` }))
}

/**
 * Checks the outcome against the final view; returns how many were placed and refused, and in
 * how many placements a host itself refused a lease its planner's view said it could give.
 */
export function checkPlacements (view: ClusterSnapshot, results: RaceResult[]): { placed: number, refused: number, refusedByHost: number } {
  const byName = new Map(view.hosts.flatMap((h) => h.vms.map((vm) => [vm.name, { host: h.name, vm }] as const)))
  for (const host of view.hosts) {
    const vms = host.vms
    // Never more than the host offers, never a device twice.
    expect(vms.reduce((s, v) => s + v.memoryBytes, 0)).toBeLessThanOrEqual(host.allocatable.memoryBytes)
    expect(vms.reduce((s, v) => s + v.vcpus, 0)).toBeLessThanOrEqual(host.allocatable.vcpus)
    const devices = vms.flatMap((v) => v.devices)
    expect(new Set(devices).size).toBe(devices.length)
  }
  let placed = 0
  for (const result of results) {
    if (result.placed) {
      placed++
      expect(byName.get(result.vm)?.host).toBe(result.host)
      expect(byName.get(result.vm)?.vm.devices).toEqual([...result.devices].sort())
    } else {
      expect(byName.has(result.vm)).toBe(false)
      // Every host gave its reason, in words.
      expect(Object.keys(result.reasons).sort()).toEqual(view.hosts.map((h) => h.name).sort())
      for (const reason of Object.values(result.reasons)) expect(reason.detail.length).toBeGreaterThan(0)
    }
  }
  const refusedByHost = results.filter((r) => Object.values(r.placed ? r.refusals : r.reasons).some((x) => x.by === 'host')).length
  return { placed, refused: results.length - placed, refusedByHost }
}
