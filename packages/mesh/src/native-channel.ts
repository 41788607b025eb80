/**
 * Native data channels: a migration's bulk streams (QEMU's memory stream, the disks' NBD
 * streams) carried by stunnel, OpenSSL in C, instead of the agent's JavaScript
 * (docs/architecture.md §12). Relaying them in the agent cost ~1 s of a 1 GiB guest's live
 * move here: every 16 KiB record went through Node's stream machinery in both agents, and each
 * pause of their event loops stalled QEMU: libvirt's job took 1.35x its time QEMU to QEMU over
 * plain TCP, and 1.06x with stunnel carrying the same bytes.
 *
 * The protector is the data channel's own (data-channel.ts): TLS 1.3 with an external
 * pre-shared key, identity `<migration id>/<channel>`, key HKDF(token, migration id, channel),
 * the token granted by the target over the authenticated mesh. stunnel reads a 64-hex-digit key
 * as its 32 bytes, so the key is the same one. The target runs one stunnel server per stream
 * of a migration while it receives (its port told in the transfer answer), knowing only that
 * stream's key and connecting only to that stream's loopback endpoint; the source runs one
 * stunnel client per stream on the loopback port libvirt is given. Each is this agent's child,
 * with a pid file, its config and key in a directory only root reads; a restarted agent kills
 * what its predecessor left (sweep) before anything else runs.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { connect, createServer, isIP } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { execa } from 'execa'
import type { ResultPromise } from 'execa'
import { FaultError } from '@multiverse/domain'
import type { TunnelChannel } from '@multiverse/wire'
import { dataChannelKey } from './data-channel.ts'

const ID = /^[0-9a-f]{32}$/
const CHANNELS: readonly TunnelChannel[] = ['libvirt', 'memory', 'disks']
const READY = 'Accepting new connections'
const ACCEPTED = /Service \[\w+\] accepted connection from/
/** stunnel 5.68 says `closed`, `reset`, or `reset/closed` (a connection that never finished its handshake). */
const CLOSED = /Connection (?:closed|reset|reset\/closed): (\d+) byte\(s\) sent to TLS, (\d+) byte\(s\) sent to socket/
const START_MS = 10_000
const STOP_MS = 5_000
const STDERR_KEEP = 4096
/**
 * Its lifetime is the migration's: stopped by close(), or by the next agent's sweep; and at the
 * latest after the longest a migration may run (a lease's longest term).
 */
const STUNNEL_OPTIONS = { reject: false, stdin: 'ignore', stdout: 'ignore', buffer: false, env: { LC_ALL: 'C' }, timeout: 4 * 3600_000 } as const
type Stunnel = ResultPromise<typeof STUNNEL_OPTIONS>

/** A native channel could not be started (no stunnel, a port taken, a bad value): the stream takes the data channel. */
export class NativeChannelError extends FaultError {
  override name = 'NativeChannelError'
}

/** One end of one stream: where it listens, where it connects, and which migration's key it holds. */
export interface NativeEnd {
  role: 'server' | 'client'
  migrationId: string
  channel: TunnelChannel
  token: Uint8Array
  listen: { host: string, port: number }
  connect: { host: string, port: number }
}

export interface NativeChannel {
  /** The port it listens on. */
  port: number
  /** Stops it (SIGTERM, then SIGKILL), with `drainMs` after its connections close or that long; its files go. Idempotent. */
  close: (drainMs?: number) => Promise<void>
}

/** The connections a stunnel has open, as its log tells. */
class Connections {
  private open = 0
  private waiting: Array<() => void> = []

  opened (): void { this.open++ }

  closed (): void {
    this.open = Math.max(0, this.open - 1)
    if (this.open === 0) for (const wake of this.waiting.splice(0)) wake()
  }

  /** Resolves when none is open. */
  async idle (): Promise<void> {
    if (this.open > 0) await new Promise<void>((resolve) => { this.waiting.push(resolve) })
  }
}

