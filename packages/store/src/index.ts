/**
 * The agent's persistent state: one LevelDB per agent, typed keyspaces, atomic batches (durable
 * where they record a step), the journal of multi-step changes, and a clear error when another
 * agent holds the data directory.
 */
export { AgentStore, TABLES } from './store.ts'
export type { BatchOp, Table, WriteOptions } from './store.ts'
export { Journal } from './journal.ts'
export type { JournalEntry } from './journal.ts'
export { DataDirError, DataDirLockedError } from './errors.ts'
