/**
 * The libvirt domain XML of an encapsulation VM, rendered purely from its spec and what this
 * host assigned to it (docs/architecture.md §4). Every value is checked and escaped with the name of its
 * field; PCI addresses, MACs and UUIDs are validated before use. Nothing here touches the host.
 */
import type { VmSpec } from '@multiverse/domain'
import { parsePciAddress } from '@multiverse/domain'
import { InvalidNameError, InvalidXmlValueError } from '../errors.ts'
import { NAME, attr, checkPath, text } from './escape.ts'

/** kvm: hardware virtualization; qemu: TCG, the emulator (slow, but boots anywhere). */
export type Emulation = 'kvm' | 'qemu'

/** One endpoint of an IOMMU group this host gives the VM (bound to vfio-pci by the caller). */
export interface AssignedDevice {
  /** Full lower-case PCI address, `0000:01:00.0`. */
  address: string
  /** An SR-IOV VF given as a network interface (`<interface type='hostdev'>`), not a plain hostdev. */
  network: boolean
  /** Required when `network`: the stable, unicast MAC the agent keeps for this VM's VF. */
  mac: string | null
  /** false renders `<rom bar='off'/>`. */
  romBar: boolean
}

/** A virtio NIC on a libvirt network or a host bridge. */
export interface NetworkAttachment {
  kind: 'network' | 'bridge'
  /** The libvirt network's name or the bridge's interface name. */
  source: string
  /** null: libvirt picks one (it changes on every define). */
  mac: string | null
}

export interface DomainXmlInput {
  spec: VmSpec
  /** The host that owns the VM, recorded in the metadata. */
  owner: string
  /** The domain's UUID, kept across migrations; null: libvirt makes one. */
  uuid: string | null
  emulation: Emulation
  /** Every endpoint of every assigned group, in the order they should appear. */
  devices: AssignedDevice[]
  /** Absolute paths of qcow2 images, attached as virtio vda, vdb... in this order. */
  disks: string[]
  /** A virtual Intel IOMMU, for an encapsulation VM that passes devices on to its own guests. */
  viommu: boolean
  /** Absolute path of the file the serial console is written to; null: no serial port. */
  serialLog: string | null
  network: NetworkAttachment | null
}

/** Where our `<metadata>` element lives; `mv:` is its prefix in the XML. */
export const METADATA_NAMESPACE = 'urn:multiverse-os:cluster:vm:1'

const MAC = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** The spec's limits (a spec parser enforces them too; checked again here at the edge). */
const MAX_TITLE = 256
const MAX_DESCRIPTION = 4096

