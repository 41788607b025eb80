/**
 * The host's own record of what it holds (docs/architecture.md §3): its VMs and the leases it has granted.
 * This host is the only authority over it. Every change is checked against the record as it is
 * now and written in one atomic LevelDB batch, one change at a time, so that two planners can
 * never both get the same device or the same last GiB.
 */
import { SerialQueue } from '@multiverse/domain'
import { RefusedError } from '@multiverse/domain'
import type { HostVm } from '@multiverse/domain'
import type { AgentStore, BatchOp, Table } from '@multiverse/store'
import { antiAffinityIn, verifyHold } from '@multiverse/scheduler'
import type { PlanHost } from '@multiverse/scheduler'
import type { CreatedDisk, VfioBinding } from '@multiverse/executor'
import type { LeaseAsk, LeaseResponse } from '@multiverse/wire'
import { placedVm } from './plan-snapshot.ts'

/** A lease: a `reserved` HostVm that always has its lease. */
export type Lease = HostVm & { lease: NonNullable<HostVm['lease']> }

/** A VM as the owner keeps it: what the advert shows, where it came from, what it holds here. */
export interface VmRecord {
  vm: HostVm
  /** The lease it was confirmed from: a retried confirm finds it done. */
  leaseId: string | null
  createdAtMs: number
  /** The libvirt domain's UUID, kept for the VM's life (and across migrations). */
  uuid?: string
  /** Once defined: the domain XML and images; while it runs, the devices bound to vfio-pci. */
  domain?: { xml: string, disks: CreatedDisk[], binding: VfioBinding | null }
}

/** What the ledger checks a lease against: this host as the scheduler sees it, without its VMs. */
export type OwnHost = Omit<PlanHost, 'vms'>

export interface LedgerInit {
  store: AgentStore
  /** Called after every change, to publish the host's advert. */
  onChange: () => void
  now?: () => number
}

/** A change the ledger's record does not allow as it stands (no such lease, another holder's). */
export class LedgerStateError extends RefusedError {
  override name = 'LedgerStateError'
}

const refuse = (code: string, detail: string): LeaseResponse => ({ granted: false, code, detail })
/** A lease granted or a record changed is a promise to others: it must survive a crash. */
const DURABLE = { sync: true }

export class Ledger {
  private readonly vmTable: Table<VmRecord>
  private readonly leaseTable: Table<Lease>
  private readonly store: AgentStore
  private readonly onChange: () => void
  private readonly now: () => number
  private readonly vms = new Map<string, VmRecord>()
  private readonly leases = new Map<string, Lease>()
  private readonly changes = new SerialQueue()

  private constructor (init: LedgerInit) {
    this.store = init.store
    this.onChange = init.onChange
    this.now = init.now ?? Date.now
    this.vmTable = init.store.table<VmRecord>('vms')
    this.leaseTable = init.store.table<Lease>('reservations')
  }

  /** Loads the record from the store; leases that lapsed while the agent was down are dropped. */
  static async load (init: LedgerInit): Promise<Ledger> {
    const ledger = new Ledger(init)
    for (const [name, record] of await ledger.vmTable.entries()) ledger.vms.set(name, record)
    for (const [id, lease] of await ledger.leaseTable.entries()) ledger.leases.set(id, lease)
    await ledger.sweep()
    return ledger
  }

