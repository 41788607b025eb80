/**
 * An offline migration's disk transfer on the loopback, with the real qemu-img, qemu-io and
 * qemu-storage-daemon and small images in a temporary directory: serve a fresh image, send a
 * written one into it, and compare the virtual disks' checksums, which an independent
 * computation from a raw copy checks in turn.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { execa } from 'execa'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CHECKSUM_BLOCK_BYTES, DiskChecksumError, ImageSendError, ImageServerError, ImageTransferValueError,
  diskChecksum, sendImage, serveImages, stopImageServer
} from '../src/index.ts'

const MiB = 1024 * 1024
const base = mkdtempSync(join(tmpdir(), 'mv-image-stream-'))
afterAll(() => { rmSync(base, { recursive: true, force: true }) })
let n = 0
const file = (name: string): string => join(base, `${n++}-${name}`)

beforeAll(async () => {
  for (const program of ['qemu-img', 'qemu-io', 'qemu-storage-daemon']) {
    const found = await execa(program, ['--version'], { reject: false })
    if (found.exitCode !== 0) {
      throw new Error(`${program} is missing: these tests need it (deploy/debian-packages lists qemu-utils and qemu-system-common; run scripts/host-setup.ts)`)
    }
  }
})

async function image (size: number, ...writes: string[]): Promise<string> {
  const path = file('disk.qcow2')
  await execa('qemu-img', ['create', '-q', '-f', 'qcow2', path, String(size)])
  if (writes.length > 0) await execa('qemu-io', ['-f', 'qcow2', ...writes.flatMap((w) => ['-c', w]), path])
  return path
}

/** The guest's bytes, from a raw copy qemu-img makes. */
async function rawOf (path: string): Promise<Buffer> {
  const raw = file('copy.raw')
  await execa('qemu-img', ['convert', '-f', 'qcow2', '-O', 'raw', path, raw])
  return readFileSync(raw)
}

/** The checksum's definition, computed from the raw bytes. */
function expectedChecksum (raw: Buffer): string {
  const outer = createHash('sha256')
  for (let at = 0; at < raw.length; at += CHECKSUM_BLOCK_BYTES) {
    outer.update(createHash('sha256').update(raw.subarray(at, at + CHECKSUM_BLOCK_BYTES)).digest())
  }
  return outer.digest('hex')
}

async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Serves a fresh image of `size`, sends `source` into it, stops the server; returns the target. */
async function transfer (source: string, size: number, onProgress?: (f: number) => void): Promise<string> {
  const target = await image(size)
  const port = await freePort()
  const server = await serveImages([{ name: 'root', path: target }], { port, pidFile: file('server.pid') })
  try {
    await sendImage(source, { host: '127.0.0.1', port, exportName: 'root' }, { timeoutMs: 20_000, ...(onProgress === undefined ? {} : { onProgress }) })
  } finally {
    await server.close()
  }
  return target
}

