/**
 * Resolving a VM's device requests on one host to whole, free IOMMU groups (DESIGN §4).
 *
 * The group is the unit: a matched device brings every other endpoint of its group, all of
 * which must be assignable and free, and the group goes to this VM alone. SR-IOV adds one rule
 * across groups: a PF and its VFs are never split between the host driver and VMs, so a PF with
 * a VF in use (or taken by this request) is not free, nor a VF whose PF is.
 *
 * Resolution is greedy in spec order, smallest groups first (so a request does not drag along
 * endpoints it did not ask for when a tighter group exists); an endpoint already brought in by an
 * earlier entry's group (the GPU's audio function) satisfies a later entry before a new group is
 * taken. Greedy can miss an assignment a search would find when entries overlap; specs rarely do.
 */
import type { IommuGroup, PciDevice } from '@multiverse/domain'
import type { CompiledRequest, CompiledSelector } from './request.ts'
import type { PlanHost } from './model.ts'

/** A host's devices indexed once per evaluation, with who holds what. */
export interface HostDevices {
  byAddress: ReadonlyMap<string, PciDevice>
  groups: readonly IommuGroup[]
  /** Assignable groups with the kinds of device in them (see {@link kindOf}), for device fit. */
  kinded: ReadonlyArray<{ endpoints: readonly string[], kinds: ReadonlySet<string> }>
  /** Address -> the VM holding it. */
  usedBy: ReadonlyMap<string, string>
}

/** What never changes while planning: built once per inventory, not once per evaluation. */
const staticIndex = new WeakMap<PlanHost['inventory'], Omit<HostDevices, 'usedBy'>>()

export function indexHost (host: PlanHost): HostDevices {
  const usedBy = new Map<string, string>()
  for (const vm of host.vms) for (const address of vm.devices) usedBy.set(address, vm.name)
  let fixed = staticIndex.get(host.inventory)
  if (fixed === undefined) {
    const byAddress = new Map(host.inventory.devices.map((d) => [d.address, d]))
    fixed = {
      byAddress,
      // Smallest groups first, then by id: the preference order of the greedy resolution.
      groups: [...host.inventory.iommuGroups].sort((a, b) => a.endpoints.length - b.endpoints.length || a.id - b.id),
      kinded: host.inventory.iommuGroups.filter((g) => g.assignable)
        .map((g) => ({ endpoints: g.endpoints, kinds: new Set(g.endpoints.map((a) => kindOf(byAddress.get(a)))) }))
    }
    staticIndex.set(host.inventory, fixed)
  }
  return { ...fixed, usedBy }
}

export interface Resolution {
  /** Every endpoint of every taken group, sorted: what the VM gets. */
  devices: string[]
  /** The NUMA node all of them are on (null node = any), or null when they span nodes or there are none. */
  node: number | null
}

export type ResolveVerdict = { ok: true, resolution: Resolution } | { ok: false, detail: string }

/**
 * Resolves every device request on the host, optionally confined to one NUMA node (devices
 * whose node is unknown count as on any node).
 */
export function resolveDevices (request: CompiledRequest, host: PlanHost, index: HostDevices, node?: number): ResolveVerdict {
  const taken = new Set<number>()
  const takenAddresses = new Set<string>()
  const claimed = new Set<string>()
  for (const selector of request.selectors) {
    let need = selector.count
    // Endpoints an earlier entry's group brought in come first: they go to this VM anyway.
    for (const address of takenAddresses) {
      if (need === 0) break
      const device = index.byAddress.get(address)
      if (device !== undefined && !claimed.has(address) && selector.matches(device, host.name)) { claimed.add(address); need-- }
    }
    const refusals: string[] = []
    for (const group of index.groups) {
      if (need === 0) break
      if (taken.has(group.id)) continue
      const matching = group.endpoints.filter((a) => { const d = index.byAddress.get(a); return d !== undefined && selector.matches(d, host.name) })
      if (matching.length === 0) continue
      const problem = groupProblem(group, index, takenAddresses) ?? (node === undefined ? null : offNode(group, index, node))
      if (problem !== null) { refusals.push(problem); continue }
      taken.add(group.id)
      for (const a of group.endpoints) takenAddresses.add(a)
      for (const a of matching.slice(0, need)) claimed.add(a)
      need -= Math.min(need, matching.length)
    }
    if (need > 0) return { ok: false, detail: shortfall(selector, need, refusals, node) }
  }
  const devices = [...takenAddresses].sort()
  return { ok: true, resolution: { devices, node: node ?? commonNode(devices, index) } }
}

