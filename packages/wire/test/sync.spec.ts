import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { MAX_SYNC_HELD, decodeSyncRequest, encodeSyncRequest } from '../src/index.ts'
import { multiverse } from '../src/generated/wire.js'

const CLUSTER = '0123456789abcdef0123456789abcdef'

describe('sync requests', () => {
  it('carry the adverts the requester holds, by origin and sequence number', async () => {
    const a = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    const b = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    const held = new Map([[a, 7], [b, 1_000_000_000_001]])
    expect(decodeSyncRequest(encodeSyncRequest({ clusterId: CLUSTER, held }))).toEqual({ clusterId: CLUSTER, held })
    expect(decodeSyncRequest(encodeSyncRequest({ clusterId: CLUSTER, held: new Map() })).held.size).toBe(0)
  })

  it('a held advert that names no peer, or more of them than hosts can be, is refused', () => {
    const raw = (held: Array<{ peerId: string, seq: number }>): Uint8Array => multiverse.v1.SyncRequest.encode({ version: 1, clusterId: CLUSTER, held }).finish()
    expect(() => decodeSyncRequest(raw([{ peerId: 'not-a-peer', seq: 1 }]))).toThrow(/held\[0\]\.peerId: not a peer ID/)
    const many = Array.from({ length: MAX_SYNC_HELD + 1 }, () => ({ peerId: '', seq: 1 }))
    expect(() => decodeSyncRequest(raw(many))).toThrow(/1025 held adverts, over the 1024 cap/)
  })
})
