/**
 * The dialer (docs/architecture.md §8, discovery): keeps every member connected. Of two members
 * the lower peer ID dials, except that a starting host dials everyone for its first seconds; a
 * lost member is redialled at once and then on a back-off, the LAN is asked only while a member
 * is missing, and a member silent over a connection that still looks open is tried on a fresh one.
 */
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { Multiaddr } from '@multiformats/multiaddr'
import { Backoff } from '@multiverse/domain'
import type { Logger } from 'pino'
import { SUSPECT_AFTER_MS } from '@multiverse/cluster'
import type { ClusterView, MemberSet } from '@multiverse/cluster'
import type { MeshNode } from './node.ts'

/** A member not connected is dialled at once, then again after 250 ms, 500 ms, then every second. */
const DIAL_BACKOFF = { firstMs: 250, maxMs: 1000 }
/** The members are looked over as often as the shortest wait between dials. */
const TEND_EVERY_MS = DIAL_BACKOFF.firstMs
/** How often a silent member that still has a connection is tried on a fresh one. */
const PROBE_EVERY_MS = 2000
/** While a member is not connected, the LAN is asked (mDNS) after 2 s, then twice as long each time, up to a minute. */
const LAN_ASK_BACKOFF = { firstMs: 2000, maxMs: 60_000 }
/**
 * Of two members the lower peer ID dials, except in a host's first seconds: members that lost
 * it (restarted, or all restarted together) would find it only at their next retry, up to
 * DIAL_BACKOFF.maxMs later, so a starting host dials every member itself.
 */
const STARTUP_DIAL_MS = 5000

export interface DialerComponents {
  node: MeshNode
  members: MemberSet
  view: ClusterView
  log: Logger
  /** Addresses to dial once at start (a joiner's answer, the configuration). */
  bootstrap: string[]
  /** Whether to dial the addresses in bootstrap lists and adverts (else discovery is by mDNS alone). */
  dialAddresses: boolean
}

/** When to try next, and the waits after that. */
interface Retry { at: number, backoff: Backoff }

export class Dialer {
  private readonly components: DialerComponents
  private readonly dialing = new Set<string>()
  private readonly probedAt = new Map<string, number>()
  /** Members not connected: when to dial each next. */
  private readonly nextDial = new Map<string, Retry>()
  /** While some member is not connected: when to ask the LAN next. */
  private nextLanAsk: Retry | undefined
  private timer: NodeJS.Timeout | undefined
  private startedAt = 0
  private stopped = false

  constructor (components: DialerComponents) {
    this.components = components
  }

  /** Dials what discovery finds, tends the members on a timer and dials the bootstrap addresses. */
  start (): void {
    const { node, log } = this.components
    this.startedAt = Date.now()
    // libp2p announces a peer once, when it enters the peer store: a member found again on the
    // LAN (restarted, or back after a cut) is heard from the LAN discovery itself.
    node.addEventListener('peer:discovery', (event) => { void this.maybeDial(event.detail.id, event.detail.multiaddrs) })
    node.services.lan?.addEventListener('peer', (event) => { void this.maybeDial(event.detail.id, event.detail.multiaddrs) })
    this.timer = setInterval(() => { this.tendMembers() }, TEND_EVERY_MS)
    this.tendMembers()
    for (const address of this.components.dialAddresses ? this.components.bootstrap : []) {
      node.dial(multiaddr(address), { signal: AbortSignal.timeout(5000) })
        .catch((error: Error) => { log.warn({ address, err: error.message }, 'bootstrap dial failed') })
    }
  }

  /** No dial starts from now on (the node is stopping). */
  stop (): void {
    this.stopped = true
    clearInterval(this.timer)
  }

