/**
 * The transfer step of a migration, on the source (docs/architecture.md §12): live, libvirt
 * moves the running VM with its RPC, memory and NBD streams each through a tunnel; offline, each
 * stopped image's allocated data goes into the target's image server. Either way a
 * ProgressWatch follows the bytes (libvirt's job statistics, qemu-img's progress) for the
 * operator's events and ends the transfer when no byte moved for the progress timeout or the
 * migration outlived its budget; the operator's cancel ends it too. Ending a live transfer is
 * aborting libvirt's job, which leaves the VM running here; ending an offline one kills qemu-img.
 */
import { RefusedError, optional } from '@multiverse/domain'
import type { MigrateResponse, TunnelChannel, TunnelOpen } from '@multiverse/wire'
import type { ProgressEvent, ProgressWatch } from './progress.ts'
import { watchJob } from './watch-job.ts'
import type { JobProgress } from './watch-job.ts'

/** A loopback forwarder: see @multiverse/mesh's forwardLocal. */
export interface Forwarder { port: number, close: () => Promise<void> }

/** What a transfer does on the source's host. */
export interface TransferPorts {
  clusterId: string
  /**
   * A loopback port (0: any) forwarded to the target: through its native data channel for the
   * stream at `nativePort`, else its data channels at `dataPort`, else a tunnel: the first that
   * it has and that answers.
   */
  forward: (target: string, open: TunnelOpen, port: number, dataPort?: number, nativePort?: number) => Promise<Forwarder>
  migratableXml: (vm: string) => Promise<string>
  /** libvirt's live migration to `destination` over the given streams (the executor's migrate). */
  migrate: (vm: string, options: { destination: string, xml: string, memoryUri: string, disksUri: string, timeoutMs: number, bandwidthMiBs?: number, autoConverge: boolean }) => Promise<void>
  /** libvirt's running job on the VM, for progress; null when there is none. */
  jobInfo: (vm: string) => Promise<JobProgress | null>
  /** Aborts libvirt's job on the VM: a live migration ends with the VM here. */
  abortJob: (vm: string) => Promise<void>
  /** The longest pause libvirt may make the guest take at the switch-over. */
  setMaxDowntime: (vm: string, ms: number) => Promise<void>
  /** Offline: the sha256 of an image's whole virtual disk. */
  checksum: (path: string) => Promise<string>
  /** Offline: writes an image's allocated data into the NBD export at the loopback port. */
  sendImage: (path: string, to: { port: number, exportName: string }, options: { timeoutMs: number, signal: AbortSignal, onProgress: (fraction: number) => void, bandwidthMiBs?: number }) => Promise<void>
}

/** The moving VM's disks as the transfer needs them. */
export interface TransferVm {
  name: string
  disks: Array<{ name: string, path: string, sizeBytes: number }>
}

/** One transfer: where to, with which token, what the target prepared, and the operator's limits. */
export interface Transfer {
  target: string
  migrationId: string
  token: Uint8Array
  prepared: Extract<MigrateResponse, { ok: true }>
  /** The target's answer to the transfer step: where its native data channels listen. */
  receiving: Extract<MigrateResponse, { ok: true }>
  watch: ProgressWatch
  /** The operator's cancel. */
  signal?: AbortSignal
  onProgress?: (event: ProgressEvent) => void
  maxDowntimeMs?: number
  bandwidthMiBs?: number
  autoConverge?: boolean
  now: () => number
}

/** A transfer ended by its limits or its operator; the VM is where it was. */
export class TransferStoppedError extends RefusedError {
  override name = 'TransferStoppedError'
}

/** Live: libvirt moves the running VM; returns once it has, or throws with the VM here. */
export async function transferLive (ports: TransferPorts, vm: TransferVm, transfer: Transfer): Promise<void> {
  // The wire leaves out an empty list: a VM without disks is prepared with none.
  const { diskPaths = [], consolePath, memoryPort, disksPort } = transfer.prepared
  if (diskPaths.length !== vm.disks.length || memoryPort === undefined || disksPort === undefined) {
    throw new TransferStoppedError('the target\'s preparation is incomplete (disks, ports)')
  }
  // Asked while the forwarders start.
  const migratable = ports.migratableXml(vm.name)
  migratable.catch(() => {})
  await through(ports, transfer, [['libvirt', 0], ['memory', memoryPort], ['disks', disksPort]], async ([rpc]) => {
    const xml = targetXml(await migratable, vm.disks.map((d, i) => [d.path, diskPaths[i]!]), consolePath)
    if (transfer.maxDowntimeMs !== undefined) await ports.setMaxDowntime(vm.name, transfer.maxDowntimeMs)
    let stopped: string | undefined
    const stop = (why: string): void => {
      stopped ??= why
      void ports.abortJob(vm.name).catch(() => {})
    }
    const watcher = watchJob(async () => await ports.jobInfo(vm.name), transfer.watch, {
      now: transfer.now, onAbort: (reason) => { stop(reason) }, ...optional('onProgress', transfer.onProgress)
    })
    const cancel = (): void => { stop('cancelled by the operator') }
    transfer.signal?.addEventListener('abort', cancel, { once: true })
    try {
      await ports.migrate(vm.name, {
        destination: `qemu+tcp://127.0.0.1:${rpc!.port}/system`, xml, memoryUri: `tcp://127.0.0.1:${memoryPort}`, disksUri: `tcp://127.0.0.1:${disksPort}`,
        timeoutMs: transfer.watch.budgetMs, ...optional('bandwidthMiBs', transfer.bandwidthMiBs), autoConverge: transfer.autoConverge === true
      })
    } catch (error) {
      throw stopped === undefined ? error : new TransferStoppedError(stopped, { cause: error })
    } finally {
      watcher.stop()
      transfer.signal?.removeEventListener('abort', cancel)
    }
  })
}

