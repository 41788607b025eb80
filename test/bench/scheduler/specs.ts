// VM specs for the benchmark, as documents a user would write, put through the public validator
// so that the scheduler sees exactly the normalized specs `multiverse plan` would give it.
import { validateVmSpec } from '@multiverse/scheduler'
import type { VmSpec } from '@multiverse/domain'
import { between, pick } from './fleet.ts'

type Doc = Record<string, unknown>
type Kind = (random: () => number, i: number) => Doc

const mib = (n: number): string => `${n}MiB`

/** The mix, by weight: mostly small plain VMs, as in a real fleet, with every filter exercised. */
const KINDS: [number, Kind][] = [
  [40, (r) => ({ vcpus: between(r, 1, 2), memory: mib(pick(r, [512, 1024, 2048])) })],
  [12, (r) => ({ vcpus: between(r, 2, 4), memory: mib(pick(r, [2048, 4096])), placement: { hostLabels: { zone: `z${between(r, 0, 3)}` } } })],
  [8, (r) => ({ vcpus: 4, memory: mib(8192), devices: [pick(r, [{ class: 'gpu' }, { class: 'gpu', vendor: '10de' }])], placement: { numa: pick(r, ['none', 'preferred']) } })],
  [15, (r) => ({ vcpus: 2, memory: mib(2048), devices: [{ class: 'nic', vf: true }], placement: { numa: pick(r, ['none', 'preferred']) } })],
  [8, (r) => ({ vcpus: between(r, 2, 8), memory: mib(4096), devices: [{ class: 'nvme' }], placement: { hostLabels: { ssd: 'true' } } })],
  [10, (r) => ({ vcpus: between(r, 2, 8), memory: mib(pick(r, [2048, 4096])), placement: { numa: 'preferred' } })],
  [7, (r, i) => ({ vcpus: 1, memory: mib(1024), placement: { group: `web${i % 50}`, antiAffinity: [`web${i % 50}`] } })]
]
const TOTAL = KINDS.reduce((sum, [w]) => sum + w, 0)

function document (random: () => number, i: number, kinds: readonly [number, Kind][], total: number): Doc {
  let roll = random() * total
  for (const [weight, kind] of kinds) {
    roll -= weight
    if (roll < 0) return { name: `vm${i}`, ...kind(random, i) }
  }
  return { name: `vm${i}`, ...kinds[0]![1](random, i) }
}

/** n mixed specs, validated. */
export function mixedSpecs (random: () => number, n: number): VmSpec[] {
  return Array.from({ length: n }, (_, i) => validateVmSpec(document(random, i, KINDS, TOTAL), `vm${i}`))
}

/**
 * The quality run's mix: bigger VMs and more device requests than a small cluster can hold, and
 * no anti-affinity or NUMA `required` (the exact model below leaves those out).
 */
const TIGHT: [number, Kind][] = [
  [30, (r) => ({ vcpus: between(r, 1, 4), memory: mib(pick(r, [1024, 2048, 4096, 8192])) })],
  [25, (r) => ({ vcpus: between(r, 2, 8), memory: mib(pick(r, [4096, 8192, 16384])), devices: [pick(r, [{ class: 'gpu' }, { class: 'gpu', vendor: '10de' }])], placement: { numa: pick(r, ['none', 'preferred']) } })],
  [30, (r) => ({ vcpus: between(r, 1, 4), memory: mib(pick(r, [1024, 2048, 4096])), devices: [{ class: 'nic', vf: true }] })],
  [10, (r) => ({ vcpus: between(r, 1, 4), memory: mib(pick(r, [2048, 8192])), devices: [{ class: 'nvme' }] })],
  [5, (r) => ({ vcpus: between(r, 1, 4), memory: mib(pick(r, [1024, 4096])), devices: [{ class: 'usb' }], placement: { hostLabels: { zone: `z${between(r, 0, 1)}` } } })]
]
const TIGHT_TOTAL = TIGHT.reduce((sum, [w]) => sum + w, 0)

export function tightSpecs (random: () => number, n: number): VmSpec[] {
  return Array.from({ length: n }, (_, i) => validateVmSpec(document(random, i, TIGHT, TIGHT_TOTAL), `vm${i}`))
}
