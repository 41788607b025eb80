/**
 * Feasibility: can this host run this VM at all? Each filter answers for one concern; a host
 * that fails is not an error but a recorded reason (STYLE 4), and only the first failing
 * filter's reason is kept, so the order below is also the order reasons are reported in.
 */
import type { NumaNode } from '@multiverse/domain'
import { resolveDevices } from './devices.ts'
import type { HostDevices, Resolution } from './devices.ts'
import type { HostReasonCode, PlanHost } from './model.ts'
import type { CompiledRequest } from './request.ts'

/** What every filter and score reads about one (request, host) pair. */
export interface HostContext {
  host: PlanHost
  request: CompiledRequest
  index: HostDevices
  usedVcpus: number
  usedMemoryBytes: number
  /** Written by the devices filter, read by the NUMA filter and the scores (a cycle state). */
  resolution: Resolution | null
}

export type Verdict = { ok: true } | { ok: false, code: HostReasonCode, detail: string }

/** One feasibility check. Must not throw for a host that does not fit: return its reason. */
export interface Filter {
  name: string
  check: (ctx: HostContext) => Verdict
}

const ok: Verdict = { ok: true }
const no = (code: HostReasonCode, detail: string): Verdict => ({ ok: false, code, detail })

const alive: Filter = {
  name: 'alive',
  check: ({ host }) => host.state === 'alive' ? ok : no('not-alive', `host is ${host.state}: its view of itself may be stale`)
}

const pinned: Filter = {
  name: 'pinned',
  check: ({ host, request }) => {
    const want = request.spec.placement.host
    return want === null || want === host.name ? ok : no('not-pinned', `the spec pins the VM to ${want}`)
  }
}

const labels: Filter = {
  name: 'labels',
  check: ({ host, request }) => {
    const wrong = request.labels.find(([key, value]) => host.labels[key] !== value)
    if (wrong === undefined) return ok
    const has = host.labels[wrong[0]]
    return no('labels', `wants label ${wrong[0]}=${wrong[1]}, host has ${has === undefined ? 'none' : `${wrong[0]}=${has}`}`)
  }
}

const antiAffinity: Filter = {
  name: 'antiAffinity',
  check: ({ host, request }) => {
    const clash = host.vms.find((vm) => vm.group !== undefined && request.antiAffinity.has(vm.group))
    return clash === undefined ? ok : no('anti-affinity', `vm ${clash.name} of group ${clash.group} is on this host`)
  }
}

const vcpus: Filter = {
  name: 'vcpus',
  check: ({ host, request, usedVcpus }) => {
    const free = host.allocatable.vcpus - usedVcpus
    return request.vcpus <= free ? ok : no('vcpus', `wants ${request.vcpus} vCPUs, ${free} of ${host.allocatable.vcpus} free`)
  }
}

/** Never overcommitted: passthrough pins guest memory, and a swapping host stalls every VM. */
const memory: Filter = {
  name: 'memory',
  check: ({ host, request, usedMemoryBytes }) => {
    const free = host.allocatable.memoryBytes - usedMemoryBytes
    return request.memoryBytes <= free ? ok : no('memory', `wants ${gib(request.memoryBytes)}, ${gib(free)} of ${gib(host.allocatable.memoryBytes)} free`)
  }
}

/**
 * Resolves the devices, on one NUMA node first when the spec cares about NUMA (so that a
 * one-node answer is found when there is one), then anywhere; the NUMA filter judges the result.
 */
const devices: Filter = {
  name: 'devices',
  check: (ctx) => {
    const { request, host, index } = ctx
    if (request.spec.placement.numa !== 'none') {
      for (const node of nodesOf(host)) {
        if (request.spec.placement.numa === 'required' && node.cpus.length < request.vcpus) continue
        const verdict = resolveDevices(request, host, index, node.id)
        if (verdict.ok) { ctx.resolution = verdict.resolution; return ok }
      }
    }
    const verdict = resolveDevices(request, host, index)
    if (!verdict.ok) return no('devices', verdict.detail)
    ctx.resolution = verdict.resolution
    return ok
  }
}

const numa: Filter = {
  name: 'numa',
  check: ({ request, host, resolution }) => {
    if (request.spec.placement.numa !== 'required') return ok
    const node = resolution?.node ?? null
    const cpus = nodesOf(host).find((n) => n.id === node)?.cpus.length ?? 0
    if (node !== null && cpus >= request.vcpus) return ok
    return no('numa', node === null
      ? `numa: required, but no NUMA node holds all the devices and ${request.vcpus} CPUs`
      : `numa: required, but node ${node} (where the devices are) has ${cpus} CPUs, fewer than ${request.vcpus}`)
  }
}

/**
 * The pipeline, in order. Cheap checks on the host record first (state, pin, labels, groups),
 * then capacity arithmetic, then device resolution, the only costly one, which must run before
 * NUMA because NUMA judges the devices it chose.
 */
export const FILTERS: readonly Filter[] = [alive, pinned, labels, antiAffinity, vcpus, memory, devices, numa]

/** A host that reports no NUMA topology is one node holding every CPU. */
export function nodesOf (host: PlanHost): readonly NumaNode[] {
  const nodes = host.inventory.numaNodes
  if (nodes.length > 0) return nodes
  return [{ id: 0, cpus: Array.from({ length: host.inventory.cpu.threads }, (_, i) => i), memoryBytes: host.inventory.memory.totalBytes }]
}

function gib (bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)}GiB`
}
