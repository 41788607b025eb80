import { peerIdFromMultihash } from '@libp2p/peer-id'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import * as Digest from 'multiformats/hashes/digest'
import { decodeVersioned } from './codec.ts'
import { ForgedMessageError, MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'

const wire = multiverse.v1
export const EnvelopeKind = wire.EnvelopeKind
// The enum's type and its values under one name, as protobufjs declares them.
// eslint-disable-next-line @typescript-eslint/no-redeclare
export type EnvelopeKind = multiverse.v1.EnvelopeKind

export const ENVELOPE_VERSION = 1
/** An advert embeds an inventory (capped at 1 MiB); the envelope adds a signature and a name. */
export const MAX_ENVELOPE_BYTES = 2 << 20
const DOMAIN = new TextEncoder().encode('multiverse/v1/envelope')

function signedBytes (kind: EnvelopeKind, payload: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(DOMAIN.length + 1 + payload.length)
  bytes.set(DOMAIN, 0)
  bytes[DOMAIN.length] = kind
  bytes.set(payload, DOMAIN.length + 1)
  return bytes
}

/** Signs `payload` as `kind` with the host's identity; returns the encoded envelope. */
export async function sealEnvelope (kind: EnvelopeKind, payload: Uint8Array, key: PrivateKey, signer: PeerId): Promise<Uint8Array> {
  const signature = await key.sign(signedBytes(kind, payload))
  return wire.SignedEnvelope.encode({ version: ENVELOPE_VERSION, kind, payload, signer: signer.toMultihash().bytes, signature }).finish()
}

export interface OpenedEnvelope {
  kind: EnvelopeKind
  payload: Uint8Array
  signer: PeerId
  /** The envelope as received, to relay or store byte for byte. */
  bytes: Uint8Array
}

/**
 * Decodes an envelope and checks its signature against the signer's own public key (an Ed25519
 * peer ID carries it). Throws WireDecodeError for anything oversized, malformed or forged.
 */
export async function openEnvelope (bytes: Uint8Array, expected?: EnvelopeKind): Promise<OpenedEnvelope> {
  const envelope = decodeVersioned('SignedEnvelope', wire.SignedEnvelope, bytes, MAX_ENVELOPE_BYTES, ENVELOPE_VERSION)
  if (expected !== undefined && envelope.kind !== expected) {
    throw new MalformedMessageError('SignedEnvelope', `kind ${envelope.kind}, expected ${expected}`)
  }
  const signer = peerIdFromBytes(envelope.signer, 'SignedEnvelope')
  if (signer.type !== 'Ed25519' || signer.publicKey === undefined) {
    throw new ForgedMessageError('SignedEnvelope', `signer ${signer.toString()} is not an Ed25519 identity`)
  }
  const valid = await signer.publicKey.verify(signedBytes(envelope.kind, envelope.payload), envelope.signature)
  if (!valid) throw new ForgedMessageError('SignedEnvelope', `signature does not match signer ${signer.toString()}`)
  return { kind: envelope.kind, payload: envelope.payload, signer, bytes }
}

/** A peer ID from its multihash bytes, as envelopes and member statements carry it. */
export function peerIdFromBytes (bytes: Uint8Array, messageType = 'PeerId'): PeerId {
  try {
    return peerIdFromMultihash(Digest.decode(bytes))
  } catch (cause) {
    throw new ForgedMessageError(messageType, 'signer or subject is not a peer ID', { cause })
  }
}
