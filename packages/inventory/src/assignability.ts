/**
 * Which IOMMU groups can be given to a VM, and why not (docs/architecture.md §4). Pure: takes the devices as
 * read and the host's own needs, returns groups and per-device verdicts.
 *
 * A group is the unit of assignment: every endpoint in it goes to the same VM or to none, so
 * one endpoint the host keeps (its boot GPU, the NIC of its default route, a reserved device)
 * makes the whole group unassignable. Bridges and root ports share groups with their children
 * on many boards but are never assigned, so they neither count nor block.
 */
import type { IommuGroup, Reason } from '@multiverse/domain'
import type { RawPciDevice } from './pci.ts'

export interface HostKeeps {
  /** Interfaces that carry a default route. */
  defaultRouteInterfaces: readonly string[]
  /** Addresses the operator reserves for the host (`--reserve`). */
  reserved: ReadonlySet<string>
}

export interface Assignability {
  groups: IommuGroup[]
  /** Per device address: whether it can be assigned, and every reason when not. */
  devices: Map<string, { assignable: boolean, reasons: Reason[] }>
}

export function assess (devices: readonly RawPciDevice[], keeps: HostKeeps): Assignability {
  const members = new Map<number, RawPciDevice[]>()
  for (const device of devices) {
    if (device.iommuGroup === null) continue
    const list = members.get(device.iommuGroup)
    if (list === undefined) members.set(device.iommuGroup, [device])
    else list.push(device)
  }

  const groups: IommuGroup[] = []
  const groupReasons = new Map<number, Reason[]>()
  for (const [id, list] of [...members].sort((a, b) => a[0] - b[0])) {
    const endpoints = list.filter((device) => device.isBridge !== true)
    const reasons = endpoints.flatMap((device) => keptBecause(device, keeps))
    if (endpoints.length === 0) {
      reasons.push({ code: 'no-endpoints', detail: `IOMMU group ${id} holds only bridges` })
    }
    groupReasons.set(id, reasons)
    groups.push({
      id,
      devices: list.map((device) => device.address),
      endpoints: endpoints.map((device) => device.address),
      assignable: reasons.length === 0,
      reasons
    })
  }

  const verdicts = new Map<string, { assignable: boolean, reasons: Reason[] }>()
  for (const device of devices) {
    const reasons: Reason[] = []
    if (device.isBridge === true || isBridgeClass(device)) {
      reasons.push({ code: 'bridge', detail: `${device.address} is a bridge: its endpoints are assigned, never the bridge` })
    }
    if (device.iommuGroup === null) {
      reasons.push({
        code: 'no-iommu',
        detail: `${device.address} has no IOMMU group: the IOMMU is off or absent ` +
          '(enable VT-d or AMD-Vi in the firmware and boot with intel_iommu=on or amd_iommu=on)'
      }, ...keptBecause(device, keeps))
    } else {
      reasons.push(...groupReasons.get(device.iommuGroup)!)
    }
    verdicts.set(device.address, { assignable: reasons.length === 0, reasons })
  }
  return { groups, devices: verdicts }
}

/**
 * Host bridges (class 0600) and ISA/LPC bridges (0601) have an endpoint's header, so the kernel
 * counts them in their group, but they are the platform itself (the LPC bridge carries the
 * keyboard controller and the TPM): a group that holds one stays with the host.
 */
function isBridgeClass (device: RawPciDevice): boolean {
  return device.classCode?.startsWith('06') === true
}

/** Why the host keeps this endpoint (and so its whole group), if it does. */
function keptBecause (device: RawPciDevice, keeps: HostKeeps): Reason[] {
  const reasons: Reason[] = []
  const at = device.address
  if (device.isBridge === null || device.classCode === null) {
    reasons.push({ code: 'unreadable', detail: `${at} could not be fully read (see warnings): it is not given away unseen` })
  }
  if (device.isBridge === false && isBridgeClass(device)) {
    reasons.push({ code: 'platform-bridge', detail: `${at} is a host or ISA bridge, part of the platform the host runs on` })
  }
  if (device.bootVga) {
    reasons.push({ code: 'boot-gpu', detail: `${at} is the boot GPU, which the host's console uses` })
  }
  const routed = device.netInterfaces.filter((name) => keeps.defaultRouteInterfaces.includes(name))
  if (routed.length > 0) {
    reasons.push({ code: 'default-route-nic', detail: `${at} carries the default route (${routed.join(', ')}), which the mesh needs` })
  }
  if (device.sriov !== null && device.sriov.numVfs > 0) {
    reasons.push({
      code: 'sriov-pf',
      detail: `${at} has ${device.sriov.numVfs} SR-IOV VFs enabled, which its host driver serves: ` +
        'give VFs to VMs, or set sriov_numvfs to 0 to give the PF whole'
    })
  }
  if (keeps.reserved.has(at)) {
    reasons.push({ code: 'reserved', detail: `${at} is reserved for the host` })
  }
  return reasons
}
