/**
 * What a VM already placed asks of a new host, and whether it may move at all: the common ground
 * of evacuation and rebalancing. A move is a placement like any other, by the same filters and
 * scores, of the VM's own spec when the snapshot carries it, else of a minimal spec derived
 * from what it holds, so that its devices are remapped to equivalent ones on the target.
 */
import type { DeviceSelector, VmSpec } from '@multiverse/domain'
import { antiAffinityOf } from './anti-affinity.ts'
import { SpecError } from './errors.ts'
import type { Mappings, PlacedVm, PlanHost } from './model.ts'
import { compileRequest } from './request.ts'
import type { CompiledRequest } from './request.ts'
import { compareNames } from './state.ts'

/** Why a VM cannot move whatever the hosts: a stable code and a detail for people. */
export interface Unmovable {
  code: UnmovableCode
  detail: string
}

/**
 * pinned: its spec names a host; migration-never: its spec says so; unknown-device: it holds an
 * address its host's inventory does not list (so no equivalent can be named); spec: its spec is
 * wrong for this cluster (a mapping the cluster does not have).
 */
export type UnmovableCode = 'pinned' | 'migration-never' | 'unknown-device' | 'spec'

export type MoveRequest = { ok: true, request: CompiledRequest } | { ok: false, reason: Unmovable }

/**
 * The compiled request that places `vm` (now on `host`) elsewhere, or why it may not move.
 * Never throws: a VM that cannot move is data, reported beside the others.
 */
export function moveRequest (vm: PlacedVm, host: PlanHost, mappings: Mappings): MoveRequest {
  const spec = vm.spec ?? derivedSpec(vm, host)
  if ('code' in spec) return { ok: false, reason: spec }
  if (spec.placement.host !== null) return { ok: false, reason: { code: 'pinned', detail: `its spec pins it to host ${spec.placement.host}` } }
  if (spec.migration === 'never') return { ok: false, reason: { code: 'migration-never', detail: 'its spec says migration: never' } }
  try {
    const request = compileRequest(spec, mappings)
    // What its images really take, when the host says, rather than what its spec asked for.
    return { ok: true, request: vm.diskBytes === undefined ? request : { ...request, diskBytes: vm.diskBytes } }
  } catch (error) {
    if (error instanceof SpecError) return { ok: false, reason: { code: 'spec', detail: error.message } }
    throw error
  }
}

/**
 * A spec for a VM the snapshot carries no spec for: its size (and hugepage size: it moves only
 * to a host with a pool of that size), its group, and one selector per
 * endpoint it holds (class, vendor and device id, VF or not), so the target must offer the same
 * kind of device, not the same address. Its anti-affinity is what its record says; labels and
 * NUMA policy are unknown without the spec, so they are not enforced: a snapshot that carries specs avoids that.
 */
export function derivedSpec (vm: PlacedVm, host: PlanHost): VmSpec | Unmovable {
  const byAddress = new Map(host.inventory.devices.map((d) => [d.address, d]))
  const devices: DeviceSelector[] = []
  for (const address of [...vm.devices].sort()) {
    const d = byAddress.get(address)
    if (d === undefined) return { code: 'unknown-device', detail: `it holds ${address}, which the inventory of ${host.name} does not list` }
    // A group's bridges come along with it on any host; only endpoints are asked for.
    if (d.isBridge) continue
    devices.push({
      kind: 'selector',
      class: d.className,
      ...(d.vendorId === null ? {} : { vendor: d.vendorId }),
      ...(d.deviceId === null ? {} : { device: d.deviceId }),
      vf: d.physfn !== null,
      network: false,
      count: 1,
      romBar: true
    })
  }
  return {
    name: vm.name,
    title: null,
    description: null,
    vcpus: vm.vcpus,
    memoryBytes: vm.memoryBytes,
    hugepageBytes: vm.hugepageBytes ?? null,
    disks: [],
    devices,
    placement: { hostLabels: {}, group: vm.group ?? null, antiAffinity: [...antiAffinityOf(vm)], affinity: [], numa: 'none', host: null },
    migration: 'auto',
    boot: null
  }
}

/** The VM as it sits on `host` after a move: what it holds there. */
export function placedOn (vm: PlacedVm, host: string, devices: string[]): PlacedVm {
  return { ...vm, host, devices }
}

/** A private copy of the hosts, sorted by name, whose VM lists may be changed freely. */
export function workingCopy (hosts: readonly PlanHost[]): PlanHost[] {
  return [...hosts].sort((a, b) => compareNames(a.name, b.name)).map((h) => ({ ...h, vms: [...h.vms] }))
}

export { compareNames } from './state.ts'
