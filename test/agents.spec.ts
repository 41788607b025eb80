/**
 * Agents in one process on loopback (no mDNS here: the lab tests it): joining through tokens,
 * converging, removal, and a member that misbehaves. Everything real: libp2p over TCP with the
 * cluster key, LevelDB on disk, the control socket.
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presentToken } from '@multiverse/mesh'
import type { RunningAgent } from '@multiverse/agent'
import { createMeshNode, request } from '@multiverse/mesh'
import type { MeshNode } from '@multiverse/mesh'
import { EnvelopeKind, decodeAdvert, decodeSyncResponse, encodeAdvert, encodeSyncRequest, openEnvelope, sealEnvelope } from '@multiverse/wire'
import { MACHINES } from './fixtures/machines.ts'
import { InProcessAgents, aliveNames } from './support/in-process.ts'
import { throughout, until } from './support/until.ts'

const lab = new InProcessAgents()
const startAgent = async (name: string, machine: string): Promise<RunningAgent> => await lab.start(name, machine)

let h1: RunningAgent, h2: RunningAgent, h3: RunningAgent
beforeAll(async () => {
  h1 = await startAgent('h1', 'desktop')
  h2 = await startAgent('h2', 'laptop')
  const { token } = await h1.agent.initCluster()
  await h2.agent.joinCluster(token)
  await until('h1 and h2 to see each other', () => aliveNames(h1).length === 2 && aliveNames(h2).length === 2)
})
afterAll(async () => { await lab.stopAll() })

describe('agents on a mesh', () => {
  it('a late joiner gets full state at once through sync, and everyone sees it', async () => {
    h3 = await startAgent('h3', 'server')
    const { token } = await h2.agent.issueToken(60_000)
    await h3.agent.joinCluster(token)
    await until('h3 to see everyone with inventory', () =>
      h3.agent.snapshot().hosts.filter((h) => h.inventory.devices.length > 0).length === 3)
    await until('everyone to see h3 alive', () => [h1, h2, h3].every((r) => aliveNames(r).join() === 'h1,h2,h3'))
    const seen = h1.agent.snapshot().hosts.find((h) => h.name === 'h3')!
    expect(seen.inventory.devices.length).toBe(MACHINES.server!.devices.length)
    expect(seen.labels).toEqual({ site: 'home' })
    expect(seen.allocatable.vcpus).toBe(MACHINES.server!.sockets * MACHINES.server!.threadsPerSocket * 4)
  })

  it('a token works once', async () => {
    const { token } = await h1.agent.issueToken(60_000)
    const key = await generateKeyPair('Ed25519')
    await presentToken(token, key, 'once')
    await expect(presentToken(token, await generateKeyPair('Ed25519'), 'twice')).rejects.toThrow(/unknown, already used or expired/)
    await h1.agent.removeMember('once')
  })

  it('a sync answer leaves out the adverts the asker holds, no older than the answerer\'s', async () => {
    const { token } = await h1.agent.issueToken(60_000)
    const key = await generateKeyPair('Ed25519')
    const admission = await presentToken(token, key, 'asker')
    const asker: MeshNode = await createMeshNode({ privateKey: key, psk: admission.clusterPsk, listen: ['/ip4/127.0.0.1/tcp/0'], admit: () => true })
    try {
      const h1Address = [multiaddr(admission.bootstrap.find((a) => a.includes(h1.agent.peerId.toString()))!)]
      const limits = { maxRequestBytes: 96 << 10, maxResponseBytes: 16 << 20, timeoutMs: 5000 }
      const sync = async (held: Map<string, number>): Promise<Map<string, number>> => {
        const answer = decodeSyncResponse(await request(asker, h1Address, '/multiverse/sync/1', encodeSyncRequest({ clusterId: admission.clusterId, held }), limits))
        expect(answer.members.length).toBeGreaterThan(0)
        const adverts = await Promise.all(answer.adverts.map(async (bytes) => {
          const opened = await openEnvelope(bytes, EnvelopeKind.ENVELOPE_KIND_ADVERT)
          return [opened.signer.toString(), decodeAdvert(opened.payload).seq] as const
        }))
        return new Map(adverts)
      }
      const everything = await sync(new Map())
      expect([...everything.keys()].sort()).toEqual([h1, h2, h3].map((r) => r.agent.peerId.toString()).sort())
      expect((await sync(everything)).size).toBe(0)
      const h2Id = h2.agent.peerId.toString()
      const behind = new Map([...everything].map(([id, seq]) => [id, id === h2Id ? seq - 1 : seq]))
      expect([...(await sync(behind)).keys()]).toEqual([h2Id])
    } finally {
      await asker.stop()
      await h1.agent.removeMember('asker')
    }
  })

  it('a member that sends malformed, oversized, replayed or forged messages: each dropped and counted, the agent carries on', async () => {
    const { token } = await h1.agent.issueToken(60_000)
    const key = await generateKeyPair('Ed25519')
    const rogueId = peerIdFromPrivateKey(key)
    const admission = await presentToken(token, key, 'rogue')
    const rogue: MeshNode = await createMeshNode({ privateKey: key, psk: admission.clusterPsk, listen: ['/ip4/127.0.0.1/tcp/0'], admit: () => true, maxMessageBytes: 8 << 20 })
    try {
      const topic = `/multiverse/${admission.clusterId}/gossip/1`
      rogue.services.pubsub.subscribe(topic)
      await rogue.dial(multiaddr(admission.bootstrap.find((a) => a.includes(h1.agent.peerId.toString()))!))
      await until('the rogue to be in h1\'s gossip mesh', () => rogue.services.pubsub.getSubscribers(topic).length > 0)
      const before = structuredClone(h1.agent.counters.mesh.dropped)
      const advert = (seq: number) => encodeAdvert({
        clusterId: admission.clusterId, seq, name: 'rogue', inventory: h2.agent.snapshot().hosts[0]!.inventory,
        allocatable: { vcpus: 1, memoryBytes: 1 }, labels: {}, addresses: [], issuedAtMs: Date.now(), vms: [], maintenance: false
      })
      const publish = async (bytes: Uint8Array): Promise<void> => { await rogue.services.pubsub.publish(topic, bytes).catch(() => {}) }
      await publish(new Uint8Array([0xff, 0x01, 0x02, 0x03]))
      await publish(new Uint8Array(3 << 20).fill(7))
      await publish(await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_ADVERT, advert(1000), key, rogueId))
      await publish(await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_ADVERT, advert(999), key, rogueId))
      // Signed by the rogue, claiming to be h2: the signature cannot match h2's key.
      await publish(await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_ADVERT, advert(2000), key, h2.agent.peerId))
      await until('every bad message to be counted', () => {
        const d = h1.agent.counters.mesh.dropped
        return d.malformed > before.malformed && d.oversized > before.oversized && d.replayed > before.replayed && d.forged > before.forged
      })
      // The rogue's own valid advert (seq 1000) stands; its older one and the forgery do not.
      expect(h1.agent.snapshot().hosts.find((h) => h.name === 'rogue')?.allocatable.vcpus).toBe(1)
      expect(h1.agent.snapshot().hosts.find((h) => h.name === 'h2')!.allocatable.vcpus).not.toBe(1)
      await until('h1 to keep hearing h2', () => aliveNames(h1).includes('h2'), 3000)
    } finally {
      await rogue.stop()
      await h1.agent.removeMember('rogue')
    }
  })

  it('a removed member is refused from then on, though it has the key', async () => {
    await h1.agent.removeMember('h3')
    await until('h1 and h2 to forget h3', () => aliveNames(h1).join() === 'h1,h2' && aliveNames(h2).join() === 'h1,h2')
    await until('h3 to learn it was removed', () => {
      try { h3.agent.snapshot(); return false } catch (error) { return /this host was removed from cluster/.test((error as Error).message) }
    }, 3000)
    // Members hold the connection a moment after revoking, so the revocation reaches h3 itself.
    const h3Id = h3.agent.peerId.toString()
    await until('h1 and h2 to close their connections to h3', () => [h1, h2].every((r) => !r.agent.snapshot().connected.includes(h3Id)), 5000)
    // h3's agent keeps running and may dial again: for 2.5 s, nobody lets it in.
    await throughout(2500, () => {
      expect(h1.agent.snapshot().connected).not.toContain(h3Id)
      expect(h2.agent.snapshot().connected).not.toContain(h3Id)
      expect(aliveNames(h1)).toEqual(['h1', 'h2'])
    })
  })
})
