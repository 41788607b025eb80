/**
 * One end of a migration's tunnels, run inside a lab host (lab exec hN -- node tunnel-end.ts):
 *
 *   target LISTEN_ADDR LIBVIRT_SOCKET MEMORY_PORT DISKS_PORT TOKEN_HEX
 *     serves /multiverse/tunnel/1: the holder of TOKEN reaches the libvirtd socket and the
 *     loopback ports; prints its multiaddr, then its log (pino JSON: `tunnel closed` with the
 *     bytes each way) on stdout.
 *   source TARGET_MULTIADDR MEMORY_PORT DISKS_PORT TOKEN_HEX
 *     forwards a free loopback port (libvirt's RPC) and MEMORY_PORT and DISKS_PORT to the target;
 *     prints `ready RPC_PORT`.
 *
 * Both run until killed. The cluster's key comes in PSK (base64), as the agents' would.
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { createMeshNode, forwardLocal, serveTunnels } from '@multiverse/mesh'
import type { TunnelChannel } from '@multiverse/wire'
import { pino } from 'pino'

const [role, ...args] = process.argv.slice(2)
const psk = new Uint8Array(Buffer.from(process.env.PSK ?? '', 'base64'))
const log = pino({ level: role === 'target' ? 'info' : 'warn' }, pino.destination(role === 'target' ? 1 : 2))
const MIGRATION = 'b2'.repeat(16)
const CLUSTER = 'c'.repeat(32)

if (role === 'target' && args.length === 5) {
  const [listen, socket, memory, disks, token] = args as [string, string, string, string, string]
  const node = await createMeshNode({ privateKey: await generateKeyPair('Ed25519'), psk, listen: [`/ip4/${listen}/tcp/0`], admit: () => true })
  await serveTunnels(node, {
    allow: () => true,
    log,
    authorize: (_peer, open) => {
      if (open.migrationId !== MIGRATION || Buffer.from(open.token).toString('hex') !== token) return { ok: false, reason: 'no migration is receiving with that token' }
      const endpoints: Record<TunnelChannel, { path: string } | { host: '127.0.0.1', port: number }> = {
        libvirt: { path: socket }, memory: { host: '127.0.0.1', port: Number(memory) }, disks: { host: '127.0.0.1', port: Number(disks) }
      }
      return { ok: true, endpoint: endpoints[open.channel] }
    }
  })
  console.log(node.getMultiaddrs()[0]!.toString())
} else if (role === 'source' && args.length === 4) {
  const [target, memory, disks, token] = args as [string, string, string, string]
  const node = await createMeshNode({ privateKey: await generateKeyPair('Ed25519'), psk, listen: ['/ip4/0.0.0.0/tcp/0'], admit: () => true })
  const address = multiaddr(target)
  await node.dial(address)
  const peer = peerIdFromString(address.getComponents().find((c) => c.name === 'p2p')!.value!)
  const open = (channel: TunnelChannel): { clusterId: string, migrationId: string, token: Uint8Array, channel: TunnelChannel } =>
    ({ clusterId: CLUSTER, migrationId: MIGRATION, token: Buffer.from(token, 'hex'), channel })
  const rpc = await forwardLocal(node, peer, open('libvirt'), 0, log)
  await forwardLocal(node, peer, open('memory'), Number(memory), log)
  await forwardLocal(node, peer, open('disks'), Number(disks), log)
  console.log(`ready ${rpc.port}`)
} else {
  console.error('usage: tunnel-end.ts target LISTEN_ADDR LIBVIRT_SOCKET MEMORY_PORT DISKS_PORT TOKEN_HEX | source TARGET_MULTIADDR MEMORY_PORT DISKS_PORT TOKEN_HEX')
  process.exit(2)
}
