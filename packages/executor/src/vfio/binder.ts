/**
 * Hands whole IOMMU groups to vfio-pci before a VM starts and gives the devices back to their
 * drivers after it stops (docs/architecture.md §4). Each sysfs write is its own small verb (Incus
 * `device/pci`); a bind runs under one undo stack for all groups, so a failure anywhere puts
 * every device touched so far back where it was.
 *
 * Per endpoint, in the kernel's order:
 *   1. driver_override = vfio-pci   (from now on only vfio-pci may bind it)
 *   2. ADDR > devices/ADDR/driver/unbind   (only if a driver has it)
 *   3. ADDR > drivers_probe   (the core binds it to the override driver)
 *   4. the `driver` link must now name vfio-pci; if not, vfio-pci refused it (see dmesg).
 */
import { basename } from 'node:path'
import { parsePciAddress } from '@multiverse/domain'
import { IommuMissingError, VfioBindError, VfioDriverMissingError, VfioReleaseError } from '../errors.ts'
import { Undo, withUndo } from '../undo.ts'
import type { Sysfs } from './sysfs.ts'

export const VFIO_DRIVER = 'vfio-pci'

/** One endpoint as the binder found it, and so how to give it back. */
export interface BoundDevice {
  address: string
  /** The driver it had before; null = none (it stays unbound on release); `vfio-pci` = left alone. */
  previousDriver: string | null
}

/** What {@link VfioBinder.bind} did: the input to {@link VfioBinder.release}. Plain data: keep it. */
export interface VfioBinding {
  groups: { group: number, devices: BoundDevice[] }[]
}

export interface VfioBinderComponents {
  sysfs: Sysfs
}

const dev = (address: string): string => `sys/bus/pci/devices/${address}`

export class VfioBinder {
  readonly #sysfs: Sysfs

  constructor (components: VfioBinderComponents) {
    this.#sysfs = components.sysfs
  }

