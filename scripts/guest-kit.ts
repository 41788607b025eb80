/**
 * npm run guest-kit: the boot kit for test guests, built once per machine into a cache outside
 * the repository ($MULTIVERSE_GUEST_DIR, default /var/cache/multiverse-guest):
 *
 *   vmlinuz          a Debian kernel (the package linux-image-amd64 depends on, e.g.
 *                    linux-image-6.1.0-56-amd64, fetched with apt-get download, unpacked with
 *                    dpkg-deb)
 *   initramfs.gz     cpio newc + gzip, built here: busybox (from busybox-static) and an /init that
 *                    mounts proc, sys and devtmpfs, prints GUEST_MARKER on the console (boot the
 *                    kernel with console=ttyS0 to get it on the first serial port), then idles;
 *                    with multiverse.heartbeat on the kernel command line it prints
 *                    "multiverse-guest: alive N" every second instead
 *   kit.json         what was built from what
 *
 * Needs root (apt-get), Debian's package lists (runs apt-get update once if apt-cache knows no
 * kernel), dpkg-deb and tar. Idempotent: an existing kit of this format is returned as is.
 * Tests import ensureGuestKit(); `npm run guest-kit` prints the kit as JSON.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/** The line /init prints on the console once it runs. */
export const GUEST_MARKER = 'multiverse-guest: init reached'
/** Bumped whenever what the kit holds changes (the init script, the layout). */
const KIT_FORMAT = 1
const APT_TIMEOUT_MS = 600_000
const TOOL_TIMEOUT_MS = 120_000

export interface GuestKit {
  dir: string
  /** Absolute path of the kernel image (bzImage). */
  kernel: string
  /** Absolute path of the gzipped cpio initramfs. */
  initramfs: string
  kernelPackage: string
  kernelVersion: string
  busyboxVersion: string
  format: number
}

export function guestKitDir (): string {
  return resolve(process.env.MULTIVERSE_GUEST_DIR ?? '/var/cache/multiverse-guest')
}

const INIT = `#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys /dev /tmp /usr/bin /usr/sbin /sbin
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo "${GUEST_MARKER}"
echo "multiverse-guest: kernel $(uname -r), $(grep -c ^processor /proc/cpuinfo) cpu(s), $(awk '/MemTotal/ { print $2 " kB" }' /proc/meminfo)"
if grep -q multiverse.heartbeat /proc/cmdline; then
  n=0
  while :; do
    n=$((n + 1))
    echo "multiverse-guest: alive $n"
    sleep 1
  done
fi
while :; do sleep 3600; done
`

function run (command: string, args: string[], opts: { cwd?: string, timeoutMs?: number } = {}): string {
  const result = spawnSync(command, args, { cwd: opts.cwd, encoding: 'utf8', timeout: opts.timeoutMs ?? TOOL_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 << 20 })
  if (result.error) throw new Error(`guest-kit: ${command} ${args.join(' ')}: ${result.error.message}`)
  if (result.status !== 0) throw new Error(`guest-kit: ${command} ${args.join(' ')} exited ${result.status ?? result.signal}: ${result.stderr.trim()}`)
  return result.stdout
}

/** The versioned kernel package that linux-image-amd64 depends on. */
function kernelPackage (): string {
  const find = (): string | undefined => {
    const result = spawnSync('apt-cache', ['depends', 'linux-image-amd64'], { encoding: 'utf8', timeout: TOOL_TIMEOUT_MS })
    return /Depends: (linux-image-[0-9][A-Za-z0-9.+-]*-amd64)\b/.exec(result.stdout ?? '')?.[1]
  }
  let name = find()
  if (name === undefined) {
    run('apt-get', ['update', '-qq'], { timeoutMs: APT_TIMEOUT_MS })
    name = find()
  }
  if (name === undefined) throw new Error('guest-kit: apt-cache knows no linux-image-amd64 (is this Debian, with its package lists?)')
  return name
}

