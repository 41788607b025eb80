/**
 * `host evacuate` and `host restore` on the host they are about (docs/architecture.md §12,
 * "Evacuation"): the host goes into maintenance, every VM it owns gets a new home from the
 * scheduler's evacuation plan, and the moves run in the background, each through
 * Migrations.migrate (its leases, limits and journal as for any migration), planned again on
 * the live view just before it is made. The record (evacuation-record.ts) is journaled in the
 * agent's LevelDB at each change, before the move it announces; a restarted agent resumes it.
 */
import { RefusedError, UsageError } from '@multiverse/domain'
import type { ControlAnswer, ControlRequest } from '@multiverse/domain'
import { MIGRATE_OUT_JOURNAL, MigrationPendingError, chooseMode } from '@multiverse/migration'
import type { Mode, SourceIntent } from '@multiverse/migration'
import { evacuate, validateVmSpec } from '@multiverse/scheduler'
import type { PlanSnapshot } from '@multiverse/scheduler'
import { Journal } from '@multiverse/store'
import type { AgentStore } from '@multiverse/store'
import type { EvacuationRoute } from '@multiverse/wire'
import type { Logger } from 'pino'
import { cancelled, finished, nextMove, planEvacuation, resumed, returnMoves, tally, withVm } from './evacuation-record.ts'
import type { EvacuatingVm, EvacuationRecord, Evacuee } from './evacuation-record.ts'
import type { Ledger, VmRecord } from './ledger.ts'
import { TooManyMigrationsError } from './migration-board.ts'
import type { MigrationPlan, Migrations } from './migrations.ts'

export const EVACUATION_JOURNAL = 'evacuation'
/** One evacuation per host: the entry's id. */
const ENTRY = 'this-host'
/** A move that failed is planned and tried again this many times before its VM is reported stuck. */
const ATTEMPTS = 4
/** How long a VM whose migration is open in the journal is waited for (its recovery retries every 5 s) before it is reported stuck. */
const SETTLE_MS = 10 * 60_000

/** The evacuation of this host was asked for while one runs. */
export class EvacuationRunningError extends RefusedError {
  override name = 'EvacuationRunningError'
}

/** A cancel or a progress view asked of a host that runs no evacuation. */
export class NoEvacuationError extends UsageError {
  override name = 'NoEvacuationError'
}

export interface EvacuationsInit {
  hostName: string
  store: AgentStore
  ledger: Pick<Ledger, 'vm' | 'records'>
  migrations: Pick<Migrations, 'migrate' | 'dryRun' | 'board'>
  /** The view as the scheduler reads it, each VM with its spec (plan-snapshot.ts `withSpecs`): what the plan up front is made on. */
  planSnapshot: () => PlanSnapshot
  /** Puts this host in maintenance (no new VM comes), or takes it out. */
  setMaintenance: (on: boolean) => Promise<void>
  /** The name of the host the view names the owner of VM `vm`, if any. */
  ownerOf: (vm: string) => string | undefined
  /** Moves VM `vm`, owned by another host, back to this one, driven by its owner (`restore --return`), offline as the evacuation said. */
  bringBack: (vm: string, offline: { force: boolean, shutdownWaitMs: number }) => Promise<void>
  /** At most this many moves at once: the host's `migration.maxOutgoing`. */
  parallel: number
  log: Logger
  /** How long a move refused for the limits, or failed, waits before it is tried again. Default 2 s. */
  retryMs?: number
}

/** A VM planned again just before its move: where and how it goes, or why it cannot. */
type Replanned =
  | Required<Pick<Evacuee, 'why' | 'devices'>> & ({ state: 'moving', to: string, mode: Mode } | { state: 'stuck', to: null, mode: null })
  | { state: 'waiting' }

export class Evacuations {
  private readonly init: EvacuationsInit
  private readonly journal: Journal<EvacuationRecord>
  /** The migrations out of this host: one open for a VM means its move is not settled. */
  private readonly outJournal: Journal<SourceIntent>
  private record: EvacuationRecord | undefined
  /** The background run of the current evacuation, while it runs. */
  private running: Promise<void> | undefined
  /** Wakes the run's waits when the operator cancels. */
  private wake = new AbortController()
  private saving: Promise<void> = Promise.resolve()
  /** An evacuation is being begun (maintenance, first journal write): another is refused meanwhile. */
  private beginning = false

