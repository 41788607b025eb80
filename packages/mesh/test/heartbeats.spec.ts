/**
 * Heartbeat lines between two real mesh nodes on loopback: the grant on the stream, beats as
 * UDP datagrams, the stream when no datagram gets through, and datagrams nobody may send.
 */
import { createSocket } from 'node:dgram'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PeerId } from '@libp2p/interface'
import { createMeshNode, newPrivateNetworkKey } from '@multiverse/mesh'
import type { MeshNode } from '@multiverse/mesh'
import type { Heartbeat } from '@multiverse/wire'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { udpBeatSocket } from '../src/beat-socket.ts'
import type { OpenBeatSocket } from '../src/beat-socket.ts'
import { FALLBACK_MS, Heartbeats } from '../src/heartbeats.ts'
import { pino } from 'pino'

const LISTEN = ['/ip4/127.0.0.1/tcp/0']
const log = pino({ level: 'silent' })
const stops: Array<() => Promise<void>> = []
afterEach(async () => { await Promise.all(stops.splice(0).map(async (stop) => { await stop() })) })

interface End {
  node: MeshNode
  heartbeats: Heartbeats
  beats: Array<{ from: string, beat: Heartbeat }>
  forged: string[]
  /** Datagrams this end's socket was asked to send, and the port it receives on. */
  sent: Uint8Array[]
  port: () => number
  /** Datagrams this end has taken in (each wholly handled by the time it is counted). */
  received: () => number
  /** Moves this end's clock on (key idle times), instead of waiting. */
  advance: (ms: number) => void
}

/** A mesh node with heartbeats; `deliver: false` makes its socket lose everything it sends. */
async function end (psk: Uint8Array, options: { deliver?: boolean, member?: (peer: string) => boolean, keyIdleMs?: number } = {}): Promise<End> {
  const node = await createMeshNode({ privateKey: await generateKeyPair('Ed25519'), psk, listen: LISTEN, admit: () => true })
  const sent: Uint8Array[] = []
  let port = 0
  let received = 0
  let skew = 0
  const udp = udpBeatSocket(LISTEN, log)
  const openSocket: OpenBeatSocket = async (onDatagram) => {
    const socket = await udp((datagram) => { onDatagram(datagram); received++ })
    port = socket.port
    return { ...socket, send: (datagram, toPort, host) => { sent.push(datagram); if (options.deliver !== false) socket.send(datagram, toPort, host) } }
  }
  const e: End = {
    node, heartbeats: undefined as unknown as Heartbeats, beats: [], forged: [], sent, port: () => port, received: () => received, advance: (ms) => { skew += ms }
  }
  e.heartbeats = new Heartbeats({
    node,
    openSocket,
    isMember: options.member ?? (() => true),
    onBeat: (peer: PeerId, beat) => { e.beats.push({ from: peer.toString(), beat }) },
    onMalformed: () => {},
    onForged: (peer) => { e.forged.push(peer.toString()) },
    onBytes: () => {},
    log,
    keyIdleMs: options.keyIdleMs,
    now: () => Date.now() + skew
  })
  await e.heartbeats.start()
  stops.push(async () => { await e.heartbeats.stop(); await node.stop() })
  return e
}

const state = { advertSeq: 1, memberStatements: 1, mappingStatements: 0 }
/**
 * Beats from `a` every 100 ms until `b` has taken `count` beats; fails, saying so, after 5 s.
 * Never beats on the check that passes: no beat of a's is still on its way when it returns.
 */
async function beatUntil (a: End, b: End, count: number): Promise<void> {
  await vi.waitFor(() => {
    if (b.beats.length < count) a.heartbeats.beat(state)
    expect(b.beats.length, `beats b took from a, waiting for ${count}`).toBeGreaterThanOrEqual(count)
  }, { timeout: 5000, interval: 100 })
}

async function connected (): Promise<{ a: End, b: End }> {
  const psk = newPrivateNetworkKey()
  const [a, b] = [await end(psk), await end(psk)]
  await a.node.dial(b.node.getMultiaddrs())
  return { a, b }
}

