/**
 * Moving a VM between hosts (docs/architecture.md §12): the state machine of both sides, the
 * choice of mode, what an agent that restarts mid-migration does, and the progress and limits
 * of a running migration (progress.ts, polled by watch-job.ts). Pure; the drivers that do the
 * I/O (source.ts, target.ts) build on it.
 */
export { MIGRATION_POINTS, SOURCE_STEPS, TARGET_STEPS, beforeCommit, chooseMode, firstStep, nextSourceStep, nextTargetStep } from './machine.ts'
export type { MigrationPoint, Mode, ModeChoice, SourceNext, SourceStep, StepOutcome, TargetStep } from './machine.ts'
export { recoverSource, recoverTarget } from './recovery.ts'
export type { SourceAnswer, SourceFacts, SourceRecovery, TargetAnswer, TargetFacts, TargetRecovery } from './recovery.ts'
export { dataChannelVerdict, tunnelVerdict } from './tunnel-gate.ts'
export type { DataChannelGateVerdict, GateEndpoint, GatedMigration, GateVerdict } from './tunnel-gate.ts'
export { MigrationTarget, MigrationStepError, MIGRATE_IN_JOURNAL } from './target.ts'
export type { TargetIntent, TargetLedger, TargetPorts } from './target.ts'
export { MigrationSource, MigrationAbortedError, MigrationPendingError, MIGRATE_OUT_JOURNAL } from './source.ts'
export type { MigrateOptions, MigrateResult, MovingVm, SourceIntent, SourcePorts } from './source.ts'
export { targetXml, TransferStoppedError } from './transfer.ts'
export type { Forwarder, TransferPorts } from './transfer.ts'
export { ProgressWatch, ProgressLimitError, budgetMs, DEFAULT_PROGRESS_TIMEOUT_MS, BUDGET_MS_PER_GIB, MIN_BUDGET_MS, RATE_WINDOW_MS } from './progress.ts'
export type { AbortVerdict, ProgressEvent, ProgressReport, ProgressSample, ProgressVerdict, ProgressWatchOptions, SourcePhase } from './progress.ts'
export { watchJob, jobProgress, DEFAULT_POLL_MS } from './watch-job.ts'
export type { JobProgress, JobWatcher, WatchJobOptions } from './watch-job.ts'