/** dpkg-deb --fsys-tarfile DEB | tar -x -C OUT MEMBERS..., without a shell. */
async function extract (deb: string, out: string, members: string[]): Promise<void> {
  mkdirSync(out, { recursive: true })
  const dpkg = spawn('dpkg-deb', ['--fsys-tarfile', deb], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TOOL_TIMEOUT_MS, killSignal: 'SIGKILL' })
  const tar = spawn('tar', ['-x', '-C', out, '--wildcards', ...members], { stdio: [dpkg.stdout, 'ignore', 'pipe'], timeout: TOOL_TIMEOUT_MS, killSignal: 'SIGKILL' })
  // tar holds the pipe now; our end would keep dpkg's stdio (and 'close') open forever.
  dpkg.stdout.destroy()
  let stderr = ''
  dpkg.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
  tar.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
  const exited = async (child: ReturnType<typeof spawn>): Promise<{ code: number | null, signal: NodeJS.Signals | null }> =>
    await new Promise((resolvePromise, reject) => {
      child.on('error', reject)
      child.on('exit', (code, signal) => { resolvePromise({ code, signal }) })
    })
  const [d, t] = await Promise.all([exited(dpkg), exited(tar)])
  // dpkg-deb may die of SIGPIPE once tar has what it wants.
  if (t.code !== 0 || (d.code !== 0 && d.signal !== 'SIGPIPE')) {
    throw new Error(`guest-kit: unpacking ${members.join(' ')} from ${deb} failed (dpkg-deb ${d.code ?? d.signal}, tar ${t.code ?? t.signal}): ${stderr.trim()}`)
  }
}

interface CpioEntry { name: string, mode: number, data?: Buffer, rdev?: [number, number] }

const S_IFDIR = 0o040000
const S_IFREG = 0o100000
const S_IFLNK = 0o120000
const S_IFCHR = 0o020000

/** A cpio archive in the "newc" format the kernel unpacks as an initramfs. */
export function cpioNewc (entries: CpioEntry[]): Buffer {
  const parts: Buffer[] = []
  let size = 0
  const push = (b: Buffer): void => { parts.push(b); size += b.length }
  const pad = (): void => { if (size % 4 !== 0) push(Buffer.alloc(4 - (size % 4))) }
  const hex = (n: number): string => n.toString(16).padStart(8, '0')
  let ino = 1
  for (const entry of [...entries, { name: 'TRAILER!!!', mode: 0 }] as CpioEntry[]) {
    const data = entry.data ?? Buffer.alloc(0)
    const name = Buffer.from(`${entry.name}\0`)
    const isTrailer = entry.name === 'TRAILER!!!'
    const fields = [
      isTrailer ? 0 : ino++, entry.mode, 0, 0, (entry.mode & 0o170000) === S_IFDIR ? 2 : 1, 0,
      data.length, 0, 0, entry.rdev?.[0] ?? 0, entry.rdev?.[1] ?? 0, name.length, 0
    ]
    push(Buffer.from(`070701${fields.map(hex).join('')}`, 'ascii'))
    push(name)
    pad()
    push(data)
    pad()
  }
  return Buffer.concat(parts, size)
}

function buildInitramfs (busybox: Buffer): Buffer {
  const dirs = ['bin', 'dev', 'proc', 'sys', 'tmp', 'sbin', 'usr', 'usr/bin', 'usr/sbin', 'etc', 'root']
  return gzipSync(cpioNewc([
    ...dirs.map((name) => ({ name, mode: S_IFDIR | 0o755 })),
    // The kernel opens /dev/console for init before devtmpfs is mounted.
    { name: 'dev/console', mode: S_IFCHR | 0o600, rdev: [5, 1] },
    { name: 'bin/busybox', mode: S_IFREG | 0o755, data: busybox },
    { name: 'bin/sh', mode: S_IFLNK | 0o777, data: Buffer.from('busybox') },
    { name: 'init', mode: S_IFREG | 0o755, data: Buffer.from(INIT) }
  ]), { level: 9 })
}

