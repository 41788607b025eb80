import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { afterEach, describe, expect, it } from 'vitest'
import { createMeshNode, newPrivateNetworkKey, request, serve } from '../src/index.ts'
import type { MeshNode } from '../src/index.ts'

const nodes: MeshNode[] = []
afterEach(async () => { await Promise.all(nodes.splice(0).map(async (node) => { await node.stop() })) })

async function node (psk: Uint8Array, admit: (peer: PeerId) => boolean = () => true): Promise<MeshNode> {
  const created = await createMeshNode({ privateKey: await generateKeyPair('Ed25519'), psk, listen: ['/ip4/127.0.0.1/tcp/0'], admit })
  nodes.push(created)
  return created
}

const limits = { maxRequestBytes: 1024, maxResponseBytes: 1024, timeoutMs: 3000 }

describe('mesh node', () => {
  it('members with the key connect, gossip and answer requests', async () => {
    const psk = newPrivateNetworkKey()
    const [a, b] = [await node(psk), await node(psk)]
    await serve(b, '/test/echo/1', async (body) => new Uint8Array([...body, 42]), { ...limits, allow: () => true, onError: () => {} })
    const answer = await request(a, b.getMultiaddrs(), '/test/echo/1', new Uint8Array([1]), limits)
    expect([...answer]).toEqual([1, 42])

    b.services.pubsub.subscribe('t')
    a.services.pubsub.subscribe('t')
    const received = new Promise<Uint8Array>((resolve) => {
      b.services.pubsub.addEventListener('message', (event) => { resolve(event.detail.data) })
    })
    await expect.poll(() => a.services.pubsub.getSubscribers('t').length, { timeout: 5000 }).toBeGreaterThan(0)
    await a.services.pubsub.publish('t', new Uint8Array([7]))
    expect([...await received]).toEqual([7])
  })

  it('a node with another key cannot finish a handshake', async () => {
    const [a, b] = [await node(newPrivateNetworkKey()), await node(newPrivateNetworkKey())]
    await serve(b, '/test/echo/1', async (body) => body, { ...limits, allow: () => true, onError: () => {} })
    await expect(request(a, b.getMultiaddrs(), '/test/echo/1', new Uint8Array([1]), limits)).rejects.toThrow()
    expect(b.getConnections()).toHaveLength(0)
  })

  it('the gater drops a peer with the key that is not a member, both ways', async () => {
    const psk = newPrivateNetworkKey()
    const strangerKey = await generateKeyPair('Ed25519')
    const stranger = peerIdFromPrivateKey(strangerKey)
    const member = await node(psk, (peer) => !peer.equals(stranger))
    const intruder = await createMeshNode({ privateKey: strangerKey, psk, listen: ['/ip4/127.0.0.1/tcp/0'], admit: () => true })
    nodes.push(intruder)
    await serve(member, '/test/echo/1', async (body) => body, { ...limits, allow: () => true, onError: () => {} })
    await expect(request(intruder, member.getMultiaddrs(), '/test/echo/1', new Uint8Array([1]), limits)).rejects.toThrow()
    await expect(member.dial(intruder.getMultiaddrs())).rejects.toThrow()
    expect(member.getConnections()).toHaveLength(0)
  })

  it('a request over the size cap resets the stream and is reported', async () => {
    const psk = newPrivateNetworkKey()
    const [a, b] = [await node(psk), await node(psk)]
    const errors: Error[] = []
    await serve(b, '/test/echo/1', async (body) => body, { ...limits, allow: () => true, onError: (_, e) => { errors.push(e) } })
    await expect(request(a, b.getMultiaddrs(), '/test/echo/1', new Uint8Array(4096), limits)).rejects.toThrow()
    await expect.poll(() => errors.length).toBe(1)
    expect(errors[0]!.message).toMatch(/too long - 4096 > 1024/)
  })
})
