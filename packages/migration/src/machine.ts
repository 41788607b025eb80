/**
 * The migration state machine (docs/architecture.md §12): one table of steps and transitions
 * per side, pure. The driver (the I/O) writes the step it is about to take to the journal,
 * durably, then takes it, then asks this table where to go.
 *
 * Source (the owner; it drives):
 *
 *   reserve ──> prepare ──> [stop] ──> transfer ──> commit ══> cleanup ──> done
 *      │           │          │           │           ║
 *      └───────────┴──────────┴───────────┴──> abort ──> aborted
 *                                                 (before commit only)
 *
 *   - reserve:  the target is asked for a migration lease (capacity, devices, the VM's name).
 *   - prepare:  the target makes the disk images (empty, the source's virtual sizes).
 *   - stop:     offline only: the guest is shut down on the source (ACPI, then the operator's
 *               choice: --force powers it off).
 *   - transfer: live, libvirt moves memory and disks over the mesh; offline, the source's
 *               qemu-img writes each image's allocated data into the target's image server.
 *   - commit:   the target takes ownership (its record, a newer ownership generation); offline,
 *               only once each image's checksum matches the source's, with the domain defined
 *               there with the devices its selectors and mappings resolve to. From here the VM
 *               is the target's and nothing rolls back.
 *   - cleanup:  the source undefines its domain, removes its images, frees devices and capacity.
 *
 * Target (agrees, prepares, receives, takes over):
 *
 *   leased ──> prepared ──> receiving ══> [starting] ──> committed
 *      │          │            │
 *      └──────────┴────────────┴──> undo ──> undone        (the source aborted, or the lease lapsed)
 *
 *   - starting: offline only, for a VM that ran: the target owns it (its record is written with
 *               the step, in one batch) and binds its devices and starts it; a restart starts it.
 *
 * The double line is the commit point: before it the source owns the VM and every failure
 * ends with the VM on the source, running if it was, and everything on the target undone
 * (domain, images, devices, lease); after it the target owns the VM and the source only
 * cleans up.
 */

export type Mode = 'live' | 'offline'

export const SOURCE_STEPS = ['reserve', 'prepare', 'stop', 'transfer', 'commit', 'cleanup', 'abort'] as const
export type SourceStep = typeof SOURCE_STEPS[number]

export const TARGET_STEPS = ['leased', 'prepared', 'receiving', 'starting', 'undo'] as const
export type TargetStep = typeof TARGET_STEPS[number]

/**
 * Where a test may stop a migration as if the agent were killed there (the agent's
 * MULTIVERSE_TEST_STOP_MIGRATE_AT): on the source after each step's journal write, and once the
 * transfer is over before the commit is written (`transferred`), and once an abort is written; on the target after each of its
 * journal writes (`verified`: the images' checksums matched).
 */
export const MIGRATION_POINTS = [
  'source:reserve', 'source:prepare', 'source:stop', 'source:transfer', 'source:transferred', 'source:commit', 'source:cleanup', 'source:abort',
  'target:leased', 'target:prepared', 'target:receiving', 'target:verified', 'target:starting'
] as const
export type MigrationPoint = typeof MIGRATION_POINTS[number]

/** How a source step ended: `ok`, it failed (`fail`), or the operator cancelled (`cancel`). */
export type StepOutcome = 'ok' | 'fail' | 'cancel'

/** Where a source is after a step: another step, or over (`done`: moved; `aborted`: stayed). */
export type SourceNext = SourceStep | 'done' | 'aborted'

/** The steps a source takes when all goes well, in order, by mode. */
const FORWARD: Record<Mode, readonly SourceStep[]> = {
  live: ['reserve', 'prepare', 'transfer', 'commit', 'cleanup'],
  offline: ['reserve', 'prepare', 'stop', 'transfer', 'commit', 'cleanup']
}

/** The first step of a migration. */
export function firstStep (): SourceStep {
  return 'reserve'
}

/** The steps from which a failure or a cancel aborts: those before the commit point. */
export function beforeCommit (step: SourceStep): boolean {
  return step === 'reserve' || step === 'prepare' || step === 'stop' || step === 'transfer'
}

/**
 * The source's transition table. Before the commit point a failure or a cancel aborts; the
 * commit and the cleanup are retried instead (the VM is already the target's, or is being
 * handed over: going back would leave it on two hosts or none), and a cancel there is refused
 * by the driver, not here. An abort that fails is retried too: it ends only when the target is
 * undone and the VM is back as it was. A transfer that failed is aborted only if libvirt left the
 * domain on the source: a migration can finish though virsh reports a failure (a timeout at the
 * very end), and the driver then goes on to commit, as recoverSource decides after a restart.
 */
export function nextSourceStep (mode: Mode, step: SourceStep, outcome: StepOutcome): SourceNext {
  if (step === 'abort') return outcome === 'ok' ? 'aborted' : 'abort'
  const forward = FORWARD[mode]
  const at = forward.indexOf(step)
  if (at < 0) throw new RangeError(`${step} is not a step of a ${mode} migration`)
  if (outcome !== 'ok') return beforeCommit(step) ? 'abort' : step
  return forward[at + 1] ?? 'done'
}

/** The target's steps when all goes well; `undo` when the source aborts or the lease lapses. Past the commit (`starting`) nothing is undone. */
export function nextTargetStep (step: TargetStep, outcome: 'ok' | 'abort', mode: Mode = 'live', running = true): TargetStep | 'committed' | 'undone' {
  if (step === 'undo') return outcome === 'ok' ? 'undone' : 'undo'
  if (step === 'starting') return outcome === 'ok' ? 'committed' : 'starting'
  if (outcome === 'abort') return 'undo'
  switch (step) {
    case 'leased': return 'prepared'
    case 'prepared': return 'receiving'
    case 'receiving': return mode === 'offline' && running ? 'starting' : 'committed'
  }
}

/** Which mode a VM moves in: what its policy allows, what the operator asked, its devices, and whether it runs. */
export type ModeChoice = { ok: true, mode: Mode, why: string } | { ok: false, why: string }

export function chooseMode (policy: 'auto' | 'live' | 'offline' | 'never', asked: Mode | undefined, hasPassthrough: boolean, running = true): ModeChoice {
  if (policy === 'never') return { ok: false, why: 'its spec says migration: never' }
  if (asked === 'live' || (asked === undefined && policy === 'live' && running)) {
    if (!running) return { ok: false, why: 'it is not running, and a live migration moves a running VM: start it, or move it --offline' }
    if (hasPassthrough) return { ok: false, why: 'it has passthrough devices, whose state cannot move live: migrate it --offline' }
    if (policy === 'offline') return { ok: false, why: 'its spec says migration: offline' }
    return { ok: true, mode: 'live', why: asked === 'live' ? 'asked for (--live)' : 'its spec says migration: live' }
  }
  if (asked === 'offline') return { ok: true, mode: 'offline', why: 'asked for (--offline)' }
  if (policy === 'offline') return { ok: true, mode: 'offline', why: 'its spec says migration: offline' }
  if (hasPassthrough) return { ok: true, mode: 'offline', why: 'it has passthrough devices: stopped, moved, started with the target\'s devices' }
  return running
    ? { ok: true, mode: 'live', why: 'no passthrough device: it keeps running while it moves' }
    : { ok: true, mode: 'offline', why: 'it is not running: its disks move, and it stays stopped there' }
}