/**
 * Offline: each stopped image's allocated data into the target's image server (export `dN`
 * for the Nth disk), one at a time, while its checksum is computed here; returns the checksums.
 */
export async function transferOffline (ports: TransferPorts, vm: TransferVm, transfer: Transfer): Promise<string[]> {
  if ((transfer.prepared.diskPaths ?? []).length !== vm.disks.length) throw new TransferStoppedError('the target\'s preparation is incomplete (disks)')
  const sums = Promise.all(vm.disks.map(async (d) => await ports.checksum(d.path)))
  sums.catch(() => {})
  const total = vm.disks.reduce((sum, d) => sum + d.sizeBytes, 0)
  const ending = new AbortController()
  const end = (why: string): void => { if (!ending.signal.aborted) ending.abort(new TransferStoppedError(why)) }
  const cancel = (): void => { end('cancelled by the operator') }
  transfer.signal?.addEventListener('abort', cancel, { once: true })
  let before = 0
  const observe = (done: number): void => {
    const { event, verdict } = transfer.watch.observe({ atMs: transfer.now(), phase: 'transfer', doneBytes: done, totalBytes: total, remainingBytes: total - done })
    transfer.onProgress?.(event)
    if (verdict.verdict === 'abort') end(verdict.reason)
  }
  // qemu-img says nothing while it is stuck: the watch is asked every second all the same.
  const ticker = setInterval(() => {
    const { verdict } = transfer.watch.silence(transfer.now(), 'transfer')
    if (verdict.verdict === 'abort') end(verdict.reason)
  }, 1000)
  try {
    await through(ports, transfer, [['disks', 0]], async ([nbd]) => {
      for (const [i, disk] of vm.disks.entries()) {
        await ports.sendImage(disk.path, { port: nbd!.port, exportName: `d${i}` }, {
          timeoutMs: transfer.watch.budgetMs, signal: ending.signal, onProgress: (fraction) => { observe(before + fraction * disk.sizeBytes) },
          ...optional('bandwidthMiBs', transfer.bandwidthMiBs)
        })
        before += disk.sizeBytes
      }
    })
  } catch (error) {
    throw ending.signal.aborted ? ending.signal.reason as Error : error
  } finally {
    clearInterval(ticker)
    transfer.signal?.removeEventListener('abort', cancel)
  }
  return await sums
}

/** Runs `work` with loopback forwarders to the target, closed after. */
async function through (ports: TransferPorts, transfer: Transfer, channels: Array<[TunnelChannel, number]>, work: (forwarders: Forwarder[]) => Promise<void>): Promise<void> {
  const { memoryNativePort, disksNativePort } = transfer.receiving
  const native: Partial<Record<TunnelChannel, number>> = { ...optional('memory', memoryNativePort), ...optional('disks', disksNativePort) }
  // All at once: a native channel's stunnel takes tens of milliseconds to start.
  const opened = await Promise.allSettled(channels.map(async ([channel, port]) =>
    await ports.forward(transfer.target, { clusterId: ports.clusterId, migrationId: transfer.migrationId, token: transfer.token, channel }, port, transfer.prepared.dataPort, native[channel])))
  const forwarders = opened.flatMap((o) => o.status === 'fulfilled' ? [o.value] : [])
  try {
    const failed = opened.find((o) => o.status === 'rejected')
    if (failed !== undefined) throw failed.reason
    await work(forwarders)
  } finally {
    await Promise.all(forwarders.map(async (forwarder) => { await forwarder.close().catch(() => {}) }))
  }
}

/**
 * The domain as the target is to hold it: the source's migratable XML with each image path and
 * the serial console's path replaced by the target's, wherever one stands as a whole attribute
 * value. The target's paths were validated on decode (absolute, plain characters, no `..`), so
 * they need no escaping.
 */
export function targetXml (xml: string, images: Array<[string, string]>, consolePath: string | undefined): string {
  const console = /<serial type=['"]file['"]>\s*<source path=(['"])([^'"]*)\1/.exec(xml)?.[2]
  const swaps = consolePath === undefined || console === undefined ? images : [...images, [console, consolePath] as [string, string]]
  let out = xml
  for (const [from, to] of swaps) out = out.replaceAll(`'${from}'`, `'${to}'`).replaceAll(`"${from}"`, `"${to}"`)
  return out
}
