/**
 * Discovery on the LAN by mDNS, asking only when there is someone to find. libp2p's mDNS
 * queries on a timer, and every host answers every query to the whole LAN: at ten hosts that
 * was a hundred multicast answers per interval, the largest share of an idle host's bytes on
 * the wire and a good part of its CPU, to learn what its open connections already proved. Here
 * a host queries when it starts and when the agent asks (a member it cannot reach); it answers
 * others' queries all along.
 */
import { mdns } from '@libp2p/mdns'
import { TypedEventEmitter, peerDiscoverySymbol } from '@libp2p/interface'
import type { PeerDiscovery, PeerDiscoveryEvents, PeerInfo, Startable } from '@libp2p/interface'

/** libp2p's own timer, left as a backstop only: the agent asks when it misses a member. */
const QUERY_BACKSTOP_MS = 3_600_000
/** How often a peer that mDNS keeps reporting, unchanged, is passed on anyway: well within the
 *  peer store's address age (an hour), so its addresses never lapse there. */
const REPORT_UNCHANGED_MS = 60_000

export class LanDiscovery extends TypedEventEmitter<PeerDiscoveryEvents> implements PeerDiscovery, Startable {
  readonly [peerDiscoverySymbol] = this
  readonly [Symbol.toStringTag] = '@multiverse/mesh/lan'
  private readonly inner: PeerDiscovery & Partial<Startable>
  private readonly last = new Map<string, { addresses: string, at: number }>()
  private started = false
  private asking: Promise<void> | undefined

  constructor (inner: PeerDiscovery & Partial<Startable>) {
    super()
    this.inner = inner
    inner.addEventListener('peer', (event) => { this.take(event.detail) })
  }

  async start (): Promise<void> {
    await this.inner.start?.()
    this.started = true
  }

  async stop (): Promise<void> {
    this.started = false
    await this.asking
    await this.inner.stop?.()
    this.last.clear()
  }

  /**
   * Queries the LAN now: libp2p's mDNS queries whenever it starts, so it is restarted. Every
   * answer to it is news: the caller is looking for someone.
   */
  ask (): void {
    if (!this.started || this.asking !== undefined) return
    this.last.clear()
    this.asking = (async () => {
      await this.inner.stop?.()
      if (this.started) await this.inner.start?.()
    })().catch(() => {}).finally(() => { this.asking = undefined })
  }

  /**
   * Passes on only what is news: a peer not reported before, or with other addresses, or not
   * reported for REPORT_UNCHANGED_MS. libp2p merges every report into its peer store (a lock, a
   * protobuf decode and encode) and itself only announces a peer new to the store, so nothing
   * else hears the difference.
   */
  private take (peer: PeerInfo): void {
    const id = peer.id.toString()
    const addresses = peer.multiaddrs.map((a) => a.toString()).sort().join(' ')
    const now = Date.now()
    const last = this.last.get(id)
    if (last !== undefined && last.addresses === addresses && now - last.at < REPORT_UNCHANGED_MS) return
    this.last.set(id, { addresses, at: now })
    this.safeDispatchEvent('peer', { detail: peer })
  }
}

/** The libp2p service: `services.lan` of a mesh node, one mDNS service tag per cluster. */
export function lanDiscovery (serviceTag: string): (components: any) => LanDiscovery {
  const inner = mdns({ serviceTag, interval: QUERY_BACKSTOP_MS })
  return (components) => new LanDiscovery(inner(components))
}
