/**
 * Anti-entropy (docs/architecture.md §8, `/multiverse/sync/1`): a host syncs from every member
 * that connects, and from a member whose heartbeat shows it holds something newer; it answers
 * other members' syncs with every advert it holds newer than theirs and all its statements.
 */
import type { PeerId } from '@libp2p/interface'
import { MAX_SYNC_REQUEST_BYTES, MAX_SYNC_RESPONSE_BYTES, MalformedMessageError, decodeSyncRequest, decodeSyncResponse, encodeSyncRequest, encodeSyncResponse } from '@multiverse/wire'
import type { Logger } from 'pino'
import type { ClusterView, HostRecord, MappingSet, MemberSet } from '@multiverse/cluster'
import type { MeshCounters } from './counters.ts'
import type { MeshNode } from './node.ts'
import { request, serve } from './rpc.ts'

export const SYNC_PROTOCOL = '/multiverse/sync/1'
const SYNC_LIMITS = { maxRequestBytes: MAX_SYNC_REQUEST_BYTES, maxResponseBytes: MAX_SYNC_RESPONSE_BYTES, timeoutMs: 10_000 }

export interface SyncComponents {
  node: MeshNode
  clusterId: string
  members: MemberSet
  mappings: MappingSet
  view: ClusterView
  counters: MeshCounters
  log: Logger
  /** Takes one envelope a sync brought, as if gossiped (the gossip intake). */
  receive: (envelope: Uint8Array) => Promise<unknown>
}

export class AntiEntropy {
  private readonly components: SyncComponents
  private readonly syncing = new Set<string>()
  private stopped = false

  constructor (components: SyncComponents) {
    this.components = components
  }

  /** Answers members' syncs: before any member connects, as each syncs from this host at once. */
  async serve (): Promise<void> {
    const { node, members, log } = this.components
    await serve(node, SYNC_PROTOCOL, async (body, peer) => this.answer(body, peer), {
      ...SYNC_LIMITS,
      allow: (peer) => members.isMember(peer.toString()),
      onError: (peer, error) => { log.warn({ peer: peer.toString(), err: error.message }, 'sync request failed') }
    })
  }

  /** Syncs from every member that connects from now on. */
  start (): void {
    this.components.node.addEventListener('peer:connect', (event) => { void this.syncFrom(event.detail) })
  }

  /** No sync starts from now on (the node is stopping). */
  stop (): void {
    this.stopped = true
  }

  /** Anti-entropy: everything a peer knows that this host does not hold, taken envelope by envelope as if gossiped. */
  async syncFrom (peer: PeerId): Promise<void> {
    const { node, clusterId, members, view, counters, log, receive } = this.components
    const id = peer.toString()
    if (this.stopped || this.syncing.has(id) || !members.isMember(id)) return
    this.syncing.add(id)
    try {
      const held = new Map(view.records().flatMap((record) => record.advert === null ? [] : [[record.id, record.advert.seq] as const]))
      const body = await request(node, peer, SYNC_PROTOCOL, encodeSyncRequest({ clusterId, held }), SYNC_LIMITS)
      const response = decodeSyncResponse(body)
      counters.syncs++
      view.heard(id, Date.now())
      // Member statements first: an advert's signer must already be known as a member.
      for (const envelope of response.members) await receive(envelope)
      for (const envelope of [...response.adverts, ...response.mappings]) await receive(envelope)
    } catch (error) {
      log.warn({ peer: id, err: (error as Error).message }, 'sync failed')
    } finally {
      this.syncing.delete(id)
    }
  }

  private answer (body: Uint8Array, peer: PeerId): Uint8Array {
    const { view, members, mappings } = this.components
    const { clusterId, held } = decodeSyncRequest(body)
    if (clusterId !== this.components.clusterId) throw new MalformedMessageError('SyncRequest', `cluster ${clusterId} is not this one`)
    view.heard(peer.toString(), Date.now())
    const newer = (record: HostRecord): boolean => record.envelope !== null && record.advert !== null &&
      (!held.has(record.id) || record.advert.seq > held.get(record.id)!)
    const adverts = view.records().filter(newer).map((record) => record.envelope!)
    return encodeSyncResponse({ adverts, members: members.envelopes(), mappings: mappings.envelopes() })
  }
}
