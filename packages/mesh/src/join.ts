/**
 * Admission of a new host (docs/architecture.md §9). A member hands out one-time tokens; each names the
 * member's join listener, the private network key of that listener (not the cluster's) and a
 * secret. The joiner dials the listener with that key, proves its peer ID through Noise and
 * presents the secret; the member adds the peer ID to the signed member list and only then
 * hands over the cluster's key and the member statements.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import { createJoinNode } from './node.ts'
import { newPrivateNetworkKey } from './psk.ts'
import { request, serve } from './rpc.ts'
import {
  MAX_JOIN_BYTES, decodeJoinRequest, decodeJoinResponse, encodeJoinRequest, encodeJoinResponse, encodeJoinToken, decodeJoinToken
} from '@multiverse/wire'
import type { JoinResponse, JoinToken } from '@multiverse/wire'
import { RefusedError } from '@multiverse/domain'
import type { Logger } from 'pino'

export const JOIN_PROTOCOL = '/multiverse/join/1'
const LIMITS = { maxRequestBytes: MAX_JOIN_BYTES, maxResponseBytes: MAX_JOIN_BYTES, timeoutMs: 10_000 }

export interface OutstandingToken {
  /** sha256 of the secret: the secret itself is never stored. */
  secretHash: string
  expiresAtMs: number
}

export interface JoinListenerInit {
  privateKey: PrivateKey
  /** The mesh's listen addresses: the join listener takes the same hosts, any free port. */
  listen: string[]
  log: Logger
  /** Decides on a presented token (already matched and consumed) and builds the answer. */
  admit: (joiner: string, name: string) => Promise<JoinResponse>
  /** Tokens still valid, shared with the agent's persisted state. */
  tokens: () => OutstandingToken[]
  consume: (secretHash: string) => Promise<void>
}

export class JoinListener {
  private node: Libp2p | undefined
  private psk: Uint8Array | undefined
  private readonly init: JoinListenerInit

  constructor (init: JoinListenerInit) {
    this.init = init
  }

  /** A new token, starting the listener if it is not running. */
  async issue (clusterId: string, ttlMs: number): Promise<{ token: string, secretHash: string, expiresAtMs: number }> {
    if (this.node === undefined) {
      this.psk = newPrivateNetworkKey()
      this.node = await createJoinNode({
        privateKey: this.init.privateKey,
        psk: this.psk,
        listen: this.init.listen.map((address) => address.replace(/\/tcp\/\d+/, '/tcp/0'))
      })
      await serve(this.node, JOIN_PROTOCOL, async (body, peer) => await this.answer(body, peer.toString()), {
        ...LIMITS,
        allow: () => true,
        onError: (peer, error) => { this.init.log.warn({ peer: peer.toString(), err: error.message }, 'join request failed') }
      })
    }
    const secret = randomBytes(32)
    const expiresAtMs = Date.now() + ttlMs
    const token: JoinToken = {
      clusterId,
      joinPsk: this.psk!,
      secret,
      addresses: this.node.getMultiaddrs().map((a) => a.toString()).slice(0, 16),
      expiresAtMs
    }
    return { token: encodeJoinToken(token), secretHash: hashSecret(secret), expiresAtMs }
  }

  async stop (): Promise<void> {
    await this.node?.stop()
    this.node = undefined
  }

  private async answer (body: Uint8Array, joiner: string): Promise<Uint8Array> {
    const { secret, name } = decodeJoinRequest(body)
    const presented = Buffer.from(hashSecret(secret), 'hex')
    const now = Date.now()
    const match = this.init.tokens().find((token) =>
      token.expiresAtMs > now && timingSafeEqual(Buffer.from(token.secretHash, 'hex'), presented))
    if (match === undefined) {
      this.init.log.warn({ joiner, name }, 'join refused: unknown, used or expired token')
      return encodeJoinResponse(refusal('the token is unknown, already used or expired: get a new one with multiverse cluster token'))
    }
    await this.init.consume(match.secretHash)
    const response = await this.init.admit(joiner, name)
    this.init.log.info({ joiner, name, refused: response.refused || undefined }, 'join request answered')
    return encodeJoinResponse(response)
  }
}

export function refusal (reason: string): JoinResponse {
  return { refused: reason, clusterId: '', clusterPsk: new Uint8Array(), founder: new Uint8Array(), members: [], bootstrap: [] }
}

function hashSecret (secret: Uint8Array): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** The joiner's side: presents the token to the member it names; returns the admission. */
export async function presentToken (tokenText: string, privateKey: PrivateKey, name: string): Promise<JoinResponse & { token: JoinToken }> {
  const token = decodeJoinToken(tokenText)
  if (token.expiresAtMs <= Date.now()) {
    throw new JoinRefusedError(`the token expired at ${new Date(token.expiresAtMs).toISOString()}`, { hint: 'get a new one with multiverse cluster token on a member' })
  }
  const node = await createJoinNode({ privateKey, psk: token.joinPsk, listen: [] })
  try {
    const body = await request(node, token.addresses.map((a) => multiaddr(a)), JOIN_PROTOCOL, encodeJoinRequest({ secret: token.secret, name }), LIMITS)
    const response = decodeJoinResponse(body)
    if (response.refused !== '') throw new JoinRefusedError(`the member refused: ${response.refused}`)
    if (response.clusterId !== token.clusterId) throw new JoinRefusedError(`the member answered for cluster ${response.clusterId}, not the token's ${token.clusterId}`)
    return { ...response, token }
  } finally {
    await node.stop()
  }
}

/** A member refused this host's token (expired, used, or the name taken); the reason is the member's. */
export class JoinRefusedError extends RefusedError {
  override name = 'JoinRefusedError'
}
