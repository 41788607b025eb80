/**
 * npm run bench:migrate [-- --rounds N] [--quick] [--live-only] (root; its own lab): `multiverse cluster
 * migrate` between two lab hosts against what an operator would run without the mesh, in the
 * same run, each variant moving the same VM or image back and forth (h1 -> h2, h2 -> h1, ...),
 * one move per variant per round, the variants' order rotating from round to round:
 *
 * Live, a booted 1 GiB guest (1 vCPU, the guest kit's kernel and busybox initramfs; it idles, so
 * most of its memory is zero pages, which QEMU sends as flags only, in both variants) with a
 * 1 GiB disk holding 64 MiB of data (copied too):
 * - mesh: `multiverse cluster migrate VM --to hX --live --json`, run on the owner through
 *   `lab exec`; the figure is the agent's elapsedMs (reserve to cleanup), the command's wall time
 *   printed beside it. libvirt's p2p live migration with --copy-storage-all, its RPC through a
 *   data channel, its memory and NBD streams through native data channels (stunnel at each end;
 *   both TLS 1.3 keyed by the mesh; docs/architecture.md §12).
 * - virsh: `virsh migrate --live --p2p --persistent --undefinesource --copy-storage-all VM
 *   qemu+tcp://TARGET/system` on the source host, a domain defined directly with virsh (the mesh
 *   VM's XML: same memory, disk size, kernel boot, disk cache mode; its own name, no UUID), its
 *   image at /var/lib/libvirt/images/VM.qcow2, which each lab libvirtd's mount namespace maps to
 *   its own host's directory, so the path is the same on both hosts and the files are not. The
 *   target's empty image is made before each move (untimed), as copy-storage-all to a disk that is
 *   not shared needs; the source's is removed after. libvirt's own TCP transport, unauthenticated,
 *   on the lab LAN only (the lab's LAB_LIBVIRT_TCP=1); memory and NBD streams straight over the
 *   LAN between the two QEMUs.
 * Downtime is libvirt's "Total downtime" of `virsh domjobinfo --completed`. On the source it is
 * gone after --undefinesource (libvirt drops the domain, and its job statistics with it: checked
 * every round, counted in the output); the target's copy is read instead, which libvirt fills from
 * the source's statistics in the migration cookie, so it is the same figure, for both variants.
 *
 * Offline, a stopped VM whose 10 GiB qcow2 disk holds 1 GiB of random data (one image made once,
 * copied for each variant):
 * - mesh: `multiverse cluster migrate VM --to hX --offline --json` (the VM is not running: no
 *   shutdown in it): the target serves a fresh image over NBD, qemu-img convert sends the
 *   allocated data through a native data channel, both sides checksum the virtual disk, the target defines it.
 * - scp: `scp` of the qcow2 file from the source host's namespace to an sshd in the target's (each
 *   host runs one for the bench, on its LAN address, a key made for the bench; OpenSSH's default
 *   cipher), then the source file removed. Skipped, saying so, without /usr/sbin/sshd
 *   (apt-get install openssh-server).
 * - raw copy: the qcow2 file through a plain TCP connection (bash's `cat FILE > /dev/tcp/ADDR/PORT`
 *   on the source, a Node receiver writing the file on the target): no encryption, no protocol:
 *   what moving the bytes costs on this LAN.
 * - nbd: what the mesh's transfer runs without the native data channel, the checksums and the protocol:
 *   `qemu-img create` of the target image, `qemu-storage-daemon` serving it over NBD on the
 *   target's LAN address, `qemu-img convert -n --target-is-zero -W` from the source's namespace,
 *   the daemon stopped: all of it timed.
 * - virsh copy-storage: libvirt cannot copy the storage of a VM that is not running (`virsh
 *   migrate --offline` moves the definition only), so this is the same image under a running,
 *   idle guest (the same memory as the mesh's stopped VM, 256 MiB: its memory moves too) moved as
 *   the live baseline is: p2p, --copy-storage-all, qemu+tcp.
 *
 * --quick: 3 rounds (unless --rounds), a 256 MiB guest with a 256 MiB disk (16 MiB of data) live,
 * a 2 GiB disk with 128 MiB of data offline: a smoke run. The agents run from the bundle, as the
 * systemd unit runs them (built first when stale). Target (the issue's): live, mesh at most 1.2x
 * virsh in total time and in downtime; printed, not asserted: the exit code says only whether the
 * bench ran. The lab (2 hosts, LAB_PREFIX bm-, LAB_DIR /tmp/multiverse-lab-bench-migrate, both
 * overridable) is torn down at the end, on an error and on SIGINT/SIGTERM.
 */
