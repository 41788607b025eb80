/**
 * The running mesh of one member (docs/architecture.md §3, §8): the libp2p node, gossip of
 * adverts, member and mapping statements, and heartbeats. It composes the parts that act on
 * what arrives: the gossip intake (every envelope opened, validated and checked against
 * membership and replay before the view takes it; what is not is counted), anti-entropy sync
 * with every member that connects, and the dialer that keeps every member connected.
 */
import type { Connection, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { createMeshNode } from './node.ts'
import type { MeshNode } from './node.ts'
import { RpcError, request, serve } from './rpc.ts'
import { TUNNEL_PROTOCOL, forwardLocal, serveTunnels } from './tunnel.ts'
import type { LocalForwarder, TunnelAuthorizer } from './tunnel.ts'
import type { RpcHandler, RpcLimits } from './rpc.ts'
import { MAX_ENVELOPE_BYTES } from '@multiverse/wire'
import type { Heartbeat, OpenedEnvelope, TunnelChannel, TunnelOpen } from '@multiverse/wire'
import type { Carrier, MeshCounters } from './counters.ts'
import type { PipeTotals } from './socket-pipe.ts'
import { beatAddress, udpBeatSocket } from './beat-socket.ts'
import { serveDataChannels } from './data-channel.ts'
import { NativeChannels, freePort, reachable } from './native-channel.ts'
import type { DataChannelAuthorizer, DataChannelServer } from './data-channel.ts'
import type { OpenBeatSocket } from './beat-socket.ts'
import { Heartbeats } from './heartbeats.ts'
import type { Logger } from 'pino'
import type { ClusterView, MappingSet, MemberSet } from '@multiverse/cluster'
import { GossipIntake } from './gossip-intake.ts'
import { AntiEntropy } from './sync.ts'
import { Dialer } from './dialer.ts'

const HEARTBEAT_MS = 1000

export interface ClusterMeshInit {
  clusterId: string
  privateKey: PrivateKey
  psk: Uint8Array
  listen: string[]
  bootstrap: string[]
  /** Whether to find members by mDNS, and by the addresses in bootstrap lists and adverts. */
  mdns: boolean
  dialAddresses: boolean
  members: MemberSet
  mappings: MappingSet
  view: ClusterView
  counters: MeshCounters
  log: Logger
  /** The sequence number of this host's newest advert; read at every heartbeat. */
  ownAdvertSeq: () => number
  /** Where heartbeat datagrams go; by default a UDP socket at the first listen address. */
  beatSocket?: OpenBeatSocket
  /** Called with every envelope taken into the view or member set, to persist it. */
  persist: (opened: OpenedEnvelope) => Promise<void>
  /** A member was revoked: the agent forgets it. */
  onRevoked: (id: string) => void
  /**
   * The TCP port of migrations' data channels, on the first listen address's host; by default
   * the port after that address's (4002 beside 4001), 0 for any free one.
   */
  dataPort?: number
  /** Where native data channels keep their config, key and pid files; absent: none are run. */
  nativeDir?: string
}

export class ClusterMesh {
  readonly topic: string
  private readonly init: ClusterMeshInit
  private readonly intake: GossipIntake
  private node: MeshNode | undefined
  private timers: NodeJS.Timeout[] = []
  private heartbeats: Heartbeats | undefined
  private sync: AntiEntropy | undefined
  private dialer: Dialer | undefined
  private dataChannels: DataChannelServer | undefined
  private readonly native: NativeChannels | undefined

  constructor (init: ClusterMeshInit) {
    this.init = init
    this.topic = `/multiverse/${init.clusterId}/gossip/1`
    const { clusterId, members, mappings, view, counters, log, persist, onRevoked } = init
    this.intake = new GossipIntake({ clusterId, members, mappings, view, counters, log, persist, onRevoked })
    if (init.nativeDir !== undefined) this.native = new NativeChannels({ dir: init.nativeDir, onBytes: (bytes) => { counters.migrationBytes.native += bytes } })
  }

  async start (): Promise<void> {
    const { clusterId, members, mappings, view, counters, log } = this.init
    const node = await createMeshNode({
      privateKey: this.init.privateKey,
      psk: this.init.psk,
      listen: this.init.listen,
      admit: (peer) => members.isMember(peer.toString()),
      mdnsTag: this.init.mdns ? `multiverse-${clusterId.slice(0, 16)}` : undefined,
      // Twice the envelope cap: an oversized envelope then reaches the validator and is counted.
      maxMessageBytes: 2 * MAX_ENVELOPE_BYTES
    })
    this.node = node
    const pubsub = node.services.pubsub
    pubsub.topicValidators.set(this.topic, async (_from, message) => await this.intake.receive(message.data, true))
    pubsub.subscribe(this.topic)
    const sync = new AntiEntropy({ node, clusterId, members, mappings, view, counters, log, receive: async (envelope) => await this.intake.receive(envelope, false) })
    this.sync = sync
    this.heartbeats = new Heartbeats({
      node,
      openSocket: this.init.beatSocket ?? udpBeatSocket(this.init.listen, log),
      isMember: (peer) => members.isMember(peer),
      onBeat: (peer, beat) => { this.takeBeat(peer, beat) },
      onBytes: (sent, received) => {
        counters.gossipBytesOut += sent
        counters.gossipBytesIn += received
      },
      onForged: (peer) => {
        counters.drop('forged')
        // Debug only: a key id travels in the clear, so anyone on the LAN could fill the log.
        log.debug({ peer: peer.toString(), reason: 'forged' }, 'heartbeat datagram dropped')
      },
      onMalformed: (peer, error) => {
        counters.drop('malformed')
        log.warn({ peer: peer.toString(), reason: 'malformed', detail: error.message }, 'message dropped')
      },
      log
    })
    await sync.serve()
    await this.heartbeats.start()
    sync.start()
    this.dialer = new Dialer({ node, members, view, log, bootstrap: this.init.bootstrap, dialAddresses: this.init.dialAddresses })
    this.timers.push(setInterval(() => { this.heartbeat() }, HEARTBEAT_MS))
    this.dialer.start()
    log.info({ addresses: node.getMultiaddrs().map((a) => a.toString()) }, 'mesh started')
  }

  async stop (): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer)
    this.dialer?.stop()
    await this.dataChannels?.close()
    this.dataChannels = undefined
    this.sync?.stop()
    await this.heartbeats?.stop()
    await this.node?.stop()
    this.node = undefined
  }

  /** Publishes an envelope this host has sealed (an advert or a member statement). */
  async publish (envelope: Uint8Array): Promise<void> {
    if (this.node === undefined) return
    this.init.counters.gossipBytesOut += envelope.length
    await this.node.services.pubsub.publish(this.topic, envelope).catch((error: Error) => {
      this.init.log.debug({ err: error.message }, 'publish found no peer yet')
    })
  }

  /**
   * Answers one more request/response protocol on the mesh, for members only: how the agent's
   * services (reservations, VM operations) listen without the mesh knowing them.
   */
  async answer (protocol: string, handler: RpcHandler, limits: RpcLimits): Promise<void> {
    const { members, log } = this.init
    if (this.node === undefined) throw new RpcError(protocol, 'the mesh is not started')
    await serve(this.node, protocol, handler, {
      ...limits,
      allow: (peer) => members.isMember(peer.toString()),
      onError: (peer, error) => { log.warn({ peer: peer.toString(), protocol, err: error.message }, 'request failed') }
    })
  }

  /** One request to a member over `protocol`; throws RpcError when it does not answer in time. */
  async ask (peer: string, protocol: string, body: Uint8Array, limits: RpcLimits): Promise<Uint8Array> {
    if (this.node === undefined) throw new RpcError(protocol, 'the mesh is not started')
    return await request(this.node, peerIdFromString(peer), protocol, body, limits)
  }

  /**
   * Lets members' migration tunnels in, each as `authorize` says, and the data channels that
   * `dataChannels` admits (docs/architecture.md §12); returns the data channels' port, or
   * undefined when they cannot listen (the tunnels then carry everything).
   */
  async serveTunnels (authorize: TunnelAuthorizer, dataChannels: DataChannelAuthorizer): Promise<number | undefined> {
    const { members, log, listen, counters } = this.init
    if (this.node === undefined) throw new RpcError(TUNNEL_PROTOCOL, 'the mesh is not started')
    const carried = (carrier: Carrier) => (totals: PipeTotals): void => { counters.migrationBytes[carrier] += totals.sent + totals.received }
    await serveTunnels(this.node, { allow: (peer) => members.isMember(peer.toString()), authorize, log, onClosed: carried('tunnel') })
    const { host, port } = beatAddress(listen)
    // What a killed agent left listening with a migration's key goes before any migration runs.
    await this.native?.sweep()
    if (this.native !== undefined && !await this.native.available()) log.warn('stunnel is not installed: migrations\' memory and disk streams go through data channels, slower (apt-get install stunnel4)')
    try {
      this.dataChannels ??= await serveDataChannels({
        host, port: this.init.dataPort ?? (port === 0 ? 0 : port + 1), authorize: dataChannels, log, onClosed: carried('data-channel')
      })
    } catch (error) {
      log.warn({ host, err: (error as Error).message }, 'data channels cannot listen: migrations\' bytes go through the tunnels')
    }
    return this.dataChannels?.port
  }

  /**
   * A loopback port (0: any) whose connections each go to member `peer`: through its data
   * channels at `dataPort`, on the address this host's connection to it uses,
   * or else through a tunnel.
   */
  async forward (peer: string, open: TunnelOpen, port: number, dataPort?: number, nativePort?: number): Promise<LocalForwarder> {
    if (this.node === undefined) throw new RpcError(TUNNEL_PROTOCOL, 'the mesh is not started')
    const id = peerIdFromString(peer)
    const host = connectedHost(this.node.getConnections(id))
    if (host !== undefined && nativePort !== undefined) {
      const native = await this.forwardNative(open, port, { host, port: nativePort })
      if (native !== undefined) return native
    }
    return await forwardLocal(this.node, id, open, port, this.init.log, host === undefined || dataPort === undefined ? undefined : { host, port: dataPort })
  }

  /**
   * Target side: a native data channel for each stream of a migration that receives, to its
   * loopback endpoint; returns each one's port (none when stunnel cannot run here: the data
   * channels carry them).
   */
  async serveNative (migrationId: string, token: Uint8Array, endpoints: Partial<Record<TunnelChannel, { host: '127.0.0.1', port: number }>>): Promise<Partial<Record<TunnelChannel, number>>> {
    const { native } = this
    if (native === undefined || !await native.available()) return {}
    const { host } = beatAddress(this.init.listen)
    try {
      const started = await Promise.allSettled((Object.entries(endpoints) as Array<[TunnelChannel, { host: '127.0.0.1', port: number }]>).map(async ([channel, endpoint]) =>
        [channel, (await native.start({ role: 'server', migrationId, channel, token, listen: { host, port: await freePort(host) }, connect: endpoint })).port] as const))
      const failed = started.find((s) => s.status === 'rejected')
      if (failed !== undefined) throw failed.reason
      return Object.fromEntries(started.map((s) => (s as PromiseFulfilledResult<readonly [TunnelChannel, number]>).value))
    } catch (error) {
      await native.close(migrationId)
      this.init.log.warn({ migration: migrationId, err: (error as Error).message }, 'native data channels not started: the data channels carry the streams')
      return {}
    }
  }

  /** Stops a migration's native data channels here (either side), with `drainMs` as NativeChannels.close; idempotent. */
  async closeNative (migrationId: string, drainMs = 0): Promise<void> {
    await this.native?.close(migrationId, drainMs)
  }

  /** A native client end of one stream, when stunnel runs here and the target's end answers; else undefined. */
  private async forwardNative (open: TunnelOpen, port: number, target: { host: string, port: number }): Promise<LocalForwarder | undefined> {
    const { native } = this
    if (native === undefined || !await native.available()) return undefined
    try {
      // A bare connection to the target's end reaches only its TLS handshake, never QEMU.
      await reachable(target, 2_000)
      const listen = { host: '127.0.0.1', port: port === 0 ? await freePort('127.0.0.1') : port }
      return await native.start({ role: 'client', migrationId: open.migrationId, channel: open.channel, token: open.token, listen, connect: target })
    } catch (error) {
      this.init.log.warn({ channel: open.channel, err: (error as Error).message }, 'native data channel not opened: the data channel carries the stream')
      return undefined
    }
  }

  /** Closes every connection to a peer (a revoked member). */
  async hangUp (id: string): Promise<void> {
    await this.node?.hangUp(peerIdFromString(id)).catch(() => {})
  }

  /** Where this node listens, without /p2p/: what the advert tells others to dial. */
  addresses (): string[] {
    return this.node?.getMultiaddrs().map((a) => a.decapsulateCode(421).toString()) ?? []
  }

  connectedPeers (): string[] {
    return this.node?.getPeers().map((peer) => peer.toString()) ?? []
  }

  private heartbeat (): void {
    this.heartbeats?.beat({ advertSeq: this.init.ownAdvertSeq(), memberStatements: this.init.members.size, mappingStatements: this.init.mappings.size })
  }

  private takeBeat (peer: PeerId, beat: Heartbeat): void {
    const origin = peer.toString()
    const outcome = this.init.view.acceptHeartbeat(origin, beat.beat, beat.advertSeq, Date.now())
    // An older beat is out of order, not a replay: only the peer itself can send on its
    // authenticated line, and two connections may briefly interleave. A peer that holds a
    // newer advert of its own, or more member statements than we do, has something to sync.
    if (outcome === 'stale-advert' || beat.memberStatements > this.init.members.size || beat.mappingStatements > this.init.mappings.size) void this.sync?.syncFrom(peer)
  }
}

/** The IP address of the first direct TCP connection among `connections`. */
function connectedHost (connections: Connection[]): string | undefined {
  for (const connection of connections) {
    const ip = connection.remoteAddr.getComponents().find((c) => c.name === 'ip4' || c.name === 'ip6')
    if (ip?.value !== undefined) return ip.value
  }
  return undefined
}
