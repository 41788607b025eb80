import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, readlinkSync, realpathSync } from 'node:fs'
import type { Dirent } from 'node:fs'
import { isAbsolute, normalize, relative } from 'node:path'
import { InventoryRootError } from '@multiverse/domain'

/** sysfs attributes are at most a page; anything longer is not the file we expect. */
export const ATTRIBUTE_CAP = 4096

export type EntryKind = 'file' | 'dir' | 'link' | 'other'

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
 * and nothing outside it is ever opened: files are opened with O_NOFOLLOW, directories are only
 * entered through real directory entries, and links are only read, their targets checked
 * lexically, never followed.
 */
export class SysfsRoot {
  readonly root: string
  /** The root with a trailing slash: paths below it are validated names, never `..`. */
  private readonly prefix: string
  private readonly buffer = Buffer.allocUnsafe(ATTRIBUTE_CAP + 1)

  constructor (root: string) {
    try {
      this.root = realpathSync.native(root)
      readdirSync(this.root)
    } catch (cause) {
      throw new InventoryRootError(root, { cause })
    }
    this.prefix = this.root.endsWith('/') ? this.root : `${this.root}/`
  }

  /**
   * The attribute's text, trimmed; throws SysfsReadError when missing, not a file, or too big.
   * One read: the kernel hands a sysfs attribute over whole (at most a page) in a single read.
   */
  text (path: string): string {
    const fd = this.open(path)
    try {
      const length = readSync(fd, this.buffer, 0, ATTRIBUTE_CAP + 1, null)
      if (length > ATTRIBUTE_CAP) throw new SysfsReadError(path, `larger than ${ATTRIBUTE_CAP} bytes`)
      return this.buffer.toString('utf8', 0, length).trim()
    } catch (cause) {
      if (cause instanceof SysfsReadError) throw cause
      throw new SysfsReadError(path, describe(cause), { cause })
    } finally {
      closeSync(fd)
    }
  }

  /** The whole file (at most `max` bytes; more is an error): config space, procfs tables. */
  bytes (path: string, max: number): Buffer {
    const fd = this.open(path)
    try {
      if (!fstatSync(fd).isFile()) throw new SysfsReadError(path, 'not a regular file')
      const buffer = Buffer.allocUnsafe(max + 1)
      let length = 0
      for (let n = -1; n !== 0 && length <= max;) {
        n = readSync(fd, buffer, length, max + 1 - length, null)
        length += n
      }
      if (length > max) throw new SysfsReadError(path, `larger than ${max} bytes`)
      return buffer.subarray(0, length)
    } catch (cause) {
      if (cause instanceof SysfsReadError) throw cause
      throw new SysfsReadError(path, describe(cause), { cause })
    } finally {
      closeSync(fd)
    }
  }

  /** The file's first `length` bytes (fewer if it is shorter): a header, not the whole file. */
  head (path: string, length: number): Buffer {
    const fd = this.open(path)
    try {
      const read = readSync(fd, this.buffer, 0, Math.min(length, ATTRIBUTE_CAP), null)
      return Buffer.from(this.buffer.subarray(0, read))
    } catch (cause) {
      throw new SysfsReadError(path, describe(cause), { cause })
    } finally {
      closeSync(fd)
    }
  }

  /**
   * O_NOFOLLOW: real sysfs attributes are never symlinks, so one here is refused, not followed
   * out of the root. O_NONBLOCK: a FIFO planted in the tree reads as empty instead of hanging.
   */
  private open (path: string): number {
    try {
      return openSync(this.prefix + path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    } catch (cause) {
      throw new SysfsReadError(path, describe(cause), { cause })
    }
  }

  /** Does `path` exist (as anything, links not followed)? */
  exists (path: string): boolean {
    try {
      readlinkSync(this.prefix + path)
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
      target = readlinkSync(this.prefix + path)
    } catch (cause) {
      throw new SysfsReadError(path, describe(cause), { cause })
    }
    // Lexically, relative to the root: normalize() of a relative path needs no cwd, and is a
    // fraction of resolve() + relative() on thousands of links (docs/architecture.md §4).
    const inside = isAbsolute(target) ? relative(this.root, target) : normalize(`${path}/../${target}`)
    if (inside === '..' || inside.startsWith('../') || isAbsolute(inside)) {
      throw new SysfsReadError(path, `link points outside the root (${target})`)
    }
    return inside
  }

  /** The entries of the directory at `path` (links not followed), by name. */
  entries (path: string): Map<string, EntryKind> {
    let dirents: Dirent[]
    try {
      dirents = readdirSync(this.prefix + path, { withFileTypes: true })
    } catch (cause) {
      throw new SysfsReadError(path, describe(cause), { cause })
    }
    const entries = new Map<string, EntryKind>()
    for (const dirent of dirents) {
      entries.set(dirent.name, dirent.isFile() ? 'file' : dirent.isDirectory() ? 'dir' : dirent.isSymbolicLink() ? 'link' : 'other')
    }
    return entries
  }

  /** Names in the directory at `path`, sorted; an empty list when it does not exist. */
  list (path: string): string[] {
    try {
      return readdirSync(this.prefix + path).sort()
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
