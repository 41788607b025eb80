/**
 * The local executor: what the agent calls to run a VM that was placed on this host. It composes
 * the pieces under one undo stack (docs/architecture.md §11), so a VM is either fully up or leaves nothing behind:
 *
 *   render XML (pure: every refusal before any change)
 *   -> create disks      (undo: remove them)
 *   -> define            (undo: undefine)
 *   -> bind VFIO groups  (undo: give the devices back)
 *   -> start             (undo: destroy)
 *
 * `stop` and `remove` are the inverses for a VM that ran. The executor keeps no state: `launch`
 * returns what `stop` and `remove` need (image paths, the VFIO binding) and the agent stores it.
 */
import type { VmSpec } from '@multiverse/domain'
import { access } from 'node:fs/promises'
import { createDisks, diskPath, removeDisks } from './disks.ts'
import type { CreatedDisk, DiskConfig } from './disks.ts'
import { DiskExistsError, ShutdownTimeoutError, VmRemoveError } from './errors.ts'
import { withUndo } from './undo.ts'
import type { Hypervisor } from './virsh/hypervisor.ts'
import type { VfioBinder, VfioBinding } from './vfio/binder.ts'
import { renderDomainXml } from './xml/domain-xml.ts'
import type { AssignedDevice, Emulation, NetworkAttachment } from './xml/domain-xml.ts'

export interface ExecutorComponents {
  hypervisor: Hypervisor
  binder: VfioBinder
}

export interface LaunchRequest {
  spec: VmSpec
  /** This host's name, recorded in the domain's metadata as the VM's owner. */
  owner: string
  /** Kept across migrations; null lets libvirt pick one. */
  uuid: string | null
  /** `uuid` was made for this VM just now: no domain can have it (saves a check, see define). */
  freshUuid?: boolean
  emulation: Emulation
  /** The assigned IOMMU groups, each with all its endpoints (as the scheduler resolved them). */
  groups: AssignedDevice[][]
  viommu: boolean
  serialLog: string | null
  network: NetworkAttachment | null
  /** true: the images exist already (a migration target streamed them); else they are created. */
  existingDisks?: boolean
}

/** A defined VM: its domain XML and images. Keep it (plain data) for start and remove. */
export interface DefinedVm {
  name: string
  xml: string
  disks: CreatedDisk[]
}

/** What a running VM holds on this host: keep it (plain data) for stop and remove. */
export interface LaunchedVm extends DefinedVm {
  binding: VfioBinding
}

export interface StopOptions {
  /** ACPI wait before giving up (or destroying, with `force`); default 60 s. */
  waitMs?: number
  /** Destroy the guest when it ignores the ACPI request. */
  force?: boolean
  signal?: AbortSignal
}

export class LocalExecutor {
  readonly #config: DiskConfig
  readonly #hv: Hypervisor
  readonly #binder: VfioBinder

  constructor (config: DiskConfig, components: ExecutorComponents) {
    this.#config = config
    this.#hv = components.hypervisor
    this.#binder = components.binder
  }

