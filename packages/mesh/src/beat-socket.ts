/**
 * The UDP socket heartbeats travel on (see @multiverse/wire's beats.ts): bound to the address and
 * port of the agent's first TCP listen address, so one number (4001 by default) is what a
 * firewall opens, for TCP and UDP. A port already taken for UDP falls back to any free one: the
 * port a host receives on travels in its grants, not in its adverts.
 */
import { createSocket } from 'node:dgram'
import type { Socket } from 'node:dgram'
import { multiaddr } from '@multiformats/multiaddr'
import { MAX_BEAT_DATAGRAM_BYTES } from '@multiverse/wire'
import type { Logger } from 'pino'

/** Where beats go out and come in: a UDP socket in the agent, a lossy stand-in in tests. */
export interface BeatSocket {
  readonly port: number
  /** Fire and forget, as UDP is: a lost beat is what liveness tracking is for. */
  send: (datagram: Uint8Array, port: number, host: string) => void
  close: () => Promise<void>
}

export type OpenBeatSocket = (onDatagram: (datagram: Uint8Array) => void) => Promise<BeatSocket>

/** The host and port of the first ip4 or ip6 TCP address among `listen`. */
export function beatAddress (listen: string[]): { family: 4 | 6, host: string, port: number } {
  for (const address of listen) {
    const [ip, tcp] = multiaddr(address).getComponents()
    if ((ip?.name === 'ip4' || ip?.name === 'ip6') && tcp?.name === 'tcp' && ip.value !== undefined) {
      return { family: ip.name === 'ip4' ? 4 : 6, host: ip.value, port: Number(tcp.value ?? 0) }
    }
  }
  return { family: 4, host: '0.0.0.0', port: 0 }
}

export function udpBeatSocket (listen: string[], log: Logger): OpenBeatSocket {
  return async (onDatagram) => {
    const { family, host, port } = beatAddress(listen)
    let socket: Socket
    try {
      socket = await bound(family, host, port, onDatagram)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error
      log.warn({ host, port }, 'UDP port taken: heartbeats arrive on another port (grants carry it)')
      socket = await bound(family, host, 0, onDatagram)
    }
    socket.on('error', (error) => { log.warn({ err: error.message }, 'heartbeat socket error') })
    return {
      port: socket.address().port,
      send: (datagram, toPort, toHost) => { socket.send(datagram, toPort, toHost, () => {}) },
      close: async () => { await new Promise<void>((resolve) => { socket.close(() => { resolve() }) }) }
    }
  }
}

function bound (family: 4 | 6, host: string, port: number, onDatagram: (datagram: Uint8Array) => void): Promise<Socket> {
  const socket = createSocket({ type: family === 6 ? 'udp6' : 'udp4' })
  socket.on('message', (datagram) => { if (datagram.length <= MAX_BEAT_DATAGRAM_BYTES) onDatagram(datagram) })
  return new Promise((resolve, reject) => {
    socket.once('error', (error) => {
      try { socket.close() } catch {}
      reject(error)
    })
    socket.bind(port, host, () => {
      socket.removeAllListeners('error')
      resolve(socket)
    })
  })
}
