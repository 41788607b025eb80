import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { errorKind } from '@multiverse/domain'
import {
  EnvelopeKind, ForgedMessageError, MAX_ENVELOPE_BYTES, MalformedMessageError, OversizedMessageError, WireDecodeError, WrongVersionError,
  decodeVmRequest, openEnvelope, sealEnvelope
} from '../src/index.ts'
import { multiverse } from '../src/generated/wire.js'

const key = await generateKeyPair('Ed25519')
const sealed = await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_ADVERT, new Uint8Array([1, 2, 3]), key, peerIdFromPrivateKey(key))

/** Each condition is its own class (and a WireDecodeError), so that receivers tell them apart by class. */
describe('what is wrong with a message, by class', () => {
  it.each([
    ['over its cap', async () => await openEnvelope(new Uint8Array(MAX_ENVELOPE_BYTES + 1)), OversizedMessageError],
    ['of another version', async () => await openEnvelope(multiverse.v1.SignedEnvelope.encode({ ...multiverse.v1.SignedEnvelope.decode(sealed), version: 9 }).finish()), WrongVersionError],
    ['signed by someone else', async () => {
      const other = await generateKeyPair('Ed25519')
      return await openEnvelope(multiverse.v1.SignedEnvelope.encode({ ...multiverse.v1.SignedEnvelope.decode(sealed), signer: peerIdFromPrivateKey(other).toMultihash().bytes }).finish())
    }, ForgedMessageError],
    ['with a tampered payload', async () => await openEnvelope(multiverse.v1.SignedEnvelope.encode({ ...multiverse.v1.SignedEnvelope.decode(sealed), payload: new Uint8Array([9]) }).finish()), ForgedMessageError],
    ['not protobuf', async () => await openEnvelope(new Uint8Array([0xff, 0xff, 0xff])), MalformedMessageError],
    ['a field out of bounds', async () => decodeVmRequest(multiverse.v1.VmRequest.encode({ version: 1, clusterId: 'c'.repeat(32), op: 2, vm: '../x' }).finish()), MalformedMessageError]
  ] as const)('%s', async (_what, decode, type) => {
    const error = await (async (): Promise<unknown> => { try { await decode(); return null } catch (e) { return e } })()
    expect(error).toBeInstanceOf(type)
    expect(error).toBeInstanceOf(WireDecodeError)
    // The sender's malformed request: a 400 at the control socket (a join token pasted wrong).
    expect(errorKind(error)).toBe('usage')
    for (const other of [OversizedMessageError, WrongVersionError, ForgedMessageError, MalformedMessageError].filter((t) => t !== type)) expect(error).not.toBeInstanceOf(other)
  })

  it('a sound envelope opens', async () => {
    expect([...(await openEnvelope(sealed)).payload]).toEqual([1, 2, 3])
  })
})
