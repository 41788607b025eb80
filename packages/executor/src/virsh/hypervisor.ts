/**
 * The hypervisor as the executor and the agent see it: a few domain operations, each bounded
 * in time. {@link VirshHypervisor} runs them with virsh; `testing`'s RecordingHypervisor keeps
 * domains in memory and records the calls, for tests of whatever drives a hypervisor.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Backoff, DEFAULT_GUEST_SHUTDOWN_MS } from '@multiverse/domain'
import { DomainExistsError, DomainNotFoundError, InvalidLimitError, LibvirtError, ShutdownTimeoutError } from '../errors.ts'
import { parseDomInfo, parseDomJobInfo, parseDomState, parseListTable } from './parse.ts'
import type { DomainInfo, DomainListEntry, DomainStateInfo, JobInfo } from './parse.ts'
import { virsh } from './run.ts'
import type { VirshConfig } from './run.ts'

export interface OpOptions {
  signal?: AbortSignal
}

export interface DefineOptions extends OpOptions {
  /**
   * The XML's UUID was made for this define, so no domain can have it: libvirt itself then
   * refuses a name that is taken, and the separate check (one more virsh) is skipped.
   */
  freshUuid?: boolean
}

export interface ShutdownOptions extends OpOptions {
  /** How long to wait for the guest to power off; default {@link DEFAULT_SHUTDOWN_WAIT_MS}. */
  waitMs?: number
  /** How often to look; default 250 ms. */
  pollMs?: number
}

export const DEFAULT_SHUTDOWN_WAIT_MS = DEFAULT_GUEST_SHUTDOWN_MS

/**
 * A live migration, peer to peer: this host's libvirtd connects to `destination` itself and
 * the domain ends defined there and undefined here (`--persistent --undefinesource`), or, if
 * anything fails, still here. Every URI is the caller's: docs/architecture.md §12 carries each
 * of them over the mesh through a loopback port.
 */
export interface MigrateOptions extends OpOptions {
  /** The target's libvirt, as this host's libvirtd reaches it: qemu+tcp://127.0.0.1:PORT/system. */
  destination: string
  /** The domain as the target is to hold it (its image and console paths). */
  xml?: string
  /** Where this host's QEMU sends memory (--migrateuri), and where the target's listens (--listen-address). */
  memoryUri?: string
  listenAddress?: string
  /** Copy the disks too (--copy-storage-all), over `disksUri` (the target's NBD server). */
  copyStorage?: boolean
  disksUri?: string
  bandwidthMiBs?: number
  /**
   * Throttle the guest's vCPUs while its memory dirties faster than it moves (--auto-converge),
   * so a busy guest still converges, at the price of running slower until it has.
   */
  autoConverge?: boolean
  /**
   * Allow a switch to post-copy (--postcopy): it only enables it; nothing switches until
   * `virsh migrate-postcopy`. Once switched, the guest runs on the target while its memory is
   * still on the source: the job can no longer be aborted, and losing either host loses the
   * guest, so the commit point (docs/architecture.md §12) would move to the switch.
   */
  postCopy?: boolean
  /** The whole migration's budget; past it, virsh is killed and the job aborted. */
  timeoutMs: number
}

/** `virsh migrate` arguments for `options` (pure: tested as a table). */
export function migrateArgs (name: string, options: Omit<MigrateOptions, 'xml'>, xmlFile?: string): string[] {
  const args = ['migrate', '--live', '--p2p', '--persistent', '--undefinesource', '--abort-on-error']
  if (options.copyStorage === true) args.push('--copy-storage-all')
  if (xmlFile !== undefined) args.push('--xml', xmlFile)
  if (options.memoryUri !== undefined) args.push('--migrateuri', options.memoryUri)
  if (options.listenAddress !== undefined) args.push('--listen-address', options.listenAddress)
  if (options.disksUri !== undefined) args.push('--disks-uri', options.disksUri)
  if (options.bandwidthMiBs !== undefined) args.push('--bandwidth', String(Math.max(1, Math.floor(options.bandwidthMiBs))))
  if (options.autoConverge === true) args.push('--auto-converge')
  if (options.postCopy === true) args.push('--postcopy')
  return [...args, '--', name, options.destination]
}

