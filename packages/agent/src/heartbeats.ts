/**
 * Heartbeats: every second, a ~20-byte message to each connected member on one long-lived
 * stream per connection. Not gossiped and not signed: the Noise connection proves the sender,
 * and direct lines keep the idle cost linear in the cluster size (gossip would relay every
 * beat to every host several times over).
 */
import type { Connection, PeerId, Stream } from '@libp2p/interface'
import { lpStream } from '@libp2p/utils'
import type { MeshNode } from '@multiverse/mesh'
import { MAX_HEARTBEAT_BYTES, decodeHeartbeat, encodeHeartbeat, WireDecodeError } from '@multiverse/wire'
import type { Heartbeat } from '@multiverse/wire'
import type { Logger } from './log.ts'

export const HEARTBEAT_PROTOCOL = '/multiverse/heartbeat/1'

interface Line {
  write: (bytes: Uint8Array) => Promise<void>
  connectionId: string
}

export interface HeartbeatsInit {
  node: MeshNode
  isMember: (peer: string) => boolean
  onBeat: (peer: PeerId, heartbeat: Heartbeat) => void
  onMalformed: (peer: PeerId, error: Error) => void
  /** Bytes sent and received, for the idle-cost figures. */
  onBytes: (sent: number, received: number) => void
  log: Logger
}

export class Heartbeats {
  private readonly init: HeartbeatsInit
  /** Outgoing lines, one per peer (whatever connections there are), reopened when one breaks. */
  private readonly lines = new Map<string, Line>()
  private readonly opening = new Set<string>()
  private lastBeat = 0

  constructor (init: HeartbeatsInit) {
    this.init = init
  }

  async start (): Promise<void> {
    await this.init.node.handle(HEARTBEAT_PROTOCOL, (stream, connection) => { void this.listen(stream, connection) }, { maxInboundStreams: 2 })
  }

  /** Sends one beat on every member connection, opening lines where there are none. */
  async beat (state: Omit<Heartbeat, 'beat'>): Promise<void> {
    this.lastBeat = Math.max(this.lastBeat + 1, Date.now())
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
      this.init.onBytes(bytes.length, 0)
      line.write(bytes).catch(() => { this.lines.delete(peer) })
    }
    for (const peer of this.lines.keys()) if (!open.has(peer)) this.lines.delete(peer)
  }

  private async open (peer: string, connection: Connection, first: Uint8Array): Promise<void> {
    if (this.opening.has(peer)) return
    this.opening.add(peer)
    try {
      const stream = await connection.newStream(HEARTBEAT_PROTOCOL, { signal: AbortSignal.timeout(3000) })
      const lp = lpStream(stream, { maxDataLength: MAX_HEARTBEAT_BYTES })
      const line = { connectionId: connection.id, write: async (bytes: Uint8Array) => { await lp.write(bytes, { signal: AbortSignal.timeout(3000) }) } }
      this.lines.set(peer, line)
      this.init.onBytes(first.length, 0)
      await line.write(first)
    } catch (error) {
      this.init.log.debug({ peer, err: (error as Error).message }, 'heartbeat line failed')
      this.lines.delete(peer)
    } finally {
      this.opening.delete(peer)
    }
  }

  /** Reads beats until the stream ends; a member only, each beat within the size cap. */
  private async listen (stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer
    if (!this.init.isMember(peer.toString())) {
      stream.abort(new Error('not a member'))
      return
    }
    const lp = lpStream(stream, { maxDataLength: MAX_HEARTBEAT_BYTES })
    try {
      while (true) {
        const bytes = await lp.read()
        this.init.onBytes(0, bytes.length)
        try {
          this.init.onBeat(peer, decodeHeartbeat(bytes.subarray()))
        } catch (error) {
          if (!(error instanceof WireDecodeError)) throw error
          this.init.onMalformed(peer, error)
        }
      }
    } catch {
      // The connection closed, or the peer broke the framing: the line ends; liveness is the view's business.
      stream.abort(new Error('heartbeat line closed'))
    }
  }
}
