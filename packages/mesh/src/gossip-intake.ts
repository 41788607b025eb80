/**
 * Gossip intake (docs/architecture.md §8): every envelope that reaches this host, by gossip or
 * by a sync, is opened (signature checked), decoded (validated) and checked against membership
 * and replay before the view, the member set or the mappings take it; what is not is counted
 * and logged, and gossipsub forwards only what was new and valid.
 */
import { TopicValidatorResult } from '@libp2p/gossipsub'
import { EnvelopeKind, ForgedMessageError, OversizedMessageError, WireDecodeError, decodeAdvert, openEnvelope } from '@multiverse/wire'
import type { OpenedEnvelope } from '@multiverse/wire'
import type { Logger } from 'pino'
import { mappingFrom, statementFrom } from '@multiverse/cluster'
import type { ClusterView, MappingSet, MemberSet } from '@multiverse/cluster'
import type { MeshCounters, DropReason } from './counters.ts'

export interface GossipIntakeComponents {
  clusterId: string
  members: MemberSet
  mappings: MappingSet
  view: ClusterView
  counters: MeshCounters
  log: Logger
  /** Called with every envelope taken into the view, the member set or the mappings, to persist it. */
  persist: (opened: OpenedEnvelope) => Promise<void>
  /** A member was revoked: the agent forgets it. */
  onRevoked: (id: string) => void
}

export class GossipIntake {
  private readonly components: GossipIntakeComponents

  constructor (components: GossipIntakeComponents) {
    this.components = components
  }

  /**
   * Takes one envelope from gossip (`heard`: it proves its signer alive now) or from a sync.
   * Returns what gossipsub should do with it: forward only what was new and valid.
   */
  async receive (bytes: Uint8Array, heard: boolean): Promise<TopicValidatorResult> {
    const { counters, members, view, log } = this.components
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
          await this.components.persist(opened)
          return TopicValidatorResult.Accept
        }
        case EnvelopeKind.ENVELOPE_KIND_MEMBERSHIP: {
          const signed = statementFrom(opened, this.components.clusterId)
          if (signed === undefined) return drop('wrong-cluster', `member statement from ${origin}`)
          if (!members.add(signed)) return TopicValidatorResult.Ignore
          await this.components.persist(opened)
          if (members.isRevoked(signed.subject)) this.components.onRevoked(signed.subject)
          return TopicValidatorResult.Accept
        }
        case EnvelopeKind.ENVELOPE_KIND_MAPPING: {
          const signed = mappingFrom(opened, this.components.clusterId)
          if (signed === undefined) return drop('wrong-cluster', `mapping statement from ${origin}`)
          if (!this.components.mappings.add(signed)) return TopicValidatorResult.Ignore
          await this.components.persist(opened)
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
    const { view, members, mappings } = this.components
    const same = (held: Uint8Array | null): boolean => held !== null && held.length === bytes.length && Buffer.compare(held, bytes) === 0
    return view.records().some((record) => same(record.envelope)) ||
      members.envelopes().some(same) || mappings.envelopes().some(same)
  }
}
