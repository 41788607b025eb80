import type { ClusterSnapshot } from '@multiverse/domain'
import { HOST_NAME, PCI_ADDRESS, VM_NAME } from '@multiverse/domain'

/**
 * What is wrong with a new mapping, checked against this host's view: each host a member, each
 * address a device that host has and could give to a VM. Empty when nothing is.
 */
export function mappingProblems (name: string, devices: Record<string, string>, view: ClusterSnapshot): string[] {
  const problems: string[] = []
  if (!VM_NAME.test(name)) problems.push(`${JSON.stringify(name)} is not a mapping name (letters, digits, . _ -; at most 63)`)
  const entries = Object.entries(devices)
  if (entries.length === 0) problems.push('name at least one HOST=ADDRESS')
  for (const [hostName, address] of entries) {
    if (!HOST_NAME.test(hostName)) { problems.push(`${JSON.stringify(hostName)} is not a host name`); continue }
    if (!PCI_ADDRESS.test(address)) { problems.push(`${hostName}=${address}: not a full PCI address like 0000:01:00.0`); continue }
    const host = view.hosts.find((h) => h.name === hostName)
    if (host === undefined) { problems.push(`${hostName} is not a host of this cluster`); continue }
    const device = host.inventory.devices.find((d) => d.address === address)
    if (device === undefined) problems.push(`${hostName} has no device ${address}`)
    else if (!device.assignable) problems.push(`${hostName} ${address} cannot be given to a VM (${device.reasons.map((r) => r.code).join(', ')})`)
  }
  return problems
}
