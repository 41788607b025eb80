/**
 * The running mesh of one member: gossip of adverts, heartbeats and member statements,
 * anti-entropy sync with every peer that connects, and a dialer that keeps every member
 * connected. Everything received is opened (signature checked), decoded (validated) and
 * checked against membership and replay before the view takes it; what is not is counted.
 */
import { TopicValidatorResult } from '@libp2p/gossipsub'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { createMeshNode } from './node.ts'
import type { MeshNode } from './node.ts'
import { RpcError, request, serve } from './rpc.ts'
import type { RpcHandler, RpcLimits } from './rpc.ts'
import {
  EnvelopeKind, MAX_ENVELOPE_BYTES, MAX_SYNC_REQUEST_BYTES, MAX_SYNC_RESPONSE_BYTES, ForgedMessageError, MalformedMessageError, OversizedMessageError, WireDecodeError, decodeAdvert,
  decodeSyncRequest, decodeSyncResponse, encodeSyncRequest, encodeSyncResponse, openEnvelope
} from '@multiverse/wire'
import type { Heartbeat, OpenedEnvelope } from '@multiverse/wire'
import type { MeshCounters, DropReason } from './counters.ts'
import { udpBeatSocket } from './beat-socket.ts'
import type { OpenBeatSocket } from './beat-socket.ts'
import { Heartbeats } from './heartbeats.ts'
import type { Logger } from 'pino'
import { SUSPECT_AFTER_MS, mappingFrom, statementFrom } from '@multiverse/cluster'
import type { ClusterView, HostRecord, MappingSet, MemberSet } from '@multiverse/cluster'

export const SYNC_PROTOCOL = '/multiverse/sync/1'
const HEARTBEAT_MS = 1000
/** A member not connected is dialled at once, then again after 250 ms, 500 ms, then every second. */
const DIAL_EVERY_MS = 250
const DIAL_MAX_MS = 1000
/** How often a silent member that still has a connection is tried on a fresh one. */
const PROBE_EVERY_MS = 2000
/** While a member is not connected, the LAN is asked (mDNS) after 2 s, then twice as long each time, up to a minute. */
const LAN_ASK_FIRST_MS = 2000
const LAN_ASK_MAX_MS = 60_000
/**
 * Of two members the lower peer ID dials, except in a host's first seconds: members that lost
 * it (restarted, or all restarted together) would find it only at their next retry, up to
 * DIAL_MAX_MS later, so a starting host dials every member itself.
 */
const STARTUP_DIAL_MS = 5000

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
}

export class ClusterMesh {
  readonly topic: string
  private readonly init: ClusterMeshInit
  private node: MeshNode | undefined
  private timers: NodeJS.Timeout[] = []
  private heartbeats: Heartbeats | undefined
  private readonly syncing = new Set<string>()
  private readonly dialing = new Set<string>()
  private readonly probedAt = new Map<string, number>()
  /** Members not connected: when to dial each next, and the wait after that. */
  private readonly nextDial = new Map<string, { at: number, waitMs: number }>()
  /** While some member is not connected: when to ask the LAN next, and the wait after that. */
  private nextLanAsk: { at: number, waitMs: number } | undefined
  private startedAt = 0

  constructor (init: ClusterMeshInit) {
    this.init = init
    this.topic = `/multiverse/${init.clusterId}/gossip/1`
  }

