/**
 * The mesh's migration tunnels (packages/mesh/src/tunnel.ts) in the test's process, for the
 * in-memory mesh of cluster.ts: `forward` listens on the loopback as forwardLocal does, and each
 * connection there asks the target host's authorizer (what its `serveTunnels` registered), with
 * the source's peer ID, when the real target would (once per connection, as it opens); a
 * refusal resets the connection before a byte passes, a grant pipes it to the endpoint (a
 * loopback port or a UNIX socket) with node:net, half-closes carried through. What the real mesh
 * adds (a libp2p stream, the handshake on the wire, the member check) is not here; what the
 * target's gate decides is, and the bytes are real.
 */
import { connect, createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import type { LocalForwarder, TunnelAuthorizer, TunnelVerdict } from '@multiverse/mesh'
import type { TunnelOpen } from '@multiverse/wire'

/** One tunnel a source's process asked for: from and to whom (peer IDs), which channel, and the target's verdict. */
export interface TunnelAsked { from: string, to: string, channel: string, ok: boolean }

export class LoopbackTunnels {
  /** Every tunnel asked for, in order. */
  readonly asked: TunnelAsked[] = []
  /** The host (peer ID) each listening port's tunnels go to. */
  readonly ports = new Map<number, string>()
  private readonly authorizers = new Map<string, TunnelAuthorizer>()

  /** Host `self` lets tunnels in as `authorize` says (its `serveTunnels`). */
  serve (self: string, authorize: TunnelAuthorizer): void {
    this.authorizers.set(self, authorize)
  }

  /** A loopback listener on `port` (0: any) of host `from`, each of whose connections is a tunnel to host `to`. */
  async forward (from: string, to: string, open: TunnelOpen, port: number): Promise<LocalForwarder> {
    const sockets = new Set<Socket>()
    const track = (socket: Socket): Socket => {
      sockets.add(socket)
      socket.once('close', () => { sockets.delete(socket) })
      // Errors end the pair (below); an unhandled one would crash the test's process.
      socket.on('error', () => {})
      return socket
    }
    const server = createServer({ allowHalfOpen: true }, (socket) => {
      track(socket).pause()
      const authorize = this.authorizers.get(to)
      const verdict: TunnelVerdict = authorize === undefined
        ? { ok: false, reason: `${to} lets no tunnel in` }
        : authorize({ toString: () => from } as unknown as Parameters<TunnelAuthorizer>[0], open)
      this.asked.push({ from, to, channel: open.channel, ok: verdict.ok })
      // A reset, not an end, as the real forwarder does: the client sees a failed connection.
      if (!verdict.ok) { socket.resetAndDestroy(); return }
      const { endpoint } = verdict
      const local = track('path' in endpoint ? connect({ path: endpoint.path, allowHalfOpen: true }) : connect({ host: endpoint.host, port: endpoint.port, allowHalfOpen: true }))
      local.once('connect', () => {
        // pipe() ends the other side when one ends: NBD's and libvirt's half-closes carry through.
        socket.pipe(local)
        local.pipe(socket)
        socket.resume()
      })
      socket.once('close', (failed) => { if (failed || local.connecting) local.destroy() })
      local.once('close', (failed) => { if (failed) socket.resetAndDestroy() })
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => { resolve() })
    })
    this.ports.set((server.address() as AddressInfo).port, to)
    return {
      port: (server.address() as AddressInfo).port,
      close: async () => {
        for (const socket of sockets) socket.destroy()
        await new Promise<void>((resolve) => { server.close(() => { resolve() }) })
      }
    }
  }
}
