/**
 * @multiverse/executor: runs encapsulation VMs on this host (docs/architecture.md §2, §4). Pure domain XML
 * rendering, virsh through execa, qcow2 disks with qemu-img, and the VFIO binder that hands
 * whole IOMMU groups to vfio-pci and back, each multi-step change under an undo stack. For an
 * offline migration (§12): a disk's images served over NBD, sent into them, and checksummed.
 */
export * from './errors.ts'
export { Undo, withUndo } from './undo.ts'
export type { UndoStep } from './undo.ts'
export { renderDomainXml, diskLetters, METADATA_NAMESPACE } from './xml/domain-xml.ts'
export type { AssignedDevice, DomainXmlInput, Emulation, NetworkAttachment } from './xml/domain-xml.ts'
export { NAME, checkValue, checkPath } from './xml/escape.ts'
export { virsh, classifyVirshError, errorText, DEFAULT_VIRSH_TIMEOUT_MS } from './virsh/run.ts'
export type { VirshConfig, CallOptions } from './virsh/run.ts'
export {
  parseDomInfo, parseDomState, parseDomJobInfo, parseListNames, parseListTable, parseFields, parseSize
} from './virsh/parse.ts'
export type { DomainInfo, DomainListEntry, DomainState, DomainStateInfo, JobInfo, JobType } from './virsh/parse.ts'
export { VirshHypervisor, DEFAULT_SHUTDOWN_WAIT_MS, maxDowntimeArg, migrateArgs } from './virsh/hypervisor.ts'
export { domainFact } from './virsh/domain-fact.ts'
export type { DomainFact } from './virsh/domain-fact.ts'
export type { DefineOptions, Hypervisor, MigrateOptions, OpOptions, ShutdownOptions } from './virsh/hypervisor.ts'
export { VfioBinder, VFIO_DRIVER } from './vfio/binder.ts'
export type { BoundDevice, VfioBinding, VfioBinderComponents } from './vfio/binder.ts'
export { NodeSysfs, SysfsPathError, checkWritablePath, WRITABLE_PREFIX } from './vfio/sysfs.ts'
export type { Sysfs } from './vfio/sysfs.ts'
export { createDisks, removeDisks, diskPath } from './disks.ts'
export type { CreatedDisk, DiskConfig } from './disks.ts'
export { diskChecksum, CHECKSUM_BLOCK_BYTES } from './disk-checksum.ts'
export type { ChecksumOptions } from './disk-checksum.ts'
export { serveImages, stopImageServer } from './image-server.ts'
export type { ImageServer, ServeOptions, ServedImage } from './image-server.ts'
export { sendImage, nbdUri } from './image-send.ts'
export type { NbdDestination, SendOptions } from './image-send.ts'
export { LocalExecutor } from './executor.ts'
export type { DefinedVm, ExecutorComponents, LaunchRequest, LaunchedVm, StopOptions } from './executor.ts'
