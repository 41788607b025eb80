/**
 * Repair: when a VM fits nowhere, make room for it by moving VMs that this same plan placed
 * earlier. Nothing of a plan is applied until the plan is done, so such a move costs nothing;
 * a VM that was in the snapshot is never moved (that would be a migration, not a plan).
 *
 * The greedy placement in spec order is the first answer; repair recovers the VMs it strands
 * by an unlucky earlier choice: a generic GPU VM that took the only GPU of the vendor a later
 * VM names, or memory fragmented so that no host has the 16 GiB a VM needs while two hosts
 * have 8 GiB each. Resorts, cheapest first: move one VM off a host; for small plans, empty a
 * host of the plan's VMs and place them again; then repack the whole plan (repack.ts). A VM
 * that fits is never refused to make room for later ones: the order of placing is priority (the
 * specs' order, unless `plan` was asked to choose it: order.ts).
 */
import type { HostReason, HostReasonCode, PlacedVm } from './model.ts'
import { fitsOn, rank } from './rank.ts'
import type { CompiledRequest } from './request.ts'
import type { Strategy } from './scores.ts'
import { addVm, heldIn, memoryRoom, removeVm } from './state.ts'
import { recordOf } from './record.ts'
import { groupsHold, placedAgain } from './moves.ts'
import type { Landed, Move, Repaired } from './moves.ts'
import { MAX_REPACK, repack } from './repack.ts'
import type { Cluster, HostState } from './state.ts'

/**
 * Bounds on one repair: how many VMs it takes off a host to see whether the new one fits, and
 * how many of those it then tries to place elsewhere (a full ranking each). They bound the cost
 * of a VM that fits nowhere on a full cluster, where most attempts fail.
 */
const MAX_REMOVALS = 32
const MAX_TRIES = 8
/** Trial rankings cost a host evaluation each per host: on big clusters, fewer of them. */
const MAX_TRIAL_EVALUATIONS = 2000
/** How many VMs the second resort may place again in all, over every host it empties. */
const MAX_RESHUFFLE_RANKS = 24

/** Refusals a move can lift: what the host's VMs hold. Not alive, maintenance, pin, labels: never. */
const LIFTABLE = new Set<HostReasonCode>(['anti-affinity', 'affinity', 'vcpus', 'memory', 'disk', 'devices', 'numa'])

/**
 * Makes room for `request`, which every host refused for `reasons`, or returns null, leaving
 * the cluster as it was. First by moving one VM of `landed` off a host (cheap, targeted), then
 * by emptying a host of the plan's VMs, putting the new VM there and placing them again
 * anywhere. Deterministic: hosts by name, candidates in a fixed order.
 */
export function repair (
  cluster: Cluster, request: CompiledRequest, reasons: Readonly<Record<string, HostReason>>,
  landed: ReadonlyMap<PlacedVm, Landed>, strategy: Strategy, explain: boolean
): Repaired | null {
  const hosts = cluster.states.filter((s) => { const r = reasons[s.host.name]; return r !== undefined && LIFTABLE.has(r.code) })
  let tries = 0
  let removals = 0
  const maxTries = Math.max(1, Math.min(MAX_TRIES, Math.floor(MAX_TRIAL_EVALUATIONS / cluster.states.length)))
  const roomElsewhere = maxFree(cluster)
  for (const state of hosts) {
    if (tries >= maxTries || removals >= MAX_REMOVALS) break
    for (const vm of candidates(state, request, landed, roomElsewhere)) {
      if (tries >= maxTries || removals++ >= MAX_REMOVALS) break
      const at = state.host.vms.indexOf(vm)
      removeVm(cluster, state, vm)
      // Cheap first: does the VM fit here without it? Only then look for another home for it.
      if (fitsOn(cluster, state, request, strategy) !== null) {
        tries++
        const done = moveAndPlace(cluster, state, vm, request, landed.get(vm)!, strategy, explain)
        if (done !== null) return done
      }
      addVm(cluster, state, vm, at)
    }
  }
  // The thorough resorts cost a ranking per VM moved: for small plans, where one more VM
  // placed matters most and they stay cheap.
  if (landed.size + 1 > MAX_REPACK) return null
  const budget = { ranks: MAX_RESHUFFLE_RANKS }
  for (const state of hosts) {
    const done = reshuffle(cluster, state, request, landed, strategy, explain, budget)
    if (done !== null) return done
    if (budget.ranks <= 0) break
  }
  return repack(cluster, request, landed, strategy, explain)
}

function moveAndPlace (
  cluster: Cluster, from: HostState, vm: PlacedVm, request: CompiledRequest, own: Landed, strategy: Strategy, explain: boolean
): Repaired | null {
  const home = rank(cluster, own.request, { strategy, explain, exclude: from, reasons: false })
  if (!('host' in home)) return null
  const target = cluster.byName.get(home.host)!
  const moved = own.record(own.request, home.host, home.devices)
  addVm(cluster, target, moved)
  // Placed by the whole pipeline again, now that the moved VM is where it goes (its group
  // there may matter to this VM's affinity).
  const placement = rank(cluster, request, { strategy, explain })
  const moves = [{ before: vm, after: moved, placement: home }]
  if ('host' in placement && groupsHold(cluster, [{ request: own.request, host: home.host }, { request, host: placement.host }])) return { placement, moves }
  removeVm(cluster, target, moved)
  return null
}

/**
 * The second resort: take every VM of this plan off `state`, hold the room the new VM needs
 * there, and place them again, hardest first, anywhere (here too, if it still fits). Each step
 * registers its inverse, unwound in reverse when one of them finds no home (docs/architecture.md §11).
 */
