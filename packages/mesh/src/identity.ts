import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'

/** The identity file is unreadable or not an Ed25519 key: refuse rather than make a new one. */
export class IdentityError extends Error {
  override name = 'IdentityError'
  readonly path: string
  constructor (path: string, problem: string, options?: { cause?: unknown }) {
    super(`the agent identity ${path} ${problem}; restore it from a backup, or remove it to become a new host (then join again)`, options)
    this.path = path
  }
}

/**
 * The host's Ed25519 identity, kept in `path` (mode 0600) across restarts: its peer ID is how
 * the cluster knows it, so losing it means joining again as a new host.
 */
export async function loadOrCreateIdentity (path: string): Promise<PrivateKey> {
  if (!existsSync(path)) {
    const key = await generateKeyPair('Ed25519')
    writeFileSync(path, privateKeyToProtobuf(key), { mode: 0o600, flag: 'wx' })
    return key
  }
  let key: PrivateKey
  try {
    chmodSync(path, 0o600)
    key = privateKeyFromProtobuf(readFileSync(path))
  } catch (cause) {
    throw new IdentityError(path, `cannot be read: ${(cause as Error).message}`, { cause })
  }
  if (key.type !== 'Ed25519') throw new IdentityError(path, `holds a ${key.type} key, not Ed25519`)
  return key
}
