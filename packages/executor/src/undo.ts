/**
 * An undo stack for multi-step changes to a host (docs/architecture.md §11, after Incus's `revert`): each step
 * registers its inverse as soon as it has taken effect; success forgets them; a failure runs
 * them newest first. Every inverse runs even when an earlier one fails.
 */
import { RollbackError } from './errors.ts'

export interface UndoStep {
  /** What the step undoes, for error reports: `unbind 0000:01:00.0 from vfio-pci`. */
  what: string
  run: () => Promise<void> | void
}

export class Undo {
  #steps: UndoStep[] = []

  /** Registers the inverse of a step that has just taken effect. */
  add (what: string, run: () => Promise<void> | void): void {
    this.#steps.push({ what, run })
  }

  get size (): number {
    return this.#steps.length
  }

  /** Moves every step of `other` onto this stack (so one later failure rolls both back). */
  adopt (other: Undo): void {
    this.#steps.push(...other.#steps)
    other.#steps = []
  }

  /** Forgets every step: the change stands. */
  success (): void {
    this.#steps = []
  }

  /** Runs every step newest first, then forgets them; returns the failures (empty = clean). */
  async rollback (): Promise<{ what: string, error: unknown }[]> {
    const failures: { what: string, error: unknown }[] = []
    const steps = this.#steps.reverse()
    this.#steps = []
    for (const step of steps) {
      try {
        await step.run()
      } catch (error) {
        failures.push({ what: step.what, error })
      }
    }
    return failures
  }
}

/**
 * Runs `work` with a fresh undo stack: on success the steps are forgotten; on a throw they are
 * rolled back and the error is rethrown as it was, or wrapped in {@link RollbackError} (with
 * the original as `cause`) when a step of the rollback failed too.
 */
export async function withUndo<T> (work: (undo: Undo) => Promise<T>): Promise<T> {
  const undo = new Undo()
  try {
    const result = await work(undo)
    undo.success()
    return result
  } catch (error) {
    const failures = await undo.rollback()
    if (failures.length > 0) throw new RollbackError(error, failures.map((f) => f.error))
    throw error
  }
}
