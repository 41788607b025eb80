/**
 * Heartbeats: every second, a ~20-byte beat to each connected member. Not gossiped and not
 * signed: direct lines keep the idle cost linear in the cluster size (gossip would relay every
 * beat to every host several times over).
 *
 * A line starts as a stream on the member connection, where Noise proves who is at each end.
 * The receiving host answers with a grant: a key of this line's own and its UDP port. The beats
 * then go as datagrams tagged under that key (@multiverse/wire's beats.ts), one small packet
 * each, instead of a yamux frame through Noise and the pnet cipher that the receiver answers
 * with a window update. When no datagram has arrived FALLBACK_MS after a grant (UDP filtered
 * between the two), the receiver grants the stream instead and the beats come on it.
 */
import type { Connection, PeerId, Stream } from '@libp2p/interface'
import { lpStream } from '@libp2p/utils'
import type { LengthPrefixedStream } from '@libp2p/utils'
import type { MeshNode } from './node.ts'
import {
  MAX_BEAT_GRANT_BYTES, MAX_HEARTBEAT_BYTES, WireDecodeError, beatKeyId, decodeBeatGrant,
  decodeHeartbeat, encodeBeatGrant, encodeHeartbeat, newBeatGrant, openBeat, sealBeat
} from '@multiverse/wire'
import type { BeatGrant, Heartbeat } from '@multiverse/wire'
import type { BeatSocket, OpenBeatSocket } from './beat-socket.ts'
import type { Logger } from 'pino'

export const HEARTBEAT_PROTOCOL = '/multiverse/heartbeat/2'
/** How long a receiver waits for the first datagram of a line before it grants the stream. */
export const FALLBACK_MS = 2000
const LINE_TIMEOUT_MS = 3000

/** An outgoing line: how a beat gets to one peer. */
interface Line {
  connectionId: string
  send: (beat: Uint8Array) => void
}

/**
 * How long a granted key stays good once its line's stream has ended and no datagram uses it.
 * The key proves the peer, not the connection: after a network cut the receiver may have seen
 * the connection die while the sender has not, and the sender's beats must still count when
 * the network comes back, until it opens a line on a new connection.
 */
export const KEY_IDLE_MS = 30_000
/** Keys kept per peer: the newest line's, and the one before while the sender moves over. */
const KEYS_PER_PEER = 2

/** A key this host granted a peer's line, by its hex id. */
interface Granted {
  peer: PeerId
  key: Uint8Array
  grantedAt: number
  /** A datagram came under it, and when the last one did. */
  heard: boolean
  usedAt: number
  /** Its stream is open; once closed the key lapses after KEY_IDLE_MS without use. */
  open: boolean
}

export interface HeartbeatsInit {
  node: MeshNode
  openSocket: OpenBeatSocket
  isMember: (peer: string) => boolean
  onBeat: (peer: PeerId, heartbeat: Heartbeat) => void
  onMalformed: (peer: PeerId, error: Error) => void
  /** A datagram naming a line's key whose tag is wrong: someone other than the peer made it. */
  onForged: (peer: PeerId) => void
  /** Bytes sent and received, for the idle-cost figures. */
  onBytes: (sent: number, received: number) => void
  log: Logger
  /** KEY_IDLE_MS unless a test says otherwise. */
  keyIdleMs?: number
  /** The clock keys are granted, used and lapse by (a test moves it on instead of waiting). */
  now?: () => number
}

export class Heartbeats {
  private readonly init: HeartbeatsInit
  /** Outgoing lines, one per peer (whatever connections there are), reopened when one breaks. */
  private readonly lines = new Map<string, Line>()
  private readonly opening = new Set<string>()
  private readonly granted = new Map<string, Granted>()
  private socket: BeatSocket | undefined
  private lastBeat = 0

  private readonly now: () => number

  constructor (init: HeartbeatsInit) {
    this.init = init
    this.now = init.now ?? Date.now
  }

