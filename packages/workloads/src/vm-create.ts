/**
 * `vm create` on the owner, journaled (docs/architecture.md §7; the steps and what recovery
 * makes of each are in create-journal.ts): a lease becomes a defined, maybe running, domain,
 * each step written to the journal before it is taken, so that an agent killed at any point
 * finishes or undoes the create when it starts again (`recover`). A create that fails while
 * the agent lives undoes itself at once and leaves nothing: no domain, image, bound device,
 * record or journal entry.
 */
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { HostInventory, VmSpec, VmState } from '@multiverse/domain'
import { FaultError } from '@multiverse/domain'
import { domainFact, removeDisks } from '@multiverse/executor'
import type { AssignedDevice, DefinedVm, Emulation, Hypervisor, LocalExecutor } from '@multiverse/executor'
import type { Mappings } from '@multiverse/scheduler'
import type { Journal, JournalEntry } from '@multiverse/store'
import { assignedGroups } from './assigned-groups.ts'
import { recoverCreate } from './create-journal.ts'
import type { CreateIntent, CreateStep } from './create-journal.ts'
import type { Ledger, VmRecord } from './ledger.ts'
import type { Logger } from 'pino'

/**
 * Where a test may stop a create as if the agent were killed there: after each journal write
 * (`define`, `bind`, `start`) and after each step took effect (`defined`, `started`).
 */
export type CreatePoint = 'define' | 'defined' | 'bind' | 'start' | 'started'
export const CREATE_POINTS: readonly CreatePoint[] = ['define', 'defined', 'bind', 'start', 'started']

export interface VmCreateInit {
  hostName: string
  ledger: Ledger
  journal: Journal<CreateIntent>
  executor: LocalExecutor
  hypervisor: Hypervisor
  inventory: () => HostInventory
  mappings: () => Mappings
  emulation: Emulation
  /** Where each VM's serial console is written, as NAME.log. */
  consoleDir: string
  log: Logger
  /** Test hook: awaited at each point; one that never resolves stands for a kill there. */
  at?: (point: CreatePoint) => Promise<void>
}

type Entry = JournalEntry<CreateIntent>

/** The journal and the VM's record disagree: a bug, or a data directory edited by hand. */
export class JournalMismatchError extends FaultError {
  override name = 'JournalMismatchError'
  constructor (vm: string, problem: string) {
    super(`${vm}: ${problem}`, { hint: 'see the agent log; multiverse vm remove --force clears the VM' })
  }
}

export class VmCreate {
  private readonly init: VmCreateInit

  constructor (init: VmCreateInit) {
    this.init = init
  }

  /** Makes the domain of a confirmed record (state `placed`) and, with `start`, starts it. */
  async create (record: VmRecord, spec: VmSpec, start: boolean, signal?: AbortSignal): Promise<VmState> {
    const { ledger, journal, executor } = this.init
    const op = signal === undefined ? {} : { signal }
    const groups = this.groupsOf(record, spec)
    const uuid = randomUUID()
    let defined: DefinedVm | undefined
    try {
      // Inside the try: an image already there (DiskExistsError) fails the create like any step.
      let entry = journal.entry(spec.name, 'define', { vm: spec.name, uuid, images: await executor.imagesToCreate(spec), binding: null })
      await ledger.update(spec.name, (r) => ({ ...r, uuid }), [journal.putOp(entry)])
      await this.at('define')
      defined = await executor.define({
        spec, owner: this.init.hostName, uuid, freshUuid: true, emulation: this.init.emulation, groups, viommu: groups.length > 0,
        serialLog: join(this.init.consoleDir, `${spec.name}.log`), network: null
      }, op)
      await this.at('defined')
      const domain = { xml: defined.xml, disks: defined.disks, binding: null }
      if (!start) {
        await ledger.update(spec.name, (r) => ({ ...r, domain, vm: { ...r.vm, state: 'defined' } }), [journal.endOp(spec.name)])
        return 'defined'
      }
      const addresses = groups.map((g) => g.map((d) => d.address))
      entry = journal.advance(entry, 'bind', { ...entry.intent, binding: await executor.planBinding(addresses) })
      await ledger.update(spec.name, (r) => ({ ...r, domain, vm: { ...r.vm, state: 'defined' } }), [journal.putOp(entry)])
      await this.at('bind')
      const binding = await executor.start(spec.name, addresses, {
        ...op,
        beforeStart: async (bound) => {
          entry = await journal.write(journal.advance(entry, 'start', { ...entry.intent, binding: bound }))
          await this.at('start')
        }
      })
      await this.at('started')
      await ledger.update(spec.name, (r) => ({ ...r, domain: { ...domain, binding }, vm: { ...r.vm, state: 'running' } }), [journal.endOp(spec.name)])
      return 'running'
    } catch (error) {
      if (defined !== undefined) await executor.remove({ ...defined, binding: { groups: [] } }).catch(() => {})
      await ledger.remove(spec.name, [journal.endOp(spec.name)])
      throw error
    }
  }

