/**
 * The few sysfs files the VFIO binder touches, behind a narrow interface so that tests run the
 * binder over a simulated kernel (`testing`'s SimulatedSysfs) and the agent over /sys.
 * Paths are relative to the root (`sys/bus/pci/devices/0000:01:00.0/driver_override`).
 */
import { open, readlink, lstat } from 'node:fs/promises'
import { constants } from 'node:fs'
import { join } from 'node:path'
import { UsageError } from '@multiverse/domain'

export interface Sysfs {
  /** The target of a symbolic link, or null when there is no such link. */
  readLink: (path: string) => Promise<string | null>
  /** Writes one value to an attribute, as `echo -n VALUE > FILE` would; the kernel's refusal is thrown. */
  write: (path: string, value: string) => Promise<void>
  /** Whether the path exists (a link counts, even dangling). */
  exists: (path: string) => Promise<boolean>
}

/** Where every write must land: the PCI bus's attributes, nothing else. */
export const WRITABLE_PREFIX = 'sys/bus/pci/'

/** A write the binder should never have asked for (a bug, or a path built from bad input). */
export class SysfsPathError extends UsageError {
  override name = 'SysfsPathError'
  readonly path: string
  constructor (path: string) {
    super(`refusing to write ${JSON.stringify(path)}: only attributes below ${WRITABLE_PREFIX} are written`, {
      hint: 'this is a bug in the caller: report it'
    })
    this.path = path
  }
}

/** Throws {@link SysfsPathError} unless `path` is a relative path below sys/bus/pci/ without `.`/`..`. */
export function checkWritablePath (path: string): string {
  const segments = path.split('/')
  if (!path.startsWith(WRITABLE_PREFIX) || segments.some((s) => s === '' || s === '.' || s === '..') ||
      /[\u0000-\u001f]/.test(path)) {
    throw new SysfsPathError(path)
  }
  return path
}

/** The real sysfs below `root` (`/` on a host). */
export class NodeSysfs implements Sysfs {
  readonly root: string

  constructor (root = '/') {
    this.root = root
  }

  async readLink (path: string): Promise<string | null> {
    try {
      return await readlink(join(this.root, path))
    } catch (error) {
      if (isCode(error, 'ENOENT') || isCode(error, 'EINVAL')) return null
      throw error
    }
  }

  async write (path: string, value: string): Promise<void> {
    // O_WRONLY without O_CREAT or O_TRUNC: a missing attribute is an error, never a new file, and
    // write-only attributes (unbind, drivers_probe) refuse an open for reading.
    const handle = await open(join(this.root, checkWritablePath(path)), constants.O_WRONLY)
    try {
      // One write(2) call: sysfs stores take the whole value at once.
      await handle.write(value)
    } finally {
      await handle.close()
    }
  }

  async exists (path: string): Promise<boolean> {
    try {
      await lstat(join(this.root, path))
      return true
    } catch (error) {
      if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR')) return false
      throw error
    }
  }
}

function isCode (error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}