  /**
   * The images `define` will make for `spec`, each checked absent now (else DiskExistsError):
   * what a journal records before define, so that undoing a define cut short removes only
   * images that define made.
   */
  async imagesToCreate (spec: VmSpec): Promise<string[]> {
    const paths = spec.disks.map((d) => diskPath(this.#config.imagesDir, spec.name, d.name))
    for (const path of paths) {
      const present = await access(path).then(() => true, () => false)
      if (present) throw new DiskExistsError(path)
    }
    return paths
  }

  /** What binding `groups` will record (each endpoint's driver now); see VfioBinder.plan. */
  async planBinding (groups: readonly string[][]): Promise<VfioBinding> {
    return await this.#binder.plan(groups)
  }

  /** Creates the disks and defines the domain, or undoes what was done and rethrows. */
  async define (request: LaunchRequest, options: { signal?: AbortSignal } = {}): Promise<DefinedVm> {
    const { spec } = request
    const paths = spec.disks.map((d) => diskPath(this.#config.imagesDir, spec.name, d.name))
    const xml = renderDomainXml({
      spec,
      owner: request.owner,
      uuid: request.uuid,
      emulation: request.emulation,
      devices: request.groups.flat(),
      disks: paths,
      viommu: request.viommu,
      serialLog: request.serialLog,
      network: request.network
    })
    const op = options.signal === undefined ? {} : { signal: options.signal }
    return await withUndo(async (undo) => {
      // The images and the definition at once: defining does not open the images.
      const [disks, defined] = await Promise.allSettled([
        request.existingDisks === true
          ? spec.disks.map((d, i) => ({ name: d.name, path: paths[i]!, sizeBytes: d.sizeBytes }))
          : createDisks(this.#config, spec.name, spec.disks, { undo, ...op }),
        this.#hv.define(spec.name, xml, { ...op, freshUuid: request.freshUuid === true })
      ])
      if (defined.status === 'fulfilled') undo.add(`undefine ${spec.name}`, async () => { await this.#hv.undefine(spec.name) })
      if (disks.status === 'rejected') throw disks.reason
      if (defined.status === 'rejected') throw defined.reason
      return { name: spec.name, xml, disks: disks.value }
    })
  }

  /**
   * Binds the VM's IOMMU groups to vfio-pci and starts the defined domain; on any failure gives
   * the devices back and rethrows. Returns the binding, which `stop` needs. `beforeStart` is
   * given the binding once the devices are bound, before the domain starts (a journal's step).
   */
  async start (name: string, groups: readonly string[][], options: { signal?: AbortSignal, beforeStart?: (binding: VfioBinding) => Promise<void> } = {}): Promise<VfioBinding> {
    const op = options.signal === undefined ? {} : { signal: options.signal }
    return await withUndo(async (undo) => {
      const binding = await this.#binder.bind(groups.map((g) => [...g]), op)
      undo.add(`release the devices of ${name}`, async () => { await this.#binder.release(binding) })
      await options.beforeStart?.(binding)
      await this.#hv.start(name, op)
      return binding
    })
  }

  /** Defines and starts; on any failure undoes all of it (domain, images, devices) and rethrows. */
  async launch (request: LaunchRequest, options: { signal?: AbortSignal } = {}): Promise<LaunchedVm> {
    return await withUndo(async (undo) => {
      const vm = await this.define(request, options)
      undo.add(`undefine ${vm.name}`, async () => { await this.#hv.undefine(vm.name) })
      if (request.existingDisks !== true) undo.add(`remove the images of ${vm.name}`, async () => { await removeDisks(vm.disks.map((d) => d.path)) })
      const binding = await this.start(vm.name, request.groups.map((g) => g.map((d) => d.address)), options)
      return { ...vm, binding }
    })
  }

  /**
   * Shuts the guest down (ACPI, bounded wait; with `force` a hard stop after it) and gives its
   * devices back. Throws ShutdownTimeoutError (devices kept: the guest still uses them) or
   * VfioReleaseError.
   */
  async stop (vm: Pick<LaunchedVm, 'name' | 'binding'>, options: StopOptions = {}): Promise<void> {
    const op = options.signal === undefined ? {} : { signal: options.signal }
    try {
      await this.#hv.shutdown(vm.name, { ...op, ...(options.waitMs === undefined ? {} : { waitMs: options.waitMs }) })
    } catch (error) {
      if (!(error instanceof ShutdownTimeoutError) || options.force !== true) throw error
      await this.#hv.destroy(vm.name, op)
    }
    await this.#binder.release(vm.binding)
  }

  /** Gives devices back to their drivers (no domain involved): a bind cut short. Idempotent. */
  async release (binding: VfioBinding): Promise<void> {
    await this.#binder.release(binding)
  }

  /** Powers the guest off at once (no ACPI) and gives its devices back. Idempotent. */
  async destroy (vm: Pick<LaunchedVm, 'name' | 'binding'>, options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.#hv.destroy(vm.name, options.signal === undefined ? {} : { signal: options.signal })
    await this.#binder.release(vm.binding)
  }

  /**
   * Removes a VM from this host for good: hard stop if it runs, devices given back, definition
   * and images removed. Every step runs even when an earlier one fails; idempotent.
   */
  async remove (vm: Pick<LaunchedVm, 'name' | 'binding' | 'disks'>, options: { keepDisks?: boolean } = {}): Promise<void> {
    const failures: unknown[] = []
    const attempt = async (step: () => Promise<void>): Promise<void> => {
      try { await step() } catch (error) { failures.push(error) }
    }
    const gone = (error: unknown): boolean => error instanceof Error && error.name === 'DomainNotFoundError'
    await attempt(async () => { try { await this.#hv.destroy(vm.name) } catch (e) { if (!gone(e)) throw e } })
    await attempt(async () => { await this.#binder.release(vm.binding) })
    await attempt(async () => { try { await this.#hv.undefine(vm.name) } catch (e) { if (!gone(e)) throw e } })
    if (options.keepDisks !== true) await attempt(async () => { await removeDisks(vm.disks.map((d) => d.path)) })
    if (failures.length === 1) throw failures[0]
    if (failures.length > 1) throw new VmRemoveError(vm.name, failures)
  }
}
