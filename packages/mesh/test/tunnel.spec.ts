import { createHash, randomBytes } from 'node:crypto'
import { connect } from 'node:net'
import { connect as connectTls } from 'node:tls'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { newTunnelToken } from '@multiverse/wire'
import type { TunnelOpen } from '@multiverse/wire'
import { pino } from 'pino'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { exchange, hashingEndpoint } from './streams.ts'
import { DataChannelError, TunnelRefusedError, createMeshNode, dataChannelKey, forwardLocal, newPrivateNetworkKey, openDataChannel, openTunnel, serveDataChannels, serveTunnels } from '../src/index.ts'
import type { DataChannelAuthorizer, MeshNode, TunnelAuthorizer } from '../src/index.ts'

const log = pino({ level: 'silent' })
const CLUSTER = 'c'.repeat(32)
const MIGRATION = 'a1'.repeat(16)
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => { for (const cleanup of cleanups.splice(0).reverse()) await cleanup() })

async function node (psk: Uint8Array, admit: (peer: PeerId) => boolean = () => true): Promise<MeshNode> {
  const created = await createMeshNode({ privateKey: await generateKeyPair('Ed25519'), psk, listen: ['/ip4/127.0.0.1/tcp/0'], admit })
  cleanups.push(async () => { await created.stop() })
  return created
}

const open = (token: Uint8Array, channel: TunnelOpen['channel'] = 'memory'): TunnelOpen => ({ clusterId: CLUSTER, migrationId: MIGRATION, token, channel })

describe('migration tunnels', () => {
  it('carry bytes both ways through the mesh, whole, with the half-close, for the holder of the token', async () => {
    const psk = newPrivateNetworkKey()
    const [source, target] = [await node(psk), await node(psk)]
    const endpoint = await hashingEndpoint(cleanups)
    const token = newTunnelToken()
    let carried = 0
    const authorize: TunnelAuthorizer = (peer, asked) => peer.equals(source.peerId) && Buffer.compare(asked.token, token) === 0
      ? { ok: true, endpoint: { host: '127.0.0.1', port: endpoint.port }, onBytes: (t) => { carried = t.sent + t.received } }
      : { ok: false, reason: 'no such migration' }
    await serveTunnels(target, { allow: () => true, authorize, log })
    await source.dial(target.getMultiaddrs())
    const forwarder = await forwardLocal(source, target.peerId, open(token), 0, log)
    cleanups.push(forwarder.close)
    const data = randomBytes(24 << 20)
    const answer = await exchange(forwarder.port, data)
    expect(answer).toEqual(createHash('sha256').update(data).digest())
    // The tally comes when the tunnel closes, which may be a moment after the answer arrived.
    await vi.waitFor(() => { expect(carried).toBe(data.length + 32) })
    // A second connection is a second tunnel: libvirt may open more than one.
    expect(await exchange(forwarder.port, Buffer.from('again'))).toEqual(createHash('sha256').update('again').digest())
    expect(endpoint.connections()).toBe(2)
  })

  it('refuse a member without the token, or with a replayed one, before a byte reaches the endpoint', async () => {
    const psk = newPrivateNetworkKey()
    const [source, target] = [await node(psk), await node(psk)]
    const endpoint = await hashingEndpoint(cleanups)
    const live = new Set([Buffer.from(newTunnelToken()).toString('hex')])
    const authorize: TunnelAuthorizer = (_peer, asked) => live.has(Buffer.from(asked.token).toString('hex'))
      ? { ok: true, endpoint: { host: '127.0.0.1', port: endpoint.port } }
      : { ok: false, reason: `no migration ${asked.migrationId} is receiving with that token` }
    await serveTunnels(target, { allow: () => true, authorize, log })
    await source.dial(target.getMultiaddrs())
    await expect(openTunnel(source, target.peerId, open(newTunnelToken()))).rejects.toThrow(TunnelRefusedError)
    await expect(openTunnel(source, target.peerId, open(newTunnelToken()))).rejects.toThrow(/no migration a1a1.* is receiving with that token/)
    // The migration ended: its token opens nothing any more.
    const [ended] = [...live]
    live.clear()
    await expect(openTunnel(source, target.peerId, open(Buffer.from(ended!, 'hex'), 'libvirt'))).rejects.toThrow(/libvirt tunnel refused/)
    // Through a forwarder, the local client sees its connection cut.
    const forwarder = await forwardLocal(source, target.peerId, open(Buffer.from(ended!, 'hex')), 0, log)
    cleanups.push(forwarder.close)
    await expect(exchange(forwarder.port, Buffer.from('x'))).rejects.toThrow()
    expect(endpoint.connections()).toBe(0)
  })

  it('refuse a peer that is not a member, and a node without the key cannot connect at all', async () => {
    const psk = newPrivateNetworkKey()
    const strangerKey = await generateKeyPair('Ed25519')
    const stranger = peerIdFromPrivateKey(strangerKey)
    const endpoint = await hashingEndpoint(cleanups)
    const target = await node(psk)
    await serveTunnels(target, {
      allow: (peer) => !peer.equals(stranger),
      authorize: () => ({ ok: true, endpoint: { host: '127.0.0.1', port: endpoint.port } }),
      log
    })
    const intruder = await createMeshNode({ privateKey: strangerKey, psk, listen: ['/ip4/127.0.0.1/tcp/0'], admit: () => true })
    cleanups.push(async () => { await intruder.stop() })
    await intruder.dial(target.getMultiaddrs())
    await expect(openTunnel(intruder, target.peerId, open(newTunnelToken()))).rejects.toThrow(TunnelRefusedError)
    const keyless = await node(newPrivateNetworkKey())
    await expect(keyless.dial(target.getMultiaddrs())).rejects.toThrow()
    expect(endpoint.connections()).toBe(0)
  })
})

