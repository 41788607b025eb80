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
  stream: Stream
}

export interface HeartbeatsInit {
  node: MeshNode
  isMember: (peer: string) => boolean
  onBeat: (peer: PeerId, heartbeat: Heartbeat) => void
  onMalformed: (peer: PeerId, error: Error) => void
  log: Logger
}

export class Heartbeats {
  private readonly init: HeartbeatsInit
  /** Outgoing lines, by connection id: one per connection, reopened when one breaks. */
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
  async beat (advertSeq: number): Promise<void> {
    this.lastBeat = Math.max(this.lastBeat + 1, Date.now())
    const bytes = encodeHeartbeat({ advertSeq, beat: this.lastBeat })
    const live = new Set<string>()
    for (const connection of this.init.node.getConnections()) {
      if (connection.status !== 'open' || !this.init.isMember(connection.remotePeer.toString())) continue
      live.add(connection.id)
      const line = this.lines.get(connection.id)
      if (line === undefined) {
        void this.open(connection, bytes)
        continue
      }
      line.write(bytes).catch(() => { this.lines.delete(connection.id) })
    }
    for (const id of this.lines.keys()) if (!live.has(id)) this.lines.delete(id)
  }

  private async open (connection: Connection, first: Uint8Array): Promise<void> {
    if (this.opening.has(connection.id)) return
    this.opening.add(connection.id)
    try {
      const stream = await connection.newStream(HEARTBEAT_PROTOCOL, { signal: AbortSignal.timeout(3000) })
      const lp = lpStream(stream, { maxDataLength: MAX_HEARTBEAT_BYTES })
      const line = { stream, write: async (bytes: Uint8Array) => { await lp.write(bytes, { signal: AbortSignal.timeout(3000) }) } }
      this.lines.set(connection.id, line)
      await line.write(first)
    } catch (error) {
      this.init.log.debug({ peer: connection.remotePeer.toString(), err: (error as Error).message }, 'heartbeat line failed')
      this.lines.delete(connection.id)
    } finally {
      this.opening.delete(connection.id)
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
