/**
 * Tunnels for a migration's byte streams (docs/architecture.md §12): libvirt's RPC and QEMU's
 * memory and disk streams can each ride a libp2p stream on the member connection (private
 * network key, Noise), so that no host opens a libvirt TCP port or needs SSH keys or
 * certificates. They ride data channels (data-channel.ts) when the target's can be reached, for
 * speed; the tunnels are the carrier that always works where the mesh does.
 *
 * The source listens on its loopback; every connection there becomes a stream to the target,
 * which presents the migration's id and token (`TunnelOpen`). The target asks its authorizer
 * (the migration's target side: is this peer the source of a migration that is receiving, with
 * this token?) and only then connects the stream to its local endpoint. Anything refused gets
 * a `TunnelAccept` with the reason and not one byte reaches libvirt or QEMU.
 */
import { createServer } from 'node:net'
import type { AddressInfo, Server, Socket } from 'node:net'
import type { Libp2p, PeerId, Stream } from '@libp2p/interface'
import { lpStream } from '@libp2p/utils'
import {
  MAX_TUNNEL_ACCEPT_BYTES, MAX_TUNNEL_OPEN_BYTES, decodeTunnelAccept, decodeTunnelOpen, encodeTunnelAccept, encodeTunnelOpen
} from '@multiverse/wire'
import type { TunnelOpen } from '@multiverse/wire'
import type { Logger } from 'pino'
import { connectLocal } from './local-endpoint.ts'
import type { TunnelEndpoint } from './local-endpoint.ts'
import { pipeSocket, pipeSockets } from './socket-pipe.ts'
import { DataChannelError, openDataChannel } from './data-channel.ts'
import type { PipeTotals } from './socket-pipe.ts'

export const TUNNEL_PROTOCOL = '/multiverse/tunnel/1'
/** The handshake (open, answer, local connect) must be done within this. */
const HANDSHAKE_MS = 10_000
/** Streams per connection and protocol: a migration uses three; a few more for retries. */
const MAX_TUNNELS = 16

/** What the target's migrations say of a tunnel: where it goes, or why not. */
export type TunnelVerdict = { ok: true, endpoint: TunnelEndpoint, onBytes?: (totals: PipeTotals) => void } | { ok: false, reason: string }
export type TunnelAuthorizer = (peer: PeerId, open: TunnelOpen) => TunnelVerdict

/** A source tried to open a tunnel and the target said no, or did not answer. */
export class TunnelRefusedError extends Error {
  override name = 'TunnelRefusedError'
}

/** Target side: answers tunnel opens from allowed peers (members), each checked by `authorize`. */
export async function serveTunnels (node: Libp2p, init: { allow: (peer: PeerId) => boolean, authorize: TunnelAuthorizer, log: Logger, onClosed?: (totals: PipeTotals) => void }): Promise<void> {
  await node.handle(TUNNEL_PROTOCOL, async (stream, connection) => {
    const peer = connection.remotePeer
    const signal = AbortSignal.timeout(HANDSHAKE_MS)
    try {
      if (!init.allow(peer)) throw new TunnelRefusedError(`peer ${peer.toString()} is not a member`)
      const lp = lpStream(stream, { maxDataLength: MAX_TUNNEL_OPEN_BYTES })
      const open = decodeTunnelOpen((await lp.read({ signal })).subarray())
      const verdict = init.authorize(peer, open)
      if (!verdict.ok) {
        await lp.write(encodeTunnelAccept(verdict.reason), { signal })
        await stream.close({ signal })
        init.log.warn({ peer: peer.toString(), migration: open.migrationId, channel: open.channel, reason: verdict.reason }, 'tunnel refused')
        return
      }
      const socket = await connectLocal(verdict.endpoint, signal)
      await lp.write(encodeTunnelAccept(''), { signal })
      init.log.info({ peer: peer.toString(), migration: open.migrationId, channel: open.channel }, 'tunnel open')
      const totals = await pipeSocket(socket, lp.unwrap(), verdict.onBytes)
      init.onClosed?.(totals)
      init.log.info({ migration: open.migrationId, channel: open.channel, ...totals }, 'tunnel closed')
    } catch (error) {
      stream.abort(error as Error)
      init.log.warn({ peer: peer.toString(), err: (error as Error).message }, 'tunnel failed')
    }
  }, { maxInboundStreams: MAX_TUNNELS })
}

/** Source side: opens one tunnel to `peer`, or throws TunnelRefusedError with the target's reason. */
export async function openTunnel (node: Libp2p, peer: PeerId, open: TunnelOpen): Promise<Stream> {
  const signal = AbortSignal.timeout(HANDSHAKE_MS)
  const stream = await node.dialProtocol(peer, TUNNEL_PROTOCOL, { signal, maxOutboundStreams: MAX_TUNNELS })
  try {
    const lp = lpStream(stream, { maxDataLength: MAX_TUNNEL_ACCEPT_BYTES })
    await lp.write(encodeTunnelOpen(open), { signal })
    const { refused } = decodeTunnelAccept((await lp.read({ signal })).subarray())
    if (refused !== '') throw new TunnelRefusedError(`${open.channel} tunnel refused by ${peer.toString()}: ${refused}`)
    return lp.unwrap()
  } catch (error) {
    stream.abort(error as Error)
    if (error instanceof TunnelRefusedError) throw error
    throw new TunnelRefusedError(`${open.channel} tunnel to ${peer.toString()} failed: ${(error as Error).message}`, { cause: error })
  }
}

/** A listener on the source's loopback whose connections each become a tunnel. */
export interface LocalForwarder {
  port: number
  /** Stops listening and cuts every tunnel it opened. */
  close: () => Promise<void>
}

/**
 * Listens on 127.0.0.1:`port` (0: any free port) and carries each connection to `peer`: through
 * a data channel when `dataChannel` says where the target's are, else through a tunnel. A data channel that cannot be opened is not tried again for this
 * forwarder: its connections take the tunnel. Only this host's processes can reach the loopback:
 * in the lab, only the processes of this host's network namespace (its libvirtd and QEMU).
 */
export async function forwardLocal (node: Libp2p, peer: PeerId, open: TunnelOpen, port: number, log: Logger, dataChannel?: { host: string, port: number }): Promise<LocalForwarder> {
  const sockets = new Set<Socket>()
  let data = dataChannel
  const carry = async (socket: Socket): Promise<void> => {
    if (data !== undefined) {
      try {
        const channel = await openDataChannel({ ...data, migrationId: open.migrationId, channel: open.channel, token: open.token })
        socket.resume()
        await pipeSockets(socket, channel)
        return
      } catch (error) {
        if (!(error instanceof DataChannelError)) throw error
        log.warn({ channel: open.channel, err: error.message }, 'data channel not opened: the tunnel carries the migration\'s bytes')
        data = undefined
      }
    }
    const stream = await openTunnel(node, peer, open)
    socket.resume()
    await pipeSocket(socket, stream)
  }
  const server: Server = createServer({ allowHalfOpen: true, noDelay: true }, (socket) => {
    sockets.add(socket)
    socket.pause()
    socket.on('error', (error) => { log.debug({ channel: open.channel, err: error.message }, 'local tunnel socket failed') })
    carry(socket).catch((error: Error) => {
      log.warn({ channel: open.channel, err: error.message }, 'tunnel not opened')
      // A reset, not an end: libvirt or QEMU must see a failed connection, not an empty answer.
      socket.resetAndDestroy()
    }).finally(() => { sockets.delete(socket) })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => { resolve() })
  })
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => { server.close(() => { resolve() }) })
    }
  }
}