/** stunnel's config for one end (pure). Every value is checked: nothing else reaches the file. */
export function stunnelConfig (end: NativeEnd, pskFile: string): string {
  if (!ID.test(end.migrationId)) throw new NativeChannelError(`migration id ${JSON.stringify(end.migrationId)} is not 32 hex digits`, { hint: 'a migration id comes from the source\'s journal: this is a bug' })
  if (!CHANNELS.includes(end.channel)) throw new NativeChannelError(`${JSON.stringify(end.channel)} is not a migration stream`, { hint: 'name libvirt, memory or disks' })
  const address = (what: string, a: { host: string, port: number }): string => {
    if (isIP(a.host) === 0) throw new NativeChannelError(`the ${what} host ${JSON.stringify(a.host)} is not an IP address`, { hint: 'give the address the mesh connection uses' })
    if (!Number.isInteger(a.port) || a.port < 1 || a.port > 65535) throw new NativeChannelError(`the ${what} port ${a.port} is not a TCP port`, { hint: 'give a port from 1 to 65535' })
    return isIP(a.host) === 6 ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`
  }
  return [
    // Its words go to the agent through stderr only: stunnel's syslog falls back to the console, ~1.5 ms a line.
    'foreground = yes', 'syslog = no', 'pid =', 'debug = 6',
    `[${end.channel}]`,
    `client = ${end.role === 'client' ? 'yes' : 'no'}`,
    `accept = ${address('listen', end.listen)}`,
    `connect = ${address('connect', end.connect)}`,
    `PSKsecrets = ${pskFile}`,
    ...(end.role === 'client' ? [`PSKidentity = ${end.migrationId}/${end.channel}`] : []),
    'sslVersionMin = TLSv1.3',
    // As the data channel's: OpenSSL's PSK callbacks under TLS 1.3 need a suite hashed with SHA-256.
    'ciphersuites = TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256',
    // NBD waits for each small reply: Nagle's algorithm would hold it back.
    'socket = l:TCP_NODELAY=1', 'socket = r:TCP_NODELAY=1',
    ''
  ].join('\n')
}

/**
 * This host's native channels: started, counted and stopped per migration, their files under
 * `dir`. `onBytes` gets the bytes, both ways, of each connection a server end closes: what came
 * into this host.
 */
export class NativeChannels {
  private readonly dir: string
  private readonly stunnel: string
  private readonly onBytes: (bytes: number) => void
  /** The ends running, by migration; `base` names their files. */
  private readonly open = new Map<string, Array<NativeChannel & { base: string }>>()
  private usable: Promise<boolean> | undefined

  constructor (init: { dir: string, stunnel?: string, onBytes?: (bytes: number) => void }) {
    this.dir = init.dir
    this.stunnel = init.stunnel ?? 'stunnel'
    this.onBytes = init.onBytes ?? (() => {})
  }

  /** Whether stunnel runs here (asked once). */
  async available (): Promise<boolean> {
    this.usable ??= execa(this.stunnel, ['-version'], { reject: false, timeout: 5_000, stdin: 'ignore' }).then((r) => r.exitCode === 0, () => false)
    return await this.usable
  }

  /** Starts one end, or gives the one running already (a step asked again); throws NativeChannelError when it does not listen. */
  async start (end: NativeEnd): Promise<NativeChannel> {
    const base = join(this.dir, `${end.migrationId}-${end.channel}-${end.role}`)
    const running = this.open.get(end.migrationId)?.find((c) => c.base === base)
    if (running !== undefined) return running
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    await stopLeft(`${base}.pid`)
    await writeFile(`${base}.psk`, `${end.migrationId}/${end.channel}:${dataChannelKey(end.token, end.migrationId, end.channel).toString('hex')}\n`, { mode: 0o600 })
    await writeFile(`${base}.conf`, stunnelConfig(end, `${base}.psk`), { mode: 0o600 })
    const child: Stunnel = execa(this.stunnel, [`${base}.conf`], STUNNEL_OPTIONS)
    const connections = new Connections()
    // Read from the first byte: execa lets an unread stderr flow, and what it says before a listener is lost.
    const ready = this.follow(child, end.role === 'server', connections)
    ready.catch(() => {})
    const files = async (): Promise<void> => { await Promise.all(['pid', 'psk', 'conf'].map(async (ext) => { await rm(`${base}.${ext}`, { force: true }) })) }
    try {
      if (child.pid !== undefined) await writeFile(`${base}.pid`, `${child.pid}\n`, { mode: 0o600 })
      await ready
    } catch (error) {
      child.kill('SIGKILL')
      await child
      await files()
      throw error
    }
    let closing: Promise<void> | undefined
    const channel: NativeChannel & { base: string } = {
      base,
      port: end.listen.port,
      close: async (drainMs = 0) => await (closing ??= (async () => {
        const others = (this.open.get(end.migrationId) ?? []).filter((c) => c !== channel)
        if (others.length === 0) this.open.delete(end.migrationId)
        else this.open.set(end.migrationId, others)
        // stunnel stopped with a connection open says nothing of its bytes: a finished stream gets a moment to close.
        if (drainMs > 0) await Promise.race([connections.idle(), sleep(drainMs)])
        child.kill('SIGTERM')
        if (await Promise.race([child.then(() => true), sleep(STOP_MS, false)]) === false) child.kill('SIGKILL')
        await child
        await files()
      })())
    }
    this.open.set(end.migrationId, [...(this.open.get(end.migrationId) ?? []), channel])
    return channel
  }

  /**
   * Stops every end of a migration here, also those a previous agent left; with `drainMs`, each
   * after its connections close or that long. Idempotent.
   */
  async close (migrationId: string, drainMs = 0): Promise<void> {
    const channels = this.open.get(migrationId) ?? []
    this.open.delete(migrationId)
    await Promise.all(channels.map(async (c) => { await c.close(drainMs) }))
    if (ID.test(migrationId)) await this.sweep(migrationId)
  }

  /** Kills what an agent before this one left (of one migration, or all); returns how many. */
  async sweep (migrationId?: string): Promise<number> {
    let names: string[]
    try { names = await readdir(this.dir) } catch { return 0 }
    let killed = 0
    for (const name of names.filter((n) => n.endsWith('.pid') && (migrationId === undefined || n.startsWith(`${migrationId}-`)))) {
      if (await stopLeft(join(this.dir, name))) killed++
      const base = join(this.dir, name.slice(0, -'.pid'.length))
      await Promise.all(['psk', 'conf'].map(async (ext) => { await rm(`${base}.${ext}`, { force: true }) }))
    }
    return killed
  }

  /** Resolves once stunnel accepts connections; follows its connections, and counts what each closed one carried. */
  private async follow (child: Stunnel, counted: boolean, connections: Connections): Promise<void> {
    let stderr = ''
    let partial = ''
    let ready: () => void = () => {}
    const accepting = new Promise<void>((resolve) => { ready = resolve })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEEP)
      const lines = (partial + chunk).split('\n')
      partial = lines.pop()!.slice(-STDERR_KEEP)
      for (const line of lines) {
        if (line.includes(READY)) ready()
        if (ACCEPTED.test(line)) connections.opened()
        const closed = CLOSED.exec(line)
        if (closed === null) continue
        connections.closed()
        if (counted) this.onBytes(Number(closed[1]) + Number(closed[2]))
      }
    })
    const exited = child.then(() => { throw new NativeChannelError(`stunnel exited before it listened: ${lastLines(stderr)}`, { hint: 'read its words above: a port taken, or stunnel too old for TLS 1.3 with PSK' }) })
    exited.catch(() => {})
    const late = sleep(START_MS).then(() => { throw new NativeChannelError(`stunnel did not listen within ${START_MS / 1000} s`, { hint: 'the host may be overloaded: try again' }) })
    late.catch(() => {})
    await Promise.race([accepting, exited, late])
  }
}

/** A port free on `host` now (the OS picks it): for a process told which to bind, stunnel or QEMU. */
export async function freePort (host: string): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, host, resolve) })
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Resolves once a TCP connection to `to` is made (and closed), rejects after `timeoutMs` or on a refusal. */
export async function reachable (to: { host: string, port: number }, timeoutMs: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ ...to, timeout: timeoutMs })
    socket.once('connect', () => { socket.destroy(); resolve() })
    socket.once('timeout', () => { socket.destroy(); reject(new Error(`${to.host}:${to.port} did not answer within ${timeoutMs} ms`)) })
    socket.once('error', reject)
  })
}

/** Stops the process a pid file names, when it is a stunnel; the file goes. */
async function stopLeft (pidFile: string): Promise<boolean> {
  let pid: number
  try { pid = Number(/^\s*(\d+)\s*$/.exec(await readFile(pidFile, 'utf8'))?.[1]) } catch { return false }
  let killed = false
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  // The pid may have been reused since: only a stunnel run on this file's config is stopped.
  if (Number.isInteger(pid) && pid > 1 && cmdline.includes('stunnel') && cmdline.includes(pidFile.replace(/\.pid$/, '.conf'))) {
    try { process.kill(pid, 'SIGKILL'); killed = true } catch {}
  }
  await rm(pidFile, { force: true })
  return killed
}

/** stunnel's errors and warnings among its last words (`LOG0` to `LOG4`, or `[!]` before its log is set up), without their prefixes. */
const lastLines = (text: string): string => text.trim().split('\n').filter((l) => /LOG[0-4]\[|^\[!\]/.test(l)).slice(-3).map((l) => l.replace(/^.*?LOG\d\[\w+\]: |^\[!\] /, '')).join(' / ') || 'no error logged'
