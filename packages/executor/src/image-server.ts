/**
 * The target's end of an offline migration's disk transfer (docs/architecture.md §12): a
 * qemu-storage-daemon serving the freshly made images writable over NBD on a loopback port,
 * which the mesh forwards to the source's qemu-img (image-send.ts). The daemon is this
 * process's child and writes a pid file, so that an agent restarted in mid-transfer can stop the
 * one its predecessor left (stopImageServer) before the images are served again or removed.
 */
import { readFile, rm } from 'node:fs/promises'
import { basename } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { execa } from 'execa'
import type { Result } from 'execa'
import { ImageServerError, ImageTransferValueError, InvalidNameError } from './errors.ts'
import { NAME, checkPath } from './xml/escape.ts'

export interface ServedImage {
  /** The NBD export name: the disk's name. */
  name: string
  /** The qcow2 image, an absolute path. */
  path: string
}

export interface ServeOptions {
  /** The TCP port on `host` to listen on. */
  port: number
  /** Only the loopback: the mesh's forwarding is what reaches it from the source. */
  host?: '127.0.0.1'
  /** Where the daemon writes its pid, for {@link stopImageServer} after a restart. */
  pidFile: string
  /** Bounds the start; default 10 s. */
  timeoutMs?: number
  /** How long close() waits after SIGTERM before SIGKILL; default 30 s. */
  stopTimeoutMs?: number
  /** The program; default `qemu-storage-daemon` from the PATH. */
  qemuStorageDaemon?: string
}

export interface ImageServer {
  /** The daemon's process id, as in the pid file. */
  readonly pid: number
  readonly host: string
  readonly port: number
  /** The export names, in the order of the images given. */
  readonly exports: readonly string[]
  /**
   * Stops the daemon: SIGTERM, on which it flushes and closes the images, then waits for it to
   * exit. Resolves once it has exited cleanly, so every write it took is in the image files.
   * Rejects with ImageServerError when it had to be killed (after `stopTimeoutMs`) or had
   * exited with a failure by itself. Calling it again returns the same promise.
   */
  close (): Promise<void>
}

const POLL_MS = 25
const STDERR_KEEP = 8192
const INSTALL_HINT = 'install qemu-storage-daemon (Debian: apt-get install qemu-system-common)'

/**
 * Starts qemu-storage-daemon serving each image as a writable NBD export named after it, and
 * resolves once it accepts connections. Throws ImageTransferValueError or InvalidNameError for
 * input it refuses, ImageServerError when the daemon does not start (with its stderr).
 */
export async function serveImages (images: readonly ServedImage[], options: ServeOptions): Promise<ImageServer> {
  const host = options.host ?? '127.0.0.1'
  const args = daemonArgs(images, { ...options, host })
  const startMs = options.timeoutMs ?? 10_000
  const child = execa(options.qemuStorageDaemon ?? 'qemu-storage-daemon', args, {
    reject: false,
    stdin: 'ignore',
    stdout: 'ignore',
    // Read here and only its tail kept: the daemon logs each client that goes away mid-handshake,
    // and execa's maxBuffer would kill a long-lived daemon that passed it.
    buffer: false,
    env: { LC_ALL: 'C' }
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-STDERR_KEEP) })
  let exit: Result | undefined
  const exited = child.then((result) => { exit = result; return result })

  // The daemon writes its pid file after it has made its exports and its NBD server, before it
  // accepts connections (documented, qemu-storage-daemon(1)); a client that connects then waits
  // for it. The file holding this child's pid is the sign, where a port that answers might be
  // another daemon's, left running, while this one fails to bind.
  const deadline = Date.now() + startMs
  for (;;) {
    if (exit !== undefined) throw startFailure(exit, stderr, options)
    const pid = child.pid
    if (pid !== undefined && await pidFileHolds(options.pidFile, pid)) break
    if (Date.now() >= deadline) {
      child.kill('SIGKILL')
      await exited
      if (pid !== undefined) await removePidFileOf(options.pidFile, pid)
      throw new ImageServerError(`did not start within ${startMs} ms${tail(stderr)}`, {
        hint: 'the host may be overloaded: try again, or with a longer start timeout'
      })
    }
    await Promise.race([exited, sleep(POLL_MS)])
  }

  const pid = child.pid!
  const stopMs = options.stopTimeoutMs ?? 30_000
  let closing: Promise<void> | undefined
  const stop = async (): Promise<void> => {
    if (exit === undefined) {
      child.kill('SIGTERM')
      if (!await exitsWithin(exited, stopMs)) {
        child.kill('SIGKILL')
        await exited
        await removePidFileOf(options.pidFile, pid)
        throw new ImageServerError(`did not stop within ${stopMs} ms of SIGTERM and was killed`, {
          hint: 'writes it had not flushed may be missing from the images: compare the disks\' checksums, or send them again'
        })
      }
    }
    const result = await exited
    if (result.exitCode !== 0) {
      throw new ImageServerError(`exited with ${result.signal ?? `code ${result.exitCode}`}${tail(stderr)}`, {
        hint: 'the images may lack writes it took: compare the disks\' checksums, or send them again'
      })
    }
  }
  return {
    pid,
    host,
    port: options.port,
    exports: images.map((i) => i.name),
    close: async () => await (closing ??= stop())
  }
}

