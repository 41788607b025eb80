// The exact answer to "how many of these VMs fit at most": a 0-1 ILP in CPLEX LP format solved by
// GLPK's glpsol. Written from the problem statement, not from the scheduler's code, so that the
// two can disagree: a greedy that beats the "optimum" means one of them is wrong.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DeviceSelector, IommuGroup, PciDevice, VmSpec } from '@multiverse/domain'
import type { PlanHost } from '@multiverse/scheduler'

const MiB = 1024 ** 2
/** Per cluster; a run that hits it reports the best found, a lower bound, and says so. */
const TIME_LIMIT_S = 30

/** A group the VM could take on a host: assignable as a whole, with an endpoint it asks for. */
export function candidateGroups (host: PlanHost, selector: DeviceSelector): IommuGroup[] {
  const byAddress = new Map(host.inventory.devices.map((d) => [d.address, d]))
  const matches = (d: PciDevice): boolean => !d.isBridge &&
    (selector.class === undefined || d.className === selector.class) &&
    (selector.vendor === undefined || d.vendorId === selector.vendor) &&
    (selector.vf === undefined || (d.physfn !== null) === selector.vf)
  return host.inventory.iommuGroups.filter((g) => g.assignable &&
    g.endpoints.every((a) => byAddress.get(a)?.assignable === true) &&
    g.endpoints.some((a) => matches(byAddress.get(a)!)))
}

/** The one selector of a VM, or null; the generator never asks for more (the model could not say it). */
export function selectorOf (spec: VmSpec): DeviceSelector | null {
  if (spec.devices.length === 0) return null
  const d = spec.devices[0]!
  if (spec.devices.length > 1 || d.kind !== 'selector' || d.count !== 1) throw new Error(`${spec.name}: the exact model takes one selector of count 1`)
  return d
}

const labelsFit = (host: PlanHost, spec: VmSpec): boolean =>
  Object.entries(spec.placement.hostLabels).every(([k, v]) => host.labels[k] === v)

interface Model { binary: string[], continuous: string[], objective: string[], rows: string[] }

/**
 * Builds the LP: x_v_h = VM v on host h (binary), and for a device VM y_v_h_g = it takes group g
 * there. With x fixed, the y rows (one group per VM, one VM per group) are a bipartite matching,
 * whose polytope is integral: y can be continuous, which spares the solver from branching over
 * interchangeable groups (eight identical VFs). PF/VF conflict rows would break that, so hosts
 * with any keep y binary.
 */
export function buildModel (hosts: readonly PlanHost[], specs: readonly VmSpec[]): Model {
  const rows: string[] = []
  const binary: string[] = []
  const ys: { name: string, host: number }[] = []
  const perVm = specs.map(() => [] as string[])
  const cpu = hosts.map(() => [] as string[])
  const mem = hosts.map(() => [] as string[])
  const perGroup = new Map<string, string[]>() // "h_g" -> y vars taking that group
  specs.forEach((spec, v) => {
    const selector = selectorOf(spec)
    hosts.forEach((host, h) => {
      if (!labelsFit(host, spec)) return
      const groups = selector === null ? [] : candidateGroups(host, selector)
      if (selector !== null && groups.length === 0) return
      const x = `x_${v}_${h}`
      binary.push(x)
      perVm[v]!.push(x)
      cpu[h]!.push(`${spec.vcpus} ${x}`)
      mem[h]!.push(`${spec.memoryBytes / MiB} ${x}`)
      const names = groups.map((g) => {
        const name = `y_${v}_${h}_${g.id}`
        perGroup.set(`${h}_${g.id}`, [...(perGroup.get(`${h}_${g.id}`) ?? []), name])
        ys.push({ name, host: h })
        return name
      })
      if (names.length > 0) rows.push(` take_${v}_${h}: ${names.join(' + ')} - ${x} = 0`)
    })
  })
  const row = (name: string, terms: string[], rhs: number): void => { if (terms.length > 0) rows.push(` ${name}: ${terms.join(' + ')} <= ${rhs}`) }
  perVm.forEach((terms, v) => { row(`vm_${v}`, terms, 1) })
  hosts.forEach((host, h) => {
    row(`cpu_${h}`, cpu[h]!, host.allocatable.vcpus)
    // VM sizes are whole MiB, so "sum <= bytes" is exactly "sum <= floor(bytes / MiB)" in MiB.
    row(`mem_${h}`, mem[h]!, Math.floor(host.allocatable.memoryBytes / MiB))
  })
  for (const [key, terms] of perGroup) row(`grp_${key}`, terms, 1)
  const conflicted = sriovRows(hosts, perGroup, row)
  return {
    binary: [...binary, ...ys.filter((y) => conflicted.has(y.host)).map((y) => y.name)],
    continuous: ys.filter((y) => !conflicted.has(y.host)).map((y) => y.name),
    objective: binary,
    rows
  }
}

