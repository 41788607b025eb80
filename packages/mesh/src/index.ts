/**
 * The cluster's private libp2p mesh: identity, node factory (private network, members-only
 * gater, gossipsub, mDNS discovery) and length-prefixed request/response helpers.
 */
export { createMeshNode, createJoinNode } from './node.ts'
export type { MeshInit, MeshNode } from './node.ts'
export { loadOrCreateIdentity, IdentityError } from './identity.ts'
export { request, serve, RpcError } from './rpc.ts'
export type { RpcHandler, RpcLimits, ServeOptions } from './rpc.ts'
export { newPrivateNetworkKey } from './psk.ts'
