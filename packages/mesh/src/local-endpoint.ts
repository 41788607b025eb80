/** Where a tunnel or a data channel ends on the target: libvirtd's UNIX socket, or a loopback port where QEMU listens. */
import { connect } from 'node:net'
import type { Socket } from 'node:net'

export type TunnelEndpoint = { path: string } | { host: '127.0.0.1' | '::1', port: number }

/** Connects to the local endpoint; the handshake's deadline bounds the connect, not the socket's life. */
export async function connectLocal (endpoint: TunnelEndpoint, signal: AbortSignal): Promise<Socket> {
  return await new Promise<Socket>((resolve, reject) => {
    const socket = 'path' in endpoint ? connect({ path: endpoint.path, allowHalfOpen: true }) : connect({ host: endpoint.host, port: endpoint.port, allowHalfOpen: true, noDelay: true })
    const timedOut = (): void => { socket.destroy(); reject(new Error(`${describe(endpoint)} did not accept within the handshake's time`)) }
    signal.addEventListener('abort', timedOut, { once: true })
    socket.once('connect', () => {
      signal.removeEventListener('abort', timedOut)
      socket.removeAllListeners('error')
      resolve(socket)
    })
    socket.once('error', (error) => {
      signal.removeEventListener('abort', timedOut)
      reject(new Error(`${describe(endpoint)}: ${error.message}`, { cause: error }))
    })
  })
}

function describe (endpoint: TunnelEndpoint): string {
  return 'path' in endpoint ? endpoint.path : `${endpoint.host}:${endpoint.port}`
}