import { execFile, spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { agentRuntime } from '../../packages/cli/bin/agent-launch.js'
import { BUNDLE, buildBundle, bundleIsStale } from '../../scripts/build.ts'
import { ensureGuestKit, GUEST_MARKER } from '../../scripts/guest-kit.ts'
import type { GuestKit } from '../../scripts/guest-kit.ts'
import { control } from '../support/control.ts'
import { until } from '../support/until.ts'
import { report } from './migrate-report.ts'
import type { Move, Results, Sizes } from './migrate-report.ts'
import { benchArgs } from './args.ts'

const LAB = fileURLToPath(new URL('../../deploy/lab/lab', import.meta.url))
const NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url))
const LAB_PREFIX = process.env.LAB_PREFIX ?? 'bm-'
const LAB_DIR = resolve(process.env.LAB_DIR ?? '/tmp/multiverse-lab-bench-migrate')
const BENCH_DIR = join(LAB_DIR, 'bench')
const TARGET = 1.2
const HOSTS = ['h1', 'h2'] as const
type Host = typeof HOSTS[number]
const MIB = 1024 * 1024
/** Between two moves: the previous QEMU's teardown and the agents' adverts settle. */
const SETTLE_MS = 1000
const MOVE_TIMEOUT_MS = 700_000
const RAW_PORT = 5001
const NBD_PORT = 10809

const FULL: Sizes = { liveMemoryMiB: 1024, liveDiskMiB: 1024, liveDataMiB: 64, offlineMemoryMiB: 256, offlineDiskMiB: 10240, offlineDataMiB: 1024 }
const QUICK: Sizes = { liveMemoryMiB: 256, liveDiskMiB: 256, liveDataMiB: 16, offlineMemoryMiB: 128, offlineDiskMiB: 2048, offlineDataMiB: 128 }

const sleep = async (ms: number): Promise<void> => { await new Promise((resolve) => setTimeout(resolve, ms)) }
const now = (): number => performance.now()

function run (file: string, args: string[], timeoutMs = 120_000, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((done, fail) => {
    execFile(file, args, { timeout: timeoutMs, killSignal: 'SIGKILL', env, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error !== null) fail(new Error(`${file} ${args.join(' ')}: ${error.message.split('\n')[0]} ${stderr.trim()} ${stdout.trim()}`.trim()))
      else done(stdout)
    })
  })
}

// ---- the lab ----

const labEnv = (): NodeJS.ProcessEnv => ({ ...process.env, LAB_PREFIX, LAB_DIR, LAB_LIBVIRT_TCP: '1' })
const lab = async (args: string[], timeoutMs = 240_000): Promise<string> => await run('bash', [LAB, ...args], timeoutMs, labEnv())
const ns = (host: Host): string => `${LAB_PREFIX}${host}`
const addr = (host: Host): string => `10.99.0.${host.slice(1)}`
const other = (host: Host): Host => host === 'h1' ? 'h2' : 'h1'
const uri = (host: Host): string => readFileSync(join(LAB_DIR, host, 'libvirt.uri'), 'utf8').trim()
const virsh = async (host: Host, args: string[], timeoutMs = 120_000): Promise<string> =>
  await run('virsh', ['-q', '-c', uri(host), ...args], timeoutMs, { ...process.env, LC_ALL: 'C' })
