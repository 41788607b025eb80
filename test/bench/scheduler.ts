/**
 * npm run bench:scheduler: the placement engine's speed and quality (docs/architecture.md §5). Prints figures
 * beside their targets; asserts nothing.
 *
 * 1. Speed: 10,000 mixed, validated VM specs placed one after another on 100 and 1,000 hosts
 *    cloned from the fixture machines' real inventories. Each placement is timed on its own
 *    through the public `Planner` (the engine `plan` runs, consuming what each VM takes), and
 *    the same specs are then run through `plan` in one call, whose placements must come out the same.
 *    Targets at 100 hosts: >= 5,000 placements/s, p99 < 1 ms.
 * 2. Quality: 50 small clusters tight on devices and memory; greedy `plan` against the exact
 *    optimum of the same problem (cbc or glpsol), in both orders side by side: `order: 'given'`
 *    (spec order, first come first served) and `order: 'fit'` (the planner's order, smallest
 *    first). Target: average placed/optimum >= 0.95. Also the in-order ceiling: the most any plan
 *    honouring spec order can place (see inOrderCeiling), which bounds 'given' but not 'fit'.
 *
 * Env: BENCH_VMS (10000), BENCH_BUDGET_S (seconds per timed run, 60), BENCH_CLUSTERS (50),
 * BENCH_CEILING (1; 0 skips the in-order ceiling, ~30 solver runs per cluster).
 */
import { Planner, compileRequest, plan } from '@multiverse/scheduler'
import type { PlanHost, PlanOrder, PlanResult, PlanSnapshot } from '@multiverse/scheduler'
import type { HostInventory, VmSpec } from '@multiverse/domain'
import { GiB, between, cloneHost, fixtureInventories, fleet, pick, rng, snapshotOf } from './scheduler/fleet.ts'
import { SOLVER, candidateGroups, disagreement, inOrderCeiling, selectorOf, solve } from './scheduler/optimum.ts'
import { mixedSpecs, tightSpecs } from './scheduler/specs.ts'

const VMS = Number(process.env.BENCH_VMS ?? 10_000)
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 60) * 1000
const CLUSTERS = Number(process.env.BENCH_CLUSTERS ?? 50)
const CEILING = process.env.BENCH_CEILING !== '0'
const ORDERS: readonly PlanOrder[] = ['given', 'fit']
/** HashiCorp's C1M (2020): 1M containers on 5,000 clients scheduled by 5 servers in ~4m27s. */
const NOMAD_C1M_PER_S = 3750

