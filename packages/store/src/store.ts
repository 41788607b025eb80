import { chmodSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Level } from 'level'
import { DataDirError, DataDirLockedError } from './errors.ts'

/**
 * One typed keyspace of the agent's LevelDB. Values are JSON, except where the sublevel is
 * created with `binary` (signed adverts kept byte-for-byte so their signatures stay valid).
 */
export interface Table<V> {
  get (key: string): Promise<V | undefined>
  put (key: string, value: V, options?: WriteOptions): Promise<void>
  del (key: string, options?: WriteOptions): Promise<void>
  entries (): Promise<Array<[string, V]>>
  /** An operation for {@link AgentStore.batch}. */
  putOp (key: string, value: V): BatchOp
  delOp (key: string): BatchOp
}

export interface WriteOptions {
  /**
   * Durable: LevelDB fsyncs its log before the write resolves, so the write survives a crash of
   * the machine, not only of the agent. Every write that records a step a host is about to take
   * (a lease, a VM record, a journal entry) is durable; caches (the view) need not be.
   */
  sync?: boolean
}

export type BatchOp = { type: 'put', key: string, value: unknown, sublevel: unknown } | { type: 'del', key: string, sublevel: unknown }

/** The keyspaces, each owned by one concern of the agent. */
export const TABLES = ['cluster', 'members', 'mappings', 'view', 'vms', 'reservations', 'journal'] as const

/**
 * The agent's state on disk: LevelDB under `<data>/db`, a directory only root reads. Several
 * keyspaces change together through {@link batch}, which LevelDB applies atomically.
 */
export class AgentStore {
  readonly dataDir: string
  private readonly db: Level<string, unknown>

  private constructor (dataDir: string, db: Level<string, unknown>) {
    this.dataDir = dataDir
    this.db = db
  }

  /** Opens (creating) the store; throws DataDirLockedError when another agent has it open. */
  static async open (dataDir: string): Promise<AgentStore> {
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 })
      chmodSync(dataDir, 0o700)
    } catch (cause) {
      throw new DataDirError(dataDir, `cannot be created: ${(cause as Error).message}`, { cause })
    }
    const db = new Level<string, unknown>(join(dataDir, 'db'), { valueEncoding: 'json' })
    try {
      await db.open()
    } catch (cause) {
      const code = (cause as { cause?: { code?: string } }).cause?.code
      if (code === 'LEVEL_LOCKED') throw new DataDirLockedError(dataDir, { cause })
      throw new DataDirError(dataDir, `cannot be opened: ${(cause as Error).message}`, { cause })
    }
    return new AgentStore(dataDir, db)
  }

  table<V> (name: typeof TABLES[number], encoding: 'json' | 'binary' = 'json'): Table<V> {
    const sublevel = this.db.sublevel<string, V>(name, { valueEncoding: encoding === 'json' ? 'json' : 'view' })
    return {
      get: async (key) => await sublevel.get(key),
      // A sublevel hands its options to the database; `sync` is classic-level's, not in the typings.
      put: async (key, value, options) => { await sublevel.put(key, value, (options ?? {}) as never) },
      del: async (key, options) => { await sublevel.del(key, (options ?? {}) as never) },
      entries: async () => await sublevel.iterator().all(),
      putOp: (key, value) => ({ type: 'put', key, value, sublevel }),
      delOp: (key) => ({ type: 'del', key, sublevel })
    }
  }

  /** Applies every operation or none. */
  async batch (ops: BatchOp[], options: WriteOptions = {}): Promise<void> {
    // Operations carry their sublevel; level's typings cannot express a mixed list.
    await this.db.batch(ops as never, options)
  }

  async close (): Promise<void> {
    await this.db.close()
  }
}
