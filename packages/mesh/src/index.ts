/**
 * The cluster's private libp2p mesh (docs/architecture.md §3, §8, §9): identity, node factory (private
 * network, members-only gater, gossipsub, mDNS discovery), length-prefixed request/response
 * helpers, admission of new hosts, heartbeats, and the running mesh of one member.
 */
export { createMeshNode, createJoinNode } from './node.ts'
export type { MeshInit, MeshNode } from './node.ts'
export { loadOrCreateIdentity, IdentityError } from './identity.ts'
export { request, serve, RpcError } from './rpc.ts'
export type { RpcHandler, RpcLimits, ServeOptions } from './rpc.ts'
export { newPrivateNetworkKey } from './psk.ts'
export { ClusterMesh } from './cluster-mesh.ts'
export { SYNC_PROTOCOL } from './sync.ts'
export type { ClusterMeshInit } from './cluster-mesh.ts'
export { MeshCounters, CARRIERS, DROP_REASONS } from './counters.ts'
export type { Carrier, DropReason } from './counters.ts'
export { Heartbeats, HEARTBEAT_PROTOCOL } from './heartbeats.ts'
export type { HeartbeatsInit } from './heartbeats.ts'
export { udpBeatSocket, beatAddress } from './beat-socket.ts'
export type { BeatSocket, OpenBeatSocket } from './beat-socket.ts'
export { JoinListener, JoinRefusedError, JOIN_PROTOCOL, presentToken, refusal } from './join.ts'
export type { JoinListenerInit, OutstandingToken } from './join.ts'
export { TUNNEL_PROTOCOL, TunnelRefusedError, forwardLocal, openTunnel, serveTunnels } from './tunnel.ts'
export type { LocalForwarder, TunnelAuthorizer, TunnelVerdict } from './tunnel.ts'
export type { TunnelEndpoint } from './local-endpoint.ts'
export { pipeSocket, pipeSockets } from './socket-pipe.ts'
export { DataChannelError, dataChannelKey, openDataChannel, serveDataChannels } from './data-channel.ts'
export type { DataChannelAuthorizer, DataChannelServer, DataChannelTicket, DataChannelVerdict } from './data-channel.ts'
export type { PipeTotals } from './socket-pipe.ts'
