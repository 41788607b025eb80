import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newTunnelToken } from '@multiverse/wire'
import type { TunnelChannel } from '@multiverse/wire'
import { afterEach, describe, expect, it } from 'vitest'
import { NativeChannelError, NativeChannels, freePort, reachable, stunnelConfig } from '../src/native-channel.ts'
import type { NativeEnd } from '../src/native-channel.ts'
import { openDataChannel } from '../src/index.ts'
import { exchange, hashingEndpoint } from './streams.ts'
import { until } from '../../../test/support/until.ts'

const MIGRATION = 'b2'.repeat(16)
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => { for (const cleanup of cleanups.splice(0).reverse()) await cleanup() })

function channels (onBytes?: (bytes: number) => void): { native: NativeChannels, dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mv-native-'))
  const native = new NativeChannels({ dir, ...(onBytes === undefined ? {} : { onBytes }) })
  cleanups.push(async () => { await native.close(MIGRATION); rmSync(dir, { recursive: true, force: true }) })
  return { native, dir }
}

/** A target's server end for `channel` in front of `port`, and a source's client end to it with `token`. */
async function pair (endpointPort: number, token: Uint8Array, client: { token?: Uint8Array, channel?: TunnelChannel } = {}, onBytes?: (bytes: number) => void): Promise<{ server: number, client: number, target: NativeChannels }> {
  const target = channels(onBytes).native
  const source = channels().native
  const server = await target.start({ role: 'server', migrationId: MIGRATION, channel: 'memory', token, listen: { host: '127.0.0.1', port: await freePort('127.0.0.1') }, connect: { host: '127.0.0.1', port: endpointPort } })
  const end = await source.start({ role: 'client', migrationId: MIGRATION, channel: client.channel ?? 'memory', token: client.token ?? token, listen: { host: '127.0.0.1', port: await freePort('127.0.0.1') }, connect: { host: '127.0.0.1', port: server.port } })
  return { server: server.port, client: end.port, target }
}

/** What a client gets back through a refused channel: nothing, or a reset. */
async function refusedExchange (port: number, data: Buffer): Promise<Buffer> {
  return await exchange(port, data).catch(() => Buffer.alloc(0))
}