/**
 * The `migrate-setmaxdowntime` argument for `ms`: whole milliseconds, at least 1 (virsh refuses
 * 0). libvirt 9.0's `virsh migrate` has no downtime option: the limit is set on the domain, by
 * {@link Hypervisor.setMaxDowntime}, once its migration job runs.
 */
export function maxDowntimeArg (ms: number): string {
  if (!(Number.isFinite(ms) && ms >= 1)) throw new InvalidLimitError('the maximum downtime (ms)', ms)
  return String(Math.round(ms))
}

/**
 * Contract (every implementation, checked by the shared contract suite):
 * - `define` refuses a name that is defined already with DomainExistsError (libvirt itself would
 *   silently replace a definition with the same UUID);
 * - operations on an unknown name throw DomainNotFoundError;
 * - `shutdown` resolves once the domain is shut off (or gone, for a transient one) and throws
 *   ShutdownTimeoutError when it still runs after the wait; it is a no-op on a shut-off domain;
 * - `destroy` is a no-op on a domain that is not running (so rollbacks may call it freely);
 * - `undefine` removes the definition (and its NVRAM), not a running transient instance.
 */
export interface Hypervisor {
  /** Defines a persistent domain from its XML; `name` is the `<name>` in that XML. */
  define: (name: string, xml: string, options?: DefineOptions) => Promise<void>
  start: (name: string, options?: OpOptions) => Promise<void>
  /** ACPI power button, then waits (bounded) for the guest to power off. */
  shutdown: (name: string, options?: ShutdownOptions) => Promise<void>
  /** Hard stop. */
  destroy: (name: string, options?: OpOptions) => Promise<void>
  undefine: (name: string, options?: OpOptions) => Promise<void>
  info: (name: string, options?: OpOptions) => Promise<DomainInfo>
  state: (name: string, options?: OpOptions) => Promise<DomainStateInfo>
  list: (options?: OpOptions) => Promise<DomainListEntry[]>
  /** The running job's progress, or with `completed` the last finished job's statistics. */
  jobInfo: (name: string, options?: OpOptions & { completed?: boolean }) => Promise<JobInfo>
  /** The domain's XML as another host can define it (`dumpxml --migratable`). */
  migratableXml: (name: string, options?: OpOptions) => Promise<string>
  /** Moves a running domain live to another libvirt (see {@link MigrateOptions}). */
  migrate: (name: string, options: MigrateOptions) => Promise<void>
  /** Aborts the domain's running job (a migration): the domain stays here. A no-op without a job. */
  abortJob: (name: string, options?: OpOptions) => Promise<void>
  /**
   * How long a live migration may pause the guest at its end (`migrate-setmaxdowntime`): the
   * longer, the sooner a busy guest converges (QEMU's default is 300 ms). libvirt documents it
   * for a running migration job, and a running domain takes it before its job too (QEMU keeps
   * it as a migration parameter); DomainStateError when the domain does not run.
   */
  setMaxDowntime: (name: string, ms: number, options?: OpOptions) => Promise<void>
}

/** The real hypervisor: libvirt at `config.uri`, through virsh. */
export class VirshHypervisor implements Hypervisor {
  readonly config: VirshConfig

  constructor (config: VirshConfig) {
    this.config = config
  }