  /**
   * Binds every endpoint of every group to vfio-pci. `groups` lists each assigned IOMMU group's
   * endpoints (bridges excluded); the binder checks that each list is one whole IOMMU group as
   * the kernel sees it. Throws InvalidPciAddressError, VfioDriverMissingError, IommuMissingError,
   * VfioBindError (after rolling everything back) or RollbackError (rollback failed too).
   */
  async bind (groups: readonly (readonly string[])[], options: { signal?: AbortSignal } = {}): Promise<VfioBinding> {
    for (const endpoints of groups) for (const a of endpoints) parsePciAddress(a)
    // A VM without passthrough devices needs neither vfio-pci nor an IOMMU.
    if (groups.length === 0) return { groups: [] }
    const plan = await this.#preflight(groups)
    return await withUndo(async (undo) => {
      const binding: VfioBinding = { groups: [] }
      for (const { group, endpoints } of plan) {
        const devices: BoundDevice[] = []
        for (const address of endpoints) {
          options.signal?.throwIfAborted()
          devices.push(await this.#bindOne(address, undo))
        }
        binding.groups.push({ group, devices })
      }
      return binding
    })
  }

  /**
   * What {@link bind} would return, read now without a write: every endpoint with the driver it
   * has. Journaled before a bind, it lets a restarted agent give back the devices of a bind that
   * was cut short: {@link release} of it is safe whatever part of the bind was done.
   */
  async plan (groups: readonly (readonly string[])[]): Promise<VfioBinding> {
    for (const endpoints of groups) for (const a of endpoints) parsePciAddress(a)
    if (groups.length === 0) return { groups: [] }
    const binding: VfioBinding = { groups: [] }
    for (const { group, endpoints } of await this.#preflight(groups)) {
      const devices: BoundDevice[] = []
      for (const address of endpoints) devices.push({ address, previousDriver: await this.driverOf(address) })
      binding.groups.push({ group, devices })
    }
    return binding
  }

  /**
   * Gives every device back to the driver it had: clears driver_override, unbinds it from
   * vfio-pci and probes it. Tries every device even when one fails, then throws
   * VfioReleaseError listing the failures. Idempotent: a device already back is left alone.
   */
  async release (binding: VfioBinding): Promise<void> {
    const failures: { address: string, error: unknown }[] = []
    // Newest first, like an undo stack: the reverse of the order they were taken in.
    for (const { devices } of [...binding.groups].reverse()) {
      for (const device of [...devices].reverse()) {
        try {
          await this.#restore(parsePciAddress(device.address), device.previousDriver)
        } catch (error) {
          failures.push({ address: device.address, error })
        }
      }
    }
    if (failures.length > 0) throw new VfioReleaseError(failures)
  }

  /** The driver bound to the device now, or null. */
  async driverOf (address: string): Promise<string | null> {
    const target = await this.#sysfs.readLink(`${dev(parsePciAddress(address))}/driver`)
    return target === null ? null : basename(target)
  }

  /** Checks everything that can be checked before the first write. */
  async #preflight (groups: readonly (readonly string[])[]): Promise<{ group: number, endpoints: string[] }[]> {
    const vfio = `sys/bus/pci/drivers/${VFIO_DRIVER}`
    if (!await this.#sysfs.exists(vfio)) throw new VfioDriverMissingError(vfio)
    const seen = new Map<string, number>()
    const plan: { group: number, endpoints: string[] }[] = []
    for (const endpoints of groups) {
      let group: number | null = null
      for (const address of endpoints) {
        if (!await this.#sysfs.exists(dev(address))) throw new VfioBindError(address, `no such PCI device (${dev(address)} is missing)`)
        const link = await this.#sysfs.readLink(`${dev(address)}/iommu_group`)
        if (link === null) {
          throw new IommuMissingError(`${address} has no iommu_group link: the kernel runs without an IOMMU, so nothing can be assigned`)
        }
        const id = Number(basename(link))
        if (!Number.isSafeInteger(id)) throw new VfioBindError(address, `unreadable iommu_group link ${link}`)
        if (group !== null && id !== group) {
          throw new VfioBindError(address, `it is in IOMMU group ${id}, not ${group} like the other endpoints listed with it`)
        }
        if (seen.has(address)) throw new VfioBindError(address, 'it is listed twice')
        group = id
        seen.set(address, id)
      }
      if (group === null) continue
      if (plan.some((p) => p.group === group)) throw new VfioBindError(endpoints[0]!, `IOMMU group ${group} is listed twice`)
      plan.push({ group, endpoints: [...endpoints] })
    }
    return plan
  }

  async #bindOne (address: string, undo: Undo): Promise<BoundDevice> {
    const previousDriver = await this.driverOf(address)
    if (previousDriver === VFIO_DRIVER) return { address, previousDriver }
    // Registered before the first write: whatever state a failure leaves, restore() reads the
    // device as it is and walks it back (a half-done write sequence included).
    undo.add(`give ${address} back to ${previousDriver ?? 'no driver'}`, async () => { await this.#restore(address, previousDriver) })
    await this.#setOverride(address, VFIO_DRIVER)
    if (previousDriver !== null) await this.#unbind(address)
    await this.#probe(address)
    const now = await this.driverOf(address)
    if (now !== VFIO_DRIVER) {
      throw new VfioBindError(address, now === null
        ? 'vfio-pci did not take it (it stays unbound); the kernel log says why'
        : `it is bound to ${now} instead`)
    }
    return { address, previousDriver }
  }

  /** Walks one device back to `previous` from whatever state it is in. */
  async #restore (address: string, previous: string | null): Promise<void> {
    if (previous === VFIO_DRIVER) return
    // Cleared first: otherwise the probe below would hand it straight back to vfio-pci.
    await this.#setOverride(address, '\n')
    const now = await this.driverOf(address)
    if (now === previous) return
    if (now !== null) await this.#unbind(address)
    if (previous === null) return
    await this.#probe(address)
    const after = await this.driverOf(address)
    if (after !== previous) {
      throw new VfioBindError(address, `${previous} did not take it back (now ${after ?? 'unbound'})`)
    }
  }

  // The three verbs. Each builds its path from an address parsePciAddress() accepted.

  async #setOverride (address: string, driver: string): Promise<void> {
    await this.#write(address, `${dev(address)}/driver_override`, driver)
  }

  async #unbind (address: string): Promise<void> {
    await this.#write(address, `${dev(address)}/driver/unbind`, address)
  }

  async #probe (address: string): Promise<void> {
    await this.#write(address, 'sys/bus/pci/drivers_probe', address)
  }

  async #write (address: string, path: string, value: string): Promise<void> {
    try {
      await this.#sysfs.write(path, value)
    } catch (error) {
      throw new VfioBindError(address, `writing ${JSON.stringify(value.trim())} to ${path} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    }
  }
}