  constructor (init: EvacuationsInit) {
    this.init = init
    this.journal = new Journal<EvacuationRecord>(init.store, EVACUATION_JOURNAL)
    this.outJournal = new Journal<SourceIntent>(init.store, MIGRATE_OUT_JOURNAL)
  }

  /** Loads the journaled evacuation; one that was running when the agent stopped resumes. Call once the migrations have recovered. */
  async start (): Promise<void> {
    this.record = (await this.journal.get(ENTRY))?.intent
    if (this.record?.state !== 'running') return
    const open = new Set((await this.outJournal.open()).map((e) => e.intent.vm))
    await this.save(resumed(this.record, (vm) => this.init.ledger.vm(vm) !== undefined, (vm) => open.has(vm)))
    this.init.log.info({ vms: tally(this.record) }, 'evacuation resumed after a restart')
    this.launch()
  }

  /** A control command about this host's evacuation (migration-commands.ts routes those given elsewhere here). */
  async command<R extends EvacuationRoute> (route: R, request: ControlRequest<R>): Promise<ControlAnswer<R>> {
    const host = (request as { host?: string }).host
    if (host !== undefined && host !== this.init.hostName) throw new UsageError(`${this.init.hostName} got a command for host ${host}`)
    return await (this.commands[route] as (request: ControlRequest<R>) => Promise<ControlAnswer<R>>)(request)
  }

  private readonly commands: { [R in EvacuationRoute]: (request: ControlRequest<R>) => Promise<ControlAnswer<R>> } = {
    'POST /v1/host/evacuate': async (r) => await this.begin({ dryRun: r.dryRun === true, force: r.force === true, shutdownWaitMs: (r.timeoutSeconds ?? 0) * 1000 }),
    'POST /v1/host/evacuate/cancel': async () => await this.cancel(),
    'GET /v1/evacuation': async () => ({ host: this.init.hostName, evacuation: this.record ?? null, migrations: this.init.migrations.board.list() }),
    'POST /v1/host/restore': async (r) => await this.restore(r.returnVms === true)
  }

  /**
   * Plans the evacuation on the live view; unless a dry run, puts the host in maintenance,
   * journals the plan and starts moving. Resolves with the plan (the moves run on).
   */
  async begin (ask: { dryRun: boolean, force: boolean, shutdownWaitMs: number }): Promise<EvacuationRecord> {
    if (this.record?.state === 'running' || this.beginning) {
      throw new EvacuationRunningError(`${this.init.hostName} is being evacuated already (since ${this.record?.startedAt ?? 'a moment ago'})`, {
        hint: 'follow it with multiverse host evacuate --follow, or cancel it with --cancel'
      })
    }
    const { hostName } = this.init
    const plan = evacuate(this.init.planSnapshot(), hostName)
    const record = planEvacuation(hostName, plan, this.init.ledger.records().map(evacuating), { shutdownWaitMs: ask.shutdownWaitMs, force: ask.force }, new Date())
    if (ask.dryRun) return record
    // Two operators at once: the second is refused, not run beside the first.
    this.beginning = true
    try {
      await this.init.setMaintenance(true)
      await this.save(finished({ ...record, state: 'running' }, new Date()))
    } finally {
      this.beginning = false
    }
    this.init.log.info({ vms: tally(this.record!) }, 'evacuation started')
    this.launch()
    return this.record!
  }

  /** The operator's cancel: running migrations are cancelled (one past its commit finishes), the rest stay; maintenance stays on. */
  async cancel (): Promise<EvacuationRecord> {
    const record = this.record
    if (record?.state !== 'running') throw new NoEvacuationError(`no evacuation runs on ${this.init.hostName}`, { hint: 'see multiverse host evacuate --follow' })
    await this.save(cancelled(record, new Date()))
    this.wake.abort()
    for (const v of record.vms.filter((e) => e.state === 'moving')) {
      try { this.init.migrations.board.cancel(v.vm) } catch (error) { this.init.log.info({ vm: v.vm, err: (error as Error).message }, 'a moving VM was not cancelled') }
    }
    return this.record!
  }

