/**
 * `multiverse cluster migrate` on the lab cluster (docs/architecture.md §12): real agents, each
 * host's own libvirtd listening on its UNIX socket only, a booted guest with a disk moved live
 * from h2 to h3 by its owner. A pattern written on the disk before it booted is read on h3 after;
 * every host then names h3 its owner, and h2 keeps no domain, image or record of it. Asked of a
 * host that does not own the VM, the command goes to the owner, which drives it; made with a host named, it is
 * pinned, and moves only where the operator names. Offline, a booted guest the scheduler placed
 * is shut down (powered off when it ignores ACPI and --force says so), its image streamed to
 * the host the scheduler picks and checked there, and it boots there.
 */
import type { SpawnSyncReturns } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GUEST_MARKER } from '../scripts/guest-kit.ts'
import { metric } from './support/control.ts'
import { events, labCluster, qemuIo } from './support/lab-cluster.ts'
import { virsh } from './support/libvirtd.ts'
import { until } from './support/until.ts'

const cluster = labCluster({ LAB_PREFIX: 'mg-', LAB_DIR: '/tmp/multiverse-lab-migrate' }, ['h1', 'h2', 'h3'])
const { env, hosts: HOSTS, uri, imagesOf, images, domains, call, owners } = cluster
/** `multiverse cluster migrate ARGS --json`, run on `host` as a user would. */
const migrate = (host: string, args: string[]): SpawnSyncReturns<string> => cluster.cli(host, ['cluster', 'migrate', ...args, '--json'])
/** The last event `migrate --json` streamed: how it ended. */
const ended = (stdout: string): Record<string, unknown> => events(stdout).at(-1)!
/**
 * Bytes of migrations received by `host`, by what carried them: native data channels (stunnel),
 * data channels, or tunnels when neither can be reached.
 */
const received = async (host: string): Promise<{ native: number, dataChannel: number, tunnel: number }> => {
  const sample = async (carrier: string): Promise<number> => await metric(cluster.socket(host), `multiverse_migration_bytes_received_total{carrier="${carrier}"}`)
  return { native: await sample('native'), dataChannel: await sample('data-channel'), tunnel: await sample('tunnel') }
}
/** What `host` received natively since `before`, once stunnel has logged its connections closed. */
const nativeSince = async (host: string, before: { native: number }): Promise<number> => {
  let bytes = 0
  await until(`${host} to count its native channels' bytes`, async () => (bytes = (await received(host)).native - before.native) > 1 << 20, { timeoutMs: 10_000 }).catch(() => {})
  return bytes
}

