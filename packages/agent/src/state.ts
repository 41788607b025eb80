/**
 * What the agent keeps on disk about its cluster, in the store's keyspaces: the cluster's
 * config (id, key, founder, outstanding join tokens, advert sequence), the signed member
 * statements, and the last advert of every host with when it was last heard of.
 */
import { createHash } from 'node:crypto'
import type { AgentStore, Table } from '@multiverse/store'
import type { OutstandingToken } from '@multiverse/mesh'

export interface ClusterConfig {
  clusterId: string
  /** The private network key, base64. */
  psk: string
  founder: string
  founderName: string
  tokens: OutstandingToken[]
  lastSeq: number
  /** Members to dial at start, with /p2p/. */
  bootstrap: string[]
  /** In maintenance: the advert says so and the ledger grants no lease. */
  maintenance?: boolean
}

export class ClusterState {
  private readonly store: AgentStore
  readonly config: Table<ClusterConfig>
  readonly members: Table<Uint8Array>
  /** The newest mapping statement per mapping name, as signed. */
  readonly mappings: Table<Uint8Array>
  readonly adverts: Table<Uint8Array>
  readonly seen: Table<Record<string, number>>

  constructor (store: AgentStore) {
    this.store = store
    this.config = store.table<ClusterConfig>('cluster')
    this.members = store.table<Uint8Array>('members', 'binary')
    this.mappings = store.table<Uint8Array>('mappings', 'binary')
    this.adverts = store.table<Uint8Array>('view', 'binary')
    // Beside the config, under its own key: when each host was last heard of.
    this.seen = store.table<Record<string, number>>('cluster')
  }

  async load (): Promise<ClusterConfig | undefined> {
    return await this.config.get('config')
  }

  async save (config: ClusterConfig): Promise<void> {
    await this.config.put('config', config)
  }

  /** The cluster's config and its first member statements, together or not at all. */
  async create (config: ClusterConfig, statements: Uint8Array[]): Promise<void> {
    await this.store.batch([
      this.config.putOp('config', config),
      ...statements.map((envelope) => this.members.putOp(envelopeKey(envelope), envelope))
    ])
  }

  async addStatement (envelope: Uint8Array): Promise<void> {
    await this.members.put(envelopeKey(envelope), envelope)
  }
}

export function envelopeKey (envelope: Uint8Array): string {
  return createHash('sha256').update(envelope).digest('hex')
}