describe('heartbeat lines', () => {
  it('beats go as datagrams under the key the receiver granted', async () => {
    const { a, b } = await connected()
    await beatUntil(a, b, 3)
    expect(b.beats.length).toBeGreaterThanOrEqual(3)
    expect(b.beats.every((x) => x.from === a.node.peerId.toString())).toBe(true)
    // Every beat b took came as a datagram: a sent at least as many.
    expect(a.sent.length).toBeGreaterThanOrEqual(b.beats.length)
    const beats = b.beats.map((x) => x.beat.beat)
    expect([...beats].sort((x, y) => x - y)).toEqual(beats)
  })

  it('when no datagram gets through, the receiver grants the stream and the beats come on it', async () => {
    const psk = newPrivateNetworkKey()
    const [a, b] = [await end(psk, { deliver: false }), await end(psk)]
    await a.node.dial(b.node.getMultiaddrs())
    const started = Date.now()
    await beatUntil(a, b, 3)
    expect(b.beats.length).toBeGreaterThanOrEqual(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(FALLBACK_MS)
    const datagrams = a.sent.length
    await beatUntil(a, b, 6)
    expect(a.sent.length).toBe(datagrams)
  })

  it('a datagram under a granted key id with a wrong tag is forged; a key outlives its line while unused for less than its idle time', async () => {
    const psk = newPrivateNetworkKey()
    let member = true
    const a = await end(psk)
    const b = await end(psk, { keyIdleMs: 1500, member: () => member })
    await a.node.dial(b.node.getMultiaddrs())
    await beatUntil(a, b, 1)
    const genuine = a.sent.at(-1)!
    const raw = createSocket('udp4')
    stops.push(async () => { await new Promise<void>((resolve) => { raw.close(() => { resolve() }) }) })
    const send = async (datagram: Uint8Array): Promise<void> => { await new Promise<void>((resolve) => { raw.send(datagram, b.port(), '127.0.0.1', () => { resolve() }) }) }

    // Each datagram is sent, then waited for until b has handled it, and only then judged.
    const handled = async (datagram: Uint8Array): Promise<void> => {
      const before = b.received()
      await send(datagram)
      await expect.poll(() => b.received()).toBe(before + 1)
    }
    const forged = genuine.slice()
    forged[forged.length - 1]! ^= 0xff
    await handled(forged)
    expect(b.forged).toEqual([a.node.peerId.toString()])

    // The connection goes (b saw it die in a network cut, say): the key still proves a, so a's
    // beats count until a opens a line on a new connection.
    await a.node.hangUp(b.node.peerId)
    await expect.poll(() => b.node.getConnections(a.node.peerId).length).toBe(0)
    let taken = b.beats.length
    await handled(genuine)
    expect(b.beats.length).toBe(taken + 1)
    // ... but not from a host that is no longer a member,
    member = false
    await handled(genuine)
    expect(b.beats.length).toBe(taken + 1)
    // ... and not once the key has lain unused for its idle time (lapsed at b's next beat).
    member = true
    b.advance(1600)
    b.heartbeats.beat(state)
    taken = b.beats.length
    await handled(genuine)
    expect(b.beats.length).toBe(taken)
    expect(b.forged).toHaveLength(1)
  })

  it('a host that is not a member gets no grant and its beats reach nobody', async () => {
    const psk = newPrivateNetworkKey()
    const a = await end(psk)
    const judged: string[] = []
    const b = await end(psk, { member: (peer) => { judged.push(peer); return false } })
    await a.node.dial(b.node.getMultiaddrs())
    // a beats until b has turned down two of its lines: the second was opened after the first
    // was refused, so whatever the first could have let through would have shown by then.
    await vi.waitFor(() => {
      a.heartbeats.beat(state)
      expect(judged.filter((p) => p === a.node.peerId.toString()).length, 'lines of a that b judged').toBeGreaterThanOrEqual(2)
    }, { timeout: 5000, interval: 50 })
    expect(a.sent).toHaveLength(0)
    expect(b.beats).toHaveLength(0)
  })
})
