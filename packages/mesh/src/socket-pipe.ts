/**
 * Joins a local TCP or UNIX socket to a libp2p stream, both ways, with backpressure each way:
 * a stream that reports a full write buffer pauses the socket until it drains, and a socket
 * that does pauses the stream. libp2p 3 streams are event targets: bytes arrive as `message`
 * events; `send` returns false when the caller must wait for `drain` (an unread stream buffers
 * at most its read cap and is then reset, so reading must never stop for good).
 *
 * Half-closes carry through (both sockets must be made with `allowHalfOpen`): the socket's end closes the stream's writable side and the
 * remote's close of its writable side ends the socket, so protocols that end with a half-close
 * (NBD, libvirt's RPC) see it. An error on either side aborts the other.
 */
import type { Socket } from 'node:net'
import type { Stream } from '@libp2p/interface'

/**
 * A paused stream stops granting yamux window, but what the window already allows still
 * arrives, and yamux grows a busy stream's window up to 16 MiB: the default 4 MiB read buffer
 * would then reset a tunnel whose socket is slower than the mesh for a moment.
 */
const READ_BUFFER_BYTES = 32 << 20

export interface PipeTotals {
  /** Bytes from the socket into the stream. */
  sent: number
  /** Bytes from the stream into the socket. */
  received: number
}

/** Resolves when both directions are done (or either failed); counts the bytes each way. */
export async function pipeSocket (socket: Socket, stream: Stream, onBytes?: (totals: PipeTotals) => void): Promise<PipeTotals> {
  const totals: PipeTotals = { sent: 0, received: 0 }
  stream.maxReadBufferLength = Math.max(stream.maxReadBufferLength, READ_BUFFER_BYTES)
  return await new Promise<PipeTotals>((resolve) => {
    let finished = false
    const finish = (): void => {
      if (finished) return
      finished = true
      resolve(totals)
    }
    socket.on('data', (chunk: Buffer) => {
      if (stream.writeStatus !== 'writable') { socket.destroy(new Error(`the tunnel is ${stream.status}: bytes from the local socket have nowhere to go`)); return }
      totals.sent += chunk.length
      onBytes?.(totals)
      if (!stream.send(chunk)) {
        socket.pause()
        stream.addEventListener('drain', () => { socket.resume() }, { once: true })
      }
    })
    socket.on('end', () => { void stream.close().catch(() => {}) })
    socket.on('error', (error) => { stream.abort(error) })
    socket.on('close', () => {
      if (stream.status === 'open' && stream.writeStatus === 'writable') stream.abort(new Error('the local socket closed'))
      finish()
    })
    stream.addEventListener('message', (event) => {
      const bytes = event.data.subarray()
      totals.received += bytes.length
      onBytes?.(totals)
      if (!socket.write(bytes)) {
        stream.pause()
        socket.once('drain', () => { stream.resume() })
      }
    })
    stream.addEventListener('remoteCloseWrite', () => { socket.end() })
    stream.addEventListener('close', (event) => {
      if (event.error !== undefined) socket.destroy(event.error)
      else socket.end()
      finish()
    })
  })
}

/**
 * Joins two sockets (a local one and a data channel), both ways, with the same half-closes:
 * each side's end ends the other's writable side; a side closed without its end (a reset, a
 * failure) cuts the other. Resolves when both are closed; never rejects.
 */
export async function pipeSockets (local: Socket, remote: Socket, onBytes?: (totals: PipeTotals) => void): Promise<PipeTotals> {
  const totals: PipeTotals = { sent: 0, received: 0 }
  local.on('data', (chunk: Buffer) => { totals.sent += chunk.length; onBytes?.(totals) })
  remote.on('data', (chunk: Buffer) => { totals.received += chunk.length; onBytes?.(totals) })
  const closed = (socket: Socket, other: Socket): Promise<void> => new Promise<void>((resolve) => {
    socket.on('error', (error) => { other.destroy(error) })
    socket.on('close', () => {
      if (!socket.readableEnded) other.destroy()
      resolve()
    })
  })
  const done = Promise.all([closed(local, remote), closed(remote, local)])
  local.pipe(remote)
  remote.pipe(local)
  local.resume()
  remote.resume()
  await done
  return totals
}