  async start (): Promise<void> {
    this.socket = await this.init.openSocket((datagram) => { this.takeDatagram(datagram) })
    await this.init.node.handle(HEARTBEAT_PROTOCOL, (stream, connection) => { void this.listen(stream, connection) }, { maxInboundStreams: 2 })
  }

  async stop (): Promise<void> {
    await this.socket?.close()
    this.socket = undefined
  }

  /** Sends one beat on every member connection, opening lines where there are none. */
  beat (state: Omit<Heartbeat, 'beat'>): void {
    this.lastBeat = Math.max(this.lastBeat + 1, this.now())
    const bytes = encodeHeartbeat({ ...state, beat: this.lastBeat })
    const open = new Map<string, Connection[]>()
    for (const connection of this.init.node.getConnections()) {
      const peer = connection.remotePeer.toString()
      if (connection.status !== 'open' || !this.init.isMember(peer)) continue
      open.set(peer, [...open.get(peer) ?? [], connection])
    }
    for (const [peer, connections] of open) {
      const line = this.lines.get(peer)
      // The newest connection: a fresh one replaces one that went silent (see ClusterMesh.probe).
      const newest = connections.reduce((a, b) => (b.timeline.open > a.timeline.open ? b : a))
      if (line === undefined || line.connectionId !== newest.id) {
        this.lines.delete(peer)
        void this.open(peer, newest, bytes)
        continue
      }
      line.send(bytes)
    }
    for (const peer of this.lines.keys()) if (!open.has(peer)) this.lines.delete(peer)
    this.lapseKeys()
  }

  private lapseKeys (): void {
    const now = this.now()
    const idleMs = this.init.keyIdleMs ?? KEY_IDLE_MS
    for (const [keyId, granted] of this.granted) {
      if (!granted.open && now - Math.max(granted.usedAt, granted.grantedAt) > idleMs) this.granted.delete(keyId)
    }
  }

  /** A new key for a peer's line; beyond KEYS_PER_PEER, the peer's oldest go. */
  private grant (peer: PeerId, key: Uint8Array, keyId: string): Granted {
    const granted: Granted = { peer, key, grantedAt: this.now(), heard: false, usedAt: 0, open: true }
    this.granted.set(keyId, granted)
    const ofPeer = [...this.granted].filter(([, g]) => g.peer.equals(peer)).sort((a, b) => a[1].grantedAt - b[1].grantedAt)
    for (const [id] of ofPeer.slice(0, Math.max(0, ofPeer.length - KEYS_PER_PEER))) this.granted.delete(id)
    return granted
  }

  private async open (peer: string, connection: Connection, first: Uint8Array): Promise<void> {
    if (this.opening.has(peer)) return
    this.opening.add(peer)
    try {
      const stream = await connection.newStream(HEARTBEAT_PROTOCOL, { signal: AbortSignal.timeout(LINE_TIMEOUT_MS) })
      const lp = lpStream(stream, { maxDataLength: MAX_BEAT_GRANT_BYTES })
      const grant = decodeBeatGrant((await lp.read({ signal: AbortSignal.timeout(LINE_TIMEOUT_MS) })).subarray())
      const line: Line = { connectionId: connection.id, send: () => {} }
      line.send = this.sender(peer, line, lp, grant, remoteHost(connection))
      this.lines.set(peer, line)
      line.send(first)
      void this.followGrants(peer, line, lp, remoteHost(connection))
    } catch (error) {
      this.init.log.debug({ peer, err: (error as Error).message }, 'heartbeat line failed')
      this.lines.delete(peer)
    } finally {
      this.opening.delete(peer)
    }
  }

  /** How beats go on a line under a grant: datagrams, or the stream when granted (or no IP). */
  private sender (peer: string, line: Line, lp: LengthPrefixedStream, grant: BeatGrant, host: string | undefined): Line['send'] {
    if ('key' in grant && host !== undefined) {
      return (beat) => {
        const datagram = sealBeat(grant, beat)
        this.init.onBytes(datagram.length, 0)
        this.socket?.send(datagram, grant.udpPort, host)
      }
    }
    return (beat) => {
      this.init.onBytes(beat.length, 0)
      lp.write(beat, { signal: AbortSignal.timeout(LINE_TIMEOUT_MS) }).catch(() => { this.drop(peer, line) })
    }
  }

