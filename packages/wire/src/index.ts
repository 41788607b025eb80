/**
 * The wire: protobuf messages generated from proto/ and the typed, validated conversions
 * between them and the domain types. Nothing decoded here reaches the rest of the agent
 * without passing its size cap, its version check and its schema; envelopes are opened only
 * when their signature matches their signer.
 */
export { encodeInventory, decodeInventory, INVENTORY_VERSION, MAX_INVENTORY_BYTES } from './inventory.ts'
export { sealEnvelope, openEnvelope, peerIdFromBytes, EnvelopeKind, MAX_ENVELOPE_BYTES } from './envelope.ts'
export type { OpenedEnvelope } from './envelope.ts'
export * from './mesh.ts'
export * from './beats.ts'
export { ForgedMessageError, MalformedMessageError, OversizedMessageError, WireDecodeError, WrongVersionError } from './errors.ts'
export * from './leases.ts'
export * from './mappings.ts'
export * from './vm-ops.ts'
export * from './tunnel.ts'
export * from './migrate.ts'
export * from './migrate-command.ts'
