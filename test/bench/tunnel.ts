/**
 * npm run bench:tunnel: how fast a migration's bytes cross a tunnel (packages/mesh/src/tunnel.ts:
 * a loopback forwarder, a libp2p stream with the cluster's key, Noise and yamux, a socket on the
 * other side), a data channel (packages/mesh/src/data-channel.ts: the same forwarder, one TCP
 * connection with TLS 1.3 keyed by the migration's token) and a native data channel
 * (packages/mesh/src/native-channel.ts: the same TLS and key, a stunnel at each end instead of
 * the agents) against a plain TCP socket on loopback, in the same run. Each variant moves
 * BENCH_MIB (default 512) MiB in 64 KiB writes, as QEMU writes its migration stream, through a
 * child process; the tunnel and the data channel run once with node's defaults and once under the agent's own V8
 * flags (packages/cli/bin/agent-runtime.json), which turn off the optimising compilers that a
 * JavaScript byte path needs. Figures printed (best of BENCH_ROUNDS, default 3), not asserted:
 * a live migration here runs at ~300 MiB/s QEMU to QEMU, so a tunnel far below that bounds it.
 */
import { execa } from 'execa'
import { agentRuntime } from '../../packages/cli/bin/agent-launch.js'

const MIB = Number(process.env.BENCH_MIB ?? 512)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SELF = new URL(import.meta.url).pathname

/** One run, in this process: moves MIB MiB one way and prints the seconds it took. */
type Variant = 'tcp' | 'tunnel' | 'data-channel' | 'native'

async function child (variant: Variant): Promise<void> {
  const { createServer, connect } = await import('node:net')
  const sink = createServer((socket) => { socket.on('data', () => {}); socket.on('end', () => { socket.end() }) })
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve))
  const sinkPort = (sink.address() as { port: number }).port
  let port = sinkPort
  const stops: Array<() => Promise<void>> = [async () => { await new Promise((resolve) => sink.close(resolve)) }]
  if (variant === 'native') {
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { NativeChannels, freePort } = await import('@multiverse/mesh')
    const dir = mkdtempSync(join(tmpdir(), 'mv-bench-native-'))
    const native = new NativeChannels({ dir })
    const end = { migrationId: 'd'.repeat(32), channel: 'memory' as const, token: new Uint8Array(32) }
    const server = await native.start({ ...end, role: 'server', listen: { host: '127.0.0.1', port: await freePort('127.0.0.1') }, connect: { host: '127.0.0.1', port: sinkPort } })
    const client = await native.start({ ...end, role: 'client', listen: { host: '127.0.0.1', port: await freePort('127.0.0.1') }, connect: { host: '127.0.0.1', port: server.port } })
    port = client.port
    stops.unshift(async () => { await native.close(end.migrationId); rmSync(dir, { recursive: true, force: true }) })
  } else if (variant !== 'tcp') {
    const { generateKeyPair } = await import('@libp2p/crypto/keys')
    const { pino } = await import('pino')
    const { createMeshNode, forwardLocal, newPrivateNetworkKey, serveDataChannels, serveTunnels } = await import('@multiverse/mesh')
    const log = pino({ level: 'silent' })
    const psk = newPrivateNetworkKey()
    const make = async (): Promise<Awaited<ReturnType<typeof createMeshNode>>> =>
      await createMeshNode({ privateKey: await generateKeyPair('Ed25519'), psk, listen: ['/ip4/127.0.0.1/tcp/0'], admit: () => true })
    const [source, target] = [await make(), await make()]
    await serveTunnels(target, { allow: () => true, log, authorize: () => ({ ok: true, endpoint: { host: '127.0.0.1', port: sinkPort } }) })
    await source.dial(target.getMultiaddrs())
    const token = new Uint8Array(32)
    const data = variant === 'data-channel'
      ? await serveDataChannels({ host: '127.0.0.1', port: 0, log, authorize: () => ({ ok: true, token, endpoint: { host: '127.0.0.1', port: sinkPort } }) })
      : undefined
    const forwarder = await forwardLocal(source, target.peerId, { clusterId: 'c'.repeat(32), migrationId: 'd'.repeat(32), token, channel: 'memory' }, 0, log,
      data === undefined ? undefined : { host: '127.0.0.1', port: data.port })
    port = forwarder.port
    stops.unshift(forwarder.close, async () => { await data?.close(); await source.stop(); await target.stop() })
  }
  const chunk = Buffer.alloc(64 << 10, 0x5a)
  const socket = connect({ host: '127.0.0.1', port })
  await new Promise((resolve) => socket.once('connect', resolve))
  const start = performance.now()
  for (let sent = 0; sent < MIB << 20; sent += chunk.length) {
    if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve))
  }
  socket.end()
  await new Promise((resolve) => socket.once('close', resolve))
  console.log(((performance.now() - start) / 1000).toFixed(3))
  for (const stop of stops) await stop()
}

async function best (variant: Variant, flags: string[]): Promise<number> {
  let fastest = Infinity
  for (let round = 0; round < ROUNDS; round++) {
    const { stdout } = await execa(process.execPath, [...flags, SELF, '--child', variant], { timeout: 600_000, env: { BENCH_MIB: String(MIB) } })
    fastest = Math.min(fastest, Number(stdout.trim().split('\n').at(-1)))
  }
  return fastest
}

if (process.argv[2] === '--child') {
  await child(process.argv[3] as Variant)
} else {
  const agentFlags = agentRuntime().v8Flags
  const rows: Array<[string, number]> = [
    ['plain TCP on loopback', await best('tcp', [])],
    ['tunnel (pnet, Noise, yamux)', await best('tunnel', [])],
    [`tunnel, agent flags (${agentFlags.join(' ')})`, await best('tunnel', agentFlags)],
    ['data channel (TLS 1.3, pre-shared key)', await best('data-channel', [])],
    ['data channel, agent flags', await best('data-channel', agentFlags)],
    ['native data channel (stunnel at both ends, the same TLS 1.3 and key)', await best('native', [])]
  ]
  const tcp = MIB / rows[0]![1]
  console.log(`${MIB} MiB one way in 64 KiB writes, best of ${ROUNDS}`)
  for (const [name, seconds] of rows) {
    const rate = MIB / seconds
    console.log(`${name.padEnd(84)} ${rate.toFixed(0).padStart(6)} MiB/s  ${(rate / tcp).toFixed(2)} x TCP`)
  }
}
