/**
 * Repair: when a VM fits nowhere, make room for it by moving one VM that this same plan placed
 * earlier. Nothing of a plan is applied until the plan is done, so such a move costs nothing;
 * a VM that was in the snapshot is never moved (that would be a migration, not a plan).
 *
 * The greedy placement in spec order is the first answer; repair recovers the VMs it strands
 * by an unlucky earlier choice: a generic GPU VM that took the only GPU of the vendor a later
 * VM names, or memory fragmented so that no host has the 16 GiB a VM needs while two hosts
 * have 8 GiB each.
 */
import type { HostReason, HostReasonCode, Placement, PlacedVm } from './model.ts'
import { fitsOn, rank } from './rank.ts'
import type { CompiledRequest } from './request.ts'
import type { Strategy } from './scores.ts'
import { addVm, removeVm } from './state.ts'
import type { Cluster, HostState } from './state.ts'

/** A VM the plan placed: what placed it, so it can be placed again elsewhere. */
export interface Landed {
  request: CompiledRequest
  record: (request: CompiledRequest, host: string, devices: string[]) => PlacedVm
}

/**
 * Bounds on one repair: how many VMs it takes off a host to see whether the new one fits, and
 * how many of those it then tries to place elsewhere (a full ranking each). They bound the cost
 * of a VM that fits nowhere on a full cluster, where most attempts fail.
 */
const MAX_REMOVALS = 32
const MAX_TRIES = 8

/** Refusals a move can lift: what the host's VMs hold. Not alive, maintenance, pin, labels: never. */
const LIFTABLE = new Set<HostReasonCode>(['anti-affinity', 'affinity', 'vcpus', 'memory', 'disk', 'devices', 'numa'])

export interface Repaired {
  placement: Placement
  /** The VM moved to make room: its record before and after (on its new host), and its new placement. */
  before: PlacedVm
  after: PlacedVm
  movedTo: Placement
}

/**
 * Makes room for `request`, which every host refused for `reasons`, by moving one VM of
 * `landed` off a host, or returns null, leaving the cluster as it was. Deterministic: hosts by
 * name, candidates in a fixed order.
 */
export function repair (
  cluster: Cluster, request: CompiledRequest, reasons: Readonly<Record<string, HostReason>>,
  landed: ReadonlyMap<PlacedVm, Landed>, strategy: Strategy, explain: boolean
): Repaired | null {
  let tries = 0
  let removals = 0
  const roomElsewhere = maxFree(cluster)
  for (const state of cluster.states) {
    const reason = reasons[state.host.name]
    if (reason === undefined || !LIFTABLE.has(reason.code)) continue
    for (const vm of candidates(state, request, landed, roomElsewhere)) {
      if (tries >= MAX_TRIES || removals++ >= MAX_REMOVALS) return null
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
  return null
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
  if ('host' in placement) return { placement, before: vm, after: moved, movedTo: home }
  removeVm(cluster, target, moved)
  return null
}

/**
 * The VMs of this plan on the host whose leaving could make room for `request`: each frees at
 * least the vCPUs, memory and disk the host lacks, and is small enough for the roomiest other
 * host. Not one whose group another VM here follows by affinity (it would be left behind).
 * Those holding devices first when the request wants devices, then smallest first.
 */
function candidates (state: HostState, request: CompiledRequest, landed: ReadonlyMap<PlacedVm, Landed>, room: Room): PlacedVm[] {
  const { allocatable } = state.host
  const needVcpus = request.vcpus - (allocatable.vcpus - state.usedVcpus)
  const needMemory = request.memoryBytes - (allocatable.memoryBytes - state.usedMemoryBytes)
  const needDisk = allocatable.diskBytes === undefined ? 0 : request.diskBytes - (allocatable.diskBytes - state.usedDiskBytes)
  const wantsDevices = request.selectors.length > 0
  return state.host.vms
    .filter((vm) => landed.has(vm) && vm.vcpus >= needVcpus && vm.memoryBytes >= needMemory && (vm.diskBytes ?? 0) >= needDisk &&
      vm.vcpus <= room.vcpus && vm.memoryBytes <= room.memoryBytes && !followed(state, vm, landed))
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

interface Room { vcpus: number, memoryBytes: number }

/** The most free vCPUs and memory on any host that takes VMs: a VM larger than that moves nowhere. */
function maxFree (cluster: Cluster): Room {
  const room: Room = { vcpus: 0, memoryBytes: 0 }
  for (const s of cluster.states) {
    if (s.host.state !== 'alive' || s.host.maintenance === true) continue
    room.vcpus = Math.max(room.vcpus, s.host.allocatable.vcpus - s.usedVcpus)
    room.memoryBytes = Math.max(room.memoryBytes, s.host.allocatable.memoryBytes - s.usedMemoryBytes)
  }
  return room
}
