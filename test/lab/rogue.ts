/**
 * A member gone bad: joins with a real token, then sends the target member malformed, oversized,
 * replayed and forged messages on the cluster's gossip topic. Prints what it sent as JSON.
 * Run inside a lab host: lab exec h3 -- node rogue.ts TOKEN TARGET_MULTIADDR FORGE_AS_PEER_ID
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { presentToken } from '@multiverse/mesh'
import { createMeshNode } from '@multiverse/mesh'
import { EnvelopeKind, encodeAdvert, sealEnvelope } from '@multiverse/wire'
import type { HostInventory } from '@multiverse/domain'
import { until } from '../support/until.ts'

const [token, target, forgeAs] = process.argv.slice(2)
if (token === undefined || target === undefined || forgeAs === undefined) {
  console.error('usage: rogue.ts TOKEN TARGET_MULTIADDR FORGE_AS_PEER_ID')
  process.exit(2)
}
const key = await generateKeyPair('Ed25519')
const self = peerIdFromPrivateKey(key)
const admission = await presentToken(token, key, 'rogue')
const node = await createMeshNode({ privateKey: key, psk: admission.clusterPsk, listen: [], admit: () => true, maxMessageBytes: 8 << 20 })
const topic = `/multiverse/${admission.clusterId}/gossip/1`
node.services.pubsub.subscribe(topic)
await node.dial(multiaddr(target), { signal: AbortSignal.timeout(5000) })
await until('the target in the rogue\'s gossip mesh', () => node.services.pubsub.getSubscribers(topic).length > 0)

const inventory: HostInventory = {
  hostname: 'rogue', cpu: { model: null, threads: 1, sockets: 1 }, memory: { totalBytes: 1, availableBytes: 1, hugepages: [] },
  numaNodes: [], kvm: false, devices: [], iommuGroups: [], warnings: []
}
const advert = (seq: number): Uint8Array => encodeAdvert({
  clusterId: admission.clusterId, seq, name: 'rogue', inventory, allocatable: { vcpus: 1, memoryBytes: 1 }, labels: {}, addresses: [], issuedAtMs: Date.now(), vms: [], maintenance: false
})
const sent: string[] = []
const publish = async (what: string, bytes: Uint8Array): Promise<void> => {
  await node.services.pubsub.publish(topic, bytes)
  sent.push(what)
  await new Promise((r) => setTimeout(r, 100))
}
await publish('malformed', new Uint8Array([0xff, 0x01, 0x02, 0x03]))
await publish('oversized', new Uint8Array(3 << 20).fill(7))
await publish('advert', await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_ADVERT, advert(1000), key, self))
await publish('replayed', await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_ADVERT, advert(999), key, self))
await publish('forged', await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_ADVERT, advert(2000), key, peerIdFromString(forgeAs)))
console.log(JSON.stringify({ peerId: self.toString(), sent }))
await node.stop()
