/**
 * An in-memory {@link Hypervisor} that keeps the contract VirshHypervisor keeps (the same
 * contract suite runs against both) and records every call, for tests of code that drives a
 * hypervisor (the executor, the agent, migration). Faults: `failNext(op, error)` makes the next
 * call of that operation throw; `ignoreAcpi` lists guests that ignore the power button.
 */
import { DomainExistsError, DomainNotFoundError, DomainStateError, ShutdownTimeoutError } from '../errors.ts'
import { maxDowntimeArg } from '../virsh/hypervisor.ts'
import type { DefineOptions, Hypervisor, MigrateOptions, OpOptions, ShutdownOptions } from '../virsh/hypervisor.ts'
import type { DomainInfo, DomainListEntry, DomainState, DomainStateInfo, JobInfo } from '../virsh/parse.ts'

export type HypervisorOp =
  | 'define' | 'start' | 'shutdown' | 'destroy' | 'undefine' | 'info' | 'state' | 'list' | 'jobInfo' | 'migratableXml' | 'migrate' | 'abortJob'
  | 'setMaxDowntime'

export interface RecordedCall {
  op: HypervisorOp
  /** The domain name; '' for list. */
  name: string
}

export interface RecordedDomain {
  name: string
  xml: string
  uuid: string
  id: number | null
  state: DomainStateInfo
  persistent: boolean
}

export class RecordingHypervisor implements Hypervisor {
  readonly calls: RecordedCall[] = []
  readonly domains = new Map<string, RecordedDomain>()
  /** Guests that ignore an ACPI shutdown request. */
  readonly ignoreAcpi = new Set<string>()
  /** Other recording hypervisors by the destination URI a migration names: where `migrate` moves a domain. */
  readonly peers = new Map<string, RecordingHypervisor>()
  /** The maximum downtime set on each running domain; QEMU forgets it when the domain stops or leaves. */
  readonly maxDowntimes = new Map<string, number>()
  readonly #faults = new Map<HypervisorOp, unknown>()
  #nextId = 1

  /** The next call of `op` throws `error` (once). */
  failNext (op: HypervisorOp, error: unknown): void {
    this.#faults.set(op, error)
  }

  async define (name: string, xml: string, options: DefineOptions = {}): Promise<void> {
    this.#enter('define', name, options)
    if (this.domains.has(name)) throw new DomainExistsError(name, `domain '${name}' is defined already`)
    const uuid = /<uuid>([^<]+)<\/uuid>/.exec(xml)?.[1] ?? crypto.randomUUID()
    this.domains.set(name, { name, xml, uuid, id: null, state: { state: 'shutoff', reason: 'unknown' }, persistent: true })
  }

  async start (name: string, options: OpOptions = {}): Promise<void> {
    const d = this.#get('start', name, options)
    if (d.state.state !== 'shutoff') throw new DomainStateError(name, 'Domain is already active')
    d.state = { state: 'running', reason: 'booted' }
    d.id = this.#nextId++
  }

  async shutdown (name: string, options: ShutdownOptions = {}): Promise<void> {
    const d = this.#get('shutdown', name, options)
    if (d.state.state === 'shutoff') return
    if (this.ignoreAcpi.has(name)) {
      const waitMs = options.waitMs ?? 0
      await new Promise((resolve) => setTimeout(resolve, Math.min(waitMs, 50)))
      throw new ShutdownTimeoutError(name, waitMs)
    }
    this.#stop(d, 'shutdown')
  }

  async destroy (name: string, options: OpOptions = {}): Promise<void> {
    const d = this.#get('destroy', name, options)
    if (d.state.state !== 'shutoff') this.#stop(d, 'destroyed')
  }

  async undefine (name: string, options: OpOptions = {}): Promise<void> {
    const d = this.#get('undefine', name, options)
    if (!d.persistent) throw new DomainStateError(name, 'Requested operation is not valid: cannot undefine transient domain')
    // As libvirt does: a running domain stays, transient, until it stops.
    if (d.state.state === 'shutoff') this.domains.delete(name)
    else d.persistent = false
  }