  /** A later grant on the line: the receiver heard no datagram and asks for the stream. */
  private async followGrants (peer: string, line: Line, lp: LengthPrefixedStream, host: string | undefined): Promise<void> {
    try {
      while (true) {
        const grant = decodeBeatGrant((await lp.read()).subarray())
        this.init.log.info({ peer, udpPort: grant.udpPort }, grant.udpPort === 0 ? 'no heartbeat datagram got through: beats go on the stream' : 'heartbeat line granted again')
        line.send = this.sender(peer, line, lp, grant, host)
      }
    } catch {
      this.drop(peer, line)
    }
  }

  private drop (peer: string, line: Line): void {
    if (this.lines.get(peer) === line) this.lines.delete(peer)
  }

  /** Grants a member's line, then reads beats on the stream (if it comes to that) until it ends. */
  private async listen (stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer
    if (!this.init.isMember(peer.toString())) {
      stream.abort(new Error('not a member'))
      return
    }
    const lp = lpStream(stream, { maxDataLength: MAX_HEARTBEAT_BYTES })
    const grant = this.socket === undefined ? { udpPort: 0 as const } : newBeatGrant(this.socket.port)
    const keyId = 'keyId' in grant ? Buffer.from(grant.keyId).toString('hex') : undefined
    let fallback: NodeJS.Timeout | undefined
    let granted: Granted | undefined
    try {
      if (keyId !== undefined && 'key' in grant) {
        const line = this.grant(peer, grant.key, keyId)
        granted = line
        fallback = setTimeout(() => {
          if (line.heard) return
          this.granted.delete(keyId)
          lp.write(encodeBeatGrant({ udpPort: 0 }), { signal: AbortSignal.timeout(LINE_TIMEOUT_MS) }).catch(() => {})
        }, FALLBACK_MS)
      }
      await lp.write(encodeBeatGrant(grant), { signal: AbortSignal.timeout(LINE_TIMEOUT_MS) })
      while (true) {
        const bytes = (await lp.read()).subarray()
        this.init.onBytes(0, bytes.length)
        this.takeBeat(peer, bytes)
      }
    } catch {
      // The connection closed, or the peer broke the framing: the line ends; liveness is the view's business.
      stream.abort(new Error('heartbeat line closed'))
    } finally {
      clearTimeout(fallback)
      if (granted !== undefined) granted.open = false
    }
  }

  private takeDatagram (datagram: Uint8Array): void {
    const keyId = beatKeyId(datagram)
    const granted = keyId === undefined ? undefined : this.granted.get(keyId)
    // A key this host never granted, or no longer holds (a line that lapsed): nobody to blame.
    if (granted === undefined) return
    const beat = openBeat(granted.key, datagram)
    if (beat === undefined) {
      this.init.onForged(granted.peer)
      return
    }
    // A removed member's keys go with its membership.
    if (!this.init.isMember(granted.peer.toString())) return
    granted.heard = true
    granted.usedAt = this.now()
    this.init.onBytes(0, datagram.length)
    this.takeBeat(granted.peer, beat)
  }

  private takeBeat (peer: PeerId, bytes: Uint8Array): void {
    try {
      this.init.onBeat(peer, decodeHeartbeat(bytes))
    } catch (error) {
      if (!(error instanceof WireDecodeError)) throw error
      this.init.onMalformed(peer, error)
    }
  }
}

/** The IP address of the far end of a connection, where its beats go. */
function remoteHost (connection: Connection): string | undefined {
  const ip = connection.remoteAddr.getComponents().find((c) => c.name === 'ip4' || c.name === 'ip6')
  return ip?.value
}
