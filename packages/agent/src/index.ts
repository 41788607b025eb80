/**
 * The agent daemon: one per host. `runAgent` starts it with its control socket; it wires the
 * cluster bookkeeping, the mesh and the workloads of @multiverse/cluster, mesh and workloads.
 */
export { runAgent } from './run.ts'
export type { RunningAgent } from './run.ts'
export { Agent } from './agent.ts'
export { loadConfig, DEFAULT_CONTROL, DEFAULT_DATA, DEFAULT_MIGRATION_LIMITS } from './config.ts'
export type { AgentConfig, AgentFlags, MigrationLimits } from './config.ts'
export { createLogger } from './log.ts'
export { RefusedError, NotInClusterError } from './errors.ts'
