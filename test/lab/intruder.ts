/**
 * A stranger on the LAN: tries to reach a member with the wrong private network key, or with
 * none, and prints what happened as JSON. Run inside a lab host: lab exec h1 -- node intruder.ts ADDR wrong|none
 */
import { noise } from '@chainsafe/libp2p-noise'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { preSharedKey } from '@libp2p/pnet'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p } from 'libp2p'
import { newPrivateNetworkKey } from '@multiverse/mesh'

const [target, mode] = process.argv.slice(2)
if (target === undefined || (mode !== 'wrong' && mode !== 'none')) {
  console.error('usage: intruder.ts MULTIADDR wrong|none')
  process.exit(2)
}
const node = await createLibp2p({
  privateKey: await generateKeyPair('Ed25519'),
  transports: [tcp()],
  connectionEncrypters: [noise()],
  streamMuxers: [yamux()],
  ...(mode === 'wrong' ? { connectionProtector: preSharedKey({ psk: newPrivateNetworkKey() }) } : {}),
  connectionGater: { denyDialMultiaddr: () => false }
})
let result: { connected: boolean, error?: string }
try {
  const connection = await node.dial(multiaddr(target), { signal: AbortSignal.timeout(5000) })
  // A connection the remote's gater drops can look open for a moment: give it that moment.
  await new Promise((resolve) => setTimeout(resolve, 500))
  result = { connected: connection.status === 'open' && node.getConnections().length > 0 }
} catch (error) {
  result = { connected: false, error: (error as Error).message }
}
console.log(JSON.stringify(result))
await node.stop()
