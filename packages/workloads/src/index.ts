/**
 * What a member does with VMs (docs/architecture.md §5, §6, §8): its ledger (the authority over
 * its VMs and leases), placement (as a planner and as a lease target), the owner's side of VM
 * operations over libvirt and VFIO with the create journal, and VM operations routed to owners
 * from any host. `createWorkloads` wires them for the daemon.
 */
export { createWorkloads } from './workloads.ts'
export type { Workloads, WorkloadsHost, WorkloadsInit } from './workloads.ts'
export type { MeshRequests, MeshTunnels } from './mesh-requests.ts'
export { Migrations, MIGRATE_PROTOCOL, libvirtSocket } from './migrations.ts'
export type { MigrateAsk, MigrationPlan, MigrationsInit } from './migrations.ts'
export type { MigrationBoard, MigrationStatus } from './migration-board.ts'
export { PlacementCounters } from './counters.ts'
export { Ledger } from './ledger.ts'
export type { Lease, LedgerInit, OwnHost, VmRecord } from './ledger.ts'
export { Placement, RESERVE_PROTOCOL } from './placement.ts'
export type { PlacementInit } from './placement.ts'
export { DEFAULT_LEASE_TTL_MS, VmExistsError } from './placer.ts'
export type { PlaceOptions, PlaceResult, Refusal } from './placer.ts'
export { planSnapshot, placedVm } from './plan-snapshot.ts'
export { VmOwner, VmNotFoundError } from './vm-owner.ts'
export type { VmOwnerInit } from './vm-owner.ts'
export { VmCreate, JournalMismatchError, CREATE_POINTS } from './vm-create.ts'
export type { CreatePoint, VmCreateInit } from './vm-create.ts'
export { CREATE_JOURNAL, recoverCreate } from './create-journal.ts'
export type { CreateIntent, CreateRecovery, CreateStep } from './create-journal.ts'
export { Vms, VM_PROTOCOL } from './vms.ts'
export type { CreateResult, VmsInit } from './vms.ts'
export { VmOperationError } from './vm-errors.ts'
export { AnswerLostError } from './lost-answers.ts'
