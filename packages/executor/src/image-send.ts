/**
 * The source's end of an offline migration's disk transfer (docs/architecture.md §12): qemu-img
 * convert from the stopped VM's qcow2 image to the target's image server (image-server.ts) over
 * NBD, through the port the mesh forwards. `--target-is-zero` tells it the target, a fresh
 * image of the same virtual size, reads zeros already, so it writes only the allocated data
 * that is not zeros, and the target stays as sparse as the source (`-n`: the target exists).
 */
import { isIPv4 } from 'node:net'
import { execa } from 'execa'
import { ImageSendError, ImageTransferValueError, InvalidNameError } from './errors.ts'
import { NAME, checkPath } from './xml/escape.ts'

export interface NbdDestination {
  /** Where the forwarded port listens: an IPv4 address or a host name. */
  host: string
  port: number
  /** The target's export: the disk's name. */
  exportName: string
}

export interface SendOptions {
  /** Bounds the whole transfer; qemu-img is killed when it passes. */
  timeoutMs: number
  signal?: AbortSignal
  /** The fraction sent so far, 0 to 1, as qemu-img reports it (rising; 1 at the end). It must not throw. */
  onProgress?: (fraction: number) => void
  /** The most the transfer may read and write, in MiB/s (qemu-img's `-r`); default unlimited. */
  bandwidthMiBs?: number
  /** The qemu-img program; default `qemu-img` from the PATH. */
  qemuImg?: string
}

const HOST_NAME = /^(?=.{1,253}$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/
// `-p` prints `    (12.34/100%)` and a carriage return at each step.
const PROGRESS = /\((\d+(?:\.\d+)?)\/100%\)/

/** The NBD URI of a destination; throws for a value that URI cannot carry as it is. */
export function nbdUri (destination: NbdDestination): string {
  const { host, port, exportName } = destination
  if (!isIPv4(host) && !HOST_NAME.test(host)) {
    throw new ImageTransferValueError('destination.host', `${JSON.stringify(host)} is not an IPv4 address or a host name`,
      'give the address the forwarded port listens on, e.g. 127.0.0.1')
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ImageTransferValueError('destination.port', `${port} is not a TCP port`, 'give a port from 1 to 65535')
  }
  if (!NAME.test(exportName)) throw new InvalidNameError('destination.exportName', exportName)
  return `nbd://${host}:${port}/${exportName}`
}

/**
 * Sends the qcow2 image at `path` into the export at `destination`. Throws ImageSendError with
 * qemu-img's message when it fails or outlives `timeoutMs`; on abort, the signal's reason.
 */
export async function sendImage (path: string, destination: NbdDestination, options: SendOptions): Promise<void> {
  checkPath('path', path)
  const uri = nbdUri(destination)
  const { signal, onProgress, bandwidthMiBs } = options
  if (bandwidthMiBs !== undefined && !(Number.isFinite(bandwidthMiBs) && bandwidthMiBs >= 1)) {
    throw new ImageTransferValueError('bandwidthMiBs', `${bandwidthMiBs} is not a rate`, 'give at least 1 MiB/s')
  }
  const rate = bandwidthMiBs === undefined ? [] : ['-r', String(Math.floor(bandwidthMiBs * (1 << 20)))]
  // An absolute path cannot be read as a protocol prefix (`nbd:`, `json:`) by qemu-img.
  const child = execa(options.qemuImg ?? 'qemu-img', ['convert', '-n', '--target-is-zero', '-W', '-p', ...rate, '-f', 'qcow2', '-O', 'raw', path, uri], {
    reject: false,
    timeout: options.timeoutMs,
    forceKillAfterDelay: 1000,
    stdin: 'ignore',
    // Progress is read as it comes; only stderr, the message of a failure, is kept.
    buffer: { stdout: false },
    env: { LC_ALL: 'C' },
    ...(signal === undefined ? {} : { cancelSignal: signal })
  })
  let reported = -1
  const report = (fraction: number): void => {
    if (onProgress === undefined || fraction <= reported) return
    reported = fraction
    try {
      onProgress(fraction)
    } catch {
      // A failing progress report is the caller's bug; it must not stop the transfer.
    }
  }
  let pending = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    const steps = (pending + chunk).split(/[\r\n]/)
    pending = steps.pop() ?? ''
    for (const step of steps) {
      const m = PROGRESS.exec(step)
      if (m !== null) report(Math.min(1, Number(m[1]) / 100))
    }
  })
  const result = await child
  if (result.isCanceled) throw signal?.reason ?? new Error('aborted')
  if (result.timedOut) {
    throw new ImageSendError(path, uri, `qemu-img did not finish within ${options.timeoutMs} ms and was killed`, {
      hint: 'the link may be slow or stalled: check the forwarded port, or allow more time for a disk this large'
    })
  }
  if (result.exitCode !== 0) {
    const text = result.stderr.trim().replace(/^qemu-img: /gm, '') || result.originalMessage || `qemu-img exited with ${result.exitCode ?? result.signal}`
    throw new ImageSendError(path, uri, text, { hint: sendHint(text), cause: result })
  }
  report(1)
}

function sendHint (text: string): string | undefined {
  if (/export .* not (present|available)/i.test(text)) return 'the target\'s image server has no export of that name: check that it serves this disk'
  if (/smaller than/i.test(text)) return 'the target image is smaller than the source: make it with the same virtual size'
  if (/lock/i.test(text)) return 'the image is in use (by a running VM?): shut the VM down first'
  return undefined
}