/** A command in host's network namespace, as an operator on that host runs it. */
const inHost = async (host: Host, args: string[], timeoutMs = MOVE_TIMEOUT_MS): Promise<string> =>
  await run('ip', ['netns', 'exec', ns(host), ...args], timeoutMs, { ...process.env, LC_ALL: 'C' })
/** Where host's libvirtd (its own mount namespace) sees /var/lib/libvirt/images/NAME.qcow2. */
const libvirtImage = (host: Host, vm: string): string => join(LAB_DIR, host, 'libvirt', 'var', 'lib', 'libvirt', 'images', `${vm}.qcow2`)
const meshImage = (host: Host, vm: string): string => join(LAB_DIR, host, 'data', 'images', `${vm}@root.qcow2`)

async function post (host: Host, path: string, body: unknown): Promise<any> {
  const r = await control<any>(join(LAB_DIR, host, 'agent.sock'), 'POST', path, body, 240_000)
  if (r.status !== 200) throw new Error(`${host} POST ${path}: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body
}

/** Children the bench starts in the lab (sshd, receivers, image servers): killed on the way out. */
const children = new Set<ChildProcess>()
/** Starts a child; its stdout is drained unless `read` (then the caller reads it: {@link printed}). */
function start (args: string[], read = false): ChildProcess {
  const child = spawn(args[0]!, args.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } })
  children.add(child)
  child.once('exit', () => children.delete(child))
  if (!read) child.stdout!.resume()
  // Kept short, for the message when it fails; read so that a chatty child never blocks on a full pipe.
  let tail = ''
  child.stderr!.on('data', (d: Buffer) => { tail = (tail + d.toString()).slice(-2000) })
  stderrOf.set(child, () => tail)
  return child
}
const stderrOf = new WeakMap<ChildProcess, () => string>()
const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((done) => child.once('exit', (code) => done(code)))
/** Resolves when the child prints `word` on stdout; rejects if it exits first. */
function printed (child: ChildProcess, word: string, timeoutMs = 20_000): Promise<void> {
  return new Promise((done, fail) => {
    let out = ''
    const err = (): string => stderrOf.get(child)?.() ?? ''
    const timer = setTimeout(() => fail(new Error(`no "${word}" within ${timeoutMs} ms: ${out}${err()}`)), timeoutMs)
    child.stdout!.on('data', (d: Buffer) => { out += d.toString(); if (out.includes(word)) { clearTimeout(timer); done() } })
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`exited (${code}) before "${word}": ${out}${err()}`)) })
  })
}
function killChildren (): void {
  for (const child of children) child.kill('SIGKILL')
}

// ---- VMs ----

const spec = (kit: GuestKit, name: string, memoryMiB: number, diskMiB: number): Record<string, unknown> => ({
  name, vcpus: 1, memory: `${memoryMiB}MiB`, disks: [{ name: 'root', size: `${diskMiB}MiB` }],
  boot: { kernel: kit.kernel, initrd: kit.initramfs, cmdline: 'console=ttyS0 panic=-1' }
})

/** The mesh VM's XML for a domain of virsh's own: its name, no UUID, no agent metadata, its image and console under libvirt's paths. */
function plainXml (meshXml: string, name: string): string {
  const from = /<name>([^<]+)<\/name>/.exec(meshXml)![1]!
  const xml = meshXml
    .replace(/^\s*<uuid>[^<]*<\/uuid>\n/m, '')
    .replace(/\s*<metadata>[\s\S]*?<\/metadata>/, '')
    .replace(`<name>${from}</name>`, `<name>${name}</name>`)
    .replace(/<source file='[^']*'/, `<source file='/var/lib/libvirt/images/${name}.qcow2'`)
    .replaceAll(/<source path='[^']*'/g, `<source path='/var/log/libvirt/qemu/${name}.console.log'`)
  if (xml.includes('<uuid>') || xml.includes('<metadata>') || !xml.includes(`/var/lib/libvirt/images/${name}.qcow2`)) throw new Error(`could not rewrite the domain XML for ${name}`)
  return xml
}

async function waitForInit (console: string, what: string): Promise<void> {
  await until(`${what} to reach init`, () => existsSync(console) && readFileSync(console, 'utf8').includes(GUEST_MARKER), { timeoutMs: 180_000, intervalMs: 200 })
}

/** The guest kit booted by libvirt from virsh's own definition on h1. */
async function definePlain (kit: GuestKit, meshVm: string, name: string, image: () => Promise<void>): Promise<void> {
  const xml = plainXml(await virsh('h1', ['dumpxml', '--inactive', meshVm]), name)
  const file = join(BENCH_DIR, `${name}.xml`)
  writeFileSync(file, xml)
  await image()
  await virsh('h1', ['define', file])
  await virsh('h1', ['start', name])
  await waitForInit(join(LAB_DIR, 'h1', 'libvirt', 'var', 'log', 'libvirt', 'qemu', `${name}.console.log`), name)
}

interface Job { downtimeMs?: number, elapsedMs?: number }
/** `virsh domjobinfo --completed` of vm on host; undefined when libvirt has no such domain. */
async function completedJob (host: Host, vm: string): Promise<Job | undefined> {
  let text: string
  try { text = await virsh(host, ['domjobinfo', '--completed', vm], 30_000) } catch { return undefined }
  const ms = (label: string): number | undefined => { const m = new RegExp(`^${label}:\\s+(\\d+)\\s*ms`, 'm').exec(text); return m === null ? undefined : Number(m[1]) }
  const job: Job = {}
  const downtime = ms('Total downtime'); const elapsed = ms('Time elapsed')
  if (downtime !== undefined) job.downtimeMs = downtime
  if (elapsed !== undefined) job.elapsedMs = elapsed
  return job
}

// ---- one move of each variant ----

async function jobAfter (from: Host, to: Host, vm: string, move: Move): Promise<Move> {
  const atSource = await completedJob(from, vm)
  const job = atSource?.downtimeMs !== undefined ? atSource : await completedJob(to, vm)
  return {
    ...move,
    sourceHadStats: atSource?.downtimeMs !== undefined,
    ...(job?.downtimeMs === undefined ? {} : { downtimeMs: job.downtimeMs }),
    ...(job?.elapsedMs === undefined ? {} : { libvirtMs: job.elapsedMs })
  }
}

async function meshMove (vm: string, from: Host, to: Host, mode: 'live' | 'offline'): Promise<Move> {
  const t0 = now()
  const out = await run('bash', [LAB, 'exec', from, '--', 'multiverse', 'cluster', 'migrate', vm, '--to', to, `--${mode}`, '--json'], MOVE_TIMEOUT_MS, labEnv())
  const wallMs = now() - t0
  // --json streams one event per line; the last says how the move ended.
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as { event: string, vm: string, from: string, to: string, mode: string, elapsedMs: number }
  if (r.event !== 'moved') throw new Error(`mesh move of ${vm} did not end moved: ${out}`)
  if (r.from !== from || r.to !== to || r.mode !== mode) throw new Error(`mesh move of ${vm}: ${out}`)
  const move = { ms: r.elapsedMs, wallMs }
  return mode === 'live' ? await jobAfter(from, to, vm, move) : move
}

/** virsh's own p2p live migration over libvirt's TCP transport, the storage copied. */
async function virshMove (vm: string, from: Host, to: Host, diskMiB: number): Promise<Move> {
  // Made beforehand, untimed: copy-storage-all needs the target's image to exist (the mesh's target makes its own, timed).
  await run('qemu-img', ['create', '-q', '-f', 'qcow2', libvirtImage(to, vm), `${diskMiB}M`])
  const t0 = now()
  await inHost(from, ['virsh', '-q', '-c', uri(from), 'migrate', '--live', '--p2p', '--persistent', '--undefinesource', '--copy-storage-all', vm, `qemu+tcp://${addr(to)}/system`])
  const ms = now() - t0
  const move = await jobAfter(from, to, vm, { ms })
  rmSync(libvirtImage(from, vm), { force: true })
  return move
}

const copyPath = (host: Host, variant: string): string => join(BENCH_DIR, host, `${variant}.qcow2`)
const SSH_OPTIONS = (): string[] => ['-q', '-i', join(BENCH_DIR, 'ssh', 'client_key'), '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'BatchMode=yes', '-o', 'LogLevel=ERROR']

async function scpMove (from: Host, to: Host): Promise<Move> {
  const t0 = now()
  await inHost(from, ['scp', ...SSH_OPTIONS(), copyPath(from, 'scp'), `root@${addr(to)}:${copyPath(to, 'scp')}`])
  const ms = now() - t0
  sameSize(copyPath(from, 'scp'), copyPath(to, 'scp'))
  rmSync(copyPath(from, 'scp'))
  return { ms }
}

const RECEIVER = `
const [addr, port, file] = process.argv.slice(1)
const out = require('node:fs').createWriteStream(file)
const server = require('node:net').createServer((socket) => {
  server.close()
  socket.pipe(out)
  out.on('finish', () => { console.log('received ' + out.bytesWritten); process.exit(0) })
})
server.listen(Number(port), addr, () => console.log('listening'))
`

async function rawMove (from: Host, to: Host): Promise<Move> {
  const receiver = start(['ip', 'netns', 'exec', ns(to), NODE, '-e', RECEIVER, addr(to), String(RAW_PORT), copyPath(to, 'raw')], true)
  const done = exited(receiver)
  await printed(receiver, 'listening')
  const t0 = now()
  await inHost(from, ['bash', '-c', 'cat -- "$0" > "/dev/tcp/$1/$2"', copyPath(from, 'raw'), addr(to), String(RAW_PORT)])
  const code = await done
  const ms = now() - t0
  if (code !== 0) throw new Error(`the raw copy's receiver exited ${code}: ${stderrOf.get(receiver)?.() ?? ''}`)
  sameSize(copyPath(from, 'raw'), copyPath(to, 'raw'))
  rmSync(copyPath(from, 'raw'))
  return { ms }
}

async function nbdMove (from: Host, to: Host, diskMiB: number): Promise<Move> {
  const target = copyPath(to, 'nbd'); const pidFile = join(BENCH_DIR, to, 'nbd.pid')
  rmSync(pidFile, { force: true })
  const t0 = now()
  await run('qemu-img', ['create', '-q', '-f', 'qcow2', target, `${diskMiB}M`])
  const daemon = start(['ip', 'netns', 'exec', ns(to), 'qemu-storage-daemon',
    '--blockdev', JSON.stringify({ driver: 'file', 'node-name': 'file0', filename: target }),
    '--blockdev', JSON.stringify({ driver: 'qcow2', 'node-name': 'disk0', file: 'file0' }),
    '--nbd-server', JSON.stringify({ addr: { type: 'inet', host: addr(to), port: String(NBD_PORT) } }),
    '--export', JSON.stringify({ type: 'nbd', id: 'export0', 'node-name': 'disk0', name: 'd0', writable: true }),
    '--pidfile', pidFile])
  const done = exited(daemon)
  // As the mesh's image server: the pid file is written once the export and the server are up.
  await until('qemu-storage-daemon to serve', () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', { timeoutMs: 20_000, intervalMs: 10 })
  await inHost(from, ['qemu-img', 'convert', '-n', '--target-is-zero', '-W', '-f', 'qcow2', '-O', 'raw', copyPath(from, 'nbd'), `nbd://${addr(to)}:${NBD_PORT}/d0`])
  daemon.kill('SIGTERM')
  const code = await done
  const ms = now() - t0
  if (code !== 0) throw new Error(`qemu-storage-daemon exited ${code}: ${stderrOf.get(daemon)?.() ?? ''}`)
  rmSync(copyPath(from, 'nbd'))
  return { ms }
}

function sameSize (a: string, b: string): void {
  const [x, y] = [statSync(a).size, statSync(b).size]
  if (x !== y) throw new Error(`${b} has ${y} bytes, ${a} ${x}`)
}

// ---- the scenarios ----

/** Rounds of moves, one per variant per round, back and forth, the order rotating each round. */
async function rounds (n: number, variants: Array<[string, (from: Host, to: Host) => Promise<Move>]>, at: Record<string, Host>, results: Results, label = 'round'): Promise<void> {
  for (let i = 0; i < n; i++) {
    const order = variants.map((_, k) => variants[(k + i) % variants.length]!)
    const line: string[] = []
    for (const [name, move] of order) {
      const from = at[name]!; const to = other(from)
      const m = await move(from, to)
      at[name] = to
      ;(results[name] ??= []).push(m)
      line.push(`${name} ${(m.ms / 1000).toFixed(2)} s${m.downtimeMs === undefined ? '' : ` (down ${m.downtimeMs} ms)`}`)
      await sleep(SETTLE_MS)
    }
    console.log(`  ${label} ${String(i + 1).padStart(2)}: ${line.join('   ')}`)
  }
}

async function live (kit: GuestKit, sizes: Sizes, n: number): Promise<Results> {
  const { liveMemoryMiB: memory, liveDiskMiB: disk, liveDataMiB: data } = sizes
  const write = async (image: string): Promise<void> => { await run('qemu-io', ['-f', 'qcow2', '-c', `write -q -P 0x5a 0 ${data}M`, image]) }
  await post('h1', '/v1/vm/create', { spec: spec(kit, 'mesh-live', memory, disk), host: 'h1', start: false })
  await write(meshImage('h1', 'mesh-live'))
  await post('h1', '/v1/vm/start', { name: 'mesh-live' })
  await waitForInit(join(LAB_DIR, 'h1', 'data', 'console', 'mesh-live.log'), 'mesh-live')
  await definePlain(kit, 'mesh-live', 'virsh-live', async () => {
    await run('qemu-img', ['create', '-q', '-f', 'qcow2', libvirtImage('h1', 'virsh-live'), `${disk}M`])
    await write(libvirtImage('h1', 'virsh-live'))
  })
  const variants: Array<[string, (from: Host, to: Host) => Promise<Move>]> = [
    ['mesh', async (from, to) => await meshMove('mesh-live', from, to, 'live')],
    ['virsh', async (from, to) => await virshMove('virsh-live', from, to, disk)]
  ]
  const at: Record<string, Host> = { mesh: 'h1', virsh: 'h1' }
  console.log(`live: warm-up, one untimed move of each (h1 -> h2), then ${n} rounds`)
  await rounds(1, variants, at, {}, 'warm-up')
  const results: Results = {}
  await rounds(n, variants, at, results)
  await post(at.mesh!, '/v1/vm/remove', { name: 'mesh-live', force: true })
  await virsh(at.virsh!, ['destroy', 'virsh-live'])
  await virsh(at.virsh!, ['undefine', 'virsh-live'])
  rmSync(libvirtImage(at.virsh!, 'virsh-live'), { force: true })
  return results
}

/** The offline disk: a qcow2 of the disk's size holding `data` MiB of random bytes, a quarter of the way in. */
async function goldenImage (sizes: Sizes): Promise<string> {
  const golden = join(BENCH_DIR, 'golden.qcow2'); const raw = join(BENCH_DIR, 'random.raw')
  const offset = Math.floor((sizes.offlineDiskMiB - sizes.offlineDataMiB) / 4) * MIB
  await run('bash', ['-c', 'head -c "$1" /dev/urandom > "$0"', raw, String(sizes.offlineDataMiB * MIB)], 300_000)
  await run('qemu-img', ['create', '-q', '-f', 'qcow2', golden, `${sizes.offlineDiskMiB}M`])
  await run('qemu-img', ['convert', '-n', '-f', 'raw', '--target-image-opts', raw,
    `driver=raw,offset=${offset},size=${sizes.offlineDataMiB * MIB},file.driver=qcow2,file.file.filename=${golden}`], 300_000)
  rmSync(raw)
  return golden
}

/** An sshd in each host's namespace on its LAN address, with keys made for the bench; false without sshd. */
async function startSshd (): Promise<boolean> {
  if (!existsSync('/usr/sbin/sshd')) return false
  const dir = join(BENCH_DIR, 'ssh')
  mkdirSync(dir, { recursive: true })
  mkdirSync('/run/sshd', { recursive: true }) // its privilege separation directory, as the package's service makes it
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')])
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'client_key')])
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')), { mode: 0o600 })
  writeFileSync(join(dir, 'sshd_config'), [
    `HostKey ${join(dir, 'host_key')}`, `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`, 'PermitRootLogin prohibit-password',
    'PasswordAuthentication no', 'KbdInteractiveAuthentication no', 'UsePAM no', 'StrictModes no', 'Subsystem sftp /usr/lib/openssh/sftp-server', ''
  ].join('\n'))
  for (const host of HOSTS) {
    start(['ip', 'netns', 'exec', ns(host), '/usr/sbin/sshd', '-D', '-e', '-f', join(dir, 'sshd_config'), '-o', `ListenAddress=${addr(host)}`, '-o', `PidFile=${join(dir, `sshd-${host}.pid`)}`])
  }
  for (const host of HOSTS) {
    const from = other(host)
    await until(`sshd on ${host}`, async () => { try { await inHost(from, ['ssh', ...SSH_OPTIONS(), `root@${addr(host)}`, 'true'], 10_000); return true } catch { return false } }, { timeoutMs: 20_000, intervalMs: 200 })
  }
  return true
}

