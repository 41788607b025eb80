/**
 * How long each hop of a VM operation waits (docs/architecture.md §6): the caller sets the
 * deadline of the owner's work, and every hop before it waits that long plus a margin for its
 * own leg, so the owner always gives up (and undoes its work) before anyone stops waiting for
 * its answer. Derived here only: the CLI, the agent's control socket and the mesh request all
 * read it from these functions.
 */

export type VmOperation = 'create' | 'start' | 'stop' | 'destroy' | 'remove' | 'state'

/** The owner's default wait for a guest's ACPI shutdown (as the executor's). */
export const DEFAULT_GUEST_SHUTDOWN_MS = 60_000
/** The longest deadline a caller may set on the owner's work. */
export const MAX_VM_DEADLINE_MS = 15 * 60_000
/** The longest an owner waits for a guest to shut down on one request. */
export const MAX_VM_WAIT_MS = 600_000
/** A lease lives 1 s to 10 min: long enough to prepare a host, short enough not to strand it. */
export const MAX_LEASE_TTL_MS = 600_000
/** What each hop before the owner adds for its own leg (a dial, a slow peer, the CLI's socket). */
export const HOP_MARGIN_MS = 15_000

/**
 * The owner's time for `op`: a create waits for images, libvirt's first QEMU probe (~8 s) and
 * the guest's start; a stop for the guest's shutdown (`waitMs`, 0 = the default), then a hard
 * stop and its devices given back.
 */
export function vmOperationBudgetMs (op: VmOperation, waitMs = 0): number {
  switch (op) {
    case 'create': return 180_000
    case 'start': return 120_000
    case 'stop': return (waitMs > 0 ? waitMs : DEFAULT_GUEST_SHUTDOWN_MS) + 60_000
    case 'destroy': case 'remove': return 60_000
    case 'state': return 5_000
  }
}

/** How long the hop `hopsBefore` legs before the owner waits for an owner given `budgetMs`. */
export function hopDeadlineMs (budgetMs: number, hopsBefore: number): number {
  return budgetMs + hopsBefore * HOP_MARGIN_MS
}

/** A create places first: hosts are asked for a lease one after another, each within 10 s. */
export const PLACING_MS = 60_000

/**
 * How long the CLI waits for its agent on `op` whose owner has `deadlineMs`: the mesh's leg and
 * the socket's, and for a create the placement before it.
 */
export function controlDeadlineMs (op: VmOperation, deadlineMs: number): number {
  return hopDeadlineMs(deadlineMs, 2) + (op === 'create' ? PLACING_MS : 0)
}
