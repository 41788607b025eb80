/**
 * The agent's persistent state: one LevelDB per agent, typed keyspaces, atomic batches, and a
 * clear error when another agent holds the data directory.
 */
export { AgentStore, TABLES } from './store.ts'
export type { BatchOp, Table } from './store.ts'
export { DataDirError, DataDirLockedError } from './errors.ts'