describe('native data channels (stunnel)', () => {
  it('carry a stream whole, both ways, with the half-close, and count what came in', async () => {
    let counted = 0
    const endpoint = await hashingEndpoint(cleanups)
    const ends = await pair(endpoint.port, newTunnelToken(), {}, (bytes) => { counted += bytes })
    const data = randomBytes(48 << 20)
    expect(await exchange(ends.client, data)).toEqual(createHash('sha256').update(data).digest())
    // The server end counts its connection once stunnel logs it closed: 48 MiB in, 32 bytes out.
    await until('the server end to count the connection', () => counted === data.length + 32, { timeoutMs: 10_000 })
    expect(endpoint.connections()).toBe(1)
  })

  it('let a stream that is finishing close before they stop, so what it carried is counted', async () => {
    let counted = 0
    const endpoint = await hashingEndpoint(cleanups)
    const ends = await pair(endpoint.port, newTunnelToken(), {}, (bytes) => { counted += bytes })
    const data = randomBytes(8 << 20)
    const answer = exchange(ends.client, data)
    await until('the stream to reach the endpoint', () => endpoint.connections() === 1, { timeoutMs: 5_000 })
    const stopped = ends.target.close(MIGRATION, 10_000)
    expect(await answer).toEqual(createHash('sha256').update(data).digest())
    await stopped
    expect(counted).toBe(data.length + 32)
  })

  it('start side by side, as a migration\'s streams do, each told ready by its own words', async () => {
    const { native } = channels()
    for (let round = 0; round < 5; round++) {
      const started = await Promise.all((['memory', 'disks'] as const).map(async (channel) => await native.start({
        role: 'server', migrationId: MIGRATION, channel, token: newTunnelToken(), listen: { host: '127.0.0.1', port: await freePort('127.0.0.1') }, connect: { host: '127.0.0.1', port: 9 }
      })))
      for (const end of started) await reachable({ host: '127.0.0.1', port: end.port }, 1_000)
      await native.close(MIGRATION)
    }
  })

  it('count a connection that never finished its handshake closed too: a probe holds up no drain', async () => {
    const { native } = channels()
    const end = await native.start({ role: 'server', migrationId: MIGRATION, channel: 'disks', token: newTunnelToken(), listen: { host: '127.0.0.1', port: await freePort('127.0.0.1') }, connect: { host: '127.0.0.1', port: 9 } })
    await reachable({ host: '127.0.0.1', port: end.port }, 1_000)
    // stunnel logs the probe's end ("reset/closed") after it went: give it that moment, then the drain must not wait out its 10 s.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = Date.now()
    await native.close(MIGRATION, 10_000)
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  it('speak the data channel\'s protector: a data channel client with the same key is let in', async () => {
    const token = newTunnelToken()
    const endpoint = await hashingEndpoint(cleanups)
    const { native } = channels()
    const server = await native.start({ role: 'server', migrationId: MIGRATION, channel: 'memory', token, listen: { host: '127.0.0.1', port: await freePort('127.0.0.1') }, connect: { host: '127.0.0.1', port: endpoint.port } })
    const socket = await openDataChannel({ host: '127.0.0.1', port: server.port, migrationId: MIGRATION, channel: 'memory', token })
    const answer = new Promise<Buffer>((resolve) => { const chunks: Buffer[] = []; socket.on('data', (c: Buffer) => chunks.push(c)); socket.on('end', () => { resolve(Buffer.concat(chunks)) }) })
    socket.end('disk')
    expect(await answer).toEqual(createHash('sha256').update('disk').digest())
  })

  it("refuse another token, another stream's key and raw bytes, before a byte reaches the endpoint", async () => {
    const endpoint = await hashingEndpoint(cleanups)
    const token = newTunnelToken()
    const wrongKey = await pair(endpoint.port, token, { token: newTunnelToken() })
    expect(await refusedExchange(wrongKey.client, Buffer.from('memory'))).toEqual(Buffer.alloc(0))
    const otherStream = await pair(endpoint.port, token, { channel: 'disks' })
    expect(await refusedExchange(otherStream.client, Buffer.from('disk'))).toEqual(Buffer.alloc(0))
    const raw = connect({ host: '127.0.0.1', port: wrongKey.server })
    await new Promise<void>((resolve) => { raw.on('close', () => { resolve() }); raw.on('error', () => {}); raw.end(Buffer.from('GET / HTTP/1.0\r\n\r\n')) })
    expect(endpoint.connections()).toBe(0)
  })

  it('stop with close, their key and config gone; a restarted agent\'s sweep stops what the last one left', async () => {
    const endpoint = await hashingEndpoint(cleanups)
    const { native, dir } = channels()
    const listen = { host: '127.0.0.1', port: await freePort('127.0.0.1') }
    await native.start({ role: 'server', migrationId: MIGRATION, channel: 'disks', token: newTunnelToken(), listen, connect: { host: '127.0.0.1', port: endpoint.port } })
    expect(readdirSync(dir).sort()).toEqual([`${MIGRATION}-disks-server.conf`, `${MIGRATION}-disks-server.pid`, `${MIGRATION}-disks-server.psk`])
    // A step asked again gets the end that runs, not a second one.
    const again = await native.start({ role: 'server', migrationId: MIGRATION, channel: 'disks', token: newTunnelToken(), listen: { host: '127.0.0.1', port: await freePort('127.0.0.1') }, connect: { host: '127.0.0.1', port: endpoint.port } })
    expect(again.port).toBe(listen.port)
    await reachable(listen, 2_000)
    // The agent is killed: its child runs on. The next agent's sweep stops it.
    const next = new NativeChannels({ dir })
    expect(await next.sweep()).toBe(1)
    await until('the port to close', async () => await reachable(listen, 500).then(() => false, () => true), { timeoutMs: 5_000 })
    expect(readdirSync(dir)).toEqual([])
    await native.close(MIGRATION)
    expect(await next.sweep()).toBe(0)
    expect(existsSync(dir)).toBe(true)
  })

  it('name what is wrong when stunnel cannot start: a port taken', async () => {
    const { native } = channels()
    const taken = await hashingEndpoint(cleanups)
    await expect(native.start({ role: 'server', migrationId: MIGRATION, channel: 'memory', token: newTunnelToken(), listen: { host: '127.0.0.1', port: taken.port }, connect: { host: '127.0.0.1', port: 1 } }))
      .rejects.toThrow(/stunnel exited before it listened: .*(Address already in use|failed)/)
  })
})

describe('stunnelConfig', () => {
  const end: NativeEnd = { role: 'client', migrationId: MIGRATION, channel: 'disks', token: new Uint8Array(32), listen: { host: '127.0.0.1', port: 5000 }, connect: { host: '10.99.0.2', port: 4100 } }

  it('holds the stream\'s identity, TLS 1.3 and its two ends, and nothing else from outside', () => {
    const config = stunnelConfig(end, '/run/k.psk')
    expect(config).toContain(`PSKidentity = ${MIGRATION}/disks`)
    expect(config).toContain('accept = 127.0.0.1:5000')
    expect(config).toContain('connect = 10.99.0.2:4100')
    expect(config).toContain('sslVersionMin = TLSv1.3')
    expect(config).toContain('client = yes')
    expect(config).toContain('syslog = no')
    expect(stunnelConfig({ ...end, role: 'server', connect: { host: 'fd00::2', port: 4100 } }, '/run/k.psk')).toContain('connect = [fd00::2]:4100')
    expect(stunnelConfig({ ...end, role: 'server' }, '/run/k.psk')).not.toContain('PSKidentity')
  })

  it.each([
    ['a migration id that is not 32 hex digits', { migrationId: 'x\n[evil]' }, /migration id/],
    ['a host that is not an IP address', { connect: { host: '10.0.0.1\naccept = 0.0.0.0:22', port: 1 } }, /not an IP address/],
    ['a port out of range', { listen: { host: '127.0.0.1', port: 70000 } }, /not a TCP port/],
    ['an unknown stream', { channel: 'ssh' as TunnelChannel }, /not a migration stream/]
  ])('refuses %s', (_what, change, message) => {
    expect(() => stunnelConfig({ ...end, ...change }, '/run/k.psk')).toThrow(NativeChannelError)
    expect(() => stunnelConfig({ ...end, ...change }, '/run/k.psk')).toThrow(message)
  })
})
