/**
 * The owner's side of its VMs (docs/architecture.md §3: each host is the only authority over its own VMs):
 * turning a lease into a defined, running domain with its devices bound, and stopping, destroying
 * and removing it, through the executor. Operations on one VM run one at a time; a create that
 * fails leaves nothing behind (no domain, no image, no device on vfio-pci, no record).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { VmSpec, VmState } from '@multiverse/domain'
import { RefusedError, SerialQueue, UsageError } from '@multiverse/domain'
import { DomainNotFoundError } from '@multiverse/executor'
import type { DomainState } from '@multiverse/executor'
import { validateVmSpec } from '@multiverse/scheduler'
import type { VmRequest, VmResponse } from '@multiverse/wire'
import { assignedGroups } from './assigned-groups.ts'
import type { VmRecord } from './ledger.ts'
import { errorResponse } from './vm-errors.ts'
import { VmCreate } from './vm-create.ts'
import type { VmCreateInit } from './vm-create.ts'

/** The owner needs what its creates need (the journal, the test hook) and nothing more. */
export type VmOwnerInit = VmCreateInit

/** No VM of that name on this host. */
export class VmNotFoundError extends UsageError {
  override name = 'VmNotFoundError'
  constructor (vm: string, where: string) {
    super(`no VM named ${vm} ${where}`, { hint: 'see multiverse vm list' })
  }
}

export class VmOwner {
  private readonly init: VmOwnerInit
  /** One operation at a time per VM, by name. */
  private readonly operations = new SerialQueue()
  private readonly creator: VmCreate
  /** Journal entries that recovery could not finish yet (libvirt down): tried on each reconcile. */
  private unrecovered = 0

  constructor (init: VmOwnerInit) {
    this.init = init
    mkdirSync(init.consoleDir, { recursive: true, mode: 0o700 })
    this.creator = new VmCreate(init)
  }

  /**
   * Runs one operation; what it throws comes back as an error response, never as a throw.
   * `signal` ends it at the caller's deadline (what was done by then is undone, as for a fault).
   */
  async handle (request: VmRequest, holder: string, signal?: AbortSignal): Promise<VmResponse> {
    if (request.op === 'state') return this.state(request.vm)
    try {
      const state = await this.operations.run(request.vm, async () => { signal?.throwIfAborted(); return await this.run(request, holder, signal) })
      return { ok: true, state }
    } catch (error) {
      this.init.log.warn({ vm: request.vm, op: request.op, err: (error as Error).message }, 'vm operation failed')
      return errorResponse(error)
    }
  }

  /**
   * Finishes or undoes what the journal holds open (creates cut short by a restart), one VM at a
   * time with its other operations. Called before the host answers anyone, and again on the
   * reconcile timer for an entry libvirt could not be asked about.
   */
  async recover (): Promise<void> {
    this.unrecovered = await this.creator.recover(async (vm, work) => await this.operations.run(vm, work))
  }

  /** The VM as this host, its owner, holds it now (not as gossip tells): for a caller whose answer was lost. */
  private state (name: string): VmResponse {
    const record = this.init.ledger.vm(name)
    const busy = this.operations.busy(name)
    if (record === undefined) {
      // A lease not confirmed yet: a create whose request the owner never took up (docs/architecture.md §6).
      const lease = this.init.ledger.held().find((vm) => vm.name === name && vm.state === 'reserved')
      return { ok: true, state: lease === undefined ? 'removed' : 'reserved', leaseId: lease?.lease?.id ?? '', busy }
    }
    return { ok: true, state: record.vm.state, leaseId: record.leaseId ?? '', busy }
  }

  private async run (request: VmRequest, holder: string, signal?: AbortSignal): Promise<VmState | 'removed'> {
    switch (request.op) {
      case 'create': return await this.create(request, holder, signal)
      case 'start': return await this.start(this.record(request.vm), signal)
      case 'stop': return await this.stop(this.record(request.vm), request.waitMs, request.force, signal)
      case 'destroy': return await this.destroy(this.record(request.vm), signal)
      case 'remove': return await this.remove(this.record(request.vm), request.force)
      case 'state': throw new UsageError('state is answered without a turn')
    }
  }

