/**
 * The last resort of a repair (see repair.ts), for small plans: take every VM this plan placed
 * off its host and place them again together with the one that fit nowhere, hardest first
 * (devices, then memory, then vCPUs), the way first-fit-decreasing packs bins better than
 * arrival order. Accepted only when every one of them finds a home; otherwise everything is
 * put back as it was. The snapshot's own VMs never move.
 */
import type { PlacedVm } from './model.ts'
import { rank } from './rank.ts'
import { recordOf } from './record.ts'
import { groupsHold, placedAgain } from './moves.ts'
import type { Landed, Move, Repaired } from './moves.ts'
import type { CompiledRequest } from './request.ts'
import type { Strategy } from './scores.ts'
import { addVm, removeVm } from './state.ts'
import type { Cluster, HostState } from './state.ts'

/** Above this many VMs in the plan, emptying hosts and repacking cost more than they can be worth per refused VM. */
export const MAX_REPACK = 64

interface Item { request: CompiledRequest, before: PlacedVm | null, order: number }

/** Places `request` by repacking every VM of `landed` with it, or returns null with the cluster as it was. */
export function repack (
  cluster: Cluster, request: CompiledRequest, landed: ReadonlyMap<PlacedVm, Landed>, strategy: Strategy, explain: boolean
): Repaired | null {
  if (landed.size + 1 > MAX_REPACK) return null
  const undo: (() => void)[] = []
  const unwind = (): null => { for (const step of undo.reverse()) step(); return null }
  const items: Item[] = []
  for (const state of cluster.states) {
    for (const vm of state.host.vms.filter((v) => landed.has(v))) {
      const at = state.host.vms.indexOf(vm)
      removeVm(cluster, state, vm)
      undo.push(() => addVm(cluster, state, vm, at))
      items.push({ request: landed.get(vm)!.request, before: vm, order: items.length })
    }
  }
  items.push({ request, before: null, order: items.length })
  const moves: Move[] = []
  let held: { state: HostState, vm: PlacedVm } | null = null
  for (const item of items.sort(hardestFirst)) {
    const home = rank(cluster, item.request, { strategy, explain, reasons: false })
    if (!('host' in home)) return unwind()
    const target = cluster.byName.get(home.host)!
    const after = item.before === null ? recordOf(request, home.host, home.devices) : landed.get(item.before)!.record(item.request, home.host, home.devices)
    addVm(cluster, target, after)
    undo.push(() => removeVm(cluster, target, after))
    if (item.before === null) held = { state: target, vm: after }
    else moves.push({ before: item.before, after, placement: home })
  }
  // The room held for the new VM is given back and the VM placed by the whole pipeline.
  removeVm(cluster, held!.state, held!.vm)
  const placement = rank(cluster, request, { strategy, explain })
  if ('host' in placement && groupsHold(cluster, [...placedAgain(moves, landed), { request, host: placement.host }])) return { placement, moves }
  addVm(cluster, held!.state, held!.vm)
  return unwind()
}

function hardestFirst (a: Item, b: Item): number {
  return Number(b.request.selectors.length > 0) - Number(a.request.selectors.length > 0) ||
    b.request.memoryBytes - a.request.memoryBytes || b.request.vcpus - a.request.vcpus || a.order - b.order
}
