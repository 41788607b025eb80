/**
 * A live migration whose every byte rides the mesh (docs/architecture.md §12): two lab hosts,
 * each with its own libvirtd listening on nothing but its UNIX socket, a booted guest with a
 * disk on h1, and the three streams of `virsh migrate --p2p --copy-storage-all` (libvirt's
 * RPC, QEMU's memory, QEMU's NBD disks) each carried by a tunnel (packages/mesh/src/tunnel.ts)
 * from a loopback port on h1 to h2's libvirtd socket and h2's loopback. The executor's
 * `migrate` drives it. A pattern written on the disk before is read on h2 after; with a token
 * the target does not know, nothing moves and the guest keeps running on h1.
 *
 * The agents' migration protocol is not used here: this proves the transport and the executor.
 */
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { VirshHypervisor } from '@multiverse/executor'
import { newPrivateNetworkKey } from '@multiverse/mesh'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureGuestKit, GUEST_MARKER } from '../scripts/guest-kit.ts'
import type { GuestKit } from '../scripts/guest-kit.ts'
import { runLab } from './support/lab.ts'

const env = { LAB_PREFIX: 'tn-', LAB_DIR: '/tmp/multiverse-lab-tunnel' }
const top = fileURLToPath(new URL('..', import.meta.url))
const NODE = join(top, 'node_modules/.bin/node')
const END = join(top, 'test/lab/tunnel-end.ts')
const MEMORY_PORT = 49300
const DISKS_PORT = 49301
const PSK = Buffer.from(newPrivateNetworkKey()).toString('base64')
const ends: ChildProcessWithoutNullStreams[] = []
let kit: GuestKit

const lab = (args: string[]): string => runLab(args, env)
const uri = (host: string): string => readFileSync(join(env.LAB_DIR, host, 'libvirt.uri'), 'utf8').trim()
const hypervisor = (host: string): VirshHypervisor => new VirshHypervisor({ uri: uri(host), timeoutMs: 60_000 })
const imageDir = (host: string): string => join(env.LAB_DIR, host, 'images')
const qemu = (program: string, args: string[]): string => {
  const result = spawnSync(program, args, { encoding: 'utf8', timeout: 60_000 })
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

/** Starts one tunnel end in a lab host; resolves with its first line and the lines after (stderr too). */
async function startEnd (host: string, args: string[]): Promise<{ first: string, lines: string[] }> {
  const child = spawn('bash', [join(top, 'deploy/lab/lab'), 'exec', host, '--', NODE, END, ...args], { env: { ...process.env, ...env, PSK } })
  ends.push(child)
  const lines: string[] = []
  const reader = createInterface({ input: child.stdout })
  const first = await new Promise<string>((resolve, reject) => {
    reader.once('line', resolve)
    child.once('exit', (code) => { reject(new Error(`tunnel end on ${host} exited ${code}`)) })
    setTimeout(() => { reject(new Error(`tunnel end on ${host} printed nothing within 30 s`)) }, 30_000).unref()
  })
  reader.on('line', (line) => lines.push(line))
  createInterface({ input: child.stderr }).on('line', (line) => lines.push(`stderr: ${line}`))
  child.on('exit', (code) => lines.push(`exited ${code}`))
  return { first, lines }
}

/** A booted guest with one disk, on `host`: its image holds a pattern written before boot. */
async function bootGuest (host: string, name: string, pattern: number): Promise<string> {
  mkdirSync(imageDir(host), { recursive: true })
  const image = join(imageDir(host), `${name}.qcow2`)
  qemu('qemu-img', ['create', '-q', '-f', 'qcow2', image, '64M'])
  qemu('qemu-io', ['-f', 'qcow2', '-c', `write -P ${pattern} 1M 256k`, image])
  const xml = `<domain type='qemu'><name>${name}</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>
    <os><type arch='x86_64' machine='q35'>hvm</type><kernel>${kit.kernel}</kernel><initrd>${kit.initramfs}</initrd><cmdline>console=ttyS0 panic=-1</cmdline></os>
    <devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='${image}'/><target dev='vda' bus='virtio'/></disk>
    <serial type='file'><source path='${join(imageDir(host), `${name}.console`)}'/></serial></devices></domain>`
  const hv = hypervisor(host)
  await hv.define(name, xml)
  await hv.start(name)
  return image
}

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error('the lab tests build network namespaces and run libvirtd: run npm test as root (CI does)')
  kit = await ensureGuestKit()
  lab(['down'])
  lab(['up', '2', '--no-agents'])
}, 240_000)
afterAll(() => {
  for (const end of ends) end.kill('SIGKILL')
  lab(['down'])
}, 120_000)