  /**
   * Finishes or undoes every create the journal holds open (the agent stopped mid-way). One
   * whose domain libvirt cannot be asked about now stays open for the next call. Returns how
   * many stay open.
   */
  async recover (serially: <T>(vm: string, work: () => Promise<T>) => Promise<T>): Promise<number> {
    let open = 0
    for (const entry of await this.init.journal.open()) {
      try {
        // Read again in the VM's turn: an operation that held it may have ended the entry since.
        await serially(entry.id, async () => {
          const current = await this.init.journal.get(entry.id)
          if (current !== undefined) await this.recoverOne(current)
        })
      } catch (error) {
        open++
        this.init.log.warn({ vm: entry.id, step: entry.step, err: (error as Error).message }, 'cannot recover the create yet: will try again')
      }
    }
    return open
  }

  private async recoverOne (entry: Entry): Promise<void> {
    const { ledger, journal, executor, log } = this.init
    const { intent } = entry
    const step = entry.step as CreateStep
    const decision = recoverCreate(step, intent, await domainFact(this.init.hypervisor, intent.vm))
    if (decision.outcome === 'running') {
      await ledger.update(intent.vm, (r) => ({ ...r, domain: { ...this.domainOf(r, intent), binding: decision.binding }, vm: { ...r.vm, state: 'running' } }), [journal.endOp(entry.id)])
    } else if (decision.outcome === 'defined') {
      if (decision.release !== null) await executor.release(decision.release)
      await ledger.update(intent.vm, (r) => ({ ...r, domain: { ...this.domainOf(r, intent), binding: null }, vm: { ...r.vm, state: 'defined' } }), [journal.endOp(entry.id)])
    } else {
      const binding = decision.release ?? { groups: [] }
      if (decision.undefine) await executor.remove({ name: intent.vm, binding, disks: [] })
      else await executor.release(binding)
      await removeDisks(intent.images)
      await ledger.remove(intent.vm, [journal.endOp(entry.id)])
    }
    log.info({ vm: intent.vm, step, outcome: decision.outcome }, 'create cut short by a restart: recovered')
  }

  /** The record's domain: past `define`, the record names it (written in the batch of that step). */
  private domainOf (record: VmRecord, intent: CreateIntent): NonNullable<VmRecord['domain']> {
    if (record.domain !== undefined) return record.domain
    throw new JournalMismatchError(intent.vm, 'the journal says it is defined, but its record holds no domain')
  }

  private groupsOf (record: VmRecord, spec: VmSpec): AssignedDevice[][] {
    return assignedGroups(record.vm.devices, spec, this.init.inventory(), this.init.mappings(), this.init.hostName)
  }

  private async at (point: CreatePoint): Promise<void> {
    await this.init.at?.(point)
  }
}
