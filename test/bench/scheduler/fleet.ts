// Hosts for the scheduler benchmark: each fixture machine is written and inventoried once (the
// real readInventory output, groups and reasons included), then cloned under new names, so that
// a 1,000-host snapshot costs five sysfs trees, not a thousand.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInventory } from '@multiverse/inventory'
import type { HostInventory } from '@multiverse/domain'
import type { PlanHost, PlanSnapshot } from '@multiverse/scheduler'
import { MACHINES } from '../../fixtures/machines.ts'
import { writeMachine } from '../../fixtures/sysfs-writer.ts'

export const GiB = 1024 ** 3

/** A small seeded PRNG (mulberry32): every run places the same VMs on the same hosts. */
export function rng (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!
export const between = (random: () => number, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1))

/** Every fixture machine's inventory, by fixture name; tmpfs when there is one (fast writes). */
export async function fixtureInventories (): Promise<Map<string, HostInventory>> {
  const scratch = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'bench-scheduler-'))
  try {
    const out = new Map<string, HostInventory>()
    for (const [name, machine] of Object.entries(MACHINES)) {
      const root = join(scratch, name)
      await writeMachine(machine, root)
      out.set(name, readInventory({ root }))
    }
    return out
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

export interface HostShape {
  /** Fraction of the machine's threads offered as vCPUs (overcommit above 1). */
  vcpuRatio: number
  /** Memory offered, bytes; default: all but a 2 GiB host reserve. */
  memoryBytes?: number
}

/** One host cloned from a fixture inventory: own name, id and labels, nothing shared by reference. */
export function cloneHost (inventory: HostInventory, index: number, labels: Record<string, string>, shape: HostShape): PlanHost {
  const name = `h${String(index).padStart(4, '0')}`
  const copy = structuredClone(inventory)
  copy.hostname = name
  return {
    id: `12D3KooWBench${String(index).padStart(6, '0')}`,
    name,
    state: 'alive',
    lastSeenMs: 0,
    labels,
    inventory: copy,
    allocatable: {
      vcpus: Math.max(1, Math.floor(copy.cpu.threads * shape.vcpuRatio)),
      memoryBytes: shape.memoryBytes ?? Math.max(GiB, copy.memory.totalBytes - 2 * GiB)
    },
    vms: []
  }
}

/** n hosts cycling through the fixture machines, labels varied so label filters bite. */
export function fleet (inventories: Map<string, HostInventory>, n: number): PlanHost[] {
  const kinds = [...inventories.keys()]
  return Array.from({ length: n }, (_, i) => {
    const kind = kinds[i % kinds.length]!
    const labels = { zone: `z${i % 4}`, rack: `r${Math.floor(i / 20)}`, kind, ...(i % 3 === 0 ? { ssd: 'true' } : {}) }
    return cloneHost(inventories.get(kind)!, i, labels, { vcpuRatio: 4 })
  })
}

export function snapshotOf (hosts: PlanHost[]): PlanSnapshot {
  return { clusterId: 'bench', self: hosts[0]?.id ?? '', hosts, mappings: {} }
}