  async info (name: string, options: OpOptions = {}): Promise<DomainInfo> {
    const d = this.#get('info', name, options)
    const memory = Number(/<memory unit='KiB'>(\d+)<\/memory>/.exec(d.xml)?.[1] ?? 0)
    const vcpus = Number(/<vcpu[^>]*>(\d+)<\/vcpu>/.exec(d.xml)?.[1] ?? 1)
    return {
      id: d.id, name, uuid: d.uuid, osType: 'hvm', state: d.state.state, vcpus,
      cpuTimeSeconds: d.id === null ? null : 0, maxMemoryKiB: memory, usedMemoryKiB: memory,
      persistent: d.persistent, autostart: false, fields: {}
    }
  }

  async state (name: string, options: OpOptions = {}): Promise<DomainStateInfo> {
    return { ...this.#get('state', name, options).state }
  }

  async list (options: OpOptions = {}): Promise<DomainListEntry[]> {
    this.#enter('list', '', options)
    // virsh lists running domains first (by id), then the others by name.
    const all = [...this.domains.values()]
    const running = all.filter((d) => d.id !== null).sort((a, b) => a.id! - b.id!)
    const off = all.filter((d) => d.id === null).sort((a, b) => a.name.localeCompare(b.name))
    return [...running, ...off].map((d) => ({ id: d.id, name: d.name, state: d.state.state }))
  }

  async jobInfo (name: string, options: OpOptions & { completed?: boolean } = {}): Promise<JobInfo> {
    this.#get('jobInfo', name, options)
    return {
      type: 'none', operation: null, elapsedMs: null, dataProcessedBytes: null, dataRemainingBytes: null,
      dataTotalBytes: null, memoryBandwidthBytesPerSecond: null, expectedDowntimeMs: null, totalDowntimeMs: null, fields: {}
    }
  }

  async migratableXml (name: string, options: OpOptions = {}): Promise<string> {
    return this.#get('migratableXml', name, options).xml
  }

  /** As libvirt does it: all or nothing; the domain arrives running and persistent, and leaves here. */
  async migrate (name: string, options: MigrateOptions): Promise<void> {
    const d = this.#get('migrate', name, options)
    if (d.state.state !== 'running') throw new DomainStateError(name, 'Requested operation is not valid: domain is not running')
    const peer = this.peers.get(options.destination)
    if (peer === undefined) throw new DomainStateError(name, `unable to connect to server at '${options.destination}'`)
    if (peer.domains.has(name)) throw new DomainExistsError(name, `domain '${name}' already exists on the destination`)
    peer.domains.set(name, { ...d, xml: options.xml ?? d.xml, id: peer.#nextId++, state: { state: 'running', reason: 'migrated' }, persistent: true })
    this.domains.delete(name)
    this.maxDowntimes.delete(name)
  }

  async abortJob (name: string, options: OpOptions = {}): Promise<void> {
    this.#get('abortJob', name, options)
  }

  async setMaxDowntime (name: string, ms: number, options: OpOptions = {}): Promise<void> {
    const arg = maxDowntimeArg(ms) // as VirshHypervisor: a bad value is refused before libvirt is asked
    const d = this.#get('setMaxDowntime', name, options)
    if (d.id === null) throw new DomainStateError(name, 'Requested operation is not valid: domain is not running')
    this.maxDowntimes.set(name, Number(arg))
  }

  #stop (d: RecordedDomain, reason: string): void {
    d.id = null
    this.maxDowntimes.delete(d.name)
    d.state = { state: 'shutoff' satisfies DomainState, reason }
    if (!d.persistent) this.domains.delete(d.name)
  }

  #enter (op: HypervisorOp, name: string, options: OpOptions): void {
    this.calls.push({ op, name })
    options.signal?.throwIfAborted()
    if (this.#faults.has(op)) {
      const error = this.#faults.get(op)
      this.#faults.delete(op)
      throw error
    }
  }

  #get (op: HypervisorOp, name: string, options: OpOptions): RecordedDomain {
    this.#enter(op, name, options)
    const d = this.domains.get(name)
    if (d === undefined) throw new DomainNotFoundError(name, `failed to get domain '${name}'`)
    return d
  }
}
