/** A message from the network that is too big, not protobuf, of another version, or invalid. */
export class WireDecodeError extends Error {
  override name = 'WireDecodeError'
  readonly messageType: string
  constructor (messageType: string, problem: string, options?: { cause?: unknown }) {
    super(`${messageType}: ${problem}`, options)
    this.messageType = messageType
  }
}
