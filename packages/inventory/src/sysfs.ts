import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, readlinkSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { InventoryRootError } from '@multiverse/domain'

/** sysfs attributes are at most a page; anything longer is not the file we expect. */
export const ATTRIBUTE_CAP = 4096

/** A file under the root that could not be read as expected; the message names path and cause. */
export class SysfsReadError extends Error {
  override name = 'SysfsReadError'
  readonly path: string
  constructor (path: string, problem: string, options?: { cause?: unknown }) {
    super(`${path}: ${problem}`, options)
    this.path = path
  }
}

/**
 * Read-only access to a sysfs/procfs tree below one root. Every path is relative to the root,
 * and nothing outside it is ever opened: directories are resolved with realpath and checked,
 * attribute files are opened with O_NOFOLLOW (real sysfs attributes are never symlinks), and
 * links are only read, their targets checked lexically, never followed.
 */
export class SysfsRoot {
  readonly root: string
  private readonly buffer = Buffer.allocUnsafe(ATTRIBUTE_CAP + 1)

  constructor (root: string) {
    try {
      this.root = realpathSync.native(root)
      readdirSync(this.root)
    } catch (cause) {
      throw new InventoryRootError(root, { cause })
    }
  }

  /** The attribute's text, trimmed; throws SysfsReadError when missing, not a file, or too big. */
  text (path: string): string {
    return this.bytes(path, ATTRIBUTE_CAP).toString('utf8').trim()
  }

  /** The file's first bytes (at most `max`); a file longer than `max` is an error. */
  bytes (path: string, max: number): Buffer {
    let fd: number
    try {
      fd = openSync(join(this.root, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    } catch (cause) {
      throw new SysfsReadError(path, describe(cause), { cause })
    }
    try {
      if (!fstatSync(fd).isFile()) throw new SysfsReadError(path, 'not a regular file')
      const buffer = max <= ATTRIBUTE_CAP ? this.buffer : Buffer.allocUnsafe(max + 1)
      let length = 0
      for (let n = -1; n !== 0 && length <= max;) {
        n = readSync(fd, buffer, length, max + 1 - length, null)
        length += n
      }
      if (length > max) throw new SysfsReadError(path, `larger than ${max} bytes`)
      return Buffer.from(buffer.subarray(0, length))
    } catch (cause) {
      if (cause instanceof SysfsReadError) throw cause
      throw new SysfsReadError(path, describe(cause), { cause })
    } finally {
      closeSync(fd)
    }
  }

  /** Does `path` exist (as anything, links not followed)? */
  exists (path: string): boolean {
    try {
      readlinkSync(join(this.root, path))
      return true
    } catch (cause) {
      return (cause as NodeJS.ErrnoException).code === 'EINVAL'
    }
  }

  /**
   * Where the symlink at `path` points, as a path relative to the root. The target is resolved
   * lexically against the link's directory and must stay inside the root.
   */
  link (path: string): string {
    let target: string
    try {
      target = readlinkSync(join(this.root, path))
    } catch (cause) {
      throw new SysfsReadError(path, describe(cause), { cause })
    }
    const absolute = isAbsolute(target) ? target : resolve(this.root, path, '..', target)
    const inside = relative(this.root, absolute)
    if (inside.startsWith('..') || isAbsolute(inside)) {
      throw new SysfsReadError(path, `link points outside the root (${target})`)
    }
    return inside
  }

  /** The directory `path` resolves to (links followed), relative to the root; must stay inside. */
  directory (path: string): string {
    let real: string
    try {
      real = realpathSync.native(join(this.root, path))
    } catch (cause) {
      throw new SysfsReadError(path, describe(cause), { cause })
    }
    const inside = relative(this.root, real)
    if (inside.startsWith('..') || isAbsolute(inside)) {
      throw new SysfsReadError(path, `resolves outside the root (${real})`)
    }
    return inside
  }

  /** Names in the directory at `path`, sorted; an empty list when it does not exist. */
  list (path: string): string[] {
    try {
      return readdirSync(join(this.root, path)).sort()
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return []
      throw new SysfsReadError(path, describe(cause), { cause })
    }
  }
}

function describe (cause: unknown): string {
  switch ((cause as NodeJS.ErrnoException).code) {
    case 'ENOENT': return 'missing'
    case 'ELOOP': return 'a symlink where a file was expected, or a symlink loop'
    case 'EACCES': return 'permission denied'
    case 'ENOTDIR': return 'not a directory'
    case 'EISDIR': return 'a directory where a file was expected'
    default: return (cause as Error).message
  }
}