  async start (): Promise<void> {
    const { members, log } = this.init
    const node = await createMeshNode({
      privateKey: this.init.privateKey,
      psk: this.init.psk,
      listen: this.init.listen,
      admit: (peer) => members.isMember(peer.toString()),
      mdnsTag: this.init.mdns ? `multiverse-${this.init.clusterId.slice(0, 16)}` : undefined,
      // Twice the envelope cap: an oversized envelope then reaches the validator and is counted.
      maxMessageBytes: 2 * MAX_ENVELOPE_BYTES
    })
    this.node = node
    this.startedAt = Date.now()
    const pubsub = node.services.pubsub
    pubsub.topicValidators.set(this.topic, async (_from, message) => await this.receive(message.data, true))
    pubsub.subscribe(this.topic)
    await serve(node, SYNC_PROTOCOL, async (body, peer) => this.answerSync(body, peer), {
      maxRequestBytes: MAX_SYNC_REQUEST_BYTES,
      maxResponseBytes: MAX_SYNC_RESPONSE_BYTES,
      timeoutMs: 10_000,
      allow: (peer) => members.isMember(peer.toString()),
      onError: (peer, error) => { log.warn({ peer: peer.toString(), err: error.message }, 'sync request failed') }
    })
    this.heartbeats = new Heartbeats({
      node,
      openSocket: this.init.beatSocket ?? udpBeatSocket(this.init.listen, log),
      isMember: (peer) => members.isMember(peer),
      onBeat: (peer, beat) => { this.takeBeat(peer, beat) },
      onBytes: (sent, received) => {
        this.init.counters.gossipBytesOut += sent
        this.init.counters.gossipBytesIn += received
      },
      onForged: (peer) => {
        this.init.counters.drop('forged')
        // Debug only: a key id travels in the clear, so anyone on the LAN could fill the log.
        log.debug({ peer: peer.toString(), reason: 'forged' }, 'heartbeat datagram dropped')
      },
      onMalformed: (peer, error) => {
        this.init.counters.drop('malformed')
        log.warn({ peer: peer.toString(), reason: 'malformed', detail: error.message }, 'message dropped')
      },
      log
    })
    await this.heartbeats.start()
    node.addEventListener('peer:connect', (event) => { void this.syncFrom(event.detail) })
    // libp2p announces a peer once, when it enters the peer store: a member found again on the
    // LAN (restarted, or back after a cut) is heard from the LAN discovery itself.
    node.addEventListener('peer:discovery', (event) => { void this.maybeDial(event.detail.id, event.detail.multiaddrs) })
    node.services.lan?.addEventListener('peer', (event) => { void this.maybeDial(event.detail.id, event.detail.multiaddrs) })
    this.timers.push(setInterval(() => { this.heartbeat() }, HEARTBEAT_MS))
    this.timers.push(setInterval(() => { this.tendMembers() }, DIAL_EVERY_MS))
    this.tendMembers()
    for (const address of this.init.dialAddresses ? this.init.bootstrap : []) {
      node.dial(multiaddr(address), { signal: AbortSignal.timeout(5000) })
        .catch((error: Error) => { log.warn({ address, err: error.message }, 'bootstrap dial failed') })
    }
    log.info({ addresses: node.getMultiaddrs().map((a) => a.toString()) }, 'mesh started')
  }

