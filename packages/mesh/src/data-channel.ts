/**
 * Data channels: the carrier of a migration's streams (libvirt's RPC, QEMU's memory stream, the
 * disks' NBD streams), off the tunnels' JavaScript path (docs/architecture.md §12). A tunnel moves
 * ~100 MiB/s through the private network's cipher, Noise and yamux, all in JavaScript, and each
 * round trip through it costs enough that libvirt's calls at the switch-over paused the guest 5x
 * longer than over plain TCP; a data channel is one TCP connection with TLS 1.3, whose record
 * layer is OpenSSL's (native AES-GCM or ChaCha20).
 *
 * Nothing but the mesh hands out what opens one. A TLS pre-shared key, derived with HKDF from the
 * migration's token (32 random bytes the target gave the source over the authenticated mesh), its
 * id and the channel, is the only credential: there is no certificate and no CA. The server
 * looks the key up by the identity the client names (`<migration id>/<channel>`) and only while
 * that migration is receiving; a wrong key fails the handshake and not one byte reaches QEMU.
 * TLS 1.3's handshake mixes fresh randoms and an ECDHE share from both sides into the session
 * keys, so a recorded connection cannot be replayed, and one key opens only its migration's
 * channel. The token is what the tunnels check too; they also name the peer, which the key does
 * as well as it can: only the source was ever given the token, over a stream the mesh
 * authenticated as the source's.
 */
import { hkdfSync } from 'node:crypto'
import { connect as connectTls, createServer as createTlsServer } from 'node:tls'
import type { TLSSocket } from 'node:tls'
import type { AddressInfo } from 'node:net'
import type { TunnelChannel } from '@multiverse/wire'
import type { Logger } from 'pino'
import { connectLocal } from './local-endpoint.ts'
import type { TunnelEndpoint } from './local-endpoint.ts'
import { pipeSockets } from './socket-pipe.ts'
import type { PipeTotals } from './socket-pipe.ts'

const IDENTITY = /^([0-9a-f]{32})\/(libvirt|memory|disks)$/
/** OpenSSL's PSK callbacks under TLS 1.3 need a suite hashed with SHA-256. */
const CIPHERS = 'TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256'
const HANDSHAKE_MS = 10_000
/** A migration opens three or so at a time (libvirt, memory, disks); this bounds what a stranger can hold open. */
const MAX_CONNECTIONS = 32
/**
 * NBD and QEMU end with a half-close; NBD waits for each small reply, which Nagle's algorithm
 * would hold back. tls.connect hands both to its socket, though @types/node leaves them out.
 */
const SOCKET_OPTIONS = { allowHalfOpen: true, noDelay: true }

/** What the target's migrations say of a data channel: the token it derives from and where it goes, or why not. */
export type DataChannelVerdict =
  | { ok: true, token: Uint8Array, endpoint: TunnelEndpoint, onBytes?: (totals: PipeTotals) => void }
  | { ok: false, reason: string }
export type DataChannelAuthorizer = (migrationId: string, channel: TunnelChannel) => DataChannelVerdict

/** Where a source reaches the target's data channels, and what it presents there. */
export interface DataChannelTicket {
  host: string
  port: number
  migrationId: string
  channel: TunnelChannel
  token: Uint8Array
}

export interface DataChannelServer {
  port: number
  close: () => Promise<void>
}

/** The data channel could not be opened (unreachable, or its handshake failed). */
export class DataChannelError extends Error {
  override name = 'DataChannelError'
}

/** The channel's pre-shared key: both ends derive it from the token the mesh carried. */
export function dataChannelKey (token: Uint8Array, migrationId: string, channel: TunnelChannel): Buffer {
  return Buffer.from(hkdfSync('sha256', token, migrationId, `multiverse/data-channel/1 ${channel}`, 32))
}

