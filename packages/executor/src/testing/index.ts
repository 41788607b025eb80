/**
 * Test doubles for code that drives the executor: a simulated sysfs for the VFIO binder and a
 * recording hypervisor. Import from `@multiverse/executor/testing`; never used in production.
 */
export { SimulatedSysfs } from './simulated-sysfs.ts'
export type { ProbeRefusal, RecordedWrite, SimulatedSysfsOptions } from './simulated-sysfs.ts'
export { RecordingHypervisor } from './recording-hypervisor.ts'
export type { HypervisorOp, RecordedCall, RecordedDomain } from './recording-hypervisor.ts'
