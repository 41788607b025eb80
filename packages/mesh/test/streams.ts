/** Test helpers for the streams a migration carries: an endpoint that hashes what it reads, and a client that sends and half-closes. */
import { createHash } from 'node:crypto'
import { connect, createServer } from 'node:net'
import type { AddressInfo, Server, Socket } from 'node:net'

/** A local endpoint that answers every connection with the sha256 of all it read, then ends. */
export async function hashingEndpoint (cleanups: Array<() => Promise<void>>): Promise<{ server: Server, port: number, connections: () => number }> {
  let connections = 0
  const server = createServer((socket) => {
    connections++
    const hash = createHash('sha256')
    socket.on('data', (chunk) => hash.update(chunk))
    socket.on('end', () => { socket.end(hash.digest()) })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(async () => { await new Promise<void>((resolve) => server.close(() => { resolve() })) })
  return { server, port: (server.address() as AddressInfo).port, connections: () => connections }
}

/** Writes `data` into a connection to the forwarder, half-closes, and reads all that comes back. */
export async function exchange (port: number, data: Buffer): Promise<Buffer> {
  const socket: Socket = connect({ host: '127.0.0.1', port })
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => { socket.on('end', resolve); socket.on('error', reject) })
  // 64 KiB writes, as QEMU and libvirt write: backpressure must hold the rest back.
  for (let at = 0; at < data.length; at += 64 << 10) {
    if (!socket.write(data.subarray(at, at + (64 << 10)))) await new Promise((resolve) => socket.once('drain', resolve))
  }
  socket.end()
  await done
  return Buffer.concat(chunks)
}