function reshuffle (
  cluster: Cluster, state: HostState, request: CompiledRequest, landed: ReadonlyMap<PlacedVm, Landed>,
  strategy: Strategy, explain: boolean, budget: { ranks: number }
): Repaired | null {
  const mine = state.host.vms.filter((vm) => landed.has(vm))
  if (mine.length === 0 || mine.length > budget.ranks) return null
  const undo: (() => void)[] = []
  const unwind = (): null => { for (const step of undo.reverse()) step(); return null }
  for (const vm of mine) {
    const at = state.host.vms.indexOf(vm)
    removeVm(cluster, state, vm)
    undo.push(() => addVm(cluster, state, vm, at))
  }
  const fit = fitsOn(cluster, state, request, strategy)
  if (fit === null) return unwind()
  const held = recordOf(request, state.host.name, fit.devices)
  addVm(cluster, state, held)
  undo.push(() => removeVm(cluster, state, held))
  const moves: Move[] = []
  for (const vm of [...mine].sort(hardestFirst)) {
    const own = landed.get(vm)!
    budget.ranks--
    const home = rank(cluster, own.request, { strategy, explain, reasons: false })
    if (!('host' in home)) return unwind()
    const target = cluster.byName.get(home.host)!
    const after = own.record(own.request, home.host, home.devices)
    addVm(cluster, target, after)
    undo.push(() => removeVm(cluster, target, after))
    moves.push({ before: vm, after, placement: home })
  }
  // The room held is given back and the VM placed by the whole pipeline: it fits here at least.
  removeVm(cluster, state, held)
  const placement = rank(cluster, request, { strategy, explain })
  if ('host' in placement && groupsHold(cluster, [...placedAgain(moves, landed), { request, host: placement.host }])) return { placement, moves }
  addVm(cluster, state, held)
  return unwind()
}

function hardestFirst (a: PlacedVm, b: PlacedVm): number {
  return Number(b.devices.length > 0) - Number(a.devices.length > 0) || b.memoryBytes - a.memoryBytes || b.vcpus - a.vcpus
}

/**
 * The VMs of this plan on the host whose leaving could make room for `request`: each frees at
 * least the vCPUs, memory and disk the host lacks (memory of the request's own kind: ordinary,
 * or hugepages of its page size), and is small enough for the roomiest other host. Not one whose group another VM here follows by affinity (it would be left behind).
 * Those holding devices first when the request wants devices, then smallest first.
 */
function candidates (state: HostState, request: CompiledRequest, landed: ReadonlyMap<PlacedVm, Landed>, room: Room): PlacedVm[] {
  const { allocatable } = state.host
  const needVcpus = request.vcpus - (allocatable.vcpus - state.usedVcpus)
  const needMemory = request.memoryBytes - memoryRoom(state, request.hugepageBytes).free
  const needDisk = allocatable.diskBytes === undefined ? 0 : request.diskBytes - (allocatable.diskBytes - state.usedDiskBytes)
  const wantsDevices = request.selectors.length > 0
  return state.host.vms
    .filter((vm) => landed.has(vm) && vm.vcpus >= needVcpus && heldIn(vm, request.hugepageBytes) >= needMemory && (vm.diskBytes ?? 0) >= needDisk &&
      vm.vcpus <= room.vcpus && vm.memoryBytes <= roomFor(room, vm.hugepageBytes ?? null) && !followed(state, vm, landed))
    .map((vm, i) => ({ vm, i }))
    .sort((a, b) => Number(wantsDevices && b.vm.devices.length > 0) - Number(wantsDevices && a.vm.devices.length > 0) ||
      a.vm.memoryBytes - b.vm.memoryBytes || a.vm.vcpus - b.vm.vcpus || a.i - b.i)
    .map((c) => c.vm)
}

/** True when another VM on the host has `vm`'s group in its affinity and `vm` is the group's last one here. */
function followed (state: HostState, vm: PlacedVm, landed: ReadonlyMap<PlacedVm, Landed>): boolean {
  const group = vm.group
  if (group === undefined) return false
  let here = 0
  let follower = false
  for (const other of state.host.vms) {
    if (other.group === group) here++
    if (other === vm) continue
    const affinity = landed.get(other)?.request.affinity ?? other.spec?.placement.affinity ?? []
    if (affinity.includes(group)) follower = true
  }
  return follower && here === 1
}

/** Ordinary memory in `memoryBytes`; hugepage memory (bytes) by page size in `hugepageBytes`. */
interface Room { vcpus: number, memoryBytes: number, hugepageBytes: Map<number, number> }

/** The most free vCPUs and memory (of each kind) on any host that takes VMs: a VM larger than that moves nowhere. */
function maxFree (cluster: Cluster): Room {
  const room: Room = { vcpus: 0, memoryBytes: 0, hugepageBytes: new Map() }
  for (const s of cluster.states) {
    if (s.host.state !== 'alive' || s.host.maintenance === true) continue
    room.vcpus = Math.max(room.vcpus, s.host.allocatable.vcpus - s.usedVcpus)
    room.memoryBytes = Math.max(room.memoryBytes, s.host.allocatable.memoryBytes - s.usedMemoryBytes)
    for (const pool of s.host.inventory.memory.hugepages) {
      const free = memoryRoom(s, pool.sizeBytes).free
      room.hugepageBytes.set(pool.sizeBytes, Math.max(room.hugepageBytes.get(pool.sizeBytes) ?? 0, free))
    }
  }
  return room
}

function roomFor (room: Room, hugepageBytes: number | null): number {
  return hugepageBytes === null ? room.memoryBytes : room.hugepageBytes.get(hugepageBytes) ?? 0
}