  /**
   * Out of maintenance; with `bringBack`, the VMs the last evacuation moved away come back, one
   * at a time, each driven by the host that owns it now. The record goes once nothing is left to bring back.
   */
  async restore (bringBack: boolean): Promise<ControlAnswer<'POST /v1/host/restore'>> {
    if (this.record?.state === 'running') {
      throw new EvacuationRunningError(`${this.init.hostName} is being evacuated`, { hint: 'cancel it first: multiverse host evacuate --cancel' })
    }
    await this.init.setMaintenance(false)
    const returned: ControlAnswer<'POST /v1/host/restore'>['returned'] = []
    if (bringBack && this.record !== undefined) {
      for (const { vm, from } of returnMoves(this.record, this.init.ownerOf)) {
        try {
          await this.bringBack(vm)
          returned.push({ vm, from, moved: true })
          await this.save(withVm(this.record, vm, { state: 'returned', why: `brought back from ${from}` }))
        } catch (error) {
          returned.push({ vm, from, moved: false, why: (error as Error).message })
        }
      }
    }
    if (this.record !== undefined && (bringBack ? returned.every((r) => r.moved) : this.record.vms.every((v) => v.state !== 'moved'))) {
      this.record = undefined
      await this.journal.end(ENTRY)
    }
    return { host: this.init.hostName, maintenance: false, returned }
  }

  /**
   * One VM back, by its owner; a refusal is tried again a few times, since the owner may plan
   * on a view that still shows this host in maintenance (its advert is a gossip away).
   */
  private async bringBack (vm: string): Promise<void> {
    const { force, shutdownWaitMs } = this.record!
    for (let attempt = 1; ; attempt++) {
      try {
        await this.init.bringBack(vm, { force, shutdownWaitMs })
        return
      } catch (error) {
        if (!(error instanceof RefusedError) || attempt >= ATTEMPTS) throw error
        this.init.log.info({ vm, err: (error as Error).message }, 'a VM coming back is refused; asked again')
        await this.pause(this.init.retryMs ?? 2000, false)
      }
    }
  }

  /** Resolves once the current evacuation's moves have all ended (tests; the agent's stop). */
  async idle (): Promise<void> {
    await this.running
  }

  private launch (): void {
    this.wake = new AbortController()
    // Only after a restart: VMs whose migration is past its commit and still open, settled by its
    // journal. Taken before the workers start, which mark the VM they take `moving` at once.
    const settling = this.record!.vms.filter((v) => v.state === 'moving').map(async (v) => { await this.settle(v.vm, 'its migration was open when the agent restarted') })
    const workers = Array.from({ length: Math.max(1, this.init.parallel) }, async () => { await this.work() })
    this.running = Promise.all([...workers, ...settling]).then(async () => {
      if (this.record !== undefined) await this.save(finished(this.record, new Date()))
      this.init.log.info({ state: this.record?.state, vms: this.record === undefined ? {} : tally(this.record) }, 'evacuation over')
    }).catch((error: unknown) => {
      this.init.log.error({ err: (error as Error).message }, 'evacuation stopped: its journal could not be written; a restart resumes it')
    })
  }

  /** One of the run's workers: takes the next pending VM until none is left. */
  private async work (): Promise<void> {
    for (let next = nextMove(this.record!); next !== undefined; next = nextMove(this.record!)) {
      // Claimed before any wait, so that no other worker takes it too.
      this.record = withVm(this.record!, next.vm, { state: 'moving' })
      await this.move(next.vm)
    }
  }

  /**
   * Moves one VM: planned on the live view, journaled, migrated. A refusal for the limits (this
   * host's, or a target that another of its moves goes to) waits; a failure is tried again.
   */
  private async move (vm: string): Promise<void> {
    let failures = 0
    for (;;) {
      const planned = this.replan(vm)
      if (planned.state === 'stuck') { await this.save(withVm(this.record!, vm, planned)); return }
      if (planned.state === 'moving') {
        await this.save(withVm(this.record!, vm, planned))
        try {
          const moved = await this.init.migrations.migrate(vm, planned.to, { force: this.record!.force, shutdownWaitMs: this.record!.shutdownWaitMs })
          await this.save(withVm(this.record!, vm, { state: 'moved', to: moved.to, why: `moved ${moved.mode} in ${(moved.elapsedMs / 1000).toFixed(1)} s` }))
          return
        } catch (error) {
          const why = (error as Error).message
          if (error instanceof MigrationPendingError) { await this.settle(vm, why); return }
          if (this.cancelledNow()) { await this.save(withVm(this.record!, vm, { state: 'cancelled', why: `cancelled while it moved: ${why}` })); return }
          if (!(error instanceof TooManyMigrationsError) && ++failures >= ATTEMPTS) { await this.save(withVm(this.record!, vm, { state: 'stuck', why })); return }
          this.init.log.info({ vm, err: why, failures }, 'an evacuating VM waits to be moved again')
        }
      }
      await this.pause((this.init.retryMs ?? 2000) * Math.max(1, failures))
      if (this.cancelledNow()) { await this.save(withVm(this.record!, vm, { state: 'cancelled', why: 'the evacuation was cancelled before it moved' })); return }
    }
  }

