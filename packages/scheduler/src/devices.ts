/**
 * Resolving a VM's device requests on one host to whole, free IOMMU groups (docs/architecture.md §4).
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
import type { PlacedVm, PlanHost } from './model.ts'

/**
 * Kinds of device a host has few of, or that few hosts have: device fit protects them from VMs
 * that need none (see scores.ts). SR-IOV VFs count: hosts with VFs are the only homes for VF VMs.
 */
const SCARCE: Readonly<Record<string, number>> = { gpu: 1, accelerator: 2, vf: 4 }
/** Every scarce kind, as a mask of {@link scarceMask} bits. */
export const ALL_SCARCE = 7

/** The scarce-kind bit of a device kind ({@link kindOf}), 0 for a kind that is not scarce. */
export function scarceMask (kind: string): number {
  return SCARCE[kind] ?? 0
}

/** What never changes while planning: built once per inventory, not once per evaluation. */
interface StaticIndex {
  byAddress: ReadonlyMap<string, PciDevice>
  /** Smallest groups first, then by id: the preference order of the greedy resolution. */
  groups: readonly IommuGroup[]
  /** Endpoint address -> the position of its group in `groups`. */
  groupAt: ReadonlyMap<string, number>
  /** Per position in `groups`: the scarce kinds an assignable group holds (0 for one kept by the host). */
  scarce: Uint8Array
}

/**
 * A host's devices with who holds what. Kept per host for a whole planning run and updated as
 * VMs land or leave ({@link holdDevices}, {@link releaseDevices}), never rebuilt per evaluation.
 */
export interface HostDevices extends StaticIndex {
  /** Address -> the VM holding it. */
  usedBy: Map<string, string>
  /** Per position in `groups`: how many of its endpoints VMs hold. */
  held: Int32Array
  /**
   * Per mask of scarce kinds (index 1..7): the free assignable groups holding any of them. What
   * device fit reads, once per host and VM, so kept up to date rather than summed.
   */
  freeScarce: Int32Array
  /** Selector label -> the groups with an endpoint it matches, in `groups` order, and those endpoints. */
  candidates: Map<string, Candidate[]>
}

interface Candidate { at: number, matching: string[] }

const staticIndex = new WeakMap<PlanHost['inventory'], StaticIndex>()

/** The device index of a host with the VMs its record lists. */
export function indexHost (host: PlanHost): HostDevices {
  let fixed = staticIndex.get(host.inventory)
  if (fixed === undefined) {
    const byAddress = new Map(host.inventory.devices.map((d) => [d.address, d]))
    const groups = [...host.inventory.iommuGroups].sort((a, b) => a.endpoints.length - b.endpoints.length || a.id - b.id)
    const groupAt = new Map<string, number>()
    const scarce = new Uint8Array(groups.length)
    groups.forEach((g, i) => {
      for (const a of g.endpoints) { groupAt.set(a, i); if (g.assignable) scarce[i]! |= scarceMask(kindOf(byAddress.get(a))) }
    })
    fixed = { byAddress, groups, groupAt, scarce }
    staticIndex.set(host.inventory, fixed)
  }
  const freeScarce = new Int32Array(ALL_SCARCE + 1)
  fixed.groups.forEach((g, i) => { if (g.assignable) count(freeScarce, fixed.scarce[i]!, 1) })
  const index: HostDevices = { ...fixed, usedBy: new Map(), held: new Int32Array(fixed.groups.length), freeScarce, candidates: new Map() }
  for (const vm of host.vms) holdDevices(index, vm)
  return index
}

/** `vm`'s devices are now held on this host. */
export function holdDevices (index: HostDevices, vm: PlacedVm): void {
  for (const address of vm.devices) {
    index.usedBy.set(address, vm.name)
    const at = index.groupAt.get(address)
    if (at !== undefined && index.held[at]!++ === 0 && index.groups[at]!.assignable) count(index.freeScarce, index.scarce[at]!, -1)
  }
}

/** `vm` has left this host: its devices are free again. */
export function releaseDevices (index: HostDevices, vm: PlacedVm): void {
  for (const address of vm.devices) {
    if (index.usedBy.get(address) === vm.name) index.usedBy.delete(address)
    const at = index.groupAt.get(address)
    if (at !== undefined && --index.held[at]! === 0 && index.groups[at]!.assignable) count(index.freeScarce, index.scarce[at]!, 1)
  }
}

/** A group holding the scarce kinds `kinds` became free (+1) or taken (-1). */
function count (freeScarce: Int32Array, kinds: number, sign: 1 | -1): void {
  if (kinds === 0) return
  for (let mask = 1; mask <= ALL_SCARCE; mask++) if ((mask & kinds) !== 0) freeScarce[mask]! += sign
}

/** The groups a selector can take endpoints from on this host, found once per host and label. */
function candidatesOf (index: HostDevices, selector: CompiledSelector, host: string): Candidate[] {
  // The label names every field the selector tests (or the mapping), so it identifies what
  // matches on one host; the index belongs to one host, so a mapping's host is fixed too.
  let found = index.candidates.get(selector.label)
  if (found === undefined) {
    found = []
    index.groups.forEach((group, at) => {
      const matching = group.endpoints.filter((a) => { const d = index.byAddress.get(a); return d !== undefined && selector.matches(d, host) })
      if (matching.length > 0) found!.push({ at, matching })
    })
    index.candidates.set(selector.label, found)
  }
  return found
}