function percentile (sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

interface Incremental { done: number, placed: number, ms: number, latencies: Float64Array, hostOf: (string | null)[] }

/**
 * One Planner.place call per VM (compiling its spec included), each timed. Stops at the time
 * budget so that a slow scheduler still gets a figure. `hostOf` is where each VM ended up: a
 * later placement may have moved an earlier one to make room (the planner's repair).
 */
function incremental (snapshot: PlanSnapshot, specs: readonly VmSpec[]): Incremental {
  // With repair, as `plan` runs it: a VM that fits nowhere may move one placed before it.
  const planner = new Planner(snapshot.hosts, { strategy: 'binpack', repair: true })
  const latencies = new Float64Array(specs.length)
  let done = 0
  let placed = 0
  const start = performance.now()
  for (const spec of specs) {
    const t0 = performance.now()
    const outcome = planner.place(compileRequest(spec, snapshot.mappings))
    latencies[done++] = performance.now() - t0
    if ('host' in outcome) placed++
    if (performance.now() - start > BUDGET_MS) break
  }
  const ms = performance.now() - start
  const where = new Map(planner.hosts.flatMap((h) => h.vms.map((vm) => [vm.name, h.name] as const)))
  const hostOf = specs.slice(0, done).map((s) => where.get(s.name) ?? null)
  return { done, placed, ms, latencies: latencies.slice(0, done).sort(), hostOf }
}

/** Placements where `plan` and the per-VM loop chose differently: they must be none. */
function differences (result: PlanResult, hostOf: readonly (string | null)[], specs: readonly VmSpec[]): number {
  const chosen = new Map(result.placements.map((p) => [p.vm, p.host]))
  return specs.filter((s, i) => (chosen.get(s.name) ?? null) !== hostOf[i]).length
}

function speed (inventories: Map<string, HostInventory>, specs: readonly VmSpec[], n: number): void {
  const snapshot = snapshotOf(fleet(inventories, n))
  const run = incremental(snapshot, specs)
  const slice = specs.slice(0, run.done)
  const start = performance.now()
  const whole = plan(snapshot, slice)
  const planMs = performance.now() - start
  const rate = (count: number, ms: number): string => `${Math.round(count / (ms / 1000)).toLocaleString('en-US')}/s`
  const cut = run.done < specs.length ? ` (stopped by the ${BUDGET_MS / 1000} s budget)` : ''
  console.log(`${String(n).padStart(5)} hosts: ${run.done} specs${cut}, ${run.placed} placed, ${run.done - run.placed} unplaced`)
  console.log(`  Planner.place per VM: ${rate(run.done, run.ms)}  p50 ${percentile(run.latencies, 0.5).toFixed(3)} ms  p99 ${percentile(run.latencies, 0.99).toFixed(3)} ms  max ${run.latencies[run.done - 1]!.toFixed(1)} ms`)
  console.log(`  plan, one call:       ${rate(run.done, planMs)}  (${(planMs / 1000).toFixed(1)} s)  same hosts as the per-VM loop: ${differences(whole, run.hostOf, slice) === 0 ? 'yes' : `NO, ${differences(whole, run.hostOf, slice)} differ`}`)
  if (n === 100) {
    const ok = (b: boolean): string => (b ? 'met' : 'MISSED')
    console.log(`  targets: >= 5,000/s (${ok(run.done / (run.ms / 1000) >= 5000)}), p99 < 1 ms (${ok(percentile(run.latencies, 0.99) < 1)}); Nomad C1M ~${NOMAD_C1M_PER_S.toLocaleString('en-US')}/s on 5 servers`)
  }
}

/** Reasons code -> count, over every unplaced VM's hosts: why the 100-host fleet said no. */
function reasonsSummary (result: PlanResult): string {
  const counts = new Map<string, number>()
  for (const u of result.unplaced) for (const r of Object.values(u.reasons)) counts.set(r.code, (counts.get(r.code) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ${k}`).join(', ')
}

// ---- quality ----

interface Cluster { hosts: PlanHost[], specs: VmSpec[] }

/**
 * 4 to 8 hosts from the fixture machines with 8 to 32 GiB offered each, and five VMs per host
 * (a third asking for a GPU or a VF): more than fits, so that which VMs get in matters.
 */
function tightCluster (inventories: Map<string, HostInventory>, seed: number): Cluster {
  const random = rng(seed)
  const kinds = [...inventories.keys()]
  const n = between(random, 4, 8)
  const hosts = Array.from({ length: n }, (_, i) => {
    const inventory = inventories.get(pick(random, kinds))!
    const memoryBytes = Math.min(between(random, 8, 32) * GiB, inventory.memory.totalBytes - 2 * GiB)
    return cloneHost(inventory, i, { zone: `z${i % 2}` }, { vcpuRatio: 1, memoryBytes })
  })
  return { hosts, specs: tightSpecs(random, n * 5) }
}

/** Per device kind: VMs asking against matching groups on offer, summed later: how tight it was. */
function tightness (c: Cluster): Record<string, [asked: number, offered: number]> {
  const out: Record<string, [number, number]> = {}
  const kinds = new Map(c.specs.flatMap((s) => { const sel = selectorOf(s); return sel === null ? [] : [[`${sel.class}${sel.vf === true ? '-vf' : ''}`, sel] as const] }))
  for (const [kind, sel] of kinds) {
    const asked = c.specs.filter((s) => { const o = selectorOf(s); return o !== null && o.class === sel.class && o.vf === sel.vf }).length
    out[kind] = [asked, c.hosts.reduce((sum, h) => sum + candidateGroups(h, { ...sel, vendor: undefined }).length, 0)]
  }
  out.memGiB = [c.specs.reduce((sum, s) => sum + s.memoryBytes, 0) / GiB, c.hosts.reduce((sum, h) => sum + h.allocatable.memoryBytes, 0) / GiB]
  return out
}

/** Every greedy placement checked against the exact model's rules and each host's capacity. */
function audit (c: Cluster, result: PlanResult): string[] {
  const hosts = new Map(c.hosts.map((h) => [h.name, h]))
  const specs = new Map(c.specs.map((s) => [s.name, s]))
  const problems = result.placements.flatMap((p) => disagreement(hosts.get(p.host)!, specs.get(p.vm)!, p.devices) ?? [])
  for (const h of c.hosts) {
    const mine = result.placements.filter((p) => p.host === h.name).map((p) => specs.get(p.vm)!)
    const cpu = mine.reduce((s, v) => s + v.vcpus, 0)
    const mem = mine.reduce((s, v) => s + v.memoryBytes, 0)
    if (cpu > h.allocatable.vcpus || mem > h.allocatable.memoryBytes) problems.push(`${h.name} overcommitted: ${cpu} vCPUs, ${mem} bytes`)
  }
  return problems
}

function quality (inventories: Map<string, HostInventory>): void {
  const cells: string[] = []
  const ratios: Record<PlanOrder, number[]> = { given: [], fit: [] }
  const ceilingRatios: number[] = []
  const problems: string[] = []
  const totals = { solverMs: 0, notOptimal: 0, planMs: { given: 0, fit: 0 } }
  const demand: Record<string, [number, number]> = {}
  for (let i = 0; i < CLUSTERS; i++) {
    const c = tightCluster(inventories, 1000 + i)
    const best = solve(c.hosts, c.specs)
    for (const [k, [asked, offered]] of Object.entries(tightness(c))) demand[k] = [(demand[k]?.[0] ?? 0) + asked, (demand[k]?.[1] ?? 0) + offered]
    totals.solverMs += best.ms
    if (best.status !== 'optimal') totals.notOptimal++
    const placed: Record<PlanOrder, number> = { given: 0, fit: 0 }
    for (const order of ORDERS) {
      const start = performance.now()
      const ours = plan(snapshotOf(c.hosts), c.specs, { order })
      totals.planMs[order] += performance.now() - start
      problems.push(...audit(c, ours).map((p) => `cluster ${i} (${order}): ${p}`))
      if (ours.placements.length > best.placed) problems.push(`cluster ${i} (${order}): greedy placed ${ours.placements.length} > optimum ${best.placed}`)
      placed[order] = ours.placements.length
      ratios[order].push(best.placed === 0 ? 1 : ours.placements.length / best.placed)
    }
    if (CEILING) ceilingRatios.push(best.placed === 0 ? 1 : inOrderCeiling(c.hosts, c.specs) / best.placed)
    cells.push(`${String(placed.given).padStart(2)} ${String(placed.fit).padStart(2)}/${String(best.placed).padEnd(2)}`)
  }
  const avg = (xs: readonly number[]): number => xs.reduce((s, r) => s + r, 0) / xs.length
  console.log(`${CLUSTERS} clusters of 4-8 hosts, 5 VMs per host; placed in given order, in fit order / optimum:`)
  for (let i = 0; i < cells.length; i += 10) console.log(`  ${cells.slice(i, i + 10).join('  ')}`)
  console.log(`  asked/offered over all clusters: ${Object.entries(demand).map(([k, [a, o]]) => `${k} ${a.toFixed(0)}/${o.toFixed(0)}`).join(', ')}`)
  console.log(`  ${SOLVER} ${(totals.solverMs / 1000).toFixed(1)} s total${totals.notOptimal > 0 ? `, ${totals.notOptimal} not proven optimal` : ''}`)
  console.log('  order   average/optimum  target >= 0.95  below optimum  worst ratio  plan time')
  for (const order of ORDERS) {
    const a = avg(ratios[order])
    console.log(`  ${order.padEnd(6)}  ${a.toFixed(3).padStart(15)}  ${(a >= 0.95 ? 'met' : 'MISSED').padStart(14)}  ${String(ratios[order].filter((r) => r < 1).length).padStart(13)}  ${Math.min(...ratios[order]).toFixed(3).padStart(11)}  ${totals.planMs[order].toFixed(0).padStart(6)} ms`)
  }
  if (CEILING) console.log(`  in-order ceiling (the most any plan honouring spec order can place; bounds 'given'), average of the optimum: ${avg(ceilingRatios).toFixed(3)}`)
  console.log(problems.length === 0 ? '  audit: every greedy placement, both orders, obeys the exact model' : `  AUDIT: ${problems.length} problems\n    ${problems.slice(0, 10).join('\n    ')}`)
}

const inventories = await fixtureInventories()
console.log(`fixture machines: ${[...inventories].map(([k, inv]) => `${k} (${inv.cpu.threads} threads, ${(inv.memory.totalBytes / GiB).toFixed(0)} GiB, ${inv.iommuGroups.filter((g) => g.assignable).length} assignable groups)`).join(', ')}`)
const specs = mixedSpecs(rng(42), VMS)
const kinds = (s: VmSpec): string => s.devices.length > 0 ? 'device' : s.placement.hostLabels.zone !== undefined ? 'labels' : 'plain'
console.log(`specs: ${VMS} validated (${['plain', 'labels', 'device'].map((k) => `${specs.filter((s) => kinds(s) === k).length} ${k}`).join(', ')}, ${specs.filter((s) => s.placement.numa === 'preferred').length} numa preferred, ${specs.filter((s) => s.placement.group !== null).length} anti-affinity)`)
plan(snapshotOf(fleet(inventories, 20)), specs.slice(0, 500)) // warm the JIT before anything is timed
console.log('\n1. speed (binpack, placements in spec order, each consuming what it takes)')
for (const n of [100, 1000]) speed(inventories, specs, n)
console.log(`  why VMs went unplaced (first 2,000 specs on 100 hosts; host rejections by first failing filter): ${reasonsSummary(plan(snapshotOf(fleet(inventories, 100)), specs.slice(0, Math.min(VMS, 2000))))}`)
console.log(`\n2. quality (greedy plan, --order given and --order fit, vs exact optimum, ${SOLVER})`)
quality(inventories)
