/**
 * This host's own advert (docs/architecture.md §3): built from its inventory (re-read on a timer, not on every
 * change), its ledger and its flags; sealed with its identity; published on the gossip topic
 * only when something it shows changed, one at a time, with a sequence number that only grows,
 * across restarts.
 */
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { SerialQueue } from '@multiverse/domain'
import type { HostAdvert, HostInventory } from '@multiverse/domain'
import { readInventory } from '@multiverse/inventory'
import { EnvelopeKind, encodeAdvert, sealEnvelope } from '@multiverse/wire'
import { buildAdvert, sameContent } from '@multiverse/cluster'
import type { ClusterView } from '@multiverse/cluster'
import type { ClusterMesh } from '@multiverse/mesh'
import type { Ledger, OwnHost } from '@multiverse/workloads'
import type { AgentConfig } from './config.ts'
import { imageSpace } from './disk-space.ts'
import type { Logger } from './log.ts'
import type { ClusterConfig, ClusterState } from './state.ts'

export interface OwnAdvertInit {
  config: AgentConfig
  /** The cluster's config as this host keeps it: its id, `lastSeq` and `maintenance`. */
  cluster: ClusterConfig
  state: ClusterState
  privateKey: PrivateKey
  peerId: PeerId
  view: ClusterView
  mesh: ClusterMesh
  /** What the host holds; set once the ledger is loaded. */
  ledger: () => Ledger | undefined
  log: Logger
}

export interface Sealed {
  advert: HostAdvert
  seq: number
  envelope: Uint8Array
}

export class OwnAdvert {
  /** The inventory as last read. */
  inventory!: HostInventory
  /**
   * Image space as last read. Read with the inventory, not on every change: it is free space
   * plus this host's own images, which this host's own writes leave about the same.
   */
  private diskBytes!: number | undefined
  private readonly init: OwnAdvertInit
  private sealed: Sealed | undefined
  private readonly publishing = new SerialQueue()

  constructor (init: OwnAdvertInit) {
    this.init = init
    this.scan()
  }

  /** The newest advert sealed; throws before the first `publish`. */
  /**
   * The sequence number heartbeats carry: the newest sealed advert's, or before the first (the
   * mesh beats while the workloads recover, which can take a while) the last one this host
   * used, which is persisted and only grows.
   */
  get seq (): number {
    return this.sealed?.seq ?? this.init.cluster.lastSeq
  }

  get current (): Sealed {
    if (this.sealed === undefined) throw new Error('no advert published yet')
    return this.sealed
  }

  /** This host as its own latest advert says: what its ledger checks leases against. */
  host (): OwnHost {
    const { advert } = this.current
    return { id: this.init.peerId.toString(), name: advert.name, state: 'alive', lastSeenMs: Date.now(), labels: advert.labels, inventory: advert.inventory, allocatable: advert.allocatable, maintenance: advert.maintenance }
  }

  /** Reads the inventory and image space again, then publishes if anything changed. */
  rescan (): void {
    this.scan()
    this.changed()
  }

  /** Something the advert shows may have changed: publish, one advert at a time. */
  changed (): void {
    void this.publishing.run('advert', async () => { await this.publish(false) }).catch((error: Error) => {
      this.init.log.error({ err: error.message }, 'advert not published')
    })
  }

  /** Publishes a new advert when something it shows changed (or `force`). */
  async publish (force: boolean): Promise<void> {
    const { config, cluster, mesh, view, state } = this.init
    const now = Date.now()
    const seq = Math.max(cluster.lastSeq + 1, now)
    const advert = buildAdvert(config, this.inventory, {
      clusterId: cluster.clusterId,
      seq,
      addresses: mesh.addresses(),
      vms: this.init.ledger()?.held() ?? [],
      maintenance: cluster.maintenance ?? false,
      diskBytes: this.diskBytes,
      nowMs: now
    })
    if (!force && this.sealed !== undefined && sameContent(this.sealed.advert, advert)) return
    cluster.lastSeq = seq
    await state.save(cluster)
    const envelope = await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_ADVERT, encodeAdvert(advert), this.init.privateKey, this.init.peerId)
    this.sealed = { advert, seq, envelope }
    view.restore(this.init.peerId.toString(), advert, envelope, now)
    await state.adverts.put(this.init.peerId.toString(), envelope)
    await mesh.publish(envelope)
  }

  private scan (): void {
    this.inventory = readInventory({ root: this.init.config.root, reserve: this.init.config.reserve })
    this.diskBytes = imageSpace(this.init.config.images)
  }
}