/** Renders the domain XML, or throws InvalidNameError / InvalidXmlValueError / InvalidPciAddressError. */
export function renderDomainXml (input: DomainXmlInput): string {
  const { spec } = input
  if (!NAME.test(spec.name)) throw new InvalidNameError('name', spec.name)
  const lines: string[] = [`<domain type='${input.emulation === 'kvm' ? 'kvm' : 'qemu'}'>`]
  const add = (indent: number, line: string): void => { lines.push(`${'  '.repeat(indent)}${line}`) }

  add(1, `<name>${text('name', spec.name)}</name>`)
  if (input.uuid !== null) add(1, `<uuid>${uuid(input.uuid)}</uuid>`)
  if (spec.title !== null) add(1, `<title>${text('title', limit('title', spec.title, MAX_TITLE))}</title>`)
  if (spec.description !== null) {
    add(1, `<description>${text('description', limit('description', spec.description, MAX_DESCRIPTION), 'text')}</description>`)
  }
  add(1, '<metadata>')
  add(2, `<mv:vm xmlns:mv='${METADATA_NAMESPACE}'>`)
  add(3, `<mv:name>${text('name', spec.name)}</mv:name>`)
  add(3, `<mv:owner>${text('owner', input.owner)}</mv:owner>`)
  add(2, '</mv:vm>')
  add(1, '</metadata>')
  add(1, `<memory unit='KiB'>${kib(spec.memoryBytes)}</memory>`)
  if (spec.hugepageBytes !== null) {
    // Backed by the host's hugepages of this size (reserved at boot, counted apart by the scheduler).
    add(1, '<memoryBacking>')
    add(2, '<hugepages>')
    add(3, `<page size='${hugepageKib(spec.hugepageBytes, spec.memoryBytes)}' unit='KiB'/>`)
    add(2, '</hugepages>')
    add(1, '</memoryBacking>')
  }
  add(1, `<vcpu placement='static'>${positive('vcpus', spec.vcpus)}</vcpu>`)
  renderOs(input, add)
  add(1, '<features>')
  add(2, '<acpi/>')
  add(2, '<apic/>')
  // libvirt refuses interrupt remapping without the split irqchip (QEMU's own IOAPIC).
  if (input.viommu) add(2, "<ioapic driver='qemu'/>")
  add(1, '</features>')
  // Nested guests need the host's virtualization extensions; TCG keeps QEMU's default model.
  if (input.emulation === 'kvm') add(1, "<cpu mode='host-passthrough' check='none' migratable='on'/>")
  add(1, "<clock offset='utc'/>")
  add(1, '<on_poweroff>destroy</on_poweroff>')
  add(1, '<on_reboot>restart</on_reboot>')
  add(1, '<on_crash>destroy</on_crash>')
  add(1, '<devices>')
  renderDevices(input, add)
  add(1, '</devices>')
  lines.push('</domain>', '')
  return lines.join('\n')
}

type Add = (indent: number, line: string) => void

function renderOs (input: DomainXmlInput, add: Add): void {
  add(1, '<os>')
  add(2, "<type arch='x86_64' machine='q35'>hvm</type>")
  const boot = input.spec.boot
  if (boot !== null) {
    add(2, `<kernel>${text('boot.kernel', checkPath('boot.kernel', boot.kernel))}</kernel>`)
    if (boot.initrd !== null) add(2, `<initrd>${text('boot.initrd', checkPath('boot.initrd', boot.initrd))}</initrd>`)
    if (boot.cmdline !== '') add(2, `<cmdline>${text('boot.cmdline', boot.cmdline)}</cmdline>`)
  } else {
    add(2, "<boot dev='hd'/>")
  }
  add(1, '</os>')
}

