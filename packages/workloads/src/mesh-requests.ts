import type { ClusterMesh } from '@multiverse/mesh'

/**
 * What workloads need of the mesh: to answer a protocol (members only) and to ask a member.
 * Tests hand in an in-memory pair of hosts instead of a running mesh.
 */
export type MeshRequests = Pick<ClusterMesh, 'answer' | 'ask'>

/** What migrations need of the mesh besides: tunnels, data channels and native data channels for libvirt's and QEMU's streams. */
export type MeshTunnels = Pick<ClusterMesh, 'serveTunnels' | 'forward' | 'serveNative' | 'closeNative'>
