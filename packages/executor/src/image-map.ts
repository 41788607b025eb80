/**
 * Where the guest content of a qcow2 image lies in its file, from `qemu-img info` (the virtual
 * size, and whether the image stands alone) and `qemu-img map` (extents), validated, for the
 * checksum of the virtual disk (disk-checksum.ts). Only an image that holds all its content in
 * its own file, uncompressed and unencrypted, has a map that says that: with a backing file or
 * an external data file the offsets point into another file, and compressed or encrypted
 * clusters have no offset at all. Those are refused with why.
 */
import { execa } from 'execa'
import { z } from 'zod'
import { DiskChecksumError } from './errors.ts'

/** A range of the virtual disk: zeros (`offset` null) or guest bytes at `offset` in the file. */
export interface Extent {
  start: number
  length: number
  offset: number | null
}

export interface ImageLayout {
  virtualSize: number
  /** Sorted, contiguous, covering [0, virtualSize). */
  extents: Extent[]
}

export interface MapOptions {
  qemuImg?: string
  /** Per qemu-img call. */
  timeoutMs: number
  signal?: AbortSignal
}

// What a plain qcow2's info prints is small; a map is ~100 bytes an extent, so 64 MiB is some
// 600 000 extents, more than a real disk made of 64 KiB clusters is fragmented into.
const INFO_MAX_CHARS = 1024 * 1024
export const MAP_MAX_CHARS = 64 * 1024 * 1024

const bytes = z.int().nonnegative()
const infoSchema = z.object({
  format: z.string(),
  'virtual-size': bytes,
  'backing-filename': z.string().optional(),
  encrypted: z.boolean().optional(),
  'format-specific': z.object({ data: z.object({ 'data-file': z.string().optional() }).optional() }).optional()
})
const mapSchema = z.array(z.object({
  start: bytes,
  length: z.int().positive(),
  depth: z.int().nonnegative(),
  zero: z.boolean(),
  data: z.boolean(),
  offset: bytes.optional()
}))

const STANDALONE_HINT = 'make a standalone copy first: qemu-img convert -f qcow2 -O qcow2 PATH NEW'

/** Reads and checks the layout of the qcow2 image at `path` (an absolute path). */
export async function imageLayout (path: string, options: MapOptions): Promise<ImageLayout> {
  const info = parse(path, 'info', infoSchema, await qemuImg(path, 'info', INFO_MAX_CHARS, options))
  if (info.format !== 'qcow2') throw new DiskChecksumError(path, `it is ${info.format}, not qcow2`)
  if (info['backing-filename'] !== undefined) {
    throw new DiskChecksumError(path, `it has a backing file (${info['backing-filename']}) whose content it does not hold`, { hint: STANDALONE_HINT })
  }
  const dataFile = info['format-specific']?.data?.['data-file']
  if (dataFile !== undefined) {
    throw new DiskChecksumError(path, `its data is in an external data file (${dataFile})`, { hint: STANDALONE_HINT })
  }
  if (info.encrypted === true) {
    throw new DiskChecksumError(path, 'it is encrypted: its file does not hold the guest\'s bytes', { hint: STANDALONE_HINT })
  }
  const map = parse(path, 'map', mapSchema, await qemuImg(path, 'map', MAP_MAX_CHARS, options))
  return { virtualSize: info['virtual-size'], extents: checkExtents(path, info['virtual-size'], map) }
}

function checkExtents (path: string, virtualSize: number, map: z.infer<typeof mapSchema>): Extent[] {
  const extents: Extent[] = []
  let end = 0
  for (const e of map) {
    const at = `qemu-img map: the extent at ${e.start}`
    if (e.start !== end) throw new DiskChecksumError(path, `${at} does not follow the one that ends at ${end}`)
    end = e.start + e.length
    if (e.depth !== 0) throw new DiskChecksumError(path, `${at} comes from a backing image`, { hint: STANDALONE_HINT })
    // ZERO means the guest reads zeros there, whatever else is said of the range.
    if (e.zero) {
      extents.push({ start: e.start, length: e.length, offset: null })
    } else if (!e.data) {
      throw new DiskChecksumError(path, `${at} is neither data nor zeros: its content is not in this image`, { hint: STANDALONE_HINT })
    } else if (e.offset === undefined) {
      throw new DiskChecksumError(path, `${at} holds compressed or encrypted clusters, which have no place in the file to read the guest's bytes from`, {
        hint: 'write an uncompressed copy first: qemu-img convert -f qcow2 -O qcow2 PATH NEW'
      })
    } else {
      extents.push({ start: e.start, length: e.length, offset: e.offset })
    }
  }
  if (end !== virtualSize) throw new DiskChecksumError(path, `qemu-img map covers ${end} bytes of a ${virtualSize}-byte disk`)
  return extents
}

function parse<T> (path: string, command: string, schema: z.ZodType<T>, stdout: string): T {
  let json: unknown
  try {
    json = JSON.parse(stdout)
  } catch (error) {
    throw new DiskChecksumError(path, `qemu-img ${command} printed no JSON`, { cause: error, hint: 'this qemu-img prints something unexpected: report it with its output' })
  }
  const result = schema.safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new DiskChecksumError(path, `qemu-img ${command}: ${issue.path.join('.') || 'output'}: ${issue.message}`, {
      hint: 'this qemu-img prints something unexpected: report it with its output'
    })
  }
  return result.data
}

async function qemuImg (path: string, command: 'info' | 'map', maxChars: number, options: MapOptions): Promise<string> {
  const { signal } = options
  const result = await execa(options.qemuImg ?? 'qemu-img', [command, '--output=json', '-f', 'qcow2', path], {
    reject: false,
    timeout: options.timeoutMs,
    forceKillAfterDelay: 1000,
    maxBuffer: { stdout: maxChars },
    stdin: 'ignore',
    env: { LC_ALL: 'C' },
    ...(signal === undefined ? {} : { cancelSignal: signal })
  })
  if (result.isCanceled) throw signal?.reason ?? new Error('aborted')
  if (result.timedOut) throw new DiskChecksumError(path, `qemu-img ${command} did not finish within ${options.timeoutMs} ms`)
  if (result.isMaxBuffer) {
    throw new DiskChecksumError(path, `qemu-img ${command} printed more than ${maxChars} characters: the image is too fragmented`, {
      hint: 'write a defragmented copy first: qemu-img convert -f qcow2 -O qcow2 PATH NEW'
    })
  }
  if (result.exitCode !== 0) {
    const stderr = result.stderr.trim().replace(/^qemu-img: /gm, '')
    // Without -U qemu-img takes the image's shared lock: one a running VM holds is refused.
    const hint = /lock/i.test(stderr) ? 'the image is in use (by a running VM?): shut the VM down first' : undefined
    throw new DiskChecksumError(path, `qemu-img ${command}: ${stderr || result.originalMessage || `exit ${result.exitCode ?? result.signal}`}`, { hint, cause: result })
  }
  return result.stdout
}