  /** Everything held: VMs, then live leases, by name. What the advert shows. */
  held (): HostVm[] {
    return [...[...this.vms.values()].map((r) => r.vm), ...this.leases.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  }

  vm (name: string): VmRecord | undefined {
    return this.vms.get(name)
  }

  records (): VmRecord[] {
    return [...this.vms.values()]
  }

  /** Grants a lease if `own` can give all of `ask` beside what it holds; idempotent per lease id. */
  async reserve (leaseId: string, ask: LeaseAsk, holder: string, own: OwnHost): Promise<LeaseResponse> {
    return await this.serially(async () => {
      const now = this.now()
      const existing = this.leases.get(leaseId)
      if (existing !== undefined) {
        return existing.lease.holder === holder && existing.name === ask.vm
          ? { granted: true, expiresAtMs: existing.lease.expiresAtMs }
          : refuse('lease-taken', `lease ${leaseId} is someone else's`)
      }
      if (own.maintenance === true) return refuse('maintenance', 'the host is in maintenance: it takes no new VMs')
      const clash = this.vms.get(ask.vm)?.vm ?? [...this.leases.values()].find((l) => l.name === ask.vm)
      if (clash !== undefined) return refuse('name-taken', `a VM named ${ask.vm} is already ${clash.state} on this host`)
      const verdict = verifyHold({ ...own, vms: this.held().map((vm) => placedVm(vm, own.name)) }, { ...ask, antiAffinity: antiAffinityIn(ask.spec) })
      if (!verdict.ok) return refuse(verdict.code, verdict.detail)
      const lease: Lease = {
        name: ask.vm,
        state: 'reserved',
        vcpus: ask.vcpus,
        memoryBytes: ask.memoryBytes,
        hugepageBytes: ask.hugepageBytes,
        diskBytes: ask.diskBytes,
        devices: [...ask.devices].sort(),
        group: ask.group,
        spec: ask.spec,
        lease: { id: leaseId, expiresAtMs: now + ask.ttlMs, holder }
      }
      await this.leaseTable.put(leaseId, lease, DURABLE)
      this.leases.set(leaseId, lease)
      this.onChange()
      return { granted: true, expiresAtMs: lease.lease.expiresAtMs }
    })
  }

  /** Gives a lease back. Idempotent: an unknown or lapsed lease is already released. */
  async release (leaseId: string, holder: string): Promise<LeaseResponse> {
    return await this.serially(async () => {
      const lease = this.leases.get(leaseId)
      if (lease === undefined) return { granted: true, expiresAtMs: 0 }
      if (lease.lease.holder !== holder) return refuse('lease-taken', `lease ${leaseId} is someone else's`)
      await this.leaseTable.del(leaseId, DURABLE)
      this.leases.delete(leaseId)
      this.onChange()
      return { granted: true, expiresAtMs: 0 }
    })
  }

  /** The lease is used: it becomes a VM record, state `placed`, in the same batch that ends it. */
  async confirm (leaseId: string, holder: string): Promise<LeaseResponse> {
    return await this.serially(async () => {
      const lease = this.leases.get(leaseId)
      if (lease === undefined) {
        return [...this.vms.values()].some((r) => r.leaseId === leaseId)
          ? { granted: true, expiresAtMs: 0 }
          : refuse('unknown-lease', `no lease ${leaseId} here: it lapsed or was never granted; plan again`)
      }
      if (lease.lease.holder !== holder) return refuse('lease-taken', `lease ${leaseId} is someone else's`)
      if (lease.lease.expiresAtMs <= this.now()) return refuse('expired', `lease ${leaseId} lapsed before it was used; plan again`)
      const { lease: _, ...rest } = lease
      const record: VmRecord = { vm: { ...rest, state: 'placed' }, leaseId, createdAtMs: this.now() }
      await this.store.batch([this.leaseTable.delOp(leaseId), this.vmTable.putOp(record.vm.name, record)], DURABLE)
      this.leases.delete(leaseId)
      this.vms.set(record.vm.name, record)
      this.onChange()
      return { granted: true, expiresAtMs: 0 }
    })
  }

  lease (leaseId: string): Lease | undefined {
    return this.leases.get(leaseId)
  }

  /** Whether lease `leaseId` holds now (granted, not lapsed). */
  holds (leaseId: string): boolean {
    const lease = this.leases.get(leaseId)
    return lease !== undefined && lease.lease.expiresAtMs > this.now()
  }

  /**
   * A VM that arrived by migration becomes this host's (docs/architecture.md §12): its lease turns
   * into the VM's record, with the domain libvirt now holds here and a newer ownership
   * generation, in one durable batch with `also` (the migration journal's end). Idempotent: a VM
   * adopted already under this UUID is done. A lapsed lease is no obstacle: the VM is here.
   */
  async adopt (leaseId: string, holder: string, arrived: { uuid: string, running: boolean, generation: number, xml: string, disks: CreatedDisk[] }, also: BatchOp[]): Promise<void> {
    await this.serially(async () => {
      const lease = this.leases.get(leaseId)
      if (lease === undefined) {
        if ([...this.vms.values()].some((r) => r.uuid === arrived.uuid)) return
        throw new LedgerStateError(`no lease ${leaseId} to adopt a VM under`)
      }
      if (lease.lease.holder !== holder) throw new LedgerStateError(`lease ${leaseId} is someone else's`)
      const { lease: _, ...rest } = lease
      const record: VmRecord = {
        vm: { ...rest, state: arrived.running ? 'running' : 'stopped', generation: arrived.generation },
        leaseId,
        createdAtMs: this.now(),
        uuid: arrived.uuid,
        domain: { xml: arrived.xml, disks: arrived.disks, binding: null }
      }
      await this.store.batch([this.leaseTable.delOp(leaseId), this.vmTable.putOp(record.vm.name, record), ...also], DURABLE)
      this.leases.delete(leaseId)
      this.vms.set(record.vm.name, record)
      this.onChange()
    })
  }

  /**
   * Changes a VM record (its state, its domain) and persists it, with `also` (a journal's step)
   * in the same durable batch; returns the new record.
   */
  async update (name: string, change: (record: VmRecord) => VmRecord, also: BatchOp[] = []): Promise<VmRecord | undefined> {
    return await this.serially(async () => {
      const record = this.vms.get(name)
      if (record === undefined) return undefined
      const next = change(record)
      await this.store.batch([this.vmTable.putOp(name, next), ...also], DURABLE)
      this.vms.set(name, next)
      if (JSON.stringify(next.vm) !== JSON.stringify(record.vm)) this.onChange()
      return next
    })
  }

  /** Forgets a VM record, with `also` in the same durable batch; returns it, or undefined when there was none. */
  async remove (name: string, also: BatchOp[] = []): Promise<VmRecord | undefined> {
    return await this.serially(async () => {
      const record = this.vms.get(name)
      if (record === undefined) {
        if (also.length > 0) await this.store.batch(also, DURABLE)
        return undefined
      }
      await this.store.batch([this.vmTable.delOp(name), ...also], DURABLE)
      this.vms.delete(name)
      this.onChange()
      return record
    })
  }

  /** Drops lapsed leases, except those `keep` says are still in use (a migration's); returns how many. */
  async sweep (keep: (leaseId: string) => boolean = () => false): Promise<number> {
    return await this.serially(async () => {
      const now = this.now()
      const lapsed = [...this.leases.values()].filter((l) => l.lease.expiresAtMs <= now && !keep(l.lease.id))
      if (lapsed.length === 0) return 0
      await this.store.batch(lapsed.map((l) => this.leaseTable.delOp(l.lease.id)))
      for (const l of lapsed) this.leases.delete(l.lease.id)
      this.onChange()
      return lapsed.length
    })
  }

  /** One change at a time: each sees the record the previous one left. */
  private async serially<T> (change: () => Promise<T>): Promise<T> {
    return await this.changes.run('ledger', change)
  }
}