  async stop (): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer)
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
    if (outcome === 'stale-advert' || beat.memberStatements > this.init.members.size || beat.mappingStatements > this.init.mappings.size) void this.syncFrom(peer)
  }

  /**
   * Takes one envelope from gossip (`heard`: it proves its signer alive now) or from a sync.
   * Returns what gossipsub should do with it: forward only what was new and valid.
   */
  async receive (bytes: Uint8Array, heard: boolean): Promise<TopicValidatorResult> {
    const { counters, members, view, log } = this.init
    if (heard) counters.gossipBytesIn += bytes.length
    const drop = (reason: DropReason | 'duplicate', detail: string): TopicValidatorResult => {
      if (reason === 'duplicate') return TopicValidatorResult.Ignore
      counters.drop(reason)
      log.warn({ reason, detail }, 'message dropped')
      return reason === 'replayed' ? TopicValidatorResult.Ignore : TopicValidatorResult.Reject
    }
    if (this.holds(bytes)) return TopicValidatorResult.Ignore
    let opened: OpenedEnvelope
    try {
      opened = await openEnvelope(bytes)
    } catch (error) {
      // Anything else openEnvelope throws (a signature of the wrong length...) is malformed too.
      return drop(error instanceof ForgedMessageError ? 'forged' : error instanceof OversizedMessageError ? 'oversized' : 'malformed', (error as Error).message)
    }
    const origin = opened.signer.toString()
    if (!members.isMember(origin)) return drop('not-member', `${origin} is not a member`)
    if (origin === view.self) return TopicValidatorResult.Ignore
    try {
      switch (opened.kind) {
        case EnvelopeKind.ENVELOPE_KIND_ADVERT: {
          const outcome = view.acceptAdvert(origin, decodeAdvert(opened.payload), bytes, Date.now(), heard)
          if (outcome !== 'accepted') return drop(outcome, `advert from ${origin}`)
          await this.init.persist(opened)
          return TopicValidatorResult.Accept
        }
        case EnvelopeKind.ENVELOPE_KIND_MEMBERSHIP: {
          const signed = statementFrom(opened, this.init.clusterId)
          if (signed === undefined) return drop('wrong-cluster', `member statement from ${origin}`)
          if (!members.add(signed)) return TopicValidatorResult.Ignore
          await this.init.persist(opened)
          if (members.isRevoked(signed.subject)) this.init.onRevoked(signed.subject)
          return TopicValidatorResult.Accept
        }
        case EnvelopeKind.ENVELOPE_KIND_MAPPING: {
          const signed = mappingFrom(opened, this.init.clusterId)
          if (signed === undefined) return drop('wrong-cluster', `mapping statement from ${origin}`)
          if (!this.init.mappings.add(signed)) return TopicValidatorResult.Ignore
          await this.init.persist(opened)
          return TopicValidatorResult.Accept
        }
        default:
          return drop('malformed', `envelope kind ${opened.kind} from ${origin}`)
      }
    } catch (error) {
      if (error instanceof WireDecodeError) return drop('malformed', error.message)
      throw error
    }
  }

  /**
   * Whether this exact envelope is one this host holds already: every sync answer carries every
   * member and mapping statement, and an advert can come by gossip and by sync; a signature
   * check and a decode would only find them known.
   */
  private holds (bytes: Uint8Array): boolean {
    const same = (held: Uint8Array | null): boolean => held !== null && held.length === bytes.length && Buffer.compare(held, bytes) === 0
    return this.init.view.records().some((record) => same(record.envelope)) ||
      this.init.members.envelopes().some(same) || this.init.mappings.envelopes().some(same)
  }

  private answerSync (body: Uint8Array, peer: PeerId): Uint8Array {
    const { clusterId, held } = decodeSyncRequest(body)
    if (clusterId !== this.init.clusterId) throw new MalformedMessageError('SyncRequest', `cluster ${clusterId} is not this one`)
    this.init.view.heard(peer.toString(), Date.now())
    const newer = (record: HostRecord): boolean => record.envelope !== null && record.advert !== null &&
      (!held.has(record.id) || record.advert.seq > held.get(record.id)!)
    const adverts = this.init.view.records().filter(newer).map((record) => record.envelope!)
    return encodeSyncResponse({ adverts, members: this.init.members.envelopes(), mappings: this.init.mappings.envelopes() })
  }

  /** Anti-entropy: everything a peer knows that this host does not hold, taken envelope by envelope as if gossiped. */
  private async syncFrom (peer: PeerId): Promise<void> {
    const id = peer.toString()
    if (this.node === undefined || this.syncing.has(id) || !this.init.members.isMember(id)) return
    this.syncing.add(id)
    try {
      const held = new Map(this.init.view.records().flatMap((record) => record.advert === null ? [] : [[record.id, record.advert.seq] as const]))
      const body = await request(this.node, peer, SYNC_PROTOCOL, encodeSyncRequest({ clusterId: this.init.clusterId, held }), {
        maxRequestBytes: MAX_SYNC_REQUEST_BYTES, maxResponseBytes: MAX_SYNC_RESPONSE_BYTES, timeoutMs: 10_000
      })
      const response = decodeSyncResponse(body)
      this.init.counters.syncs++
      this.init.view.heard(id, Date.now())
      // Member statements first: an advert's signer must already be known as a member.
      for (const envelope of response.members) await this.receive(envelope, false)
      for (const envelope of [...response.adverts, ...response.mappings]) await this.receive(envelope, false)
    } catch (error) {
      this.init.log.warn({ peer: id, err: (error as Error).message }, 'sync failed')
    } finally {
      this.syncing.delete(id)
    }
  }

  /**
   * A member silent for a while over a connection that still looks open: after a network cut,
   * TCP's retransmission back-off can hold that connection's traffic for seconds after the cut
   * heals. Either side then tries a fresh connection (every PROBE_EVERY_MS); once one opens, the
   * older ones are closed and the heartbeats move to it.
   */
  private probe (record: { id: string, advert: { addresses: string[] } | null }, now: number): void {
    if (this.node === undefined || record.advert === null || this.dialing.has(record.id) || (this.probedAt.get(record.id) ?? 0) + PROBE_EVERY_MS > now) return
    this.probedAt.set(record.id, now)
    this.dialing.add(record.id)
    const peer = peerIdFromString(record.id)
    const addresses = record.advert.addresses.map((a) => multiaddr(`${a}/p2p/${record.id}`))
    void this.node.dial(addresses, { signal: AbortSignal.timeout(PROBE_EVERY_MS), force: true }).then((fresh) => {
      for (const old of this.node?.getConnections(peer) ?? []) if (old.id !== fresh.id) old.abort(new Error('replaced by a fresh connection after silence'))
      this.init.log.info({ peer: record.id }, 'silent member reached on a fresh connection')
    }, (error: Error) => {
      this.init.log.debug({ peer: record.id, err: error.message }, 'probe dial failed')
    }).finally(() => { this.dialing.delete(record.id) })
  }

  /** Whether this host dials `id` (when not connected): see STARTUP_DIAL_MS. */
  private dials (id: string): boolean {
    return id !== this.init.view.self && (id > this.init.view.self || Date.now() - this.startedAt < STARTUP_DIAL_MS)
  }

  /** One connection per pair: of two members, the one with the lower peer ID dials (see dials()). */
  private async maybeDial (peer: PeerId, addresses: Array<ReturnType<typeof multiaddr>>): Promise<void> {
    const id = peer.toString()
    if (this.node === undefined || !this.init.members.isMember(id) || !this.dials(id)) return
    if (this.node.getConnections(peer).length > 0 || this.dialing.has(id)) return
    this.dialing.add(id)
    await this.node.dial(addresses.length > 0 ? addresses : peer, { signal: AbortSignal.timeout(5000) }).catch((error: Error) => {
      this.init.log.debug({ peer: id, err: error.message }, 'dial failed')
    }).finally(() => { this.dialing.delete(id) })
  }

  /**
   * Reconnection that never gives up on a member: from the addresses its advert gives (unless
   * discovery is by mDNS alone), and by asking the LAN while any member is not connected.
   */
  private tendMembers (): void {
    if (this.node === undefined) return
    const now = Date.now()
    // Connected members cost one map lookup: no address or peer ID is parsed for them.
    const connected = new Map<string, number>()
    for (const c of this.node.getConnections()) connected.set(c.remotePeer.toString(), Math.max(connected.get(c.remotePeer.toString()) ?? 0, c.timeline.open))
    let missing = false
    for (const record of this.init.view.records()) {
      if (record.advert === null || record.id === this.init.view.self) continue
      if (!connected.has(record.id)) missing = true
      // Silent on its newest connection: a host that just started has old last-seen times from
      // disk, and must not replace connections that have not had time to carry a beat.
      const quietSince = Math.max(record.lastSeenMs ?? now, connected.get(record.id) ?? now)
      if (connected.has(record.id) && now - quietSince >= SUSPECT_AFTER_MS) { this.probe(record, now); continue }
      if (!this.dials(record.id) || !this.init.dialAddresses) continue
      if (connected.has(record.id)) { this.nextDial.delete(record.id); continue }
      const next = this.nextDial.get(record.id)
      if (next !== undefined && next.at > now) continue
      const waitMs = next === undefined ? DIAL_EVERY_MS : Math.min(2 * next.waitMs, DIAL_MAX_MS)
      this.nextDial.set(record.id, { at: now + waitMs, waitMs })
      const addresses = record.advert.addresses.map((a) => multiaddr(`${a}/p2p/${record.id}`))
      void this.maybeDial(peerIdFromString(record.id), addresses)
    }
    this.askLan(missing, now)
  }

  /** mDNS queries only while someone is missing (a host's start queries once by itself). */
  private askLan (missing: boolean, now: number): void {
    if (!missing) { this.nextLanAsk = undefined; return }
    if (this.nextLanAsk === undefined) { this.nextLanAsk = { at: now + LAN_ASK_FIRST_MS, waitMs: LAN_ASK_FIRST_MS }; return }
    if (this.nextLanAsk.at > now) return
    const waitMs = Math.min(2 * this.nextLanAsk.waitMs, LAN_ASK_MAX_MS)
    this.nextLanAsk = { at: now + waitMs, waitMs }
    this.node?.services.lan?.ask()
  }
}