/** Why this group cannot go to the VM, or null when it can. */
export function groupProblem (group: IommuGroup, index: HostDevices, takenAddresses: ReadonlySet<string>): string | null {
  if (!group.assignable) {
    return `group ${group.id} is kept by the host (${group.reasons.map((r) => r.code).join(', ') || 'not assignable'})`
  }
  for (const address of group.endpoints) {
    const holder = index.usedBy.get(address)
    if (holder !== undefined) return `group ${group.id} (${address}) is used by vm ${holder}`
    const device = index.byAddress.get(address)
    if (device === undefined) return `group ${group.id} lists ${address}, which the inventory does not have`
    if (!device.assignable) return `${address} is kept by the host (${device.reasons.map((r) => r.code).join(', ')})`
    for (const vf of device.sriov?.vfs ?? []) {
      const vfHolder = index.usedBy.get(vf) ?? (takenAddresses.has(vf) ? 'this one' : undefined)
      if (vfHolder !== undefined) return `${address} is a PF whose VF ${vf} is used by vm ${vfHolder}`
    }
    if (device.physfn !== null) {
      const pfHolder = index.usedBy.get(device.physfn) ?? (takenAddresses.has(device.physfn) ? 'this one' : undefined)
      if (pfHolder !== undefined) return `${address} is a VF of ${device.physfn}, which is given whole to vm ${pfHolder}`
    }
  }
  return null
}

function offNode (group: IommuGroup, index: HostDevices, node: number): string | null {
  const away = group.endpoints.find((a) => { const n = index.byAddress.get(a)?.numaNode ?? null; return n !== null && n !== node })
  return away === undefined ? null : `${away} is on NUMA node ${String(index.byAddress.get(away)?.numaNode)}, not ${node}`
}

function commonNode (devices: readonly string[], index: HostDevices): number | null {
  const nodes = new Set(devices.flatMap((a) => index.byAddress.get(a)?.numaNode ?? []))
  return nodes.size === 1 ? [...nodes][0]! : null
}

function shortfall (selector: CompiledSelector, need: number, refusals: readonly string[], node: number | undefined): string {
  const what = `devices[${selector.index}] (${selector.label})`
  const where = node === undefined ? '' : ` on NUMA node ${node}`
  if (refusals.length === 0 && need === selector.count) return `${what}: no matching device${where} on this host`
  const shown = refusals.slice(0, 3).join('; ') + (refusals.length > 3 ? `; and ${refusals.length - 3} more` : '')
  return `${what}: wants ${selector.count}${where}, ${selector.count - need} free${shown === '' ? '' : `: ${shown}`}`
}

/** What a device is for scarcity: an SR-IOV VF is its own kind, whatever its class. */
export function kindOf (device: PciDevice | undefined): string {
  return device === undefined ? '' : device.physfn !== null ? 'vf' : device.className
}

/** Free, assignable groups holding an endpoint of one of `kinds`: what deviceFit protects. */
export function freeGroupsOfClass (index: HostDevices, kinds: ReadonlySet<string>, exclude: ReadonlySet<string>): number {
  let free = 0
  for (const group of index.kinded) {
    if (![...kinds].some((kind) => group.kinds.has(kind))) continue
    if (group.endpoints.every((a) => !index.usedBy.has(a) && !exclude.has(a))) free++
  }
  return free
}