/** The daemon's arguments; throws for a value it refuses. */
export function daemonArgs (images: readonly ServedImage[], options: ServeOptions & { host: string }): string[] {
  if (images.length === 0) throw new ImageTransferValueError('images', 'no image to serve', 'give at least one disk image')
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new ImageTransferValueError('port', `${options.port} is not a TCP port`, 'give a port from 1 to 65535')
  }
  checkPath('pidFile', options.pidFile)
  const seen = new Set<string>()
  const args: string[] = []
  images.forEach((image, i) => {
    if (!NAME.test(image.name)) throw new InvalidNameError(`images[${i}].name`, image.name)
    if (seen.has(image.name)) throw new ImageTransferValueError(`images[${i}].name`, `${image.name} is served twice`, 'give each disk once')
    seen.add(image.name)
    checkPath(`images[${i}].path`, image.path)
    // The JSON form below carries a comma safely, but qemu's key=value syntax, which the same
    // path may meet elsewhere (a -drive, a monitor command), would split it: refused, not escaped.
    if (image.path.includes(',')) {
      throw new ImageTransferValueError(`images[${i}].path`, `${JSON.stringify(image.path)} holds a comma, which qemu's option syntax splits`,
        'keep disk images in a directory whose path has no comma (diskPath names never do)')
    }
    args.push('--blockdev', JSON.stringify({ driver: 'file', 'node-name': `file${i}`, filename: image.path }),
      '--blockdev', JSON.stringify({ driver: 'qcow2', 'node-name': `disk${i}`, file: `file${i}` }))
  })
  // The NBD server comes before the exports: qemu-storage-daemon refuses an export without it.
  args.push('--nbd-server', JSON.stringify({ addr: { type: 'inet', host: options.host, port: String(options.port) } }))
  images.forEach((image, i) => {
    args.push('--export', JSON.stringify({ type: 'nbd', id: `export${i}`, 'node-name': `disk${i}`, name: image.name, writable: true }))
  })
  args.push('--pidfile', options.pidFile)
  return args
}

/**
 * Stops the qemu-storage-daemon a previous agent process left with `pidFile` (SIGTERM, then
 * SIGKILL after `timeoutMs`, default 30 s) and removes the file. The pid is only signalled when
 * /proc says it is a qemu-storage-daemon started with that very pid file: after a reboot the
 * number may belong to anything. Returns whether a daemon was stopped; no file, no-op.
 */
export async function stopImageServer (pidFile: string, options: { timeoutMs?: number } = {}): Promise<boolean> {
  checkPath('pidFile', pidFile)
  let text: string
  try {
    text = await readFile(pidFile, 'utf8')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false
    throw new ImageServerError(`cannot read the pid file ${pidFile}: ${message(error)}`, { hint: 'check its permissions', cause: error })
  }
  const pid = /^\s*(\d+)\s*$/.exec(text)?.[1]
  let stopped = false
  if (pid !== undefined && await isDaemonOf(Number(pid), pidFile)) {
    const waitMs = options.timeoutMs ?? 30_000
    signal(Number(pid), 'SIGTERM')
    if (!await goneWithin(Number(pid), waitMs)) {
      signal(Number(pid), 'SIGKILL')
      if (!await goneWithin(Number(pid), 5000)) {
        throw new ImageServerError(`pid ${pid} (from ${pidFile}) still runs after SIGKILL`, { hint: 'it may be stuck in the kernel on I/O: check the disk, then the process with ps' })
      }
    }
    stopped = true
  }
  await rm(pidFile, { force: true })
  return stopped
}

async function isDaemonOf (pid: number, pidFile: string): Promise<boolean> {
  let cmdline: string
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return false
  }
  const argv = cmdline.split('\0')
  const at = argv.indexOf('--pidfile')
  const withFile = (at > 0 && argv[at + 1] === pidFile) || argv.includes(`--pidfile=${pidFile}`)
  return basename(argv[0] ?? '') === 'qemu-storage-daemon' && withFile
}

function signal (pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch (error) {
    if (isCode(error, 'ESRCH')) return
    throw new ImageServerError(`cannot signal pid ${pid}: ${message(error)}`, { hint: 'stop it as the user it runs as', cause: error })
  }
}

/** Polls until the process is gone (or a zombie, which its parent will reap). */
async function goneWithin (pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  for (;;) {
    let stat: string
    try {
      stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    } catch {
      return true
    }
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return true
    if (Date.now() >= deadline) return false
    await sleep(POLL_MS)
  }
}

async function exitsWithin (exited: Promise<unknown>, ms: number): Promise<boolean> {
  const timer = new AbortController()
  try {
    return await Promise.race([exited.then(() => true), sleep(ms, false, { signal: timer.signal })])
  } finally {
    timer.abort()
  }
}

async function pidFileHolds (pidFile: string, pid: number): Promise<boolean> {
  try {
    return (await readFile(pidFile, 'utf8')).trim() === String(pid)
  } catch {
    return false
  }
}

/** Removes the pid file if it is still this daemon's (a daemon killed with SIGKILL leaves it). */
async function removePidFileOf (pidFile: string, pid: number): Promise<void> {
  if (await pidFileHolds(pidFile, pid)) await rm(pidFile, { force: true })
}

function startFailure (result: Result, stderr: string, options: ServeOptions): ImageServerError {
  const text = stderr.trim().replace(/^qemu-storage-daemon: /gm, '') || result.originalMessage || `exit ${result.exitCode ?? result.signal}`
  const hint = isCode(result, 'ENOENT')
    ? INSTALL_HINT
    : /Address already in use/.test(text)
      ? `port ${options.port} is taken: by an image server a previous agent left (stopImageServer stops it) or another program`
      : /pid ?file/i.test(text)
        ? `another image server runs with the pid file ${options.pidFile}: stop it first (stopImageServer)`
        : /lock/i.test(text)
          ? 'an image is in use, by a VM or another image server: stop that first'
          : 'qemu-storage-daemon says why: check the image paths and the port'
  return new ImageServerError(`did not start: ${text}`, { hint, cause: result })
}

function tail (stderr: string): string {
  const text = stderr.trim()
  return text === '' ? '' : `: ${text}`
}

function isCode (error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}

function message (error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
