/**
 * Migrations cut short on the lab cluster (docs/architecture.md §7, §12): real agents, each
 * host's own libvirtd. A VM pinned to h2 is moved to h3, live or offline, and one side's agent
 * is stopped for good at a named step (MULTIVERSE_TEST_STOP_MIGRATE_AT), killed -9 there and
 * started again without the hook; or, mid-transfer, h3 is cut off the LAN, or either side's
 * agent is killed -9, or its libvirtd stopped (with its QEMUs), and started again. Whatever
 * the step, once the agents have settled (they retry open migrations every 5 s): the VM is
 * defined on exactly one host (h2 before the commit point, h3 from it on), under its UUID,
 * running if it ran, its disk's content unchanged; the other host keeps no domain or image of
 * it; every host's view names that host its owner; no host holds a lease of it. Each trial
 * ends by removing the VM, and the file by reading every journal: no migration is left open.
 */
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClusterSnapshot } from '@multiverse/domain'
import { MIGRATE_IN_JOURNAL, MIGRATE_OUT_JOURNAL } from '@multiverse/migration'
import type { MigrationPoint, Mode } from '@multiverse/migration'
import { AgentStore, Journal } from '@multiverse/store'
import { ensureGuestKit } from '../scripts/guest-kit.ts'
import type { GuestKit } from '../scripts/guest-kit.ts'
import { control } from './support/control.ts'
import { runLab } from './support/lab.ts'
import { virsh } from './support/libvirtd.ts'
import { until } from './support/until.ts'
import { wholeMesh } from './support/lab-cluster.ts'

const BIN = join(import.meta.dirname, '..', 'packages/cli/bin/multiverse.js')
// The agents and the CLI run from the bundle (`node scripts/build.ts`; the sources if it is stale):
// an agent is started some forty times here, and from the bundle it starts in ~1 s, not ~5 s.
const env = { LAB_PREFIX: 'mc-', LAB_DIR: '/tmp/multiverse-lab-migrate-crash', LAB_AGENT_CMD: BIN, LAB_CLI_CMD: BIN }
const HOSTS = ['h1', 'h2', 'h3'] as const
type Host = typeof HOSTS[number]
const LAB = join(import.meta.dirname, '..', 'deploy/lab/lab')
const HOOK_LINE = 'test hook: a migration stops here for good'
/** How long the agents get to settle a migration after the restart (they retry open ones every 5 s). */
const SETTLE_MS = 60_000
let kit: GuestKit
let scratch: string

const lab = (args: string[], more: Record<string, string> = {}): string => runLab(args, { ...env, ...more })
const socket = (host: Host): string => join(env.LAB_DIR, host, 'agent.sock')
const uri = (host: Host): string => readFileSync(join(env.LAB_DIR, host, 'libvirt.uri'), 'utf8').trim()
const agentLog = (host: Host): string => readFileSync(join(env.LAB_DIR, host, 'agent.log'), 'utf8')
const imagesOf = (host: Host): string => join(env.LAB_DIR, host, 'data', 'images')
const imageOf = (host: Host, vm: string): string => join(imagesOf(host), `${vm}@root.qcow2`)
const hasImage = (host: Host, vm: string): boolean => existsSync(imagesOf(host)) && readdirSync(imagesOf(host)).some((f) => f.startsWith(`${vm}@`))
const call = async <T = Record<string, unknown>>(host: Host, path: string, body?: unknown): Promise<{ status: number, body: T }> =>
  await control<T>(socket(host), body === undefined ? 'GET' : 'POST', path, body, 60_000)