describe('live migration between lab hosts', () => {
  it('moves a booted guest and its disk from h2 to h3; every host names h3 its owner; h2 keeps nothing of it', async () => {
    const spec = {
      name: 'mover', vcpus: 1, memory: '192MiB', disks: [{ name: 'root', size: '64MiB' }],
      boot: { kernel: cluster.kit().kernel, initrd: cluster.kit().initramfs, cmdline: 'console=ttyS0 panic=-1' }
    }
    const created = await call('h1', '/v1/vm/create', { spec, host: 'h2', start: false })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const image = join(imagesOf('h2'), 'mover@root.qcow2')
    qemuIo(['-f', 'qcow2', '-c', 'write -P 0x5a 1M 256k', image])
    expect((await call('h1', '/v1/vm/start', { name: 'mover' })).body).toMatchObject({ state: 'running' })
    await until('the guest to reach init on h2', () => readFileSync(join(env.LAB_DIR, 'h2', 'data', 'console', 'mover.log'), 'utf8').includes(GUEST_MARKER), 120_000)

    // --dry-run says what would move, where and why, and moves nothing.
    const dry = migrate('h2', ['mover', '--to', 'h3', '--dry-run'])
    expect(dry.status, dry.stderr).toBe(0)
    expect(JSON.parse(dry.stdout)).toEqual({
      vm: 'mover', from: 'h2', to: 'h3', mode: 'live', why: 'no passthrough device: it keeps running while it moves', memoryBytes: 192 << 20, disks: [{ name: 'root', sizeBytes: 64 << 20 }],
      devices: { from: [], to: [] }
    })
    expect(await domains('h2')).toEqual(['mover'])
    // A VM whose spec says it never moves is refused, with the reason.
    expect((await call('h1', '/v1/vm/create', { spec: { ...spec, name: 'pinned', migration: 'never' }, host: 'h2', start: false })).status).toBe(200)
    const never = migrate('h2', ['pinned', '--to', 'h3', '--dry-run'])
    expect(never.status).toBe(3)
    expect(never.stderr).toMatch(/pinned cannot move: its spec says migration: never/)
    expect((await call('h1', '/v1/vm/remove', { name: 'pinned' })).body).toMatchObject({ state: 'removed' })

    // Given on h1, the command goes to h2, the owner, which drives the move.
    const before = await received('h3')
    const moved = migrate('h1', ['mover', '--to', 'h3'])
    expect(moved.status, moved.stderr).toBe(0)
    expect(ended(moved.stdout)).toMatchObject({ event: 'moved', vm: 'mover', from: 'h2', to: 'h3', mode: 'live', downtimeMs: expect.any(Number) })
    // The memory and the disk came through native data channels, libvirt's RPC through a data channel; the tunnels carried nothing.
    expect(await nativeSince('h3', before)).toBeGreaterThan(1 << 20)
    const after = await received('h3')
    expect(after.dataChannel - before.dataChannel).toBeGreaterThan(0)
    expect(after.tunnel - before.tunnel).toBe(0)

    expect(await domains('h3')).toEqual(['mover'])
    expect(await domains('h2')).toEqual([])
    expect(images('h2')).toEqual([])
    const arrived = join(imagesOf('h3'), 'mover@root.qcow2')
    expect(qemuIo(['-U', '-r', '-f', 'qcow2', '-c', 'read -P 0x5a 1M 256k', arrived])).toMatch(/read 262144\/262144 bytes/)
    await until('every host to name h3 the owner of mover', async () => (await owners('mover')).every((o) => o === 'h3'), 15_000)
    const shown = await call<{ host: string, state: string, generation?: number }>('h1', '/v1/vm/show', { name: 'mover' })
    expect(shown.body).toMatchObject({ host: 'h3', state: 'running', generation: 1 })
    // Made with --host, it is pinned: the scheduler does not move it; named with --to, it moved and is pinned there.
    const pinned = migrate('h3', ['mover'])
    expect(pinned.status).toBe(3)
    expect(pinned.stderr).toMatch(/mover cannot move: its spec pins it to h3/)
    // The new owner runs it as any VM of its own: stopped and removed from any host.
    expect((await call('h1', '/v1/vm/destroy', { name: 'mover' })).body).toMatchObject({ host: 'h3', state: 'stopped' })
    expect((await call('h1', '/v1/vm/remove', { name: 'mover' })).body).toMatchObject({ host: 'h3', state: 'removed' })
    expect(await domains('h3')).toEqual([])
    expect(images('h3')).toEqual([])
  }, 300_000)
})

