/**
 * Feasibility: can this host run this VM at all? Each filter answers for one concern; a host
 * that fails is not an error but a recorded reason (docs/architecture.md §11), and only the first failing
 * filter's reason is kept, so the order below is also the order reasons are reported in.
 *
 * A filter answers in two steps: `fits` on the hot path (every host, every VM: no strings), and
 * `detail` only for the reasons someone reads (an unplaced VM, `--explain`).
 */
import { formatBytes } from '@multiverse/domain'
import { clashAmong, clashDetail, conflicts } from './anti-affinity.ts'
import { resolveDevices } from './devices.ts'
import type { Resolution } from './devices.ts'
import type { HostReasonCode, PlanHost } from './model.ts'
import type { CompiledRequest } from './request.ts'
import { devicesOf, freePages, groupCount, nodesOf, poolOf } from './state.ts'
import type { Cluster, HostState } from './state.ts'

/** What every filter and score reads about one (request, host) pair. */
export interface HostContext {
  host: PlanHost
  request: CompiledRequest
  /** The host's running totals and device index. */
  state: HostState
  /** Every host of the run: where each group's VMs are. */
  cluster: Cluster
  /** Written by the devices filter, read by the NUMA filter and the scores (a cycle state). */
  resolution: Resolution | null
}

/** A verdict in one piece, for checks outside the planner's pipeline (a host verifying a hold). */
export type Verdict = { ok: true } | { ok: false, code: HostReasonCode, detail: string }

/** One feasibility check. Must not throw for a host that does not fit: that is a reason. */
export interface Filter {
  name: string
  /** The reason code of a host this filter refuses. */
  code: HostReasonCode
  /** True when the host passes. Called for every host and VM, so it builds no strings. */
  fits: (ctx: HostContext) => boolean
  /** Why the host does not pass, for people; called only after `fits` said no, on the same context. */
  detail: (ctx: HostContext) => string
}

const alive: Filter = {
  name: 'alive',
  code: 'not-alive',
  fits: ({ host }) => host.state === 'alive',
  detail: ({ host }) => `host is ${host.state}: its view of itself may be stale`
}

/** Right after alive: a host being emptied must not take the VMs it is sending away. */
const maintenance: Filter = {
  name: 'maintenance',
  code: 'maintenance',
  fits: ({ host }) => host.maintenance !== true,
  detail: () => 'host is in maintenance: it takes no new VMs'
}

const pinned: Filter = {
  name: 'pinned',
  code: 'not-pinned',
  fits: ({ host, request }) => request.spec.placement.host === null || request.spec.placement.host === host.name,
  detail: ({ request }) => `the spec pins the VM to ${String(request.spec.placement.host)}`
}

const labels: Filter = {
  name: 'labels',
  code: 'labels',
  fits: ({ host, request }) => {
    for (const [key, value] of request.labels) if (host.labels[key] !== value) return false
    return true
  },
  detail: ({ host, request }) => {
    const [key, value] = request.labels.find(([k, v]) => host.labels[k] !== v)!
    const has = host.labels[key]
    return `wants label ${key}=${value}, host has ${has === undefined ? 'none' : `${key}=${has}`}`
  }
}

/** Both ways round (anti-affinity.ts): the VM names a group of one here, or one here names its group. */
const antiAffinity: Filter = {
  name: 'antiAffinity',
  code: 'anti-affinity',
  fits: ({ request, state }) => !conflicts(request, state.side),
  detail: ({ host, request }) => clashDetail(request, clashAmong(request, host.vms)!)
}

/**
 * Each affinity group must have a VM here, unless it has none anywhere yet: then the first VM
 * of the lot lands wherever it fits best and the others follow it.
 */
const affinity: Filter = {
  name: 'affinity',
  code: 'affinity',
  fits: ({ host, request, cluster }) => request.affinity.every((g) => !cluster.groups.has(g) || groupCount(cluster, g, host.name) > 0),
  detail: ({ host, request, cluster }) => {
    const group = request.affinity.find((g) => cluster.groups.has(g) && groupCount(cluster, g, host.name) === 0)!
    const hosts = [...cluster.groups.get(group)!.keys()].sort()
    return `wants to share a host with group ${group}, whose VMs are on ${hosts.slice(0, 5).join(', ')}${hosts.length > 5 ? ` and ${hosts.length - 5} more` : ''}`
  }
}

const vcpus: Filter = {
  name: 'vcpus',
  code: 'vcpus',
  fits: ({ host, request, state }) => request.vcpus <= host.allocatable.vcpus - state.usedVcpus,
  detail: ({ host, request, state }) => `wants ${request.vcpus} vCPUs, ${host.allocatable.vcpus - state.usedVcpus} of ${host.allocatable.vcpus} free`
}

/**
 * Never overcommitted: passthrough pins guest memory, and a swapping host stalls every VM. A VM
 * backed by hugepages takes whole pages from the host's pool of its page size (see
 * {@link freePages}: the pool's total less what the host's VMs of that size hold), and no
 * ordinary memory; a VM without takes ordinary memory, of which the pools are no part.
 */
