/**
 * A lab cluster for the tests that move booted guests (test/lab-migrate.spec.ts,
 * test/lab-evacuate.spec.ts): brought up before the file and down after it, and the helpers
 * each of them reads it with: the agents' control sockets, each host's libvirt, images and
 * consoles, the CLI run on a host as a user would, and a guest spec booted from the guest kit.
 */
import { spawnSync } from 'node:child_process'
import type { SpawnSyncReturns } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { ClusterSnapshot } from '@multiverse/domain'
import { ensureGuestKit, GUEST_MARKER } from '../../scripts/guest-kit.ts'
import type { GuestKit } from '../../scripts/guest-kit.ts'
import { control } from './control.ts'
import { runLab } from './lab.ts'
import { virsh } from './libvirtd.ts'
import { until } from './until.ts'

const LAB = join(import.meta.dirname, '..', '..', 'deploy/lab/lab')

/** Names the lab (two labs with different ones run side by side); more of the lab's settings may ride along (LAB_AGENT_CMD...). */
export type LabEnv = { LAB_PREFIX: string, LAB_DIR: string } & Record<string, string>

export interface LabCluster {
  env: LabEnv
  hosts: string[]
  /** The guest kit, once the lab is up. */
  kit: () => GuestKit
  lab: (args: string[], more?: Record<string, string>) => string
  socket: (host: string) => string
  uri: (host: string) => string
  imagesOf: (host: string) => string
  images: (host: string) => string[]
  console: (host: string, vm: string) => string
  /** Whether VM `vm`'s console on `host` shows the guest reached init. */
  booted: (host: string, vm: string) => boolean
  domains: (host: string) => Promise<string[]>
  call: <T = Record<string, unknown>>(host: string, path: string, body?: unknown) => Promise<{ status: number, body: T }>
  /** `multiverse ARGS`, run on `host` as a user would. */
  cli: (host: string, args: string[], more?: Record<string, string>) => SpawnSyncReturns<string>
  /** Where every host's view puts VM `vm`: the owner's name per host (undefined: nowhere). */
  owners: (vm: string) => Promise<Array<string | undefined>>
  /** A small guest booted from the kit's kernel, with one disk. */
  guest: (name: string, memory?: string, disk?: string, more?: Record<string, unknown>) => Record<string, unknown>
}

/** Brings the lab up before the file's tests (as root, with the guest kit) and down after them. */
export function labCluster (env: LabEnv, hosts: string[], upMs = 240_000): LabCluster {
  let kit: GuestKit | undefined
  const lab = (args: string[], more: Record<string, string> = {}): string => runLab(args, { ...env, ...more })
  const imagesOf = (host: string): string => join(env.LAB_DIR, host, 'data', 'images')
  const consoleOf = (host: string, vm: string): string => join(env.LAB_DIR, host, 'data', 'console', `${vm}.log`)
  const socket = (host: string): string => join(env.LAB_DIR, host, 'agent.sock')
  const uri = (host: string): string => readFileSync(join(env.LAB_DIR, host, 'libvirt.uri'), 'utf8').trim()
  const call = async <T = Record<string, unknown>>(host: string, path: string, body?: unknown): Promise<{ status: number, body: T }> =>
    await control<T>(socket(host), body === undefined ? 'GET' : 'POST', path, body, 240_000)

  beforeAll(async () => {
    if (process.getuid?.() !== 0) throw new Error('the lab tests build network namespaces and run libvirtd: run npm test as root (CI does)')
    kit = await ensureGuestKit()
    lab(['down'])
    lab(['up', String(hosts.length)])
  }, upMs)
  afterAll(() => { lab(['down']) }, 120_000)

  return {
    env,
    hosts,
    kit: () => kit!,
    lab,
    socket,
    uri,
    imagesOf,
    images: (host) => existsSync(imagesOf(host)) ? readdirSync(imagesOf(host)) : [],
    console: consoleOf,
    booted: (host, vm) => existsSync(consoleOf(host, vm)) && readFileSync(consoleOf(host, vm), 'utf8').includes(GUEST_MARKER),
    domains: async (host) => (await virsh(uri(host), ['list', '--all', '--name'])).split('\n').filter((l) => l.trim() !== ''),
    call,
    cli: (host, args, more = {}) => spawnSync('bash', [LAB, 'exec', host, '--', 'multiverse', ...args],
      { encoding: 'utf8', timeout: 300_000, env: { ...process.env, ...env, ...more } }),
    owners: async (vm) => await Promise.all(hosts.map(async (h) =>
      (await call<ClusterSnapshot>(h, '/v1/status')).body.hosts.find((host) => host.vms.some((v) => v.name === vm && v.state !== 'reserved'))?.name)),
    guest: (name, memory = '128MiB', disk = '64MiB', more = {}) => ({
      name, vcpus: 1, memory, disks: [{ name: 'root', size: disk }],
      boot: { kernel: kit!.kernel, initrd: kit!.initramfs, cmdline: 'console=ttyS0 panic=-1' },
      ...more
    })
  }
}

/** qemu-io on an image; throws with its output when it fails. */
export function qemuIo (args: string[]): string {
  const result = spawnSync('qemu-io', args, { encoding: 'utf8', timeout: 60_000 })
  if (result.status !== 0) throw new Error(`qemu-io ${args.join(' ')}: ${result.stderr}${result.stdout}`)
  return result.stdout
}

/** What a `--json` command streamed: one event per line. */
export const events = (stdout: string): Array<Record<string, unknown>> => stdout.trim().split('\n').filter((l) => l !== '').map((line) => JSON.parse(line) as Record<string, unknown>)

/** Every host sees every host alive (after an agent's restart, before asking anything of it). */
export async function wholeMesh<H extends string> (hosts: readonly H[], status: (host: H) => Promise<ClusterSnapshot>): Promise<void> {
  await until('every host to see every host alive', async () => {
    try {
      const views = await Promise.all(hosts.map(status))
      return views.every((v) => v.hosts.length === hosts.length && v.hosts.every((h) => h.state === 'alive'))
    } catch {
      return false
    }
  }, { timeoutMs: 30_000, intervalMs: 200 })
}