export interface Resolution {
  /** Every endpoint of every taken group, sorted: what the VM gets. */
  devices: string[]
  /** The NUMA node all of them are on (null node = any), or null when they span nodes or there are none. */
  node: number | null
}

export type ResolveVerdict = { ok: true, resolution: Resolution } | { ok: false, detail: string }

/** Stands for a refusal's words when nobody will read them (`say` false): no string is built. */
const UNSAID = ''
const NONE: string[] = []

/**
 * Resolves every device request on the host, optionally confined to one NUMA node (devices
 * whose node is unknown count as on any node). With `say` false a refusal's detail is empty:
 * the planner asks again, with words, only for the answer it returns.
 */
export function resolveDevices (request: CompiledRequest, host: string, index: HostDevices, node?: number, say = true): ResolveVerdict {
  const taken = new Set<number>()
  const takenAddresses = new Set<string>()
  const claimed = new Set<string>()
  for (const selector of request.selectors) {
    let need = selector.count
    // Endpoints an earlier entry's group brought in come first: they go to this VM anyway.
    for (const address of takenAddresses) {
      if (need === 0) break
      const device = index.byAddress.get(address)
      if (device !== undefined && !claimed.has(address) && selector.matches(device, host)) { claimed.add(address); need-- }
    }
    const refusals: string[] = say ? [] : NONE
    for (const { at, matching } of candidatesOf(index, selector, host)) {
      if (need === 0) break
      if (taken.has(at)) continue
      const group = index.groups[at]!
      const problem = blocker(group, at, index, takenAddresses, say) ?? (node === undefined ? null : offNode(group, index, node, say))
      if (problem !== null) { if (say) refusals.push(problem); continue }
      taken.add(at)
      for (const a of group.endpoints) takenAddresses.add(a)
      for (const a of matching.slice(0, need)) claimed.add(a)
      need -= Math.min(need, matching.length)
    }
    if (need > 0) return { ok: false, detail: say ? shortfall(selector, need, refusals, node) : UNSAID }
  }
  const devices = [...takenAddresses].sort()
  return { ok: true, resolution: { devices, node: node ?? commonNode(devices, index) } }
}

/** Why this group cannot go to the VM, or null when it can. */
export function groupProblem (group: IommuGroup, index: HostDevices, takenAddresses: ReadonlySet<string>): string | null {
  return blocker(group, index.groups.indexOf(group), index, takenAddresses, true)
}

/** {@link groupProblem} by the group's position in `index.groups`; with `say` false, no words. */
function blocker (group: IommuGroup, at: number, index: HostDevices, takenAddresses: ReadonlySet<string>, say: boolean): string | null {
  if (!group.assignable) {
    if (!say) return UNSAID
    return `group ${group.id} is kept by the host (${group.reasons.map((r) => r.code).join(', ') || 'not assignable'})`
  }
  // The common case, a free group of plain endpoints, costs one array read and no lookups.
  const free = at >= 0 && index.held[at] === 0
  for (const address of group.endpoints) {
    const holder = free ? undefined : index.usedBy.get(address)
    if (holder !== undefined) return say ? `group ${group.id} (${address}) is used by vm ${holder}` : UNSAID
    const device = index.byAddress.get(address)
    if (device === undefined) return !say ? UNSAID : `group ${group.id} lists ${address}, which the inventory does not have`
    if (!device.assignable) return !say ? UNSAID : `${address} is kept by the host (${device.reasons.map((r) => r.code).join(', ')})`
    for (const vf of device.sriov?.vfs ?? []) {
      const vfHolder = index.usedBy.get(vf) ?? (takenAddresses.has(vf) ? 'this one' : undefined)
      if (vfHolder !== undefined) return !say ? UNSAID : `${address} is a PF whose VF ${vf} is used by vm ${vfHolder}`
    }
    if (device.physfn !== null) {
      const pfHolder = index.usedBy.get(device.physfn) ?? (takenAddresses.has(device.physfn) ? 'this one' : undefined)
      if (pfHolder !== undefined) return !say ? UNSAID : `${address} is a VF of ${device.physfn}, which is given whole to vm ${pfHolder}`
    }
  }
  return null
}

function offNode (group: IommuGroup, index: HostDevices, node: number, say: boolean): string | null {
  const away = group.endpoints.find((a) => { const n = index.byAddress.get(a)?.numaNode ?? null; return n !== null && n !== node })
  return away === undefined ? null : !say ? UNSAID : `${away} is on NUMA node ${String(index.byAddress.get(away)?.numaNode)}, not ${node}`
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

/**
 * Free, assignable groups holding a scarce kind in `unwanted` (a {@link scarceMask} mask), not
 * counting the groups of `taking` (the VM's own devices, which stop being free): what device
 * fit protects. Reads the running counts: no walk over the host's groups.
 */
export function freeScarceGroups (index: HostDevices, unwanted: number, taking: readonly string[]): number {
  let free = index.freeScarce[unwanted]!
  if (taking.length === 0 || free === 0) return free
  const seen: number[] = []
  for (const address of taking) {
    const at = index.groupAt.get(address)
    if (at === undefined || seen.includes(at)) continue
    seen.push(at)
    if (index.groups[at]!.assignable && index.held[at] === 0 && (index.scarce[at]! & unwanted) !== 0) free--
  }
  return free
}