function renderDevices (input: DomainXmlInput, add: Add): void {
  input.disks.forEach((path, i) => {
    const field = `disks[${i}]`
    add(2, "<disk type='file' device='disk'>")
    add(3, "<driver name='qemu' type='qcow2' cache='none' discard='unmap'/>")
    add(3, `<source file='${attr(field, checkPath(field, path))}'/>`)
    add(3, `<target dev='vd${diskLetters(i)}' bus='virtio'/>`)
    add(2, '</disk>')
  })
  const net = input.network
  if (net !== null) {
    if (net.source === '' || net.source.includes('/')) throw new InvalidXmlValueError('network.source', 'must be a network or bridge name (no /)')
    add(2, `<interface type='${net.kind}'>`)
    if (net.mac !== null) add(3, `<mac address='${mac('network.mac', net.mac)}'/>`)
    add(3, `<source ${net.kind}='${attr('network.source', net.source)}'/>`)
    add(3, "<model type='virtio'/>")
    add(2, '</interface>')
  }
  const seen = new Set<string>()
  input.devices.forEach((device, i) => {
    const address = pciAddressAttrs(device.address)
    if (seen.has(device.address)) throw new InvalidXmlValueError(`devices[${i}].address`, `${device.address} is assigned twice`)
    seen.add(device.address)
    if (device.network) {
      if (device.mac === null) throw new InvalidXmlValueError(`devices[${i}].mac`, 'a VF given as a network interface needs the MAC the agent keeps for it')
      add(2, "<interface type='hostdev' managed='no'>")
      add(3, `<mac address='${mac(`devices[${i}].mac`, device.mac)}'/>`)
      add(3, '<source>')
      add(4, `<address type='pci' ${address}/>`)
      add(3, '</source>')
      if (!device.romBar) add(3, "<rom bar='off'/>")
      add(2, '</interface>')
    } else {
      // managed='no': the executor's binder owns the vfio-pci binding, not libvirt.
      add(2, "<hostdev mode='subsystem' type='pci' managed='no'>")
      add(3, '<source>')
      add(4, `<address ${address}/>`)
      add(3, '</source>')
      if (!device.romBar) add(3, "<rom bar='off'/>")
      add(2, '</hostdev>')
    }
  })
  if (input.serialLog !== null) {
    const path = attr('serialLog', checkPath('serialLog', input.serialLog))
    add(2, "<serial type='file'>")
    add(3, `<source path='${path}' append='on'/>`)
    add(3, "<target type='isa-serial' port='0'/>")
    add(2, '</serial>')
    // A console of target type serial is the serial port above, seen by `virsh console`.
    add(2, "<console type='file'>")
    add(3, `<source path='${path}' append='on'/>`)
    add(3, "<target type='serial' port='0'/>")
    add(2, '</console>')
  }
  if (input.viommu) {
    // caching_mode lets QEMU's VFIO see the guest's IOMMU mappings (required to nest assigned devices).
    add(2, "<iommu model='intel'>")
    add(3, "<driver intremap='on' caching_mode='on'/>")
    add(2, '</iommu>')
  }
  // Assigned devices pin all guest memory for DMA: a balloon cannot give any back.
  add(2, "<memballoon model='none'/>")
}

/** vda..vdz, vdaa..: the kernel's own disk naming, which libvirt expects in `target dev`. */
export function diskLetters (index: number): string {
  let n = index
  let s = ''
  do {
    s = String.fromCharCode(97 + (n % 26)) + s
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return s
}

function pciAddressAttrs (value: string): string {
  const address = parsePciAddress(value)
  const [domain, bus, rest] = address.split(':') as [string, string, string]
  const [slot, fn] = rest.split('.') as [string, string]
  return `domain='0x${domain}' bus='0x${bus}' slot='0x${slot}' function='0x${fn}'`
}

function mac (field: string, value: string): string {
  // The low bit of the first octet marks a multicast address, which no NIC may have.
  if (!MAC.test(value) || (parseInt(value.slice(0, 2), 16) & 1) === 1) {
    throw new InvalidXmlValueError(field, `${JSON.stringify(value)} is not a lower-case unicast MAC address (52:54:00:12:34:56)`)
  }
  return value
}

function uuid (value: string): string {
  if (!UUID.test(value)) throw new InvalidXmlValueError('uuid', `${JSON.stringify(value)} is not a lower-case UUID`)
  return value
}

function limit (field: string, value: string, max: number): string {
  if ([...value].length > max) throw new InvalidXmlValueError(field, `longer than ${max} characters`)
  return value
}

function positive (field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new InvalidXmlValueError(field, `${value} is not a positive integer`)
  return value
}

/** A hugepage size in KiB: a power of two of at least 4KiB that divides the guest's memory. */
function hugepageKib (pageBytes: number, memoryBytes: number): number {
  positive('hugepageBytes', pageBytes)
  if (pageBytes < 4096 || !Number.isInteger(Math.log2(pageBytes))) {
    throw new InvalidXmlValueError('hugepageBytes', `${pageBytes} is not a page size (a power of two of at least 4096)`)
  }
  if (memoryBytes % pageBytes !== 0) throw new InvalidXmlValueError('memoryBytes', `${memoryBytes} is not a whole number of ${pageBytes}-byte hugepages`)
  return pageBytes / 1024
}

/** libvirt counts memory in KiB; a byte count that is not a whole KiB is rounded up. */
function kib (bytes: number): number {
  positive('memoryBytes', bytes)
  return Math.ceil(bytes / 1024)
}
