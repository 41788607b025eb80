/**
 * A real, private libvirtd for tests, outside the lab: deploy/lab/libvirtd-host starts it in its
 * own mount namespace (optionally in a network namespace) with its state under `dir`, and it is
 * reached at `uri` (qemu+unix:///system?socket=DIR/run/libvirt/libvirt-sock) from the test
 * process. Needs root and the Debian packages libvirt-daemon, libvirt-daemon-driver-qemu,
 * libvirt-clients and qemu-system-x86 (`npm test` installs them: scripts/host-setup.ts).
 *
 *   const lv = await startLibvirtd({ dir: mkdtempSync(join(tmpdir(), 'lv-')) })
 *   await virsh(lv.uri, ['define', xmlFile])
 *   await lv.stop()   // stops libvirtd and kills the QEMUs it left running; keeps dir
 *
 * The first daemon on a machine probes QEMU's capabilities (~8 s); later ones reuse the probe
 * through a shared cache (LIBVIRTD_CAPS_SEED, see deploy/lab/README.md) and answer in ~0.3 s.
 */
import { execFile, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'

const SCRIPT = new URL('../../deploy/lab/libvirtd-host', import.meta.url).pathname
const START_TIMEOUT_MS = 120_000
const STOP_TIMEOUT_MS = 30_000

export interface LibvirtdOptions {
  /** State directory (made if missing; at most ~80 characters, A-Z a-z 0-9 _ . - / only). */
  dir: string
  /** A network namespace (`ip netns` name) for the daemon and its QEMUs. */
  netns?: string
  /** A name for messages and the config comments; default "test". */
  name?: string
  /** This host's address for migration (qemu.conf migration_host). */
  listenAddr?: string
}

export interface Libvirtd {
  /** qemu+unix:///system?socket=DIR/run/libvirt/libvirt-sock */
  uri: string
  /** Stops the daemon and every QEMU it runs. Idempotent. */
  stop: () => Promise<void>
}

function run (args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile('bash', [SCRIPT, ...args], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`libvirtd-host ${args.join(' ')} failed: ${error.message}\n${stderr}${stdout}`))
      else resolvePromise(stdout)
    })
  })
}

// Daemons still running when the test process exits are stopped then (best effort).
const running = new Map<string, string>()
let exitHook = false
function onExit (): void {
  for (const [dir, name] of running) spawnSync('bash', [SCRIPT, 'stop', name, dir], { timeout: STOP_TIMEOUT_MS, stdio: 'ignore' })
  running.clear()
}

export async function startLibvirtd (opts: LibvirtdOptions): Promise<Libvirtd> {
  if (process.getuid?.() !== 0) throw new Error('startLibvirtd needs root (mount namespaces, libvirtd)')
  if (!isAbsolute(opts.dir)) throw new Error(`startLibvirtd: dir must be absolute, not ${opts.dir}`)
  const dir = resolve(opts.dir)
  const name = opts.name ?? 'test'
  mkdirSync(dir, { recursive: true })
  const args = ['start', name, dir]
  if (opts.netns !== undefined) args.push('--netns', opts.netns)
  if (opts.listenAddr !== undefined) args.push('--listen-addr', opts.listenAddr)
  const out = await run(args, START_TIMEOUT_MS)
  const uri = out.trim().split('\n').pop() ?? ''
  if (!uri.startsWith('qemu+unix:')) throw new Error(`libvirtd-host start printed no URI: ${out}`)
  running.set(dir, name)
  if (!exitHook) { process.once('exit', onExit); exitHook = true }
  let stopped: Promise<void> | undefined
  return {
    uri,
    stop: async () => {
      stopped ??= run(['stop', name, dir], STOP_TIMEOUT_MS).then(() => { running.delete(dir) })
      await stopped
    }
  }
}

/** Runs virsh against `uri` (bounded in time); resolves to its stdout, rejects with its stderr. */
export function virsh (uri: string, args: string[], timeoutMs = 30_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile('virsh', ['-q', '-c', uri, ...args], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`virsh ${args.join(' ')} failed: ${error.message}\n${stderr}`))
      else resolvePromise(stdout)
    })
  })
}

/**
 * The virtualization types libvirt at `uri` offers for x86_64 guests (`virsh capabilities`):
 * always `qemu` (TCG), and `kvm` only where /dev/kvm is usable by the daemon.
 */
export async function offeredVirtTypes (uri: string): Promise<Set<string>> {
  const caps = await virsh(uri, ['capabilities'])
  const guests = caps.split('<guest>').slice(1).filter((g) => /<arch name='x86_64'>/.test(g))
  return new Set(guests.flatMap((g) => [...g.matchAll(/<domain type='([a-z]+)'/g)].map((m) => m[1]!)))
}
