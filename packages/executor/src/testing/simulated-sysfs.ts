/**
 * A sysfs that behaves as the kernel does for the files the VFIO binder writes, over a fixture
 * tree on disk (test/fixtures' sysfs-writer layout; build it under os.tmpdir(), never under a
 * test directory: its links loop). It changes the tree as the kernel would change /sys:
 *
 * - `devices/ADDR/driver_override`: stores the value; an empty or "\n" value clears it.
 * - `devices/ADDR/driver/unbind` (ADDR): removes the device's `driver` link and the driver's
 *   ADDR link; ENODEV when the value is another address; ENOENT when no driver has it.
 * - `drivers_probe` (ADDR): a bound device stays as it is; else it binds to the override driver
 *   when one is set and loaded (`drivers/NAME` exists), nothing else; without an override, to the
 *   driver it had when the simulation started (the one whose id table matches), if loaded.
 *
 * Faults: `failAtWrite: n` makes the n-th write (1-based) fail with EIO and no effect;
 * `refuse` lists devices a driver (or, without `driver`, every driver) turns down on probe, as
 * vfio-pci turns down a device whose group is not viable: the write succeeds, the device stays
 * unbound. Every write is recorded.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { parsePciAddress } from '@multiverse/domain'
import { checkWritablePath } from '../vfio/sysfs.ts'
import type { Sysfs } from '../vfio/sysfs.ts'

export interface SimulatedSysfsOptions {
  failAtWrite?: number
  refuse?: ProbeRefusal[]
}

/** A driver's probe that fails for a device; no `driver` = every driver. */
export interface ProbeRefusal {
  address: string
  driver?: string
}

export interface RecordedWrite {
  path: string
  value: string
}

export class SimulatedSysfs implements Sysfs {
  readonly root: string
  /** Every write asked for, in order, failed ones included. */
  readonly writes: RecordedWrite[] = []
  failAtWrite: number | undefined
  readonly refuse: ProbeRefusal[]
  /** The driver each device had at the start: what a probe without override binds it to. */
  readonly #native = new Map<string, string>()

  constructor (root: string, options: SimulatedSysfsOptions = {}) {
    this.root = root
    this.failAtWrite = options.failAtWrite
    this.refuse = [...(options.refuse ?? [])]
    const devices = join(root, 'sys/bus/pci/devices')
    for (const address of existsSync(devices) ? readdirSync(devices) : []) {
      const driver = this.#driverOf(address)
      if (driver !== null) this.#native.set(address, driver)
    }
  }

  async readLink (path: string): Promise<string | null> {
    try {
      return readlinkSync(join(this.root, path))
    } catch {
      return null
    }
  }

  async exists (path: string): Promise<boolean> {
    try {
      lstatSync(join(this.root, path))
      return true
    } catch {
      return false
    }
  }

  async write (path: string, value: string): Promise<void> {
    this.writes.push({ path, value })
    checkWritablePath(path)
    if (this.failAtWrite === this.writes.length) throw errno('EIO', `injected fault at write ${this.writes.length}: ${path}`)
    let m = /^sys\/bus\/pci\/devices\/([^/]+)\/driver_override$/.exec(path)
    if (m !== null) return this.#setOverride(m[1]!, value)
    m = /^sys\/bus\/pci\/devices\/([^/]+)\/driver\/unbind$/.exec(path)
    if (m !== null) return this.#unbind(m[1]!, value)
    if (path === 'sys/bus/pci/drivers_probe') return this.#probe(value)
    throw errno('EACCES', `the simulation does not model writes to ${path}`)
  }

  /** The override as the kernel shows it: the driver's name, or null for `(null)`. */
  override (address: string): string | null {
    const text = readFileSync(join(this.#device(address), 'driver_override'), 'utf8').trim()
    return text === '(null)' || text === '' ? null : text
  }

  /** The driver bound to a device now, or null. */
  driver (address: string): string | null {
    return this.#driverOf(address)
  }

  #setOverride (address: string, value: string): void {
    const dir = this.#device(address)
    const name = value.trim()
    writeFileSync(join(dir, 'driver_override'), name === '' ? '(null)\n' : `${name}\n`)
  }

  #unbind (address: string, value: string): void {
    const dir = this.#device(address)
    const driver = this.#driverOf(address)
    if (driver === null) throw errno('ENOENT', `${address} has no driver: there is no driver/unbind`)
    if (value.trim() !== address) throw errno('ENODEV', `${driver} has no device ${value.trim()}`)
    unlinkSync(join(dir, 'driver'))
    const back = join(this.root, 'sys/bus/pci/drivers', driver, address)
    if (existsLink(back)) unlinkSync(back)
  }

  #probe (value: string): void {
    const address = value.trim()
    const dir = this.#device(address)
    if (this.#driverOf(address) !== null) return
    const override = this.override(address)
    const driver = override ?? this.#native.get(address) ?? null
    if (driver === null || !existsSync(join(this.root, 'sys/bus/pci/drivers', driver))) return
    if (this.refuse.some((r) => r.address === address && (r.driver === undefined || r.driver === driver))) return
    // The same relative links the kernel shows (and the fixture writer makes).
    const real = realpathSync(dir)
    const sys = realpathSync(join(this.root, 'sys'))
    symlinkSync(join(relative(real, sys), 'bus/pci/drivers', driver), join(dir, 'driver'))
    symlinkSync(join(relative(join(sys, 'bus/pci/drivers', driver), real)), join(this.root, 'sys/bus/pci/drivers', driver, address))
  }

  #driverOf (address: string): string | null {
    try {
      return basename(readlinkSync(join(this.root, 'sys/bus/pci/devices', address, 'driver')))
    } catch {
      return null
    }
  }

  #device (address: string): string {
    let valid: string
    try {
      valid = parsePciAddress(address)
    } catch {
      throw errno('ENODEV', `no such device ${JSON.stringify(address)}`)
    }
    const dir = join(this.root, 'sys/bus/pci/devices', valid)
    if (!existsSync(dir)) throw errno('ENODEV', `no such device ${address}`)
    return dir
  }
}

function errno (code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code })
}

function existsLink (path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}