  /**
   * A member silent for a while over a connection that still looks open: after a network cut,
   * TCP's retransmission back-off can hold that connection's traffic for seconds after the cut
   * heals. Either side then tries a fresh connection (every PROBE_EVERY_MS); once one opens, the
   * older ones are closed and the heartbeats move to it.
   */
  private probe (record: { id: string, advert: { addresses: string[] } | null }, now: number): void {
    const { node, log } = this.components
    if (this.stopped || record.advert === null || this.dialing.has(record.id) || (this.probedAt.get(record.id) ?? 0) + PROBE_EVERY_MS > now) return
    this.probedAt.set(record.id, now)
    this.dialing.add(record.id)
    const peer = peerIdFromString(record.id)
    const addresses = record.advert.addresses.map((a) => multiaddr(`${a}/p2p/${record.id}`))
    void node.dial(addresses, { signal: AbortSignal.timeout(PROBE_EVERY_MS), force: true }).then((fresh) => {
      if (!this.stopped) for (const old of node.getConnections(peer)) if (old.id !== fresh.id) old.abort(new Error('replaced by a fresh connection after silence'))
      log.info({ peer: record.id }, 'silent member reached on a fresh connection')
    }, (error: Error) => {
      log.debug({ peer: record.id, err: error.message }, 'probe dial failed')
    }).finally(() => { this.dialing.delete(record.id) })
  }

  /** Whether this host dials `id` (when not connected): see STARTUP_DIAL_MS. */
  private dials (id: string): boolean {
    const { self } = this.components.view
    return id !== self && (id > self || Date.now() - this.startedAt < STARTUP_DIAL_MS)
  }

  /** One connection per pair: of two members, the one with the lower peer ID dials (see dials()). */
  private async maybeDial (peer: PeerId, addresses: Multiaddr[]): Promise<void> {
    const { node, members, log } = this.components
    const id = peer.toString()
    if (this.stopped || !members.isMember(id) || !this.dials(id)) return
    if (node.getConnections(peer).length > 0 || this.dialing.has(id)) return
    this.dialing.add(id)
    await node.dial(addresses.length > 0 ? addresses : peer, { signal: AbortSignal.timeout(5000) }).catch((error: Error) => {
      log.debug({ peer: id, err: error.message }, 'dial failed')
    }).finally(() => { this.dialing.delete(id) })
  }

  /**
   * Reconnection that never gives up on a member: from the addresses its advert gives (unless
   * discovery is by mDNS alone), and by asking the LAN while any member is not connected.
   */
  private tendMembers (): void {
    const { node, view } = this.components
    if (this.stopped) return
    const now = Date.now()
    // Connected members cost one map lookup: no address or peer ID is parsed for them.
    const connected = new Map<string, number>()
    for (const c of node.getConnections()) connected.set(c.remotePeer.toString(), Math.max(connected.get(c.remotePeer.toString()) ?? 0, c.timeline.open))
    let missing = false
    for (const record of view.records()) {
      if (record.advert === null || record.id === view.self) continue
      if (!connected.has(record.id)) missing = true
      // Silent on its newest connection: a host that just started has old last-seen times from
      // disk, and must not replace connections that have not had time to carry a beat.
      const quietSince = Math.max(record.lastSeenMs ?? now, connected.get(record.id) ?? now)
      if (connected.has(record.id) && now - quietSince >= SUSPECT_AFTER_MS) { this.probe(record, now); continue }
      if (!this.dials(record.id) || !this.components.dialAddresses) continue
      if (connected.has(record.id)) { this.nextDial.delete(record.id); continue }
      const next = this.nextDial.get(record.id)
      if (next !== undefined && next.at > now) continue
      const backoff = next?.backoff ?? new Backoff(DIAL_BACKOFF)
      this.nextDial.set(record.id, { at: now + backoff.next(), backoff })
      const addresses = record.advert.addresses.map((a) => multiaddr(`${a}/p2p/${record.id}`))
      void this.maybeDial(peerIdFromString(record.id), addresses)
    }
    this.askLan(missing, now)
  }

  /** mDNS queries only while someone is missing (a host's start queries once by itself). */
  private askLan (missing: boolean, now: number): void {
    if (!missing) { this.nextLanAsk = undefined; return }
    if (this.nextLanAsk === undefined) {
      const backoff = new Backoff(LAN_ASK_BACKOFF)
      this.nextLanAsk = { at: now + backoff.next(), backoff }
      return
    }
    if (this.nextLanAsk.at > now) return
    this.nextLanAsk.at = now + this.nextLanAsk.backoff.next()
    this.components.node.services.lan?.ask()
  }
}
