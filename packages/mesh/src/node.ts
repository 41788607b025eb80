import { noise } from '@chainsafe/libp2p-noise'
import { gossipsub } from '@libp2p/gossipsub'
import type { GossipSub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import type { Identify } from '@libp2p/identify'
import { preSharedKey } from '@libp2p/pnet'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import type { Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { createLibp2p } from 'libp2p'
import { lanDiscovery } from './lan.ts'
import type { LanDiscovery } from './lan.ts'

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

export type MeshNode = Libp2p<{ identify: Identify, pubsub: GossipSub, lan?: LanDiscovery }>

/**
 * A libp2p node for the cluster: TCP, the cluster's private network key, Noise, yamux, a
 * members-only gater, gossipsub for adverts and mDNS for discovery (`services.lan`). Discovered
 * peers are not dialled here (libp2p does not); the agent decides whom to dial, and when to
 * ask the LAN again.
 */
export async function createMeshNode (init: MeshInit): Promise<MeshNode> {
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
    services: {
      ...(init.mdnsTag === undefined ? {} : { lan: lanDiscovery(init.mdnsTag) }),
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
