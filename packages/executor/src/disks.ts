/**
 * A VM's qcow2 disk images, created with `qemu-img create -f qcow2` in the images directory the
 * caller gives. File names come only from validated VM and disk names (`VM@DISK.qcow2`: `@` is
 * in neither name, so two pairs never share a file). An existing file is never overwritten.
 */
import { open, rm } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { execa } from 'execa'
import type { DiskSpec } from '@multiverse/domain'
import { DiskCreateError, DiskExistsError, InvalidNameError, InvalidXmlValueError } from './errors.ts'
import { withUndo } from './undo.ts'
import type { Undo } from './undo.ts'
import { NAME, checkPath } from './xml/escape.ts'

export interface DiskConfig {
  /** Absolute directory holding the images; it must exist. */
  imagesDir: string
  /** The qemu-img program; default `qemu-img` from the PATH. */
  qemuImg?: string
  /** Per-call timeout; default 60 s (qemu-img create writes only metadata). */
  timeoutMs?: number
}

export interface CreatedDisk {
  name: string
  path: string
  sizeBytes: number
}

/** The image path of a VM's disk; throws InvalidNameError for a name that may not be a file name. */
export function diskPath (imagesDir: string, vm: string, disk: string): string {
  if (!NAME.test(vm)) throw new InvalidNameError('name', vm)
  if (!NAME.test(disk)) throw new InvalidNameError('disks[].name', disk)
  if (!isAbsolute(imagesDir)) throw new InvalidXmlValueError('imagesDir', `${JSON.stringify(imagesDir)} must be an absolute path`)
  return checkPath('imagesDir', join(imagesDir, `${vm}@${disk}.qcow2`))
}

/**
 * Creates every disk of a VM, in order. On any failure the images made so far are removed and
 * the error is thrown (DiskExistsError, DiskCreateError, InvalidNameError). With `undo`, the
 * removals are registered there instead, for a caller whose later steps may still fail.
 */
export async function createDisks (config: DiskConfig, vm: string, disks: readonly DiskSpec[],
  options: { undo?: Undo, signal?: AbortSignal } = {}): Promise<CreatedDisk[]> {
  const paths = disks.map((d) => diskPath(config.imagesDir, vm, d.name))
  const work = async (undo: Undo): Promise<CreatedDisk[]> => {
    const created: CreatedDisk[] = []
    for (const [i, disk] of disks.entries()) {
      const path = paths[i]!
      await createImage(config, path, disk.sizeBytes, undo, options.signal)
      created.push({ name: disk.name, path, sizeBytes: disk.sizeBytes })
    }
    return created
  }
  if (options.undo !== undefined) return await work(options.undo)
  return await withUndo(work)
}

/** Removes images (a missing one is fine: removal is idempotent). */
export async function removeDisks (paths: readonly string[]): Promise<void> {
  for (const path of paths) await rm(checkPath('path', path), { force: true })
}

async function createImage (config: DiskConfig, path: string, sizeBytes: number, undo: Undo, signal?: AbortSignal): Promise<void> {
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 1) {
    throw new DiskCreateError(path, `size ${sizeBytes} is not a positive number of bytes`)
  }
  // Claim the name with O_EXCL first: qemu-img create itself would overwrite an existing image.
  try {
    await (await open(path, 'wx', 0o600)).close()
  } catch (error) {
    if (isCode(error, 'EEXIST')) throw new DiskExistsError(path, { cause: error })
    throw new DiskCreateError(path, error instanceof Error ? error.message : String(error), { cause: error })
  }
  undo.add(`remove ${path}`, async () => { await rm(path, { force: true }) })
  const result = await execa(config.qemuImg ?? 'qemu-img', ['create', '-q', '-f', 'qcow2', path, String(sizeBytes)], {
    reject: false,
    timeout: config.timeoutMs ?? 60_000,
    forceKillAfterDelay: 1000,
    stdin: 'ignore',
    env: { LC_ALL: 'C' },
    ...(signal === undefined ? {} : { cancelSignal: signal })
  })
  if (result.timedOut) throw new DiskCreateError(path, `qemu-img did not finish within ${config.timeoutMs ?? 60_000} ms`)
  if (result.isCanceled) throw signal?.reason ?? new Error('aborted')
  if (result.exitCode !== 0) throw new DiskCreateError(path, result.stderr.trim() || `qemu-img exited with ${result.exitCode}`)
}

function isCode (error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}