describe('a live migration through the mesh', () => {
  it('moves a booted guest and its disk from h1 to h2, every byte in a tunnel; a wrong token moves nothing', async () => {
    const token = randomBytes(32).toString('hex')
    const socket = /socket=([^&]+)/.exec(uri('h2'))![1]!
    const target = await startEnd('h2', ['target', '10.99.0.2', socket, String(MEMORY_PORT), String(DISKS_PORT), token])
    const source = await startEnd('h1', ['source', target.first, String(MEMORY_PORT), String(DISKS_PORT), token])
    const rpcPort = Number(/^ready (\d+)$/.exec(source.first)![1])
    const stranger = await startEnd('h1', ['source', target.first, String(MEMORY_PORT + 10), String(DISKS_PORT + 10), randomBytes(32).toString('hex')])
    const strangerPort = Number(/^ready (\d+)$/.exec(stranger.first)![1])

    const image = await bootGuest('h1', 'mover', 0x5a)
    const [h1, h2] = [hypervisor('h1'), hypervisor('h2')]
    await expect.poll(() => readFileSync(join(imageDir('h1'), 'mover.console'), 'utf8').includes(GUEST_MARKER), { timeout: 60_000, interval: 500 }).toBe(true)
    // The target's copy of the disk: the same size, made before the move, as libvirt requires.
    const targetImage = join(imageDir('h2'), 'mover.qcow2')
    mkdirSync(imageDir('h2'), { recursive: true })
    qemu('qemu-img', ['create', '-q', '-f', 'qcow2', targetImage, '64M'])
    const xml = (await h1.migratableXml('mover')).replaceAll(imageDir('h1'), imageDir('h2'))
    const streams = {
      copyStorage: true, xml, listenAddress: '127.0.0.1', timeoutMs: 180_000,
      memoryUri: `tcp://127.0.0.1:${MEMORY_PORT}`, disksUri: `tcp://127.0.0.1:${DISKS_PORT}`
    }

    // A forwarder whose token the target does not know: refused before libvirt sees a byte.
    await expect(h1.migrate('mover', { ...streams, destination: `qemu+tcp://127.0.0.1:${strangerPort}/system` })).rejects.toThrow()
    expect(await h1.state('mover')).toMatchObject({ state: 'running' })
    expect((await h2.list()).map((d) => d.name)).toEqual([])
    expect(target.lines.join('\n')).toMatch(/tunnel refused/)

    await h1.migrate('mover', { ...streams, destination: `qemu+tcp://127.0.0.1:${rpcPort}/system` }).catch((error: Error) => {
      throw new Error(`${error.message}\nsource: ${source.lines.join('\n')}\ntarget: ${target.lines.join('\n')}`, { cause: error })
    })
    expect(await h2.state('mover')).toMatchObject({ state: 'running' })
    expect((await h1.list()).map((d) => d.name)).toEqual([])
    // The pattern arrived: read on h2's copy while the guest runs there (-U: shared, read-only).
    expect(qemu('qemu-io', ['-U', '-r', '-f', 'qcow2', '-c', 'read -P 0x5a 1M 256k', targetImage])).toMatch(/read 262144\/262144 bytes/)
    // Each stream rode its own tunnel, and the memory one carried the guest's RAM.
    await expect.poll(() => target.lines.filter((l) => l.includes('tunnel closed')).length, { timeout: 15_000 }).toBe(3)
    const closed = target.lines.filter((l) => l.includes('tunnel closed')).map((l) => JSON.parse(l) as { channel: string, received: number })
    expect(closed.map((c) => c.channel).sort()).toEqual(['disks', 'libvirt', 'memory'])
    expect(closed.find((c) => c.channel === 'memory')!.received).toBeGreaterThan(8 << 20)
    expect(image).not.toBe(targetImage)
    await h2.destroy('mover')
    await h2.undefine('mover')
  }, 300_000)
})
