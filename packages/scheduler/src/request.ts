/**
 * A VM spec compiled once per scheduling cycle (docs/architecture.md §11): sizes, label pairs, (anti-)affinity groups
 * and one matcher per device request. Filters and scores read this, never the spec again.
 */
import type { DeviceRequest, DeviceSelector, PciDevice, VmSpec } from '@multiverse/domain'
import { SpecError } from './errors.ts'
import type { Mappings } from './model.ts'

/** One `devices:` entry as a predicate over a host's devices. */
export interface CompiledSelector {
  /** Its index in the spec's `devices`, for reasons: `devices[1]`. */
  index: number
  /**
   * What it asks for, in the spec's words: `class gpu, vendor 10de`. Names every field it tests
   * (or the mapping), so two selectors with one label match the same devices on a host.
   */
  label: string
  count: number
  /** True when `device`, on the host named `host`, is what this entry asks for. */
  matches: (device: PciDevice, host: string) => boolean
}

export interface CompiledRequest {
  spec: VmSpec
  vcpus: number
  memoryBytes: number
  /** The spec's hugepage size, or null for ordinary memory. */
  hugepageBytes: number | null
  /** With hugepages: how many pages of that size it takes (memoryBytes / hugepageBytes); else 0. */
  hugepages: number
  /** The sum of the spec's disk sizes: image space it takes on the host. */
  diskBytes: number
  labels: readonly (readonly [string, string])[]
  /** The VM's own group, which other VMs' anti-affinity may name; null for none. */
  group: string | null
  /** The groups this VM must not share a host with, and whose VMs must not share its host. */
  antiAffinity: ReadonlySet<string>
  /** Groups each of which must have a VM on the host (when the group has one anywhere). */
  affinity: readonly string[]
  selectors: readonly CompiledSelector[]
  /**
   * Everything device resolution reads from the request (selectors, NUMA policy, and the vCPUs
   * when NUMA is required): requests with one key resolve alike on a host that has not changed.
   */
  devicesKey: string
}

/**
 * Compiles a spec against the cluster's mappings. Throws {@link SpecError} (sourced by the VM's
 * name) for a mapping the cluster does not have: that is a mistake in the spec, not a host that
 * does not fit.
 */
export function compileRequest (spec: VmSpec, mappings: Mappings): CompiledRequest {
  const selectors = spec.devices.map((request, index) => compileDevice(request, index, mappings, spec.name))
  return {
    spec,
    vcpus: spec.vcpus,
    memoryBytes: spec.memoryBytes,
    hugepageBytes: spec.hugepageBytes,
    hugepages: spec.hugepageBytes === null ? 0 : Math.ceil(spec.memoryBytes / spec.hugepageBytes),
    diskBytes: spec.disks.reduce((sum, d) => sum + d.sizeBytes, 0),
    labels: Object.entries(spec.placement.hostLabels),
    group: spec.placement.group,
    antiAffinity: new Set(spec.placement.antiAffinity),
    affinity: spec.placement.affinity,
    selectors,
    devicesKey: JSON.stringify([spec.placement.numa, spec.placement.numa === 'required' ? spec.vcpus : 0, selectors.map((s) => [s.label, s.count])])
  }
}

function compileDevice (request: DeviceRequest, index: number, mappings: Mappings, vm: string): CompiledSelector {
  if (request.kind === 'mapping') {
    const table = mappings[request.mapping]
    if (table === undefined) {
      const known = Object.keys(mappings)
      throw new SpecError(vm, [{
        path: `devices[${index}].mapping`,
        problem: `no mapping named ${request.mapping} in this cluster (${known.length === 0 ? 'it has none' : `it has ${known.join(', ')}`})`
      }], { hint: 'add it with multiverse cluster map add, or ask for the device by class and ids' })
    }
    return { index, label: `mapping ${request.mapping}`, count: 1, matches: (device, host) => table[host] === device.address }
  }
  const tests = selectorTests(request)
  return {
    index,
    label: selectorLabel(request),
    count: request.count,
    // Bridges are never handed to a VM: only the endpoints behind them.
    matches: (device) => !device.isBridge && tests.every((test) => test(device))
  }
}

/** Only the fields the selector sets become tests, so a match costs only what was asked. */
function selectorTests (s: DeviceSelector): ((d: PciDevice) => boolean)[] {
  const tests: ((d: PciDevice) => boolean)[] = []
  if (s.class !== undefined) tests.push((d) => d.className === s.class)
  if (s.vendor !== undefined) tests.push((d) => d.vendorId === s.vendor)
  if (s.device !== undefined) tests.push((d) => d.deviceId === s.device)
  if (s.subsystemVendor !== undefined) tests.push((d) => d.subsystemVendorId === s.subsystemVendor)
  if (s.subsystemDevice !== undefined) tests.push((d) => d.subsystemDeviceId === s.subsystemDevice)
  if (s.vf === true) tests.push((d) => d.physfn !== null)
  if (s.vf === false) tests.push((d) => d.physfn === null)
  return tests
}

function selectorLabel (s: DeviceSelector): string {
  const parts = [
    s.class !== undefined ? `class ${s.class}` : null,
    s.vendor !== undefined ? `vendor ${s.vendor}` : null,
    s.device !== undefined ? `device ${s.device}` : null,
    s.subsystemVendor !== undefined ? `subsystemVendor ${s.subsystemVendor}` : null,
    s.subsystemDevice !== undefined ? `subsystemDevice ${s.subsystemDevice}` : null,
    s.vf === true ? 'a VF' : s.vf === false ? 'not a VF' : null
  ]
  return parts.filter((p) => p !== null).join(', ')
}