const run = (command: string, args: string[]): string => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}${result.stdout}`)
  return result.stdout
}
/** A small guest: booted from the guest kit's kernel, or (not `booted`) left in its firmware, which finds nothing to boot. */
const guest = (name: string, booted = true): Record<string, unknown> => ({
  name, vcpus: 1, memory: '128MiB', disks: [{ name: 'root', size: '64MiB' }],
  ...(booted ? { boot: { kernel: kit.kernel, initrd: kit.initramfs, cmdline: 'console=ttyS0 panic=-1' } } : {})
})

/** The sha256 of the guest-visible content of a qcow2 image (read shared: the VM may run on it). */
function diskSum (image: string): string {
  const raw = join(scratch, 'disk.raw')
  try {
    run('qemu-img', ['convert', '-U', '-f', 'qcow2', '-O', 'raw', image, raw])
    return createHash('sha256').update(readFileSync(raw)).digest('hex')
  } finally {
    rmSync(raw, { force: true })
  }
}

/** libvirt's domain of that name on `host`: its UUID, whether it runs, whether it is defined (persistent); null when none. */
async function domainOn (host: Host, vm: string): Promise<Domain | null> {
  const names = (await virsh(uri(host), ['list', '--all', '--name'])).split('\n').map((l) => l.trim())
  if (!names.includes(vm)) return null
  const info = await virsh(uri(host), ['dominfo', vm])
  const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? ''
  return { uuid: field('UUID'), running: field('State') === 'running', persistent: field('Persistent') === 'yes' }
}
interface Domain { uuid: string, running: boolean, persistent: boolean }

/** Every host sees every host alive (after an agent's restart, before asking anything of it). */
const meshWhole = async (): Promise<void> => { await wholeMesh(HOSTS, async (h) => (await call<ClusterSnapshot>(h, '/v1/status')).body) }

/** What is true of VM `vm` now, on every host: its domains, images, and every view's owners and leases of it. */
interface Facts {
  domains: Record<Host, Domain | null>
  images: Host[]
  /** Per view (h1, h2, h3): the hosts that advertise the VM (not a lease), with its state. */
  owners: string[][]
  /** Leases of the VM (state `reserved`) in any view. */
  leases: string[]
}

async function facts (vm: string): Promise<Facts> {
  const domains = Object.fromEntries(await Promise.all(HOSTS.map(async (h) => [h, await domainOn(h, vm)] as const))) as Facts['domains']
  const views = await Promise.all(HOSTS.map(async (h) => (await call<ClusterSnapshot>(h, '/v1/status')).body))
  return {
    domains,
    images: HOSTS.filter((h) => hasImage(h, vm)),
    owners: views.map((v) => v.hosts.flatMap((h) => h.vms.filter((x) => x.name === vm && x.state !== 'reserved').map((x) => `${h.name}:${x.state}`))),
    leases: views.flatMap((v, i) => v.hosts.flatMap((h) => h.vms.filter((x) => x.name === vm && x.state === 'reserved').map(() => `${HOSTS[i]} sees a lease on ${h.name}`)))
  }
}

/** Where the VM stands when it is on exactly one host as it should be; else why not. */
function settledOn (f: Facts, uuid: string, running: boolean, ends: Host | 'either'): { host: Host } | { why: string } {
  const holders = HOSTS.filter((h) => f.domains[h] !== null)
  if (holders.length !== 1) return { why: `defined on ${holders.length === 0 ? 'no host' : holders.join(' and ')}` }
  const host = holders[0]!
  const domain = f.domains[host]!
  if (ends !== 'either' && host !== ends) return { why: `on ${host}, not ${ends}` }
  if (domain.uuid !== uuid) return { why: `its domain on ${host} has UUID ${domain.uuid}, not ${uuid}` }
  if (!domain.persistent) return { why: `its domain on ${host} is transient: it would vanish once it stops` }
  if (domain.running !== running) return { why: `it ${domain.running ? 'runs' : 'does not run'} on ${host}` }
  if (f.images.join() !== host) return { why: `images on ${f.images.join(' and ') || 'no host'}` }
  const state = running ? /^running$/ : /^(defined|stopped)$/
  if (!f.owners.every((o) => o.length === 1 && o[0]!.startsWith(`${host}:`) && state.test(o[0]!.slice(host.length + 1)))) return { why: `the views say ${JSON.stringify(f.owners)}` }
  if (f.leases.length > 0) return { why: f.leases.join('; ') }
  return { host }
}

/** `multiverse cluster migrate VM --to h3` on h2, as a user runs it, in the background. */
interface Cli { child: ChildProcess, done: Promise<{ code: number | null, out: string }>, exited: () => boolean, output: () => string }
function migrateInBackground (vm: string, mode: Mode): Cli {
  const args = mode === 'live' ? ['--live'] : ['--offline', '--timeout', '1', '--force']
  const child = spawn('bash', [LAB, 'exec', 'h2', '--', 'multiverse', 'cluster', 'migrate', vm, '--to', 'h3', ...args, '--json'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let exited = false
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString() })
  child.stderr!.on('data', (chunk: Buffer) => { out += chunk.toString() })
  const done = new Promise<{ code: number | null, out: string }>((resolve) => {
    child.on('close', (code) => { exited = true; resolve({ code, out }) })
  })
  return { child, done, exited: () => exited, output: () => out }
}

/** How the migration is cut short: one side's agent stopped at a step and killed there, or a fault mid-transfer. */
type Cut =
  | { kind: 'kill', point: MigrationPoint }
  | { kind: 'lan', host: Host, forMs: number }
  | { kind: 'libvirtd' | 'agent', host: Host }

interface Trial { vm: string, mode: Mode, running: boolean, cut: Cut, ends: Host | 'either' }

/**
 * Creates the VM on h2 (booted from the kit when live: a guest whose memory changes while it
 * moves), moves it to h3 cut short as `cut` says, checks where it ends once the agents have
 * settled, and removes it. A trial that fails removes what it can, so that the next starts clean.
 */
async function trial ({ vm, mode, running, cut, ends }: Trial): Promise<{ host: Host, cli: { code: number | null, out: string } }> {
  const created = await call('h1', '/v1/vm/create', { spec: guest(vm, mode === 'live'), host: 'h2', start: false })
  expect(created.status, JSON.stringify(created.body)).toBe(200)
  let cli: Cli | undefined
  let removed = false
  try {
    run('qemu-io', ['-f', 'qcow2', '-c', 'write -P 0x5a 1M 256k', '-c', 'write -P 0xc3 40M 64k', imageOf('h2', vm)])
    if (running) expect((await call('h1', '/v1/vm/start', { name: vm })).body).toMatchObject({ state: 'running' })
    const uuid = (await virsh(uri('h2'), ['domuuid', vm])).trim()
    const sum = diskSum(imageOf('h2', vm))

    if (cut.kind === 'kill') {
      const side: Host = cut.point.startsWith('source:') ? 'h2' : 'h3'
      lab(['kill', side])
      lab(['start', side], { MULTIVERSE_TEST_STOP_MIGRATE_AT: cut.point })
      await meshWhole()
      const from = agentLog(side).length
      const started = cli = migrateInBackground(vm, mode)
      await until(`the migration to stop at ${cut.point} on ${side}`, () => {
        if (started.exited()) throw new Error(`the migration ended before it reached ${cut.point}: ${started.output()}`)
        return agentLog(side).slice(from).includes(HOOK_LINE)
      }, { timeoutMs: 120_000, intervalMs: 100 })
      lab(['kill', side])
      lab(['start', side])
    } else {
      // Slowed down (libvirt's migration speed, MiB/s), the transfer lasts long enough to be cut mid-way.
      await virsh(uri('h2'), ['migrate-setspeed', vm, '8'])
      const started = cli = migrateInBackground(vm, mode)
      await until('the transfer to be under way', async () => {
        if (started.exited()) throw new Error(`the migration ended before its transfer: ${started.output()}`)
        return /Data processed:\s+[1-9]/.test(await virsh(uri('h2'), ['domjobinfo', vm]).catch(() => ''))
      }, { timeoutMs: 120_000, intervalMs: 200 })
      if (cut.kind === 'lan') {
        lab(['cut', cut.host])
        await new Promise((resolve) => setTimeout(resolve, cut.forMs))
        lab(['heal', cut.host])
      } else if (cut.kind === 'libvirtd') {
        lab(['libvirtd', 'stop', cut.host])
        lab(['libvirtd', 'start', cut.host])
      } else {
        lab(['kill', cut.host])
        lab(['start', cut.host])
      }
      // Whatever is left of the transfer goes at full speed.
      await virsh(uri('h2'), ['migrate-setspeed', vm, '100000']).catch(() => {})
    }

    let seen: Facts | undefined
    let why = ''
    let host: Host | undefined
    const settledMs = await until(`${vm} to settle on ${ends === 'either' ? 'one host' : ends}`, async () => {
      try {
        seen = await facts(vm)
      } catch (error) {
        why = (error as Error).message
        return false
      }
      const settled = settledOn(seen, uuid, running, ends)
      if ('why' in settled) why = settled.why
      else host = settled.host
      return host !== undefined
    }, { timeoutMs: SETTLE_MS, intervalMs: 500, seen: () => `${why}; ${JSON.stringify(seen)}` })
    expect(diskSum(imageOf(host!, vm))).toBe(sum)
    const answered = await Promise.race([cli.done, new Promise<undefined>((resolve) => setTimeout(() => { resolve(undefined) }, 30_000))])
    const said = answered === undefined ? 'no answer within 30 s' : `exit ${String(answered.code)}: ${answered.out.trim().split('\n')[0]!.slice(0, 160)}`
    console.info(`${vm}: on ${host!}, settled ${settledMs} ms after the restart or heal; the migrate command: ${said}`)

    // Nothing held: the VM goes, and nothing of it is left anywhere.
    removed = true
    expect((await call('h1', '/v1/vm/remove', { name: vm, force: true })).body).toMatchObject({ host, state: 'removed' })
    await until(`nothing of ${vm} left on any host`, async () => {
      const f = await facts(vm)
      return HOSTS.every((h) => f.domains[h] === null) && f.images.length === 0 && f.owners.every((o) => o.length === 0) && f.leases.length === 0
    }, 15_000)
    return { host: host!, cli: answered ?? { code: null, out: `no answer within 30 s: ${cli.output()}` } }
  } finally {
    if (cli !== undefined && !cli.exited()) cli.child.kill('SIGKILL')
    if (!removed) await call('h1', '/v1/vm/remove', { name: vm, force: true }).catch(() => {})
  }
}

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error('the lab tests build network namespaces and run libvirtd: run npm test as root (CI does)')
  kit = await ensureGuestKit()
  scratch = mkdtempSync(join(tmpdir(), 'migrate-crash-'))
  lab(['down'])
  lab(['up', String(HOSTS.length)])
}, 240_000)
afterAll(() => {
  lab(['down'])
  rmSync(scratch, { recursive: true, force: true })
}, 120_000)

const name = (mode: Mode, point: string): string => `${mode}-${point.replace(':', '-')}`

describe('a migration whose source or target agent is killed -9 at a step, then started again', () => {
  // Before the commit the VM stays on h2; from the commit on it is h3's (recoverSource,
  // recoverTarget). Live, the domain leaves h2 with the transfer: `source:transferred` commits.
  it.each([
    ['source:reserve', 'h2'], ['source:prepare', 'h2'], ['source:transfer', 'h2'], ['source:transferred', 'h3'], ['source:commit', 'h3'], ['source:cleanup', 'h3'],
    ['target:leased', 'h2'], ['target:prepared', 'h2'], ['target:receiving', 'h2']
  ] as const)('live, killed at %s: the VM ends on %s, running, its disk intact', async (point, ends) => {
    const { cli } = await trial({ vm: name('live', point), mode: 'live', running: true, cut: { kind: 'kill', point }, ends })
    // Killed on the target, the source lived to tell the operator.
    if (point.startsWith('target:')) expect(cli.out).toMatch(/stays on h2/)
  }, 180_000)

  // A VM that ran is shut down (powered off: the guest ignores ACPI) and started again where it ends.
  it.each([
    ['source:stop', true, 'h2'], ['source:transfer', false, 'h2'], ['source:transferred', true, 'h2'], ['source:commit', true, 'h3'],
    ['target:receiving', false, 'h2'], ['target:verified', true, 'h2'], ['target:starting', true, 'h3']
  ] as const)('offline, killed at %s (running: %s): the VM ends on %s as it was, its disk intact', async (point, running, ends) => {
    const { cli } = await trial({ vm: name('offline', point), mode: 'offline', running, cut: { kind: 'kill', point }, ends })
    // Killed on the target: before the commit the source says the VM stayed; after it, that it moved and is yet to be taken over.
    if (point.startsWith('target:')) expect(cli.out).toMatch(ends === 'h2' ? /stays on h2/ : /moved to h3, which has not taken it over yet/)
  }, 180_000)
})

describe('a live migration whose transfer is cut', () => {
  it.each([5, 15])('h3 cut off the LAN for %i s mid-transfer, then healed: the VM ends on one host, running, its disk intact', async (seconds) => {
    await trial({ vm: `live-lan-h3-${seconds}s`, mode: 'live', running: true, cut: { kind: 'lan', host: 'h3', forMs: seconds * 1000 }, ends: 'either' })
  }, 180_000)

  it.each(['h2', 'h3'] as const)('the agent of %s killed -9 mid-transfer (libvirt\'s job running), then started: the VM ends on one host, running, its disk intact', async (host) => {
    await trial({ vm: `live-agent-${host}`, mode: 'live', running: true, cut: { kind: 'agent', host }, ends: 'either' })
  }, 180_000)

  it.each(['h3', 'h2'] as const)('libvirtd on %s stopped mid-transfer, then started: the VM ends on one host, running, its disk intact', async (host) => {
    await trial({ vm: `live-libvirtd-${host}`, mode: 'live', running: true, cut: { kind: 'libvirtd', host }, ends: 'either' })
  }, 180_000)
})

describe('after every trial', () => {
  it('no host\'s journal holds a migration open, and a VM still moves from h2 to h3', async () => {
    for (const host of ['h2', 'h3'] as const) {
      lab(['kill', host])
      const store = await AgentStore.open(join(env.LAB_DIR, host, 'data'))
      try {
        for (const kind of [MIGRATE_OUT_JOURNAL, MIGRATE_IN_JOURNAL]) {
          expect((await new Journal(store, kind).open()).map((e) => `${e.kind} ${e.id} at ${e.step}: ${JSON.stringify(e.intent)}`), `${host}'s ${kind} journal`).toEqual([])
        }
      } finally {
        await store.close()
      }
      lab(['start', host])
    }
    await meshWhole()
    const vm = 'after'
    expect((await call('h1', '/v1/vm/create', { spec: guest(vm, false), host: 'h2', start: false })).status).toBe(200)
    const cli = migrateInBackground(vm, 'offline')
    const { code, out } = await cli.done
    expect(code, out).toBe(0)
    // --json streams one event per line; the last says how the move ended.
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toMatchObject({ event: 'moved', vm, from: 'h2', to: 'h3', mode: 'offline' })
    expect((await call('h1', '/v1/vm/remove', { name: vm, force: true })).body).toMatchObject({ host: 'h3', state: 'removed' })
  }, 180_000)
})
