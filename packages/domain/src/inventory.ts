/**
 * The host inventory: what one host can offer to VMs. This shape is a public interface: it is
 * what `multiverse host inventory --json` prints and what `cluster status --json` embeds.
 * Ids are lower-case hex strings (`"10de"`, class `"030000"`), addresses are full
 * (`0000:01:00.0`), and `null` stands where a thing is absent.
 */
export interface HostInventory {
  hostname: string
  cpu: CpuInfo
  memory: MemoryInfo
  numaNodes: NumaNode[]
  /** /dev/kvm opened read-write: hardware virtualization is usable. */
  kvm: boolean
  devices: PciDevice[]
  iommuGroups: IommuGroup[]
  /** Everything that could not be read as expected, each naming the path and what was wrong. */
  warnings: string[]
}

export interface CpuInfo {
  model: string | null
  /** Online hardware threads. */
  threads: number
  sockets: number
}

export interface MemoryInfo {
  totalBytes: number
  availableBytes: number
  hugepages: HugepagePool[]
}

export interface HugepagePool {
  sizeBytes: number
  total: number
  free: number
}

export interface NumaNode {
  id: number
  cpus: number[]
  memoryBytes: number
}

/** What kind of device a PCI class code describes, in the words a VM spec uses. */
export type DeviceClassName =
  | 'gpu' | 'display' | 'audio' | 'nic' | 'usb' | 'nvme' | 'storage'
  | 'bridge' | 'accelerator' | 'serial-bus' | 'other'

export interface PciDevice {
  address: string
  vendorId: string | null
  deviceId: string | null
  subsystemVendorId: string | null
  subsystemDeviceId: string | null
  classCode: string | null
  className: DeviceClassName
  vendorName: string | null
  deviceName: string | null
  driver: string | null
  iommuGroup: number | null
  numaNode: number | null
  /** From the header type in config space (byte 0x0e): a PCI-to-PCI or CardBus bridge. */
  isBridge: boolean
  bootVga: boolean
  netInterfaces: string[]
  sriov: SriovInfo | null
  /** On a virtual function: the address of its physical function. */
  physfn: string | null
  assignable: boolean
  reasons: Reason[]
}

export interface SriovInfo {
  totalVfs: number
  numVfs: number
  vfs: string[]
}

export interface IommuGroup {
  id: number
  devices: string[]
  /** The members that are not bridges: these all go to one VM together, or to none. */
  endpoints: string[]
  assignable: boolean
  reasons: Reason[]
}

/** Why something cannot be given to a VM: a stable code for programs, a detail for people. */
export interface Reason {
  code: ReasonCode
  detail: string
}

export type ReasonCode =
  | 'no-iommu'
  | 'bridge'
  | 'no-endpoints'
  | 'boot-gpu'
  | 'default-route-nic'
  | 'reserved'
  | 'sriov-pf'
  | 'platform-bridge'
  | 'unreadable'