  /**
   * The VM's target and mode on the live view now, or why it is stuck; or `waiting` when it fits
   * only where another of this evacuation's moves is going (a host receives one at a time by
   * default, and would refuse it): it is planned again once that move is over.
   */
  private replan (vm: string): Replanned {
    const busy = new Set(this.record!.vms.filter((v) => v.vm !== vm && v.state === 'moving' && v.to !== null).map((v) => v.to!))
    try {
      const best = this.init.migrations.dryRun(vm, undefined)
      const plan = !busy.has(best.to) ? best : this.elsewhere(vm, busy)
      if (plan === undefined) return { state: 'waiting' }
      return { state: 'moving', to: plan.to, mode: plan.mode, why: plan.why, devices: plan.devices }
    } catch (error) {
      const devices = { from: this.init.ledger.vm(vm)?.vm.devices ?? [], to: [] }
      if (error instanceof RefusedError || error instanceof UsageError) return { state: 'stuck', to: null, mode: null, why: error.message, devices }
      throw error
    }
  }

  /** The VM planned on the first host (by name) that can take it and that none of this evacuation's moves is going to. */
  private elsewhere (vm: string, busy: ReadonlySet<string>): MigrationPlan | undefined {
    const hosts = this.init.planSnapshot().hosts.map((h) => h.name).filter((h) => h !== this.init.hostName && !busy.has(h)).sort()
    for (const host of hosts) {
      try {
        return this.init.migrations.dryRun(vm, host)
      } catch (error) {
        if (!(error instanceof RefusedError || error instanceof UsageError)) throw error
      }
    }
    return undefined
  }

  /**
   * A VM whose migration is open in the journal (past its commit and the target not reached, or
   * cut short by a restart): the migrations' recovery finishes or undoes it. Once it has, the VM
   * moved if this host holds it no more, and moves again if it does.
   */
  private async settle (vm: string, why: string): Promise<void> {
    const until = Date.now() + SETTLE_MS
    while (await this.migrationOpen(vm) && Date.now() < until) await this.pause(this.init.retryMs ?? 2000, false)
    if (await this.migrationOpen(vm)) { await this.save(withVm(this.record!, vm, { state: 'stuck', why: `its migration is not settled yet: ${why}` })); return }
    if (this.init.ledger.vm(vm) === undefined) { await this.save(withVm(this.record!, vm, { state: 'moved' })); return }
    if (this.cancelledNow()) { await this.save(withVm(this.record!, vm, { state: 'cancelled', why: 'its move was undone, and the evacuation cancelled' })); return }
    await this.move(vm)
  }

  private async migrationOpen (vm: string): Promise<boolean> {
    return (await this.outJournal.open()).some((e) => e.intent.vm === vm)
  }

  /** Whether the operator cancelled meanwhile (the record changes under an awaited move). */
  private cancelledNow (): boolean {
    return this.record?.state === 'cancelled'
  }

  private async pause (ms: number, wakeable = true): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      if (wakeable) this.wake.signal.addEventListener('abort', () => { clearTimeout(timer); resolve() }, { once: true })
    })
  }

  /** Keeps `record` and journals it, durably, one write after the other. */
  private async save (record: EvacuationRecord): Promise<void> {
    this.record = record
    const write = this.saving.then(async () => { await this.journal.write(this.journal.entry(ENTRY, this.record!.state, this.record!)) })
    this.saving = write.catch(() => {})
    await write
  }
}

/** A VM of this host as the plan reads it: the mode its move would take, or why it may not move. */
function evacuating (record: VmRecord): EvacuatingVm {
  const { name, devices, state, spec: document } = record.vm
  if (record.domain === undefined) return { vm: name, devices, mode: { ok: false, why: 'it has no domain yet: there is nothing to move' } }
  const spec = validateVmSpec(document, `the record of ${name}`)
  // The scheduler's view carries no spec but anti-affinity: a pin is read here.
  if (spec.placement.host !== null) return { vm: name, devices, mode: { ok: false, why: `its spec pins it to ${spec.placement.host}` } }
  return { vm: name, devices, mode: chooseMode(spec.migration, undefined, devices.length > 0, state === 'running') }
}
