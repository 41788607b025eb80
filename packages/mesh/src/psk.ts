import { generateKey } from '@libp2p/pnet'

/** A new private network key in libp2p's swarm-key format (95 bytes, text). */
export function newPrivateNetworkKey (): Uint8Array {
  const key = new Uint8Array(95)
  generateKey(key)
  return key
}
