/**
 * The journal (docs/architecture.md §7): a change to a host that takes several steps (creating
 * a VM: images, definition, devices, start; later a migration, on both sides) writes the step
 * it is about to take here, durably, before it takes it, and ends its entry once the change
 * stands or is undone. An agent that starts reads the open entries and, asking libvirt and
 * sysfs what is true, rolls each one forward or back: a crash between any two steps leaves
 * nothing that nobody owns.
 *
 * An entry is one operation: its kind, the step it was at, and the intent (plain JSON, what
 * recovery needs to finish or undo it: the domain's UUID, the image paths it may have made...).
 */
import type { AgentStore, BatchOp, Table } from './store.ts'

export interface JournalEntry<I> {
  /** Unique per kind: the operation's key (for a create, the VM's name). */
  id: string
  kind: string
  /** The step the operation is taking, or was taking when the agent stopped. */
  step: string
  intent: I
  startedAtMs: number
  updatedAtMs: number
}

const DURABLE = { sync: true }

/**
 * One kind of journaled operation. Each write is durable and may carry writes of the caller's
 * own (its record) in the same atomic batch; a caller whose records live behind another owner
 * (the agent's ledger) takes the operations instead ({@link putOp}, {@link endOp}) and puts them
 * in that owner's batch.
 */
export class Journal<I> {
  readonly kind: string
  readonly #table: Table<JournalEntry<I>>
  readonly #store: AgentStore
  readonly #now: () => number

  constructor (store: AgentStore, kind: string, now: () => number = Date.now) {
    if (!/^[a-z][a-z0-9-]*$/.test(kind)) throw new TypeError(`journal kind ${JSON.stringify(kind)}: lower-case words and dashes`)
    this.kind = kind
    this.#store = store
    this.#table = store.table<JournalEntry<I>>('journal')
    this.#now = now
  }

  /** A new entry at its first step (not written yet). */
  entry (id: string, step: string, intent: I): JournalEntry<I> {
    const now = this.#now()
    return { id, kind: this.kind, step, intent, startedAtMs: now, updatedAtMs: now }
  }

  /** The entry at its next step, with what the intent gained (not written yet). */
  advance (entry: JournalEntry<I>, step: string, intent: I = entry.intent): JournalEntry<I> {
    return { ...entry, step, intent, updatedAtMs: this.#now() }
  }

  putOp (entry: JournalEntry<I>): BatchOp {
    return this.#table.putOp(this.#key(entry.id), entry)
  }

  endOp (id: string): BatchOp {
    return this.#table.delOp(this.#key(id))
  }

  /** Writes the entry (before its step is taken), durably, with `also` in the same batch. */
  async write (entry: JournalEntry<I>, also: BatchOp[] = []): Promise<JournalEntry<I>> {
    await this.#store.batch([...also, this.putOp(entry)], DURABLE)
    return entry
  }

  /** The operation is over, done or undone: its entry goes, durably, with `also`. */
  async end (id: string, also: BatchOp[] = []): Promise<void> {
    await this.#store.batch([...also, this.endOp(id)], DURABLE)
  }

  /** The entry open under `id`, if any. */
  async get (id: string): Promise<JournalEntry<I> | undefined> {
    return await this.#table.get(this.#key(id))
  }

  /** Every entry of this kind still open: what a starting agent must finish or undo. */
  async open (): Promise<Array<JournalEntry<I>>> {
    const prefix = `${this.kind}/`
    return (await this.#table.entries()).filter(([key]) => key.startsWith(prefix)).map(([, entry]) => entry)
  }

  #key (id: string): string {
    return `${this.kind}/${id}`
  }
}
