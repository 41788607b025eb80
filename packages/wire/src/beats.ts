/**
 * Heartbeats as UDP datagrams. A heartbeat line starts on an authenticated, encrypted libp2p
 * stream, where the receiving host grants the sender a key of its own; the beats then go as
 * datagrams tagged with HMAC-SHA256 under that key. A beat costs one small datagram instead of a
 * yamux frame through Noise and the pnet cipher plus a window update back, which at ten hosts was
 * most of an idle agent's CPU and of its bytes on the wire.
 *
 * Datagram: version (1 byte) | key id (8) | Heartbeat protobuf | tag (16: HMAC-SHA256 truncated).
 * Only the holder of a line's key can make a tag that passes, so a stranger on the LAN, or a
 * member for another member, cannot forge a beat; a replayed one is older than the last beat
 * taken and is ignored by the view.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { decodeVersioned } from './codec.ts'
import { MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'
import { MAX_HEARTBEAT_BYTES, MESH_VERSION } from './mesh.ts'

const wire = multiverse.v1
export const BEAT_DATAGRAM_VERSION = 1
export const BEAT_KEY_ID_BYTES = 8
export const BEAT_KEY_BYTES = 32
const TAG_BYTES = 16
const HEAD_BYTES = 1 + BEAT_KEY_ID_BYTES
export const MAX_BEAT_DATAGRAM_BYTES = HEAD_BYTES + MAX_HEARTBEAT_BYTES + TAG_BYTES
export const MAX_BEAT_GRANT_BYTES = 128

/** Datagrams to `udpPort` under this key; `udpPort` 0 (no key): beats on the stream instead. */
export type BeatGrant = { udpPort: number, keyId: Uint8Array, key: Uint8Array } | { udpPort: 0 }

export function newBeatGrant (udpPort: number): BeatGrant {
  return { udpPort, keyId: randomBytes(BEAT_KEY_ID_BYTES), key: randomBytes(BEAT_KEY_BYTES) }
}

export function encodeBeatGrant (grant: BeatGrant): Uint8Array {
  return wire.BeatGrant.encode({ version: MESH_VERSION, ...grant }).finish()
}

export function decodeBeatGrant (bytes: Uint8Array): BeatGrant {
  const message = decodeVersioned('BeatGrant', wire.BeatGrant, bytes, MAX_BEAT_GRANT_BYTES, MESH_VERSION)
  if (message.udpPort > 65535) throw new MalformedMessageError('BeatGrant', `invalid at udpPort: ${message.udpPort} is not a port`)
  if (message.udpPort === 0) {
    if (message.key.length > 0 || message.keyId.length > 0) throw new MalformedMessageError('BeatGrant', 'invalid: a grant of the stream carries no key')
    return { udpPort: 0 }
  }
  if (message.keyId.length !== BEAT_KEY_ID_BYTES) throw new MalformedMessageError('BeatGrant', `invalid at keyId: ${message.keyId.length} bytes, expected ${BEAT_KEY_ID_BYTES}`)
  if (message.key.length !== BEAT_KEY_BYTES) throw new MalformedMessageError('BeatGrant', `invalid at key: ${message.key.length} bytes, expected ${BEAT_KEY_BYTES}`)
  return { udpPort: message.udpPort, keyId: message.keyId, key: message.key }
}

function tag (key: Uint8Array, signed: Uint8Array): Buffer {
  return createHmac('sha256', key).update(signed).digest().subarray(0, TAG_BYTES)
}

/** One heartbeat (its encoded bytes) as a datagram under a line's key. */
export function sealBeat (grant: { keyId: Uint8Array, key: Uint8Array }, heartbeat: Uint8Array): Uint8Array {
  const datagram = new Uint8Array(HEAD_BYTES + heartbeat.length + TAG_BYTES)
  datagram[0] = BEAT_DATAGRAM_VERSION
  datagram.set(grant.keyId, 1)
  datagram.set(heartbeat, HEAD_BYTES)
  datagram.set(tag(grant.key, datagram.subarray(0, HEAD_BYTES + heartbeat.length)), HEAD_BYTES + heartbeat.length)
  return datagram
}

/** The key id a datagram names (hex), or undefined when it cannot be one of ours. */
export function beatKeyId (datagram: Uint8Array): string | undefined {
  if (datagram.length < HEAD_BYTES + TAG_BYTES || datagram.length > MAX_BEAT_DATAGRAM_BYTES || datagram[0] !== BEAT_DATAGRAM_VERSION) return undefined
  return Buffer.from(datagram.buffer, datagram.byteOffset + 1, BEAT_KEY_ID_BYTES).toString('hex')
}

/** The heartbeat bytes of a datagram whose tag is right under `key`, else undefined. */
export function openBeat (key: Uint8Array, datagram: Uint8Array): Uint8Array | undefined {
  const end = datagram.length - TAG_BYTES
  if (end < HEAD_BYTES) return undefined
  const expected = tag(key, datagram.subarray(0, end))
  return timingSafeEqual(expected, datagram.subarray(end)) ? datagram.subarray(HEAD_BYTES, end) : undefined
}