describe('offline migration between lab hosts', () => {
  it('shuts a booted guest down, moves its disk where the scheduler says, where it boots; its old host keeps nothing of it', async () => {
    const spec = {
      name: 'parked', vcpus: 1, memory: '128MiB', disks: [{ name: 'root', size: '1GiB' }],
      boot: { kernel: cluster.kit().kernel, initrd: cluster.kit().initramfs, cmdline: 'console=ttyS0 panic=-1' }
    }
    // Not pinned (no host named): the scheduler may move it.
    const created = await call<{ host: string }>('h1', '/v1/vm/create', { spec, start: false })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const from = created.body.host
    const image = join(imagesOf(from), 'parked@root.qcow2')
    qemuIo(['-f', 'qcow2', '-c', 'write -P 0xa5 3M 1M', '-c', 'write -P 0x3c 900M 64k', image])
    expect((await call('h1', '/v1/vm/start', { name: 'parked' })).body).toMatchObject({ state: 'running' })
    const console = (host: string): string => join(env.LAB_DIR, host, 'data', 'console', 'parked.log')
    await until(`the guest to reach init on ${from}`, () => readFileSync(console(from), 'utf8').includes(GUEST_MARKER), 120_000)
    const uuid = (await virsh(uri(from), ['domuuid', 'parked'])).trim()

    const dry = migrate(from, ['parked', '--offline', '--dry-run'])
    expect(dry.status, dry.stderr).toBe(0)
    expect(JSON.parse(dry.stdout)).toMatchObject({ from, mode: 'offline', why: 'asked for (--offline)', devices: { from: [], to: [] } })
    const bothWays = migrate(from, ['parked', '--live', '--offline'])
    expect(bothWays.status).toBe(2)
    expect(bothWays.stderr).toMatch(/--live and --offline exclude each other/)

    // The guest's init ignores the power button: --force powers it off after the wait.
    const before = await Promise.all(HOSTS.map(received))
    const moved = migrate(from, ['parked', '--offline', '--timeout', '3', '--force'])
    expect(moved.status, moved.stderr).toBe(0)
    const result = ended(moved.stdout) as { to: string }
    const to = result.to
    expect(result).toMatchObject({ event: 'moved', vm: 'parked', from, mode: 'offline' })
    // Meanwhile, where it was: the steps in order, as the owner's agent saw them.
    const steps = ['reserve', 'prepare', 'stop', 'transfer', 'commit', 'cleanup']
    const seen = events(moved.stdout).filter((e) => e.event === 'progress').map((e) => steps.indexOf(e.phase as string))
    expect(seen.length).toBeGreaterThan(0)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    const listed = cluster.cli(from, ['cluster', 'migrations', '--json'])
    const listing = JSON.parse(listed.stdout) as { host: string, migrations: unknown[] }
    expect(listing.host).toBe(from)
    expect(listing.migrations[0]).toMatchObject({ vm: 'parked', from, to, mode: 'offline', state: 'moved', phase: 'cleanup' })
    expect(HOSTS.filter((h) => h !== from)).toContain(to)
    // The image came through a native data channel; the data channels and the tunnels carried nothing.
    const was = before[HOSTS.indexOf(to)]!
    expect(await nativeSince(to, was)).toBeGreaterThan(1 << 20)
    const after = await received(to)
    expect(after.dataChannel - was.dataChannel).toBe(0)
    expect(after.tunnel - was.tunnel).toBe(0)
    expect(await domains(from)).toEqual([])
    expect(images(from)).toEqual([])
    expect((await virsh(uri(to), ['domuuid', 'parked'])).trim()).toBe(uuid)
    expect((await virsh(uri(to), ['domstate', 'parked'])).trim()).toBe('running')
    const arrived = join(imagesOf(to), 'parked@root.qcow2')
    expect(qemuIo(['-U', '-r', '-f', 'qcow2', '-c', 'read -P 0xa5 3M 1M', '-c', 'read -P 0x3c 900M 64k', '-c', 'read -P 0 10M 1M', arrived]))
      .toMatch(/read 1048576\/1048576 bytes[\s\S]*read 65536\/65536 bytes[\s\S]*read 1048576\/1048576 bytes/)
    // Only the allocated data crossed: the 1 GiB disk holds about 1 MiB.
    expect(statSync(arrived).size).toBeLessThan(32 << 20)
    await until(`the guest to reach init on ${to}`, () => existsSync(console(to)) && readFileSync(console(to), 'utf8').includes(GUEST_MARKER), 120_000)
    await until(`every host to name ${to} the owner of parked`, async () => (await owners('parked')).every((o) => o === to), 15_000)
    expect((await call('h1', '/v1/vm/show', { name: 'parked' })).body).toMatchObject({ host: to, state: 'running', generation: 1 })
    expect((await call('h1', '/v1/vm/remove', { name: 'parked', force: true })).body).toMatchObject({ host: to, state: 'removed' })
    expect(images(to)).toEqual([])
  }, 300_000)
})