/** The kit built in `dir` (default guestKitDir()), if one of this format is there. */
export function readGuestKit (dir: string = guestKitDir()): GuestKit | undefined {
  try {
    const kit = JSON.parse(readFileSync(join(dir, 'kit.json'), 'utf8')) as GuestKit
    if (kit.format !== KIT_FORMAT) return undefined
    if (!statSync(kit.kernel).isFile() || !statSync(kit.initramfs).isFile()) return undefined
    return kit
  } catch {
    return undefined
  }
}

/** The kit in `dir` (default guestKitDir()), built first if missing or of an older format. */
export async function ensureGuestKit (opts: { dir?: string, log?: (line: string) => void } = {}): Promise<GuestKit> {
  const dir = resolve(opts.dir ?? guestKitDir())
  const log = opts.log ?? (() => {})
  const existing = readGuestKit(dir)
  if (existing !== undefined) return existing
  if (process.getuid?.() !== 0) throw new Error(`guest-kit: no kit in ${dir} and building one needs root (apt-get download): sudo npm run guest-kit`)
  mkdirSync(dir, { recursive: true })
  const work = mkdtempSync(join(dir, '.build-'))
  try {
    const pkg = kernelPackage()
    log(`downloading ${pkg} and busybox-static`)
    const t0 = Date.now()
    // As root apt would download as _apt, which cannot write to this directory.
    run('apt-get', ['download', '-q', '-o', 'APT::Sandbox::User=root', pkg, 'busybox-static'], { cwd: work, timeoutMs: APT_TIMEOUT_MS })
    const debs = readdirSync(work).filter((f) => f.endsWith('.deb'))
    const kernelDeb = debs.find((f) => f.startsWith(`${pkg}_`))
    const busyboxDeb = debs.find((f) => f.startsWith('busybox-static_'))
    if (kernelDeb === undefined || busyboxDeb === undefined) throw new Error(`guest-kit: apt-get download left ${debs.join(', ') || 'nothing'}`)
    log(`downloaded in ${Date.now() - t0} ms; unpacking`)
    await extract(join(work, kernelDeb), join(work, 'k'), ['./boot/vmlinuz-*'])
    await extract(join(work, busyboxDeb), join(work, 'b'), ['./bin/busybox'])
    const vmlinuz = readdirSync(join(work, 'k', 'boot')).find((f) => f.startsWith('vmlinuz-'))
    if (vmlinuz === undefined) throw new Error(`guest-kit: no boot/vmlinuz-* in ${kernelDeb}`)
    const busybox = readFileSync(join(work, 'b', 'bin', 'busybox'))
    const version = (deb: string): string => run('dpkg-deb', ['-f', join(work, deb), 'Version']).trim()
    const kit: GuestKit = {
      dir,
      kernel: join(dir, 'vmlinuz'),
      initramfs: join(dir, 'initramfs.gz'),
      kernelPackage: `${pkg}=${version(kernelDeb)}`,
      kernelVersion: vmlinuz.slice('vmlinuz-'.length),
      busyboxVersion: version(busyboxDeb),
      format: KIT_FORMAT
    }
    writeFileSync(join(work, 'initramfs.gz'), buildInitramfs(busybox))
    // Into place one rename at a time, kit.json last: a reader sees the old kit or the new one.
    renameSync(join(work, 'k', 'boot', vmlinuz), kit.kernel)
    renameSync(join(work, 'initramfs.gz'), kit.initramfs)
    writeFileSync(join(work, 'kit.json'), `${JSON.stringify(kit, null, 2)}\n`)
    renameSync(join(work, 'kit.json'), join(dir, 'kit.json'))
    log(`kit built in ${Date.now() - t0} ms`)
    return kit
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force')
  if (force && existsSync(join(guestKitDir(), 'kit.json'))) rmSync(join(guestKitDir(), 'kit.json'))
  ensureGuestKit({ log: (line) => { console.error(`guest-kit: ${line}`) } }).then((kit) => {
    console.log(JSON.stringify(kit, null, 2))
  }, (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