async function offline (kit: GuestKit, sizes: Sizes, n: number): Promise<{ results: Results, skipped: string[] }> {
  const { offlineMemoryMiB: memory, offlineDiskMiB: disk } = sizes
  const golden = await goldenImage(sizes)
  const cp = async (to: string): Promise<void> => { await run('cp', ['--sparse=always', golden, to], 300_000) }
  await post('h1', '/v1/vm/create', { spec: spec(kit, 'mesh-park', memory, disk), host: 'h1', start: false })
  await cp(meshImage('h1', 'mesh-park'))
  await definePlain(kit, 'mesh-park', 'virsh-park', async () => { await cp(libvirtImage('h1', 'virsh-park')) })
  for (const host of HOSTS) mkdirSync(join(BENCH_DIR, host), { recursive: true })
  const skipped: string[] = []
  const variants: Array<[string, (from: Host, to: Host) => Promise<Move>]> = [
    ['mesh', async (from, to) => await meshMove('mesh-park', from, to, 'offline')]
  ]
  if (await startSshd()) {
    await cp(copyPath('h1', 'scp'))
    variants.push(['scp', scpMove])
  } else {
    skipped.push('scp: no /usr/sbin/sshd here (apt-get install openssh-server); not measured')
  }
  await cp(copyPath('h1', 'raw'))
  await cp(copyPath('h1', 'nbd'))
  variants.push(['raw', rawMove], ['nbd', async (from, to) => await nbdMove(from, to, disk)],
    ['virsh', async (from, to) => await virshMove('virsh-park', from, to, disk)])
  const at: Record<string, Host> = Object.fromEntries(variants.map(([name]) => [name, 'h1' as Host]))
  const results: Results = {}
  console.log(`offline: ${n} rounds (no warm-up)`)
  await rounds(n, variants, at, results)
  await post(at.mesh!, '/v1/vm/remove', { name: 'mesh-park', force: true })
  await virsh(at.virsh!, ['destroy', 'virsh-park'])
  await virsh(at.virsh!, ['undefine', 'virsh-park'])
  return { results, skipped }
}