describe('serveImages + sendImage + diskChecksum', () => {
  it('carries the guest\'s bytes to the target, whose checksum then equals the source\'s', async () => {
    const size = 8 * MiB
    // 960k-1088k: two patterns in clusters written one after the other, so one extent of the
    // map that crosses a block boundary, read from the right place on each side of it.
    const source = await image(size, 'write -P 0xab 0 64k', 'write -P 0x12 960k 64k', 'write -P 0x34 1M 64k',
      'write -P 0xcd 3149824 8k', 'write -P 0xef 8323072 64k')
    const progress: number[] = []
    const target = await transfer(source, size, (f) => progress.push(f))

    const sum = await diskChecksum(source)
    expect(await diskChecksum(target)).toBe(sum)
    expect(sum).not.toBe(await diskChecksum(await image(size)))
    const raw = await rawOf(target)
    expect(raw.length).toBe(size)
    expect(raw.subarray(0, 65536).every((b) => b === 0xab)).toBe(true)
    expect(raw.subarray(3149824, 3149824 + 8192).every((b) => b === 0xcd)).toBe(true)
    expect(raw.subarray(8323072).every((b) => b === 0xef)).toBe(true)
    expect(raw.subarray(65536, 960 * 1024).every((b) => b === 0)).toBe(true)
    expect(raw.subarray(960 * 1024, MiB).every((b) => b === 0x12)).toBe(true)
    expect(raw.subarray(MiB, MiB + 65536).every((b) => b === 0x34)).toBe(true)
    expect(expectedChecksum(raw)).toBe(sum)
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('handles a virtual size that is not a multiple of 1 MiB (a shorter last block)', async () => {
    const size = 3 * MiB + 5 * 512
    const source = await image(size, 'write -P 0x5a 1M 4k', `write -P 0x77 ${size - 1024} 1024`)
    const target = await transfer(source, size)
    const sum = await diskChecksum(source)
    expect(await diskChecksum(target)).toBe(sum)
    const raw = await rawOf(target)
    expect(raw.subarray(size - 1024).every((b) => b === 0x77)).toBe(true)
    expect(expectedChecksum(raw)).toBe(sum)
    const empty = await image(size)
    expect(await diskChecksum(empty)).toBe(expectedChecksum(Buffer.alloc(size)))
  })

  it('sends only allocated data: 4 MiB written in a 1 GiB disk stay small on the target', async () => {
    const size = 1024 * MiB
    const source = await image(size, 'write -P 0x11 0 1M', 'write -P 0x22 300M 1M', 'write -P 0x33 700M 1M', 'write -P 0x44 1023M 1M')
    const target = await transfer(source, size)
    expect(statSync(target).size).toBeLessThan(32 * MiB)
    expect(await diskChecksum(target)).toBe(await diskChecksum(source))
  })
})

describe('diskChecksum', () => {
  it('is the same for the same guest content, whatever the allocation; a byte changed changes it', async () => {
    const size = 4 * MiB
    const sparse = await image(size, 'write -P 0x42 1M 64k', 'write -P 0x43 3M 4k')
    // The same bytes, the clusters written in the other order (other places in the file).
    const reordered = await image(size, 'write -P 0x43 3M 4k', 'write -P 0x42 1M 64k')
    const zeroFlagged = await image(size, 'write -P 0x42 1M 64k', 'write -P 0x43 3M 4k', 'write -z 2M 1M', 'write -z 0 64k')
    const zeroData = await image(size, 'write -P 0x42 1M 64k', 'write -P 0x43 3M 4k', 'write -P 0 2M 1M', 'write -P 0 0 64k')
    // Data zeros in the same 1 MiB block as data, and as a cluster of its own.
    const mixed = await image(size, 'write -P 0 1M 128k', 'write -P 0x42 1M 64k', 'write -P 0x43 3M 4k')
    const sum = await diskChecksum(sparse)
    for (const other of [reordered, zeroFlagged, zeroData, mixed]) expect(await diskChecksum(other)).toBe(sum)
    expect(sum).toBe(expectedChecksum(await rawOf(sparse)))

    const changed = await image(size, 'write -P 0x42 1M 64k', 'write -P 0x43 3M 4k', `write -P 0x01 ${2 * MiB + 7} 1`)
    expect(await diskChecksum(changed)).not.toBe(sum)
  })

  it('refuses compressed clusters and backing files, saying why', async () => {
    const plain = await image(4 * MiB, 'write -P 0x42 1M 64k')
    const compressed = file('compressed.qcow2')
    await execa('qemu-img', ['convert', '-c', '-f', 'qcow2', '-O', 'qcow2', plain, compressed])
    const error = await diskChecksum(compressed).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DiskChecksumError)
    expect((error as Error).message).toMatch(/compressed or encrypted clusters/)

    const overlay = file('overlay.qcow2')
    await execa('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', plain, '-F', 'qcow2', overlay])
    await expect(diskChecksum(overlay)).rejects.toThrow(/backing file/)
    await expect(diskChecksum(file('missing.qcow2'))).rejects.toThrow(DiskChecksumError)
  })
})

describe('serveImages', () => {
  it('refuses an image path with a comma, without starting anything', async () => {
    const pidFile = file('comma.pid')
    const error = await serveImages([{ name: 'root', path: join(base, 'a,b.qcow2') }], { port: await freePort(), pidFile }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImageTransferValueError)
    expect((error as Error).message).toMatch(/comma/)
    expect(existsSync(pidFile)).toBe(false)
  })

  it('rejects with the daemon\'s message when the port is taken', async () => {
    const busy: Server = createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = busy.address() as { port: number }
      const error = await serveImages([{ name: 'root', path: await image(MiB) }], { port, pidFile: file('busy.pid') }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ImageServerError)
      expect((error as Error).message).toMatch(/Address already in use/)
      expect((error as ImageServerError).hint).toMatch(/port .* is taken/)
    } finally {
      busy.close()
    }
  })

  it('serves several images, each under its name', async () => {
    const a = await image(2 * MiB)
    const b = await image(2 * MiB)
    const port = await freePort()
    const server = await serveImages([{ name: 'root', path: a }, { name: 'data', path: b }], { port, pidFile: file('two.pid') })
    try {
      await sendImage(await image(2 * MiB, 'write -P 0x61 0 4k'), { host: '127.0.0.1', port, exportName: 'data' }, { timeoutMs: 20_000 })
    } finally {
      await server.close()
    }
    expect((await rawOf(b))[0]).toBe(0x61)
    expect((await rawOf(a))[0]).toBe(0)
  })
})

