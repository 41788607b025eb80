import { lpStream } from '@libp2p/utils'
import type { Libp2p, PeerId, Stream, Connection } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'

export interface RpcLimits {
  /** Largest request the server reads; a longer one resets the stream. */
  maxRequestBytes: number
  maxResponseBytes: number
  /** The whole exchange, dial included. */
  timeoutMs: number
}

/** A peer did not answer in time, or answered with something that broke the protocol. */
export class RpcError extends Error {
  override name = 'RpcError'
  readonly protocol: string
  /**
   * The request was written whole before the exchange failed: the peer may have acted on it,
   * and only its answer is lost. false: it never left (no connection, no stream).
   */
  readonly sent: boolean
  constructor (protocol: string, problem: string, options?: { cause?: unknown, sent?: boolean }) {
    super(`${protocol}: ${problem}`, options)
    this.protocol = protocol
    this.sent = options?.sent ?? false
  }
}

/** Sends one length-prefixed request and reads one length-prefixed response. */
export async function request (node: Libp2p, peer: PeerId | Multiaddr[], protocol: string, body: Uint8Array, limits: RpcLimits): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(limits.timeoutMs)
  let stream: Stream | undefined
  let sent = false
  try {
    stream = await node.dialProtocol(peer, protocol, { signal })
    const lp = lpStream(stream, { maxDataLength: limits.maxResponseBytes })
    await lp.write(body, { signal })
    sent = true
    const response = await lp.read({ signal })
    await stream.close({ signal }).catch(() => {})
    return response.subarray()
  } catch (cause) {
    stream?.abort(cause as Error)
    const problem = signal.aborted ? `no answer within ${limits.timeoutMs} ms` : (cause as Error).message
    throw new RpcError(protocol, problem, { cause, sent })
  }
}

export interface ServeOptions extends RpcLimits {
  /** Checked before anything is read: a peer that fails it gets its stream reset. */
  allow: (peer: PeerId) => boolean
  onError: (peer: PeerId, error: Error) => void
  maxInboundStreams?: number
}

/**
 * Answers one request: the body (within the size cap, from an allowed peer) and a signal that
 * aborts when the exchange's `timeoutMs` runs out.
 */
export type RpcHandler = (body: Uint8Array, peer: PeerId, signal: AbortSignal) => Promise<Uint8Array>

/**
 * Answers `protocol`: one request, one response per stream. What the handler throws resets the
 * stream and is reported to `onError`.
 */
export async function serve (node: Libp2p, protocol: string, handler: RpcHandler, options: ServeOptions): Promise<void> {
  await node.handle(protocol, async (stream: Stream, connection: Connection) => {
    const peer = connection.remotePeer
    const signal = AbortSignal.timeout(options.timeoutMs)
    try {
      if (!options.allow(peer)) throw new RpcError(protocol, `peer ${peer.toString()} is not allowed`)
      const lp = lpStream(stream, { maxDataLength: options.maxRequestBytes })
      const body = await lp.read({ signal })
      const response = await handler(body.subarray(), peer, signal)
      if (response.length > options.maxResponseBytes) throw new RpcError(protocol, `response of ${response.length} bytes over the cap`)
      await lp.write(response, { signal })
      await stream.close({ signal })
    } catch (error) {
      stream.abort(error as Error)
      options.onError(peer, error as Error)
    }
  }, { maxInboundStreams: options.maxInboundStreams ?? 32 })
}