/** Warnings and errors in the agents' logs, counted by message. */
function logSummary (): string[] {
  const out: string[] = []
  for (const h of HOSTS) {
    const path = join(LAB_DIR, h, 'agent.log')
    if (!existsSync(path)) continue
    const counts = new Map<string, number>()
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      let e: { level?: number, msg?: string, err?: string }
      try { e = JSON.parse(line) } catch { continue }
      if ((e.level ?? 0) < 40) continue
      const key = `${(e.level ?? 0) >= 50 ? 'ERROR' : 'warn'} ${e.msg}${e.err !== undefined ? `: ${String(e.err).slice(0, 100)}` : ''}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    if (counts.size > 0) out.push(`  ${h}: ${[...counts].map(([k, c]) => `${c}x ${k}`).join('; ')}`)
  }
  return out
}

async function main (n: number, sizes: Sizes, liveOnly: boolean): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('bench:migrate builds network namespaces and runs libvirtd: run it as root')
  for (const tool of ['virsh', 'qemu-img', 'qemu-io', 'qemu-storage-daemon']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is not installed (npm test installs what the lab needs: scripts/host-setup.ts)`)
  }
  const kit = await ensureGuestKit({ log: (line) => { console.log(`  guest kit: ${line}`) } })
  if (process.env.LAB_AGENT_CMD === undefined) {
    if (bundleIsStale()) {
      const t = now()
      await buildBundle()
      console.log(`built ${BUNDLE} in ${(now() - t).toFixed(0)} ms`)
    }
    // As packages/cli/bin/multiverse.js runs `multiverse agent`, and so the systemd unit.
    const runtime = agentRuntime()
    const env = Object.entries(runtime.env).map(([k, v]) => `${k}=${v}`)
    process.env.LAB_AGENT_CMD = ['env', ...env, NODE, ...runtime.v8Flags, BUNDLE].join(' ')
    process.env.LAB_CLI_CMD ??= `${NODE} ${BUNDLE}`
  }
  const t0 = now()
  await lab(['down'])
  console.log(`lab up 2 (LAB_PREFIX=${LAB_PREFIX} LAB_DIR=${LAB_DIR}, LAB_LIBVIRT_TCP=1: each libvirtd also on qemu+tcp://10.99.0.N/system), agents from ${BUNDLE}`)
  await lab(['up', '2'])
  const load = [loadavg()[0]!]
  try {
    mkdirSync(BENCH_DIR, { recursive: true })
    const liveResults = await live(kit, sizes, n)
    const offResults = liveOnly ? { results: {}, skipped: ['the offline moves (--live-only)'] } : await offline(kit, sizes, n)
    load.push(loadavg()[0]!)
    report({ sizes, rounds: n, target: TARGET, live: liveResults, offline: offResults, load, seconds: (now() - t0) / 1000 })
  } finally {
    killChildren()
    const logs = existsSync(LAB_DIR) ? logSummary() : []
    console.log(logs.length === 0 ? 'agent logs: no warnings or errors' : `agent logs, warnings and errors:\n${logs.join('\n')}`)
    await lab(['down'])
  }
}

const USAGE = 'usage: node test/bench/migrate.ts [--rounds N] [--quick] [--live-only]   (default 20 rounds; --quick: 3 rounds, small sizes; --live-only: no offline moves; root; makes its own lab)'
const parsed = benchArgs(USAGE, { rounds: { type: 'string' }, quick: { type: 'boolean', default: false }, 'live-only': { type: 'boolean', default: false } } as const)
const n = parsed.rounds === undefined ? (parsed.quick ? 3 : 20) : Number(parsed.rounds)
if (!Number.isInteger(n) || n < 1 || n > 200) {
  console.error(USAGE)
  process.exit(2)
}
// Ctrl-C must not leave namespaces, agents, libvirtds, QEMUs and sshds behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killChildren()
    spawnSync('bash', [LAB, 'down'], { env: labEnv(), stdio: 'inherit' })
    process.exit(130)
  })
}
try {
  await main(n, parsed.quick ? QUICK : FULL, parsed['live-only'])
} catch (error) {
  console.error(`bench:migrate FAILED: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
