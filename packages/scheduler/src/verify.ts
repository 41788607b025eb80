/**
 * The target's side of a reservation (docs/architecture.md §5): can this host give exactly these resources
 * and these device addresses now, and take this VM beside the ones it holds? The planner chose
 * them from a view that may be stale; the host answers from its own authoritative record, by
 * the same device rules and the same anti-affinity relation the planner used.
 */
import { formatBytes } from '@multiverse/domain'
import { clashAmong, clashDetail } from './anti-affinity.ts'
import { groupProblem, indexHost } from './devices.ts'
import type { Verdict } from './filters.ts'
import type { PlanHost } from './model.ts'
import { pagesOf, poolOf } from './state.ts'

/** What a lease asks a host to hold. */
export interface Hold {
  vcpus: number
  memoryBytes: number
  /** The page size backing its memory: memoryBytes / hugepageBytes pages of that pool. Null or absent = ordinary memory. */
  hugepageBytes?: number | null
  diskBytes: number
  /** Exact PCI addresses: every endpoint of each IOMMU group they touch. */
  devices: readonly string[]
  /** The VM's group. Null or absent = none. */
  group?: string | null
  /** The groups it keeps off its host (its spec's `antiAffinity`). Absent = none. */
  antiAffinity?: readonly string[]
}

/** Checks a hold against a host whose `vms` are everything it already holds (VMs and leases). */
export function verifyHold (host: PlanHost, hold: Hold): Verdict {
  const clash = groupsProblem(host, hold)
  if (clash !== null) return { ok: false, code: 'anti-affinity', detail: clash }
  let vcpus = 0
  let memory = 0
  let disk = 0
  const page = hold.hugepageBytes ?? null
  let pages = 0
  for (const vm of host.vms) {
    vcpus += vm.vcpus
    // Ordinary memory and each hugepage pool are separate: a VM holds from one of them.
    if (vm.hugepageBytes === undefined) memory += vm.memoryBytes
    else if (vm.hugepageBytes === page) pages += pagesOf(vm)
    disk += (vm as { diskBytes?: number }).diskBytes ?? 0
  }
  const freeVcpus = host.allocatable.vcpus - vcpus
  if (hold.vcpus > freeVcpus) return { ok: false, code: 'vcpus', detail: `wants ${hold.vcpus} vCPUs, ${freeVcpus} of ${host.allocatable.vcpus} free` }
  if (page === null) {
    const freeMemory = host.allocatable.memoryBytes - memory
    if (hold.memoryBytes > freeMemory) return { ok: false, code: 'memory', detail: `wants ${hold.memoryBytes} bytes of memory, ${freeMemory} free` }
  } else {
    // The pool's total less what this host's record holds, as the planner's filter (state.ts freePages).
    const pool = poolOf(host, page)
    const wanted = Math.ceil(hold.memoryBytes / page)
    if (pool === undefined) return { ok: false, code: 'memory', detail: `wants ${wanted} pages of ${formatBytes(page)}, host has no ${formatBytes(page)} hugepages` }
    if (hold.memoryBytes % page !== 0) {
      return { ok: false, code: 'memory', detail: `wants ${hold.memoryBytes} bytes of memory, not a whole number of ${formatBytes(page)} pages` }
    }
    const free = pool.total - pages
    if (wanted > free) return { ok: false, code: 'memory', detail: `wants ${wanted} pages of ${formatBytes(page)}, ${Math.max(0, free)} free` }
  }
  const diskTotal = host.allocatable.diskBytes
  if (diskTotal !== undefined && hold.diskBytes > diskTotal - disk) {
    return { ok: false, code: 'disk', detail: `wants ${hold.diskBytes} bytes of disk, ${diskTotal - disk} free` }
  }
  const problem = devicesProblem(host, hold.devices)
  return problem === null ? { ok: true } : { ok: false, code: 'devices', detail: problem }
}

/** Another planner may have placed here, since the view was taken, a VM this one conflicts with. */
function groupsProblem (host: PlanHost, hold: Hold): string | null {
  const member = { group: hold.group ?? null, antiAffinity: hold.antiAffinity ?? [] }
  const clash = clashAmong(member, host.vms)
  return clash === undefined ? null : clashDetail(member, clash)
}

function devicesProblem (host: PlanHost, devices: readonly string[]): string | null {
  const index = indexHost(host)
  const asked = new Set(devices)
  const groups = new Set<number>()
  for (const address of devices) {
    const device = index.byAddress.get(address)
    if (device === undefined) return `${address}: no such device on this host`
    const group = index.groups.find((g) => g.id === device.iommuGroup)
    if (group === undefined) return `${address}: in no IOMMU group, so it cannot be passed through`
    if (groups.has(group.id)) continue
    groups.add(group.id)
    const left = group.endpoints.find((a) => !asked.has(a))
    if (left !== undefined) return `${address}: its IOMMU group ${group.id} also has ${left}, and a group goes to one VM whole`
    const problem = groupProblem(group, index, asked)
    if (problem !== null) return problem
  }
  return null
}
