/**
 * Tasks one at a time per key, in the order they were queued (docs/architecture.md §3: the
 * ledger takes one change at a time; an owner runs one operation at a time per VM). A task
 * starts once every task queued before it under its key has settled, whether it succeeded or
 * failed, so one failure never blocks the next; tasks under different keys run concurrently.
 * A key is forgotten as soon as its last task settles: an idle key costs no memory. One queue
 * for everything is one key.
 */
export class SerialQueue<K = string> {
  /** Per key with work: a promise that settles (never rejects) when its last queued task has. */
  private readonly tails = new Map<K, Promise<void>>()

  /** Runs `task` in its turn under `key`; resolves or rejects as the task does. */
  async run<T> (key: K, task: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(key) ?? Promise.resolve()).then(task)
    const tail = run.then(() => {}, () => {})
    this.tails.set(key, tail)
    void tail.then(() => { if (this.tails.get(key) === tail) this.tails.delete(key) })
    return await run
  }

  /** Whether a task under `key` is queued or running. */
  busy (key: K): boolean {
    return this.tails.has(key)
  }

  /** How many keys have a task queued or running. */
  get size (): number {
    return this.tails.size
  }
}
