/**
 * Anti-affinity (docs/architecture.md §5): `antiAffinity: [G]` keeps a VM and the VMs of group G
 * on different hosts, both ways round. A VM that names G keeps later VMs of G off its host though
 * they name nothing, just as a VM of G keeps off its host a later VM that names G: otherwise
 * whether the rule held would depend on which of them was placed first. The relation is decided
 * here only ({@link conflicts}); the filter, repair and the target's check of a lease ask it.
 */
import type { PlacedVm } from './model.ts'

/** A VM as anti-affinity reads it: its own group and the groups it keeps off its host. */
export interface Member {
  group: string | null
  antiAffinity: Iterable<string>
}

/**
 * What a VM is judged against: one VM ({@link sideOf}), or every VM of a host at once, from the
 * planner's group counts (state.ts), so that the filter asks once per host, not once per VM there.
 */
export interface Side {
  /** True when a VM of this side is in `group`. */
  holds: (group: string) => boolean
  /** True when a VM of this side names `group` in its anti-affinity. */
  avoids: (group: string) => boolean
}

/** True when `vm` may not share a host with `other`: one of them names a group of the other. */
export function conflicts (vm: Member, other: Side): boolean {
  if (vm.group !== null && other.avoids(vm.group)) return true
  for (const group of vm.antiAffinity) if (other.holds(group)) return true
  return false
}

/**
 * The groups a placed VM keeps off its host: as its record says, else as its spec does. Records
 * carry them for VMs whose typed spec the scheduler does not have (a live host's VMs and leases).
 */
export function antiAffinityOf (vm: PlacedVm): readonly string[] {
  return vm.antiAffinity ?? vm.spec?.placement.antiAffinity ?? []
}

/**
 * The groups a spec document (the file's form, as a live host keeps it) names in
 * `placement.antiAffinity`; nothing for a document without them. Read without validating the
 * rest: it was validated when the VM was placed, and a plan reads every held VM's.
 */
export function antiAffinityIn (document: unknown): string[] {
  const placement = isRecord(document) ? document.placement : undefined
  const groups = isRecord(placement) ? placement.antiAffinity : undefined
  return Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : []
}

function isRecord (value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One placed VM as a {@link Side}. */
export function sideOf (vm: PlacedVm): Side {
  const avoided = antiAffinityOf(vm)
  return { holds: (group) => vm.group === group, avoids: (group) => avoided.includes(group) }
}

/** The first of `vms` that `vm` conflicts with, if any. */
export function clashAmong (vm: Member, vms: readonly PlacedVm[]): PlacedVm | undefined {
  return vms.find((other) => conflicts(vm, sideOf(other)))
}

/** Why `vm` may not share a host with `clash`, for people: which of the two names the other's group. */
export function clashDetail (vm: Member, clash: PlacedVm): string {
  const named = clash.group !== undefined && [...vm.antiAffinity].includes(clash.group)
  return named
    ? `vm ${clash.name} of group ${String(clash.group)} is on this host`
    : `vm ${clash.name} on this host names group ${String(vm.group)} in its antiAffinity`
}
