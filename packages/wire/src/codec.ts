import type Long from 'long'
import { MalformedMessageError, OversizedMessageError, WrongVersionError } from './errors.ts'

/**
 * The first checks on anything from the network: the size cap before a byte is parsed, then
 * protobuf, then the version (every message carries one; 0 is invalid).
 */
export function decodeVersioned<T extends { version?: number | null }> (
  name: string, type: { decode: (bytes: Uint8Array) => T }, bytes: Uint8Array, cap: number, version: number
): T {
  if (bytes.length > cap) throw new OversizedMessageError(name, `${bytes.length} bytes, over the ${cap}-byte cap`)
  let message: T
  try {
    message = type.decode(bytes)
  } catch (cause) {
    throw new MalformedMessageError(name, `not a valid protobuf message: ${(cause as Error).message}`, { cause })
  }
  if (message.version !== version) throw new WrongVersionError(name, `version ${message.version ?? 0}, this agent speaks ${version}`)
  return message
}

/**
 * protobufjs hands uint64 back as a Long (it depends on the `long` package). Sizes and
 * sequence numbers stay far below 2^53, so a number loses nothing; schemas check the bounds.
 */
export function uint64 (value: number | Long | null | undefined): number {
  if (value == null) return 0
  return typeof value === 'number' ? value : value.toNumber()
}
