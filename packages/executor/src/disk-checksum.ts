/**
 * The checksum of a qcow2 image's virtual disk, what the guest sees, that both ends of an
 * offline migration compare (docs/architecture.md §12): the same for two images with the same
 * guest content whatever their allocation (sparse, written zeros, their clusters' order in the
 * file). The virtual disk is cut into 1 MiB blocks; the checksum is the sha256 of the
 * concatenated sha256 digests of the blocks (the last one may be shorter). A block wholly in
 * zero extents takes a precomputed digest without being read or hashed, so a mostly empty disk
 * costs about the reading of its data.
 */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { DiskChecksumError } from './errors.ts'
import { imageLayout } from './image-map.ts'
import type { Extent, ImageLayout } from './image-map.ts'
import { checkPath } from './xml/escape.ts'

/** The block the virtual disk is hashed in. Changing it changes every checksum. */
export const CHECKSUM_BLOCK_BYTES = 1024 * 1024

export interface ChecksumOptions {
  /** The qemu-img program; default `qemu-img` from the PATH. */
  qemuImg?: string
  /** Bounds each qemu-img call (info, map); default 60 s. Reading the data is bounded by `signal`. */
  timeoutMs?: number
  signal?: AbortSignal
}

/**
 * The hex sha256 checksum of the virtual disk of the qcow2 image at `path` (see the module's
 * comment). The image must not change meanwhile: the VM is shut down. qemu-img takes the image's
 * shared lock, so one a running QEMU holds is refused; a change that slipped in between the map
 * and the reading could only make the two ends' checksums differ, never agree wrongly.
 * Throws DiskChecksumError for an image whose file does not hold its guest content plainly
 * (backing file, external data file, compressed or encrypted clusters) and when reading fails.
 */
export async function diskChecksum (path: string, options: ChecksumOptions = {}): Promise<string> {
  checkPath('path', path)
  const { signal } = options
  const layout = await imageLayout(path, {
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(options.qemuImg === undefined ? {} : { qemuImg: options.qemuImg }),
    ...(signal === undefined ? {} : { signal })
  })
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw new DiskChecksumError(path, message(error), { cause: error })
  }
  try {
    return await hashLayout(path, handle, layout, signal)
  } finally {
    await handle.close()
  }
}

async function hashLayout (path: string, handle: FileHandle, layout: ImageLayout, signal?: AbortSignal): Promise<string> {
  const { extents, virtualSize } = layout
  const outer = createHash('sha256')
  const buffer = Buffer.alloc(Math.min(CHECKSUM_BLOCK_BYTES, virtualSize))
  let first = 0 // the first extent that may reach into the current block
  for (let start = 0; start < virtualSize; start += CHECKSUM_BLOCK_BYTES) {
    signal?.throwIfAborted()
    const end = Math.min(start + CHECKSUM_BLOCK_BYTES, virtualSize)
    while (extents[first]!.start + extents[first]!.length <= start) first++
    const within: Extent[] = []
    for (let i = first; i < extents.length && extents[i]!.start < end; i++) within.push(extents[i]!)
    if (within.every((e) => e.offset === null)) {
      outer.update(zeroDigest(end - start))
      continue
    }
    // Partly data: the block as the guest reads it, zeros where the extents say so.
    const block = buffer.subarray(0, end - start).fill(0)
    for (const e of within) {
      if (e.offset === null) continue
      const from = Math.max(start, e.start)
      const to = Math.min(end, e.start + e.length)
      await readFully(path, handle, block.subarray(from - start, to - start), e.offset + (from - e.start))
    }
    outer.update(createHash('sha256').update(block).digest())
  }
  return outer.digest('hex')
}

async function readFully (path: string, handle: FileHandle, into: Buffer, position: number): Promise<void> {
  let done = 0
  while (done < into.length) {
    let bytesRead: number
    try {
      ({ bytesRead } = await handle.read(into, done, into.length - done, position + done))
    } catch (error) {
      throw new DiskChecksumError(path, `reading ${into.length} bytes at ${position}: ${message(error)}`, { cause: error })
    }
    if (bytesRead === 0) {
      throw new DiskChecksumError(path, `the file ends before offset ${position + into.length}, where qemu-img map says data lies (truncated, or changed while read)`)
    }
    done += bytesRead
  }
}

const zeroDigests = new Map<number, Buffer>()

/** The sha256 of `length` zero bytes; computed once per length (the full block and a last one). */
function zeroDigest (length: number): Buffer {
  let digest = zeroDigests.get(length)
  if (digest === undefined) {
    digest = createHash('sha256').update(Buffer.alloc(length)).digest()
    zeroDigests.set(length, digest)
  }
  return digest
}

function message (error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