const memory: Filter = {
  name: 'memory',
  code: 'memory',
  fits: ({ host, request, state }) => request.hugepageBytes === null
    ? request.memoryBytes <= host.allocatable.memoryBytes - state.usedMemoryBytes
    : request.hugepages <= freePages(state, request.hugepageBytes),
  detail: ({ host, request, state }) => {
    if (request.hugepageBytes === null) {
      return `wants ${formatBytes(request.memoryBytes)}, ${formatBytes(host.allocatable.memoryBytes - state.usedMemoryBytes)} of ${formatBytes(host.allocatable.memoryBytes)} free`
    }
    const size = formatBytes(request.hugepageBytes)
    if (poolOf(host, request.hugepageBytes) === undefined) {
      const sizes = host.inventory.memory.hugepages.filter((p) => p.total > 0).map((p) => formatBytes(p.sizeBytes))
      return `wants ${request.hugepages} pages of ${size}, host has no ${size} hugepages (${sizes.length === 0 ? 'no hugepage pool at all' : `pools of ${sizes.join(', ')}`})`
    }
    return `wants ${request.hugepages} pages of ${size}, ${Math.max(0, freePages(state, request.hugepageBytes))} free`
  }
}

/** A host that does not say how much image space it has is not checked (older agents). */
const disk: Filter = {
  name: 'disk',
  code: 'disk',
  fits: ({ host, request, state }) => host.allocatable.diskBytes === undefined || request.diskBytes <= host.allocatable.diskBytes - state.usedDiskBytes,
  detail: ({ host, request, state }) => {
    const total = host.allocatable.diskBytes ?? 0
    return `wants ${formatBytes(request.diskBytes)} of disk, ${formatBytes(total - state.usedDiskBytes)} of ${formatBytes(total)} free`
  }
}

/**
 * Resolves the devices, on one NUMA node first when the spec cares about NUMA (so that a
 * one-node answer is found when there is one), then anywhere; the NUMA filter judges the result.
 */
const devices: Filter = {
  name: 'devices',
  code: 'devices',
  fits: (ctx) => {
    const { request, state } = ctx
    // Nothing to resolve; 'required' still needs the node search below to pick a node with the CPUs.
    if (request.selectors.length === 0 && request.spec.placement.numa !== 'required') { ctx.resolution = NO_DEVICES; return true }
    let resolution = state.resolved.get(request.devicesKey)
    if (resolution === undefined) {
      resolution = resolve(request, state)
      state.resolved.set(request.devicesKey, resolution)
    }
    ctx.resolution = resolution
    return resolution !== null
  },
  detail: ({ request, host, state }) => {
    let detail = state.refusals.get(request.devicesKey)
    if (detail === undefined) {
      const verdict = resolveDevices(request, host.name, devicesOf(state))
      detail = verdict.ok ? 'the devices fit' : verdict.detail
      state.refusals.set(request.devicesKey, detail)
    }
    return detail
  }
}

function resolve (request: CompiledRequest, state: HostState): Resolution | null {
  const index = devicesOf(state)
  if (request.spec.placement.numa !== 'none') {
    for (const node of nodesOf(state)) {
      if (request.spec.placement.numa === 'required' && node.cpus.length < request.vcpus) continue
      const verdict = resolveDevices(request, state.host.name, index, node.id, false)
      if (verdict.ok) return verdict.resolution
    }
  }
  const verdict = resolveDevices(request, state.host.name, index, undefined, false)
  return verdict.ok ? verdict.resolution : null
}

/** What a VM asking for no device gets: nothing, on no particular node. Shared: never changed. */
const NO_DEVICES: Resolution = { devices: [], node: null }

const numa: Filter = {
  name: 'numa',
  code: 'numa',
  fits: (ctx) => ctx.request.spec.placement.numa !== 'required' || numaVerdict(ctx) === null,
  detail: (ctx) => numaVerdict(ctx) ?? 'numa: fits'
}

function numaVerdict ({ request, state, resolution }: HostContext): string | null {
  const node = resolution?.node ?? null
  const cpus = node === null ? 0 : nodesOf(state).find((n) => n.id === node)?.cpus.length ?? 0
  if (node !== null && cpus >= request.vcpus) return null
  return node === null
    ? `numa: required, but no NUMA node holds all the devices and ${request.vcpus} CPUs`
    : `numa: required, but node ${node} (where the devices are) has ${cpus} CPUs, fewer than ${request.vcpus}`
}

/**
 * The pipeline, in order. Cheap checks on the host record first (state, maintenance, pin,
 * labels, groups), then capacity arithmetic, then device resolution, the only costly one, which
 * must run before NUMA because NUMA judges the devices it chose.
 */
export const FILTERS: readonly Filter[] = [alive, maintenance, pinned, labels, antiAffinity, affinity, vcpus, memory, disk, devices, numa]