describe('migration data channels', () => {
  /** A target's data channels admitting the migrations in `live` (token by migration id), each to `endpoint`. */
  async function dataChannels (live: Map<string, Uint8Array>, endpointPort: number): Promise<{ port: number, asked: () => number }> {
    let asked = 0
    const authorize: DataChannelAuthorizer = (migrationId) => {
      asked++
      const token = live.get(migrationId)
      return token === undefined ? { ok: false, reason: 'no such migration' } : { ok: true, token, endpoint: { host: '127.0.0.1', port: endpointPort } }
    }
    const server = await serveDataChannels({ host: '127.0.0.1', port: 0, authorize, log })
    cleanups.push(server.close)
    return { port: server.port, asked: () => asked }
  }

  /** A tunnel authorizer that counts what it is asked and lets the holder of `token` in. */
  function countingTunnels (token: Uint8Array, endpointPort: number): { authorize: TunnelAuthorizer, opened: () => number } {
    let opened = 0
    return {
      authorize: (_peer, asked) => {
        opened++
        return Buffer.compare(asked.token, token) === 0 ? { ok: true, endpoint: { host: '127.0.0.1', port: endpointPort } } : { ok: false, reason: 'no such migration' }
      },
      opened: () => opened
    }
  }

  it('carry each stream whole, both ways, with the half-close, off the tunnel', async () => {
    const psk = newPrivateNetworkKey()
    const [source, target] = [await node(psk), await node(psk)]
    const endpoint = await hashingEndpoint(cleanups)
    const token = newTunnelToken()
    const data = await dataChannels(new Map([[MIGRATION, token]]), endpoint.port)
    const tunnels = countingTunnels(token, endpoint.port)
    await serveTunnels(target, { allow: () => true, authorize: tunnels.authorize, log })
    await source.dial(target.getMultiaddrs())
    const memory = await forwardLocal(source, target.peerId, open(token, 'memory'), 0, log, { host: '127.0.0.1', port: data.port })
    cleanups.push(memory.close)
    const bytes = randomBytes(48 << 20)
    expect(await exchange(memory.port, bytes)).toEqual(createHash('sha256').update(bytes).digest())
    const rpc = await forwardLocal(source, target.peerId, open(token, 'libvirt'), 0, log, { host: '127.0.0.1', port: data.port })
    cleanups.push(rpc.close)
    expect(await exchange(rpc.port, Buffer.from('rpc'))).toEqual(createHash('sha256').update('rpc').digest())
    expect(tunnels.opened()).toBe(0)
    expect(data.asked()).toBeGreaterThanOrEqual(2)
    expect(endpoint.connections()).toBe(2)
  })

  it("refuse a wrong key, an ended migration (a replay), another channel's key and a stranger, before a byte reaches the endpoint", async () => {
    const endpoint = await hashingEndpoint(cleanups)
    const token = newTunnelToken()
    const live = new Map([[MIGRATION, token]])
    const data = await dataChannels(live, endpoint.port)
    const ticket = { host: '127.0.0.1', port: data.port, migrationId: MIGRATION, channel: 'disks' as const }
    await expect(openDataChannel({ ...ticket, token: newTunnelToken() })).rejects.toThrow(DataChannelError)
    // The memory channel's key does not open the disks' channel.
    await expect(handshake(data.port, `${MIGRATION}/disks`, dataChannelKey(token, MIGRATION, 'memory'))).rejects.toThrow()
    // A name that is no migration's stream, whatever key is shown.
    await expect(handshake(data.port, `${MIGRATION}/console`, dataChannelKey(token, MIGRATION, 'disks'))).rejects.toThrow()
    const socket = await openDataChannel({ ...ticket, token })
    const answer = new Promise<Buffer>((resolve) => socket.once('data', resolve))
    socket.end('disk')
    expect(await answer).toEqual(createHash('sha256').update('disk').digest())
    live.clear()
    await expect(openDataChannel({ ...ticket, token })).rejects.toThrow(/disks data channel to 127.0.0.1:\d+/)
    // Bytes that are not a TLS handshake reach nothing either.
    const raw = connect({ host: '127.0.0.1', port: data.port })
    raw.end(Buffer.from('GET / HTTP/1.0\r\n\r\n'))
    await new Promise((resolve) => raw.on('close', resolve))
    // The only connection that reached the endpoint is the one the right key opened.
    await vi.waitFor(() => { expect(endpoint.connections()).toBe(1) })
  })

  it("leave a migration to the tunnel when the target's data channels cannot be reached", async () => {
    const psk = newPrivateNetworkKey()
    const [source, target] = [await node(psk), await node(psk)]
    const endpoint = await hashingEndpoint(cleanups)
    const token = newTunnelToken()
    const tunnels = countingTunnels(token, endpoint.port)
    await serveTunnels(target, { allow: () => true, authorize: tunnels.authorize, log })
    await source.dial(target.getMultiaddrs())
    const closed = await dataChannels(new Map(), endpoint.port)
    const port = closed.port
    await cleanups.pop()!()
    const forwarder = await forwardLocal(source, target.peerId, open(token, 'disks'), 0, log, { host: '127.0.0.1', port })
    cleanups.push(forwarder.close)
    for (const text of ['first', 'second']) expect(await exchange(forwarder.port, Buffer.from(text))).toEqual(createHash('sha256').update(text).digest())
    expect(tunnels.opened()).toBe(2)
  })
})

/** A raw TLS-PSK handshake under `identity` with `key`: resolves once the server accepted it. */
async function handshake (port: number, identity: string, key: Buffer): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const socket = connectTls({ host: '127.0.0.1', port, minVersion: 'TLSv1.3', ciphers: 'TLS_AES_128_GCM_SHA256', pskCallback: () => ({ psk: key, identity }), checkServerIdentity: () => undefined })
    socket.once('secureConnect', () => {
      // TLS 1.3's client finishes before the server checked it: only an answer proves acceptance.
      socket.once('data', () => { socket.destroy(); resolve() })
      socket.once('close', () => { reject(new Error('closed by the server')) })
    })
    socket.once('error', reject)
  })
}
