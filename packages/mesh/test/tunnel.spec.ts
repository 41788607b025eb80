import { createHash, randomBytes } from 'node:crypto'
import { connect, createServer } from 'node:net'
import type { AddressInfo, Server, Socket } from 'node:net'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { newTunnelToken } from '@multiverse/wire'
import type { TunnelOpen } from '@multiverse/wire'
import { pino } from 'pino'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TunnelRefusedError, createMeshNode, forwardLocal, newPrivateNetworkKey, openTunnel, serveTunnels } from '../src/index.ts'
import type { MeshNode, TunnelAuthorizer } from '../src/index.ts'

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

/** A local endpoint that answers every connection with the sha256 of all it read, then ends. */
async function hashingEndpoint (): Promise<{ server: Server, port: number, connections: () => number }> {
  let connections = 0
  const server = createServer((socket) => {
    connections++
    const hash = createHash('sha256')
    socket.on('data', (chunk) => hash.update(chunk))
    socket.on('end', () => { socket.end(hash.digest()) })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(async () => { await new Promise<void>((resolve) => server.close(() => { resolve() })) })
  return { server, port: (server.address() as AddressInfo).port, connections: () => connections }
}

/** Writes `data` into a connection to the forwarder, half-closes, and reads all that comes back. */
async function exchange (port: number, data: Buffer): Promise<Buffer> {
  const socket: Socket = connect({ host: '127.0.0.1', port })
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => { socket.on('end', resolve); socket.on('error', reject) })
  // 64 KiB writes, as QEMU and libvirt write: backpressure must hold the rest back.
  for (let at = 0; at < data.length; at += 64 << 10) {
    if (!socket.write(data.subarray(at, at + (64 << 10)))) await new Promise((resolve) => socket.once('drain', resolve))
  }
  socket.end()
  await done
  return Buffer.concat(chunks)
}

const open = (token: Uint8Array, channel: TunnelOpen['channel'] = 'memory'): TunnelOpen => ({ clusterId: CLUSTER, migrationId: MIGRATION, token, channel })

describe('migration tunnels', () => {
  it('carry bytes both ways through the mesh, whole, with the half-close, for the holder of the token', async () => {
    const psk = newPrivateNetworkKey()
    const [source, target] = [await node(psk), await node(psk)]
    const endpoint = await hashingEndpoint()
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
    const endpoint = await hashingEndpoint()
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
    const endpoint = await hashingEndpoint()
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
