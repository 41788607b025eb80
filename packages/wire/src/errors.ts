import { UsageError } from '@multiverse/domain'

/**
 * What can be wrong with a message from the network, one class per condition, so that a
 * receiver tells them apart by class (counting, logging, dropping), never by message text.
 * Each names the message type and the problem. Of the kinds of errors (usage, refused, fault:
 * packages/domain/src/error-kinds.ts) it is a usage error: its sender's malformed request, as
 * a join token pasted wrong is at the control socket (400, exit code 2).
 */
export abstract class WireDecodeError extends UsageError {
  readonly messageType: string
  constructor (messageType: string, problem: string, options?: { cause?: unknown }) {
    super(`${messageType}: ${problem}`, options)
    this.messageType = messageType
  }
}

/** Over its size cap: refused before a byte of it is parsed. */
export class OversizedMessageError extends WireDecodeError {
  override name = 'OversizedMessageError'
}

/** Of another protocol version than this agent speaks (or none). */
export class WrongVersionError extends WireDecodeError {
  override name = 'WrongVersionError'
}

/** Signed, but not by whom it claims: a bad signature, or a signer that is no identity. */
export class ForgedMessageError extends WireDecodeError {
  override name = 'ForgedMessageError'
}

/** Not protobuf, or a field out of its bounds or of the wrong shape. */
export class MalformedMessageError extends WireDecodeError {
  override name = 'MalformedMessageError'
}