/** A PF and its VFs never go to VMs apart (docs/architecture.md §4): at most one of the PF's group and each VF's group is taken. */
function sriovRows (hosts: readonly PlanHost[], perGroup: Map<string, string[]>, row: (n: string, t: string[], r: number) => void): Set<number> {
  const conflicted = new Set<number>()
  hosts.forEach((host, h) => {
    for (const pf of host.inventory.devices) {
      const pfTerms = perGroup.get(`${h}_${pf.iommuGroup}`) ?? []
      if (pf.sriov === null || pfTerms.length === 0) continue
      for (const vf of pf.sriov.vfs) {
        const vfGroup = host.inventory.devices.find((d) => d.address === vf)?.iommuGroup
        const vfTerms = perGroup.get(`${h}_${vfGroup}`) ?? []
        if (vfTerms.length > 0) { row(`sriov_${h}_${pf.iommuGroup}_${vfGroup}`, [...pfTerms, ...vfTerms], 1); conflicted.add(h) }
      }
    }
  })
  return conflicted
}

export interface Optimum { placed: number, status: string, ms: number }

/** CBC when installed (much faster on these knapsack-like rows), else GLPK; both read LP format. */
export const SOLVER = spawnSync('cbc', ['-quit'], { stdio: 'ignore' }).error === undefined ? 'cbc' : 'glpsol'

function run (command: string, args: string[]): void {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: (TIME_LIMIT_S + 30) * 1000 })
  if (r.error !== undefined) throw new Error(`${command}: ${r.error.message} (apt-get install -y coinor-cbc or glpk-utils)`)
  if (r.status !== 0) throw new Error(`${command} exited ${r.status}: ${r.stdout.slice(-500)}`)
}

/** Status "INTEGER OPTIMAL" when proven; otherwise the best found, a lower bound. */
function glpsol (lp: string, out: string): { placed: number, status: string } {
  run('glpsol', ['--lp', lp, '-o', out, '--tmlim', String(TIME_LIMIT_S)])
  const report = readFileSync(out, 'utf8')
  const status = /^Status:\s+(.+)$/m.exec(report)?.[1]?.trim() ?? '?'
  const value = /^Objective:\s+obj = (\S+)/m.exec(report)?.[1]
  if (value === undefined) throw new Error(`glpsol: no objective in its report (${status})`)
  return { placed: Math.round(Number(value)), status: status === 'INTEGER OPTIMAL' ? 'optimal' : status }
}

/** cbc's solution file opens with "Optimal - objective value 32.00000000" (sign flipped for max on some builds). */
function cbc (lp: string, out: string): { placed: number, status: string } {
  run('cbc', [lp, 'sec', String(TIME_LIMIT_S), 'solve', 'solu', out])
  const first = readFileSync(out, 'utf8').split('\n')[0] ?? ''
  const m = /^(.*?)\s*-\s*objective value\s+(\S+)/.exec(first)
  if (m === null) throw new Error(`cbc: unexpected solution file: ${first}`)
  return { placed: Math.round(Math.abs(Number(m[2]))), status: m[1] === 'Optimal' ? 'optimal' : m[1]! }
}

/** Solves the model with glpsol (argument array, time limit); throws when it cannot say. */
export function solve (hosts: readonly PlanHost[], specs: readonly VmSpec[]): Optimum {
  const { binary, continuous, objective, rows } = buildModel(hosts, specs)
  if (objective.length === 0) return { placed: 0, status: 'EMPTY', ms: 0 }
  const dir = mkdtempSync(join(tmpdir(), 'bench-ilp-'))
  try {
    const lp = join(dir, 'model.lp')
    const out = join(dir, 'out.txt')
    // LP format wants lines under 255 characters or so: one term per line is always safe.
    const text = ['Maximize', ` obj: ${objective.join('\n + ')}`, 'Subject To', ...rows.map((r) => r.replaceAll(' + ', '\n + ')),
      'Bounds', ...continuous.map((y) => ` 0 <= ${y} <= 1`), 'Binary', ...binary.map((v) => ` ${v}`), 'End', ''].join('\n')
    writeFileSync(lp, text)
    const start = performance.now()
    const result = SOLVER === 'cbc' ? cbc(lp, out) : glpsol(lp, out)
    return { ...result, ms: performance.now() - start }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Checks one greedy placement against the model's rules: the host's labels, and devices that are
 * exactly one candidate group's endpoints. Null when it agrees, else what differs.
 */
export function disagreement (host: PlanHost, spec: VmSpec, devices: readonly string[]): string | null {
  if (!labelsFit(host, spec)) return `${spec.name} on ${host.name}: labels do not fit`
  const selector = selectorOf(spec)
  if (selector === null) return devices.length === 0 ? null : `${spec.name} got devices it did not ask for: ${devices.join(',')}`
  const got = [...devices].sort().join(',')
  const ok = candidateGroups(host, selector).some((g) => [...g.endpoints].sort().join(',') === got)
  return ok ? null : `${spec.name} on ${host.name} got ${got}, not one whole candidate group`
}

/**
 * The most VMs any plan that honours spec order can place: each VM is taken iff it fits together
 * with every VM taken before it (any arrangement of them), as the exact model decides. `plan`
 * never refuses a VM that fits to make room for later ones, so this, not the unordered optimum,
 * bounds it; repair can at best close the gap to it.
 */
export function inOrderCeiling (hosts: readonly PlanHost[], specs: readonly VmSpec[]): number {
  const taken: VmSpec[] = []
  for (const spec of specs) {
    const trial = [...taken, spec]
    if (solve(hosts, trial).placed === trial.length) taken.push(spec)
  }
  return taken.length
}
