import { describe, expect, it } from 'vitest'
import {
  MAX_BEAT_DATAGRAM_BYTES, WireDecodeError, beatKeyId, decodeBeatGrant, decodeHeartbeat, encodeBeatGrant,
  encodeHeartbeat, newBeatGrant, openBeat, sealBeat
} from '../src/index.ts'
import { multiverse } from '../src/generated/wire.js'

const beat = encodeHeartbeat({ advertSeq: 7, beat: 1_764_000_000_000, memberStatements: 3, mappingStatements: 0 })

describe('heartbeat datagrams', () => {
  it('a sealed beat opens under its key and names its key id', () => {
    const grant = newBeatGrant(4001)
    if (!('key' in grant)) throw new Error('a grant with a port carries a key')
    const datagram = sealBeat(grant, beat)
    expect(datagram.length).toBe(1 + 8 + beat.length + 16)
    expect(beatKeyId(datagram)).toBe(Buffer.from(grant.keyId).toString('hex'))
    expect(decodeHeartbeat(openBeat(grant.key, datagram)!)).toEqual(decodeHeartbeat(beat))
  })

  it('a beat under another key, or with any byte changed, does not open', () => {
    const grant = newBeatGrant(4001)
    const other = newBeatGrant(4001)
    if (!('key' in grant) || !('key' in other)) throw new Error('a grant with a port carries a key')
    const datagram = sealBeat(grant, beat)
    expect(openBeat(other.key, datagram)).toBeUndefined()
    for (const at of [0, 1, 9, datagram.length - 1]) {
      const changed = datagram.slice()
      changed[at]! ^= 1
      expect(openBeat(grant.key, changed), `byte ${at} changed`).toBeUndefined()
    }
  })

  it('what cannot be a beat datagram names no key', () => {
    const grant = newBeatGrant(4001)
    if (!('key' in grant)) throw new Error('a grant with a port carries a key')
    const datagram = sealBeat(grant, beat)
    expect(beatKeyId(datagram.subarray(0, 20))).toBeUndefined()
    expect(beatKeyId(new Uint8Array(MAX_BEAT_DATAGRAM_BYTES + 1).fill(1))).toBeUndefined()
    const otherVersion = datagram.slice()
    otherVersion[0] = 2
    expect(beatKeyId(otherVersion)).toBeUndefined()
  })

  it('grants round-trip, and a bad one is refused with what is wrong', () => {
    const grant = newBeatGrant(4001)
    expect(decodeBeatGrant(encodeBeatGrant(grant))).toEqual(grant)
    expect(decodeBeatGrant(encodeBeatGrant({ udpPort: 0 }))).toEqual({ udpPort: 0 })
    const raw = (fields: Record<string, unknown>): Uint8Array => multiverse.v1.BeatGrant.encode({ version: 1, ...fields }).finish()
    expect(() => decodeBeatGrant(raw({ udpPort: 4001, keyId: new Uint8Array(8), key: new Uint8Array(31) }))).toThrow(/at key: 31 bytes/)
    expect(() => decodeBeatGrant(raw({ udpPort: 4001, keyId: new Uint8Array(4), key: new Uint8Array(32) }))).toThrow(/at keyId: 4 bytes/)
    expect(() => decodeBeatGrant(raw({ udpPort: 70_000, keyId: new Uint8Array(8), key: new Uint8Array(32) }))).toThrow(/70000 is not a port/)
    expect(() => decodeBeatGrant(raw({ udpPort: 0, key: new Uint8Array(32) }))).toThrow(/stream carries no key/)
    expect(() => decodeBeatGrant(new Uint8Array(200))).toThrow(WireDecodeError)
  })
})