describe('stopImageServer', () => {
  it('stops a daemon a previous process left, from its pid file, and removes the file', async () => {
    const pidFile = file('left.pid')
    const path = await image(MiB)
    const left = spawn('qemu-storage-daemon', [
      '--blockdev', JSON.stringify({ driver: 'file', 'node-name': 'f', filename: path }),
      '--blockdev', JSON.stringify({ driver: 'qcow2', 'node-name': 'd', file: 'f' }),
      '--nbd-server', JSON.stringify({ addr: { type: 'inet', host: '127.0.0.1', port: String(await freePort()) } }),
      '--pidfile', pidFile
    ], { stdio: 'ignore', detached: true })
    const exited = new Promise((resolve) => left.once('exit', resolve))
    for (let i = 0; i < 200 && !existsSync(pidFile); i++) await sleep(25)
    expect(readFileSync(pidFile, 'utf8').trim()).toBe(String(left.pid))

    expect(await stopImageServer(pidFile)).toBe(true)
    await exited
    expect(existsSync(pidFile)).toBe(false)
    // Its lock on the image is gone with it.
    expect(await diskChecksum(path)).toBe(expectedChecksum(Buffer.alloc(MiB)))
  })

  it('is a no-op without a pid file, and signals nothing that is not the daemon of that file', async () => {
    expect(await stopImageServer(file('absent.pid'))).toBe(false)
    const pidFile = file('foreign.pid')
    writeFileSync(pidFile, `${process.pid}\n`)
    expect(await stopImageServer(pidFile)).toBe(false)
    expect(existsSync(pidFile)).toBe(false)
  })
})

describe('sendImage', () => {
  it('fails with a typed error naming the destination when nothing listens', async () => {
    const port = await freePort()
    const error = await sendImage(await image(MiB), { host: '127.0.0.1', port, exportName: 'root' }, { timeoutMs: 10_000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImageSendError)
    expect((error as ImageSendError).destination).toBe(`nbd://127.0.0.1:${port}/root`)
    expect((error as Error).message).toMatch(new RegExp(`nbd://127\\.0\\.0\\.1:${port}/root.*Connection refused`))
  })

  it('kills qemu-img at the timeout, and on abort rejects with the reason', async () => {
    const slow = file('slow-qemu-img')
    writeFileSync(slow, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 })
    const destination = { host: '127.0.0.1', port: 9, exportName: 'root' }
    const source = await image(MiB)
    await expect(sendImage(source, destination, { timeoutMs: 200, qemuImg: slow })).rejects.toThrow(/did not finish within 200 ms/)
    const reason = new Error('migration cancelled')
    await expect(sendImage(source, destination, { timeoutMs: 10_000, qemuImg: slow, signal: AbortSignal.abort(reason) })).rejects.toBe(reason)
  })

  it('hands a bandwidth cap to qemu-img as bytes per second, and refuses one that is not a rate', async () => {
    const recorder = file('recording-qemu-img')
    const argv = file('argv')
    writeFileSync(recorder, `#!/bin/sh\nprintf '%s\\n' "$@" > ${argv}\n`, { mode: 0o755 })
    const source = await image(MiB)
    await sendImage(source, { host: '127.0.0.1', port: 9, exportName: 'root' }, { timeoutMs: 10_000, qemuImg: recorder, bandwidthMiBs: 40 })
    const args = readFileSync(argv, 'utf8').trim().split('\n')
    expect(args.slice(args.indexOf('-r'), args.indexOf('-r') + 2)).toEqual(['-r', String(40 << 20)])
    await expect(sendImage(source, { host: '127.0.0.1', port: 9, exportName: 'root' }, { timeoutMs: 10_000, qemuImg: recorder, bandwidthMiBs: 0 }))
      .rejects.toThrow(/bandwidthMiBs.*0 is not a rate/)
  })

  it('refuses a destination an NBD URI cannot carry as it is', async () => {
    const source = await image(MiB)
    await expect(sendImage(source, { host: 'a/b', port: 10809, exportName: 'root' }, { timeoutMs: 1000 })).rejects.toThrow(ImageTransferValueError)
    await expect(sendImage(source, { host: '127.0.0.1', port: 10809, exportName: '../x' }, { timeoutMs: 1000 })).rejects.toThrow(/exportName/)
  })
})
