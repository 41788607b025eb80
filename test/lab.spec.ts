/**
 * Real agent processes in the network-namespace lab (deploy/lab/lab): three hosts on one
 * bridge, formed through join tokens. Needs root and iproute2, as CI has.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClusterSnapshot } from '@multiverse/domain'
import { MACHINES } from './fixtures/machines.ts'
import { control } from './support/control.ts'
import { runLab } from './support/lab.ts'
import { throughout, until } from './support/until.ts'

const top = new URL('..', import.meta.url).pathname
// LAB_DIR and LAB_PREFIX from the environment reach deploy/lab/lab too: a second lab (another
// prefix and state directory) can run these tests beside one already up.
const LAB_DIR = process.env.LAB_DIR ?? '/tmp/multiverse-lab'
const HOSTS = ['h1', 'h2', 'h3']
const MACHINE_OF: Record<string, string> = { h1: 'desktop', h2: 'laptop', h3: 'server' }

const lab = (args: string[], env: Record<string, string> = {}): string => runLab(args, env, 120_000)

type Status = ClusterSnapshot & { connected: string[] }

async function status (host: string): Promise<Status> {
  return (await control<Status>(join(LAB_DIR, host, 'agent.sock'), 'GET', '/v1/status', undefined, 5000)).body
}

async function stateOf (observer: string, subject: string): Promise<string | undefined> {
  try {
    return (await status(observer)).hosts.find((h) => h.name === subject)?.state
  } catch {
    return undefined
  }
}

const allSee = async (subject: string, state: string, observers = HOSTS.filter((h) => h !== subject)): Promise<boolean> =>
  (await Promise.all(observers.map(async (o) => await stateOf(o, subject)))).every((s) => s === state)

beforeAll(() => {
  if (process.getuid?.() !== 0) throw new Error('the lab tests build network namespaces: run npm test as root (CI does)')
  lab(['down'])
  lab(['up', '3'])
}, 120_000)
afterAll(() => { lab(['down']) }, 60_000)

describe('the lab cluster', () => {
  it('formed through join tokens: every host sees every host alive, with its own machine', async () => {
    for (const observer of HOSTS) {
      const seen = await status(observer)
      expect(seen.hosts.map((h) => [h.name, h.state])).toEqual(HOSTS.map((h) => [h, 'alive']))
      for (const host of seen.hosts) {
        expect(host.inventory.devices.length, `${observer} sees ${host.name}`).toBe(MACHINES[MACHINE_OF[host.name]!]!.devices.length)
      }
    }
  })

  it('a host cut off turns suspect after 3 s, dead after 10 s, and alive again once healed', async () => {
    lab(['cut', 'h3'])
    const suspect = await until('h3 suspect everywhere', async () => await allSee('h3', 'suspect'), 8000)
    const dead = suspect + await until('h3 dead everywhere', async () => await allSee('h3', 'dead'), 12_000)
    expect(suspect).toBeGreaterThanOrEqual(2000)
    expect(dead).toBeGreaterThanOrEqual(9000)
    lab(['heal', 'h3'])
    await until('h3 alive everywhere', async () => await allSee('h3', 'alive', HOSTS), 10_000)
    // And the other way: h3 hears the others again (on a fresh connection, see Dialer.probe).
    await until('h3 to see h1 and h2 alive', async () => await allSee('h1', 'alive', ['h3']) && await allSee('h2', 'alive', ['h3']), 10_000)
  }, 60_000)

  it('kill -9 and restart: same identity, the last view from disk at once, then alive', async () => {
    const before = await status('h2')
    lab(['kill', 'h2'])
    lab(['start', 'h2'])
    const after = await status('h2')
    expect(after.self).toBe(before.self)
    expect(after.hosts.map((h) => h.name)).toEqual(HOSTS)
    await until('h2 alive everywhere and seeing all', async () =>
      await allSee('h2', 'alive', HOSTS) && (await status('h2')).hosts.every((h) => h.state === 'alive'), 10_000)
  }, 30_000)

  it('hosts find each other by mDNS alone', async () => {
    for (const host of HOSTS) lab(['kill', host])
    for (const host of HOSTS) lab(['start', host], { LAB_AGENT_ARGS: '--discovery mdns' })
    await until('every host to see every host alive by mDNS', async () =>
      (await Promise.all(HOSTS.map(async (h) => await allSee(h, 'alive', HOSTS)))).every(Boolean), 15_000)
    // Hosts query the LAN only at their start and while a member is missing. The host with the
    // highest peer ID is dialled by every other (the lower ID dials): restarted, it is found
    // again by its own query and dials in its first seconds, and by the others asking the LAN.
    const ids = await Promise.all(HOSTS.map(async (h) => ({ h, id: (await status(h)).self })))
    const highest = ids.reduce((a, b) => (b.id > a.id ? b : a)).h
    lab(['kill', highest])
    await until(`${highest} suspect everywhere`, async () => await allSee(highest, 'suspect'), 8000)
    lab(['start', highest], { LAB_AGENT_ARGS: '--discovery mdns' })
    await until(`every host to see ${highest} alive again by mDNS`, async () =>
      (await Promise.all(HOSTS.map(async (h) => await allSee(h, 'alive', HOSTS)))).every(Boolean), 20_000)
  }, 90_000)

  it('a process with another key, or none, cannot reach a member', async () => {
    const h2 = (await status('h2')).self
    for (const mode of ['wrong', 'none']) {
      const out = lab(['exec', 'h1', '--', join(top, 'node_modules/.bin/node'), join(top, 'test/lab/intruder.ts'), `/ip4/10.99.0.2/tcp/4001/p2p/${h2}`, mode])
      expect(JSON.parse(out.trim().split('\n').pop()!), mode).toMatchObject({ connected: false })
    }
    expect((await status('h2')).connected.length).toBe(2)
  }, 30_000)

  it('a member that sends malformed, oversized, replayed or forged messages: dropped, counted, logged; h2 carries on', async () => {
    const before = (await status('h2') as Status & { counters: { dropped: Record<string, number> } }).counters.dropped
    const token = JSON.parse(lab(['exec', 'h1', '--', 'multiverse', 'cluster', 'token', '--json'])).token as string
    const h1 = (await status('h1')).self
    const out = lab(['exec', 'h3', '--', join(top, 'node_modules/.bin/node'), join(top, 'test/lab/rogue.ts'), token, `/ip4/10.99.0.2/tcp/4001/p2p/${(await status('h2')).self}`, h1])
    expect(JSON.parse(out.trim().split('\n').pop()!).sent).toEqual(['malformed', 'oversized', 'advert', 'replayed', 'forged'])
    await until('h2 to count every kind of bad message', async () => {
      const after = (await status('h2') as Status & { counters: { dropped: Record<string, number> } }).counters.dropped
      return ['malformed', 'oversized', 'replayed', 'forged'].every((reason) => after[reason]! > before[reason]!)
    }, 5000)
    const log = spawnSync('cat', [join(LAB_DIR, 'h2', 'agent.log')], { encoding: 'utf8' }).stdout
    for (const reason of ['malformed', 'oversized', 'replayed', 'forged']) expect(log).toContain(`"reason":"${reason}"`)
    // h1's own advert stands, untouched by the forgery; h2 still hears everyone.
    expect((await status('h2')).hosts.find((h) => h.id === h1)!.allocatable.vcpus).not.toBe(1)
    await until('h2 to see h1..h3 alive', async () => (await status('h2')).hosts.filter((h) => h.state === 'alive').length >= 3, 3000)
    lab(['exec', 'h1', '--', 'multiverse', 'cluster', 'remove', 'rogue'])
  }, 40_000)

  it('each host has its own libvirtd, reachable from here and from lab exec; a VM migrates live between two', async () => {
    const uri = (h: string): string => readFileSync(join(LAB_DIR, h, 'libvirt.uri'), 'utf8').trim()
    const virsh = (h: string, args: string[]): string => {
      const result = spawnSync('virsh', ['-q', '-c', uri(h), ...args], { encoding: 'utf8', timeout: 60_000 })
      if (result.status !== 0) throw new Error(`virsh ${args.join(' ')} on ${h} failed: ${result.stderr}`)
      return result.stdout
    }
    const uuids = HOSTS.map((h) => /<uuid>([^<]+)<\/uuid>/.exec(virsh(h, ['capabilities']))![1])
    expect(new Set(uuids).size).toBe(HOSTS.length)
    expect(lab(['exec', 'h2', '--', 'sh', '-c', 'printf %s "$MULTIVERSE_LIBVIRT_URI"'])).toBe(uri('h2'))
    expect(lab(['status'])).toMatch(/^h3 .* running \(pid \d+\) /m)
    // A diskless firmware-only guest: defined and started on h1, moved to h2 over the lab LAN.
    const xml = join(LAB_DIR, 'fw.xml')
    writeFileSync(xml, "<domain type='qemu'><name>fw</name><memory unit='MiB'>64</memory><vcpu>1</vcpu><os><type arch='x86_64' machine='q35'>hvm</type></os></domain>")
    virsh('h1', ['define', xml])
    virsh('h1', ['start', 'fw'])
    virsh('h1', ['migrate', '--live', '--p2p', '--persistent', '--undefinesource', 'fw', uri('h2')])
    expect(virsh('h2', ['domstate', 'fw']).trim()).toBe('running')
    expect(virsh('h1', ['list', '--all', '--name']).trim()).toBe('')
    virsh('h2', ['destroy', 'fw'])
    virsh('h2', ['undefine', 'fw'])
  }, 60_000)

  it('a removed member is refused from then on, though it still has the key', async () => {
    const h3 = (await status('h3')).self
    lab(['exec', 'h1', '--', 'multiverse', 'cluster', 'remove', 'h3'])
    await until('h1 and h2 to drop h3', async () =>
      (await Promise.all(['h1', 'h2'].map(async (h) => (await status(h)).hosts.every((x) => x.name !== 'h3')))).every(Boolean), 5000)
    // Members hold the connection a moment after revoking, so the revocation reaches h3 itself.
    await until('h1 and h2 to close their connections to h3', async () =>
      (await Promise.all(['h1', 'h2'].map(async (h) => !(await status(h)).connected.includes(h3)))).every(Boolean), 5000)
    const told = spawnSync('bash', [join(top, 'deploy/lab/lab'), 'exec', 'h3', '--', 'multiverse', 'cluster', 'status'], { encoding: 'utf8', timeout: 30_000 })
    expect(told.status).toBe(3)
    expect(told.stderr).toMatch(/this host was removed from cluster/)
    // h3's agent keeps running and keeps dialling; for 5 s nobody lets it in.
    await throughout(5000, async () => {
      for (const host of ['h1', 'h2']) expect((await status(host)).connected).not.toContain(h3)
    })
  }, 30_000)
})
