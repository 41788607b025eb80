import type { HostInventory, PciDevice } from '@multiverse/domain'
import { bytes, table, truncate } from '../format.ts'

/** The inventory as people read it: a summary line, devices grouped by IOMMU group, why not. */
export function renderInventory (inventory: HostInventory): string {
  const { cpu, memory, numaNodes } = inventory
  const lines = [
    `${inventory.hostname}: ${cpu.model ?? 'unknown CPU'}, ${cpu.threads} threads on ${cpu.sockets} socket(s), ` +
      `${numaNodes.length} NUMA node(s), memory ${bytes(memory.totalBytes)} (${bytes(memory.availableBytes)} available), ` +
      `KVM ${inventory.kvm ? 'usable' : 'not usable'}`
  ]
  for (const pool of memory.hugepages.filter((p) => p.total > 0)) {
    lines.push(`hugepages ${bytes(pool.sizeBytes)}: ${pool.free} free of ${pool.total}`)
  }

  const byAddress = new Map(inventory.devices.map((device) => [device.address, device]))
  const rows: string[][] = []
  const why: string[] = []
  for (const group of inventory.iommuGroups) {
    group.devices.forEach((address, index) => {
      rows.push(deviceRow(index === 0 ? String(group.id) : '', byAddress.get(address)!))
    })
    for (const reason of group.reasons) why.push(`group ${group.id}: ${reason.detail}`)
  }
  const ungrouped = inventory.devices.filter((device) => device.iommuGroup === null)
  for (const device of ungrouped) rows.push(deviceRow('-', device))
  lines.push('', table(['GROUP', 'ADDRESS', 'CLASS', 'ID', 'NAME', 'DRIVER', 'NUMA', 'ASSIGNABLE'], rows))

  if (inventory.iommuGroups.length === 0) {
    lines.push('', 'No IOMMU groups: nothing on this host can be passed through to a VM. ' +
      'Enable VT-d or AMD-Vi in the firmware and boot with intel_iommu=on (or amd_iommu=on).')
  }
  if (why.length > 0) lines.push('', 'Not assignable:', ...why.map((line) => `  ${line}`))
  if (inventory.warnings.length > 0) lines.push('', 'Warnings:', ...inventory.warnings.map((line) => `  ${line}`))
  return lines.join('\n')
}

function deviceRow (group: string, device: PciDevice): string[] {
  const name = [device.vendorName, device.deviceName].filter((part) => part !== null).join(' ')
  const sriov = device.sriov === null ? '' : ` [SR-IOV ${device.sriov.numVfs}/${device.sriov.totalVfs} VFs]`
  const vf = device.physfn === null ? '' : ` [VF of ${device.physfn}]`
  return [
    group,
    device.address,
    device.className,
    `${device.vendorId ?? '????'}:${device.deviceId ?? '????'}`,
    truncate(name, 48) + sriov + vf,
    device.driver ?? '-',
    device.numaNode === null ? '-' : String(device.numaNode),
    device.assignable ? 'yes' : device.isBridge ? 'bridge' : 'no'
  ]
}