  async define (name: string, xml: string, options: DefineOptions = {}): Promise<void> {
    // libvirt replaces an existing definition that has the same name and UUID: refuse first,
    // unless the UUID is new (then libvirt refuses the name: "already exists with uuid").
    if (options.freshUuid !== true && await this.#exists(name, options)) {
      throw new DomainExistsError(name, `domain '${name}' is defined already`)
    }
    // A private temporary file, removed after the call: Node gives a child's stdin as a socket,
    // which virsh cannot open as /dev/stdin (ENXIO).
    const dir = await mkdtemp(join(tmpdir(), 'mv-define-'))
    try {
      const file = join(dir, 'domain.xml')
      await writeFile(file, xml, { mode: 0o600, flag: 'wx' })
      await this.#run(['define', '--', file], name, options)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  async start (name: string, options: OpOptions = {}): Promise<void> {
    await this.#run(['start', '--', name], name, options)
  }

  async shutdown (name: string, options: ShutdownOptions = {}): Promise<void> {
    const waitMs = options.waitMs ?? DEFAULT_SHUTDOWN_WAIT_MS
    const deadline = Date.now() + waitMs
    if ((await this.state(name, options)).state === 'shutoff') return
    await this.#run(['shutdown', '--mode', 'acpi', '--', name], name, options)
    const waits = new Backoff({ firstMs: options.pollMs ?? 250, factor: 1 })
    for (;;) {
      let state
      try {
        state = await this.state(name, options)
      } catch (error) {
        if (error instanceof DomainNotFoundError) return // a transient domain is gone once off
        throw error
      }
      if (state.state === 'shutoff') return
      if (Date.now() >= deadline) throw new ShutdownTimeoutError(name, waitMs)
      await sleep(waits.next(deadline - Date.now()), options.signal)
    }
  }

  async destroy (name: string, options: OpOptions = {}): Promise<void> {
    const { state } = await this.state(name, options)
    if (state === 'shutoff') return
    await this.#run(['destroy', '--', name], name, options)
  }

  async undefine (name: string, options: OpOptions = {}): Promise<void> {
    try {
      await this.#run(['undefine', '--nvram', '--', name], name, options)
    } catch (error) {
      // Drivers without NVRAM support (libvirt's test driver) refuse the flag: it is moot there.
      if (!(error instanceof LibvirtError) || !/unsupported flags/.test(error.text)) throw error
      await this.#run(['undefine', '--', name], name, options)
    }
  }

  async info (name: string, options: OpOptions = {}): Promise<DomainInfo> {
    return parseDomInfo(await this.#run(['dominfo', '--', name], name, options))
  }

  async state (name: string, options: OpOptions = {}): Promise<DomainStateInfo> {
    return parseDomState(await this.#run(['domstate', '--reason', '--', name], name, options))
  }

  async list (options: OpOptions = {}): Promise<DomainListEntry[]> {
    return parseListTable(await this.#run(['list', '--all'], '', options))
  }

  /** `--keep-completed`: reading must not take the statistics away from the operator's `virsh domjobinfo --completed`. */
  async jobInfo (name: string, options: OpOptions & { completed?: boolean } = {}): Promise<JobInfo> {
    const args = options.completed === true ? ['domjobinfo', '--completed', '--keep-completed', '--', name] : ['domjobinfo', '--', name]
    return parseDomJobInfo(await this.#run(args, name, options))
  }

  async migratableXml (name: string, options: OpOptions = {}): Promise<string> {
    return await this.#run(['dumpxml', '--migratable', '--', name], name, options)
  }

  async migrate (name: string, options: MigrateOptions): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'mv-migrate-'))
    try {
      let xmlFile: string | undefined
      if (options.xml !== undefined) {
        xmlFile = join(dir, 'domain.xml')
        await writeFile(xmlFile, options.xml, { mode: 0o600, flag: 'wx' })
      }
      await virsh(this.config, migrateArgs(name, options, xmlFile), {
        domain: name, timeoutMs: options.timeoutMs, ...(options.signal === undefined ? {} : { signal: options.signal })
      })
    } catch (error) {
      // Killing virsh does not end libvirt's job: abort it, so the domain stays here, running.
      await this.abortJob(name).catch(() => {})
      throw error
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  async abortJob (name: string, options: OpOptions = {}): Promise<void> {
    try {
      await this.#run(['domjobabort', '--', name], name, options)
    } catch (error) {
      if (error instanceof LibvirtError && /no job is active|not active/i.test(error.text)) return
      throw error
    }
  }

  async setMaxDowntime (name: string, ms: number, options: OpOptions = {}): Promise<void> {
    await this.#run(['migrate-setmaxdowntime', '--', name, maxDowntimeArg(ms)], name, options)
  }

  async #exists (name: string, options: OpOptions): Promise<boolean> {
    try {
      await this.state(name, options)
      return true
    } catch (error) {
      if (error instanceof DomainNotFoundError) return false
      throw error
    }
  }

  async #run (args: string[], domain: string, options: OpOptions): Promise<string> {
    return await virsh(this.config, args, { domain, ...(options.signal === undefined ? {} : { signal: options.signal }) })
  }
}

function sleep (ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted()
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve() }, ms)
    const onAbort = (): void => { clearTimeout(timer); reject(signal?.reason) }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
