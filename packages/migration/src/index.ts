/**
 * Moving a VM between hosts (docs/architecture.md §12): the state machine of both sides, the
 * choice of mode, and what an agent that restarts mid-migration does. Pure; the driver that
 * does the I/O builds on it.
 */
export { SOURCE_STEPS, TARGET_STEPS, beforeCommit, chooseMode, firstStep, nextSourceStep, nextTargetStep } from './machine.ts'
export type { Mode, ModeChoice, SourceNext, SourceStep, StepOutcome, TargetStep } from './machine.ts'
export { recoverSource, recoverTarget } from './recovery.ts'
export type { SourceAnswer, SourceFacts, SourceRecovery, TargetAnswer, TargetFacts, TargetRecovery } from './recovery.ts'
export { tunnelVerdict } from './tunnel-gate.ts'
export type { GateEndpoint, GatedMigration, GateVerdict } from './tunnel-gate.ts'
export { MigrationTarget, MigrationStepError, MIGRATE_IN_JOURNAL } from './target.ts'
export type { TargetIntent, TargetLedger, TargetPorts } from './target.ts'
export { MigrationSource, MigrationAbortedError, MigrationPendingError, MIGRATE_OUT_JOURNAL, DEFAULT_MIGRATION_BUDGET_MS, targetXml } from './source.ts'
export type { Forwarder, MigrateResult, MovingVm, SourceIntent, SourcePorts } from './source.ts'