/** Target side: listens on `host:port` (a taken port falls back to any free one: the prepare answer carries it). */
export async function serveDataChannels (init: { host: string, port: number, authorize: DataChannelAuthorizer, log: Logger, onClosed?: (totals: PipeTotals) => void }): Promise<DataChannelServer> {
  const { authorize, log } = init
  const identities = new WeakMap<TLSSocket, { migrationId: string, channel: TunnelChannel }>()
  const open = new Set<TLSSocket>()
  const server = createTlsServer({
    minVersion: 'TLSv1.3',
    ciphers: CIPHERS,
    handshakeTimeout: HANDSHAKE_MS,
    ...SOCKET_OPTIONS,
    pskCallback: (socket, identity) => {
      const parsed = IDENTITY.exec(identity)
      if (parsed === null) return null
      const [, migrationId, channel] = parsed as unknown as [string, string, TunnelChannel]
      const verdict = authorize(migrationId, channel)
      if (!verdict.ok) return null
      identities.set(socket, { migrationId, channel })
      return dataChannelKey(verdict.token, migrationId, channel)
    }
  }, (socket) => {
    open.add(socket)
    socket.once('close', () => { open.delete(socket) })
    void carry(socket)
  })
  server.maxConnections = MAX_CONNECTIONS
  // Debug only: anyone who reaches the port can make this line.
  server.on('tlsClientError', (error, socket) => { log.debug({ from: socket.remoteAddress, err: error.message }, 'data channel refused') })

  async function carry (socket: TLSSocket): Promise<void> {
    const asked = identities.get(socket)
    // Asked again: the migration may have ended during the handshake.
    const verdict = asked === undefined ? undefined : authorize(asked.migrationId, asked.channel)
    if (asked === undefined || verdict === undefined || !verdict.ok) { socket.destroy(); return }
    try {
      const local = await connectLocal(verdict.endpoint, AbortSignal.timeout(HANDSHAKE_MS))
      log.info({ migration: asked.migrationId, channel: asked.channel, from: socket.remoteAddress }, 'data channel open')
      const totals = await pipeSockets(local, socket, verdict.onBytes)
      init.onClosed?.(totals)
      log.info({ migration: asked.migrationId, channel: asked.channel, ...totals }, 'data channel closed')
    } catch (error) {
      socket.destroy()
      log.warn({ migration: asked.migrationId, channel: asked.channel, err: (error as Error).message }, 'data channel failed')
    }
  }

  const listen = async (port: number): Promise<void> => {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, init.host, () => { server.off('error', reject); resolve() })
    })
  }
  try {
    await listen(init.port)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || init.port === 0) throw error
    log.warn({ host: init.host, port: init.port }, 'data channel port taken: migrations in use another port (prepare answers carry it)')
    await listen(0)
  }
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of open) socket.destroy()
      await new Promise<void>((resolve) => { server.close(() => { resolve() }) })
    }
  }
}

/** Source side: a data channel whose handshake succeeded, or DataChannelError. */
export async function openDataChannel (ticket: DataChannelTicket): Promise<TLSSocket> {
  const { host, port, migrationId, channel, token } = ticket
  const where = `${host}:${port}`
  return await new Promise<TLSSocket>((resolve, reject) => {
    const socket = connectTls({
      ...SOCKET_OPTIONS,
      host,
      port,
      minVersion: 'TLSv1.3',
      ciphers: CIPHERS,
      pskCallback: () => ({ psk: dataChannelKey(token, migrationId, channel), identity: `${migrationId}/${channel}` }),
      // The pre-shared key authenticates the server: there is no certificate to check.
      checkServerIdentity: () => undefined
    })
    const timer = setTimeout(() => { socket.destroy(new Error(`no handshake within ${HANDSHAKE_MS / 1000} s`)) }, HANDSHAKE_MS)
    socket.once('secureConnect', () => {
      clearTimeout(timer)
      socket.removeAllListeners('error')
      resolve(socket)
    })
    socket.once('error', (error) => {
      clearTimeout(timer)
      reject(new DataChannelError(`${channel} data channel to ${where}: ${error.message}`, { cause: error }))
    })
  })
}