  private async create (request: VmRequest, holder: string, signal?: AbortSignal): Promise<VmState> {
    const confirmed = await this.init.ledger.confirm(request.leaseId, holder)
    if (!confirmed.granted) throw new RefusedError(`${request.vm}: ${confirmed.detail}`, { hint: 'place it again: multiverse vm create SPEC' })
    const record = this.record(request.vm)
    if (record.leaseId !== request.leaseId) throw new RefusedError(`lease ${request.leaseId} is not for ${request.vm}`)
    // A retried create (its answer was lost) finds the VM made: it starts it if asked, no more.
    if (record.domain !== undefined) return request.start ? await this.start(record, signal) : record.vm.state
    return await this.creator.create(record, this.specOf(record), request.start, signal)
  }

  private async start (record: VmRecord, signal?: AbortSignal): Promise<VmState> {
    const domain = this.domainOf(record)
    if (record.vm.state === 'running') return 'running'
    const groups = assignedGroups(record.vm.devices, this.specOf(record), this.init.inventory(), this.init.mappings(), this.init.hostName)
    const binding = await this.init.executor.start(record.vm.name, groups.map((g) => g.map((d) => d.address)), signal === undefined ? {} : { signal })
    await this.init.ledger.update(record.vm.name, (r) => ({ ...r, domain: { ...domain, binding }, vm: { ...r.vm, state: 'running' } }))
    return 'running'
  }

  private async stop (record: VmRecord, waitMs: number, force: boolean, signal?: AbortSignal): Promise<VmState> {
    const domain = this.domainOf(record)
    if (record.vm.state !== 'running' && record.vm.state !== 'paused') return record.vm.state
    await this.init.executor.stop({ name: record.vm.name, binding: domain.binding ?? { groups: [] } }, { ...(waitMs > 0 ? { waitMs } : {}), force, ...(signal === undefined ? {} : { signal }) })
    await this.stopped(record.vm.name)
    return 'stopped'
  }

  private async destroy (record: VmRecord, signal?: AbortSignal): Promise<VmState> {
    const domain = this.domainOf(record)
    await this.init.executor.destroy({ name: record.vm.name, binding: domain.binding ?? { groups: [] } }, signal === undefined ? {} : { signal })
    await this.stopped(record.vm.name)
    return 'stopped'
  }

  private async remove (record: VmRecord, force: boolean): Promise<'removed'> {
    if ((record.vm.state === 'running' || record.vm.state === 'paused') && !force) {
      throw new RefusedError(`${record.vm.name} is ${record.vm.state}`, { hint: `stop it first (multiverse vm stop ${record.vm.name}), or remove it with --force` })
    }
    if (record.domain !== undefined) await this.init.executor.remove({ name: record.vm.name, disks: record.domain.disks, binding: record.domain.binding ?? { groups: [] } })
    await this.init.ledger.remove(record.vm.name)
    return 'removed'
  }

  /** The guest is off: its devices were given back. */
  private async stopped (name: string): Promise<void> {
    await this.init.ledger.update(name, (r) => ({ ...r, ...(r.domain === undefined ? {} : { domain: { ...r.domain, binding: null } }), vm: { ...r.vm, state: 'stopped' } }))
  }

  /** Runs `work` as an operation on `vm`: no other operation on it runs meanwhile (a migration). */
  async exclusive<T> (vm: string, work: () => Promise<T>): Promise<T> {
    return await this.operations.run(vm, work)
  }

  /** `vm stop`, for a migration that holds the VM's turn (`exclusive`) already: its offline step. */
  async stopHeld (name: string, waitMs: number, force: boolean): Promise<void> {
    await this.stop(this.record(name), waitMs, force)
  }

  /**
   * `vm start`, for a migration that holds the VM's turn already, or owns a VM that just arrived.
   * A record that still says running while libvirt lost the guest (its libvirtd stopped with its
   * QEMUs, before a reconcile saw it) follows libvirt first: the guest starts again.
   */
  async startHeld (name: string): Promise<void> {
    const record = this.record(name)
    if (record.vm.state === 'running' && record.domain !== undefined) {
      const state = await this.stateNow(name)
      if (state !== null && state !== 'running') await this.follow(record, state)
    }
    await this.start(this.record(name))
  }

