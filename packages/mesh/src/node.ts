import { noise } from '@chainsafe/libp2p-noise'
import { gossipsub } from '@libp2p/gossipsub'
import type { GossipSub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import type { Identify } from '@libp2p/identify'
import { mdns } from '@libp2p/mdns'
import { preSharedKey } from '@libp2p/pnet'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { TypedEventEmitter, peerDiscoverySymbol } from '@libp2p/interface'
import type { Libp2p, PeerDiscovery, PeerDiscoveryEvents, PeerId, PeerInfo, PrivateKey, Startable } from '@libp2p/interface'
import { createLibp2p } from 'libp2p'

export interface MeshInit {
  privateKey: PrivateKey
  /** The private network key (libp2p pnet, 95 bytes): without it no handshake completes. */
  psk: Uint8Array
  /** Multiaddrs to listen on, e.g. /ip4/10.99.0.1/tcp/4001. */
  listen: string[]
  /**
   * Who may hold a connection. Checked on the encrypted connection, where the remote peer ID
   * is proven, in both directions: a stranger with the key, or a removed member, is dropped.
   */
  admit: (peer: PeerId) => boolean
  /** mDNS service tag (one per cluster); none disables mDNS. */
  mdnsTag?: string
  /** Largest gossip message accepted: an advert carries an inventory. */
  maxMessageBytes?: number
}

export type MeshNode = Libp2p<{ identify: Identify, pubsub: GossipSub }>

/**
 * A libp2p node for the cluster: TCP, the cluster's private network key, Noise, yamux, a
 * members-only gater, gossipsub for adverts and mDNS for discovery. Discovered
 * peers are not dialled here (libp2p does not); the agent decides whom to dial.
 */
export async function createMeshNode (init: MeshInit): Promise<MeshNode> {
  const peerDiscovery: Array<(components: any) => PeerDiscovery> = []
  // Every host answers every query: at 20 s the LAN carries N^2 small replies a third as often
  // as libp2p's default, and a starting host still queries at once.
  if (init.mdnsTag !== undefined) peerDiscovery.push(onlyNews(mdns({ serviceTag: init.mdnsTag, interval: 20_000 })))
  const deny = (peer: PeerId): boolean => !init.admit(peer)
  return await createLibp2p({
    ...privateNetwork(init),
    connectionGater: {
      denyDialPeer: deny,
      denyInboundEncryptedConnection: deny,
      denyOutboundEncryptedConnection: deny,
      // Lab and test addresses are private or loopback; a LAN cluster has no public ones.
      denyDialMultiaddr: () => false
    },
    connectionManager: { maxConnections: 256 },
    // The agent's own heartbeats watch every member connection; libp2p's monitor would ping
    // over a protocol we do not serve, and reset a stream every few seconds for nothing.
    connectionMonitor: { enabled: false },
    peerDiscovery,
    services: {
      identify: identify(),
      pubsub: gossipsub({
        allowPublishToZeroTopicPeers: true,
        // Adverts carry their own signature by their origin, which sync relays too; gossipsub's
        // per-message signature would only add bytes to every heartbeat.
        globalSignaturePolicy: 'StrictNoSign',
        emitSelf: false,
        fallbackToFloodsub: false,
        maxInboundDataLength: init.maxMessageBytes ?? 4 << 20,
        // Every peer is an authenticated member (the gater sees to that): IP colocation, which
        // punishes many peers behind one address, would only hurt a lab on one machine.
        scoreParams: { IPColocationFactorWeight: 0 }
      })
    }
  })
}

/**
 * A node that only admits hosts joining the cluster: its own private network key (carried by
 * join tokens, never the cluster's), Noise so that each side proves its peer ID, and nothing
 * but the protocols the caller registers.
 */
export async function createJoinNode (init: { privateKey: PrivateKey, psk: Uint8Array, listen: string[] }): Promise<Libp2p> {
  return await createLibp2p({ ...privateNetwork(init), connectionGater: { denyDialMultiaddr: () => false } })
}

/** TCP, the private network key, Noise and yamux: the stack every node of ours speaks. */
function privateNetwork (init: { privateKey: PrivateKey, psk: Uint8Array, listen: string[] }) {
  return {
    privateKey: init.privateKey,
    addresses: { listen: init.listen },
    transports: [tcp()],
    connectionProtector: preSharedKey({ psk: init.psk }),
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()]
  }
}

/** How often a peer that mDNS keeps reporting, unchanged, is passed on anyway: well within the
 *  peer store's address age (an hour), so its addresses never lapse there. */
const REPORT_UNCHANGED_MS = 60_000

/**
 * A discovery that passes on only what is news: a peer not reported before, or with other
 * addresses, or not reported for REPORT_UNCHANGED_MS. With mDNS every host answers every query,
 * so at N hosts each one hears N - 1 answers per query, N queries per interval, and libp2p
 * merges every one into its peer store (a lock, a protobuf decode and encode): at N = 10 that
 * was a third of an idle agent's CPU, for answers that changed nothing. libp2p itself only
 * announces `peer:discovery` for a peer new to its store, so nothing else hears the difference.
 */
class OnlyNews extends TypedEventEmitter<PeerDiscoveryEvents> implements PeerDiscovery, Startable {
  readonly [peerDiscoverySymbol] = this
  readonly [Symbol.toStringTag] = '@multiverse/mesh/only-news'
  private readonly inner: PeerDiscovery & Partial<Startable>
  private readonly last = new Map<string, { addresses: string, at: number }>()

  constructor (inner: PeerDiscovery & Partial<Startable>) {
    super()
    this.inner = inner
    inner.addEventListener('peer', (event) => { this.take(event.detail) })
  }

  async start (): Promise<void> { await this.inner.start?.() }
  async stop (): Promise<void> {
    await this.inner.stop?.()
    this.last.clear()
  }

  private take (peer: PeerInfo): void {
    const id = peer.id.toString()
    const addresses = peer.multiaddrs.map((a) => a.toString()).sort().join(' ')
    const now = Date.now()
    const last = this.last.get(id)
    if (last !== undefined && last.addresses === addresses && now - last.at < REPORT_UNCHANGED_MS) return
    this.last.set(id, { addresses, at: now })
    this.safeDispatchEvent('peer', { detail: peer })
  }
}

function onlyNews (factory: (components: any) => PeerDiscovery): (components: any) => PeerDiscovery {
  return (components) => new OnlyNews(factory(components))
}