  /**
   * Defines a VM that arrived offline (docs/architecture.md §12): its images are here already,
   * its UUID is kept, and its devices are those its lease holds here, as its spec's selectors
   * and this host's mappings resolved them.
   */
  async defineArrived (spec: VmSpec, uuid: string, devices: readonly string[]): Promise<void> {
    const groups = assignedGroups(devices, spec, this.init.inventory(), this.init.mappings(), this.init.hostName)
    await this.init.executor.define({
      spec, owner: this.init.hostName, uuid, emulation: this.init.emulation, groups, viommu: groups.length > 0,
      serialLog: join(this.init.consoleDir, `${spec.name}.log`), network: null, existingDisks: true
    })
  }

  /**
   * Brings records in line with libvirt (one `virsh list` for all of them): a guest that powered
   * itself off, crashed or was paused outside the agent. A guest found off gives its devices back.
   */
  async reconcile (): Promise<void> {
    if (this.unrecovered > 0) await this.recover()
    const defined = this.init.ledger.records().filter((r) => r.domain !== undefined)
    if (defined.length === 0) return
    let states: Map<string, VmState | null>
    try {
      states = new Map((await this.init.hypervisor.list()).map((d) => [d.name, vmState(d.state)]))
    } catch (error) {
      this.init.log.warn({ err: (error as Error).message }, 'cannot list the domains to reconcile')
      return
    }
    for (const record of defined) {
      const listed = states.get(record.vm.name) ?? null
      if (listed === null || listed === record.vm.state) continue
      await this.operations.run(record.vm.name, async () => {
        const current = this.init.ledger.vm(record.vm.name)
        if (current?.domain === undefined || current.vm.state === listed) return
        // The list was read before this turn: an operation that held the VM meanwhile (a start,
        // whose domain is paused or off while QEMU comes up) may have changed libvirt. The list's
        // answer is old news that must not undo it: libvirt is asked again.
        const state = await this.stateNow(current.vm.name)
        if (state === null || state === current.vm.state) return
        await this.follow(current, state)
      }).catch((error: Error) => { this.init.log.warn({ vm: record.vm.name, err: error.message }, 'reconcile failed') })
    }
  }

  /** The record takes the state libvirt says, on the VM's turn; a guest found off gives its devices back. */
  private async follow (record: VmRecord, state: VmState): Promise<void> {
    const domain = this.domainOf(record)
    const off = state === 'stopped' || state === 'crashed'
    if (off && domain.binding !== null) await this.init.executor.destroy({ name: record.vm.name, binding: domain.binding })
    await this.init.ledger.update(record.vm.name, (r) => ({ ...r, domain: { ...r.domain!, binding: off ? null : r.domain!.binding }, vm: { ...r.vm, state } }))
    this.init.log.info({ vm: record.vm.name, was: record.vm.state, now: state }, 'vm state changed outside the agent')
  }

  /** What libvirt says of the VM now, as a VM state; null for a transition, or no such domain. */
  private async stateNow (name: string): Promise<VmState | null> {
    try {
      return vmState((await this.init.hypervisor.state(name)).state)
    } catch (error) {
      if (error instanceof DomainNotFoundError) return null
      throw error
    }
  }

  private record (name: string): VmRecord {
    const record = this.init.ledger.vm(name)
    if (record === undefined) throw new VmNotFoundError(name, `on ${this.init.hostName}`)
    return record
  }

  private domainOf (record: VmRecord): NonNullable<VmRecord['domain']> {
    if (record.domain === undefined) {
      throw new RefusedError(`${record.vm.name} is ${record.vm.state}: it has no domain on ${this.init.hostName} yet`, { hint: `create it: multiverse vm create SPEC, or remove it: multiverse vm remove ${record.vm.name}` })
    }
    return record.domain
  }

  private specOf (record: VmRecord): VmSpec {
    return validateVmSpec(record.vm.spec, `the record of ${record.vm.name}`)
  }
}

/** libvirt's state as a VM's; null for a transition (shutting down) or no state. */
function vmState (state: DomainState): VmState | null {
  switch (state) {
    case 'running': case 'blocked': return 'running'
    case 'paused': case 'pmsuspended': return 'paused'
    case 'shutoff': return 'stopped'
    case 'crashed': return 'crashed'
    default: return null
  }
}
