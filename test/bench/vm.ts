/**
 * npm run bench:vm [ROUNDS] (root; default 20; no lab up): the time from `vm create --start` to
 * "running" through the mesh, against an operator's plain `virsh define` + `virsh start` of the
 * same domain XML, in the same run, on a 2-host lab with a libvirtd per host (TCG guests):
 *
 * - mesh: POST /v1/vm/create {spec, host: 'h2', start: true} on h1's control socket, timed until
 *   the answer (state "running"; it comes after libvirt started the domain on h2). The agent
 *   places (a lease from h2 over the mesh), then h2 creates the qcow2 image (qemu-img), checks
 *   the name is free (virsh), defines (virsh) and starts (virsh) the domain.
 * - virsh: the XML the agent defined (dumpxml --inactive of a mesh VM), renamed, without its
 *   <uuid>, its image made beforehand; timed: `virsh define FILE` then `virsh start NAME`, two
 *   processes, against h2's libvirtd.
 * - virsh+img: the same with `qemu-img create -f qcow2` of the same size first, inside the timed
 *   part, as the mesh path creates the image too.
 * Rounds interleave (mesh, virsh, virsh+img, mesh, ...), each with a fresh VM name, after one
 * untimed warm-up of each; removal happens outside the timed part. Target: mesh median at most
 * 20 % over plain virsh. Exits non-zero on errors only, not on a missed target.
 *
 * Where the mesh path spends its time is read from timestamps the round leaves on h2 (no agent
 * change): the lease's "lease asked" log line, the image file's birth and modification times, the
 * birth of libvirt's persistent config file (defined), the "starting up" line of QEMU's log and
 * the last write of libvirt's status file (running). The QEMU launch (from "starting up" until
 * libvirt has the domain running) is the same work in every variant and, on a busy machine, most
 * of the noise: the figures without it (what each path adds around libvirt's start) are steadier
 * than the ratio of totals, and printed too.
 *
 * Its own lab: LAB_PREFIX (default bench-) and LAB_DIR (default /tmp/multiverse-lab-bench).
 */
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureGuestKit } from '../../scripts/guest-kit.ts'
import type { GuestKit } from '../../scripts/guest-kit.ts'
import { control } from '../support/control.ts'

const LAB = fileURLToPath(new URL('../../deploy/lab/lab', import.meta.url))
const LAB_PREFIX = process.env.LAB_PREFIX ?? 'bench-'
const LAB_DIR = resolve(process.env.LAB_DIR ?? '/tmp/multiverse-lab-bench')
const LAB_ENV = { ...process.env, LAB_PREFIX, LAB_DIR }
const TARGET = 1.2
const DISK_BYTES = 64 * 1024 * 1024
/** After each round's cleanup: the killed QEMU's teardown and the agent's advert settle. */
const SETTLE_MS = 500
const CALL_TIMEOUT_MS = 120_000

type Variant = 'mesh' | 'virsh' | 'virsh+img'
const VARIANTS: Variant[] = ['mesh', 'virsh', 'virsh+img']
/** The phase that is the same work in every variant (and most of the noise on a busy machine). */
const LAUNCH = 'QEMU launch until libvirt has it running'

/** One round: total wall time and, where the timestamps exist, the phases (ms each). */
interface Round { ms: number, phases: Record<string, number> }

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
/** Wall-clock milliseconds with sub-ms resolution (comparable with file times and log times). */
const wall = (): number => performance.timeOrigin + performance.now()

function run (file: string, args: string[], timeoutMs = 60_000, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((done, fail) => {
    execFile(file, args, { timeout: timeoutMs, killSignal: 'SIGKILL', env, maxBuffer: 8 << 20 }, (error, stdout, stderr) => {
      if (error !== null) fail(new Error(`${file} ${args.join(' ')}: ${error.message.split('\n')[0]} ${stderr.trim()}`))
      else done(stdout)
    })
  })
}

const lab = async (args: string[]): Promise<string> => await run('bash', [LAB, ...args], 180_000, LAB_ENV)
const hostDir = (host: string): string => join(LAB_DIR, host)
let uriH2 = ''
const virsh = async (args: string[]): Promise<string> => await run('virsh', ['-q', '-c', uriH2, ...args], 60_000, { ...process.env, LC_ALL: 'C' })

async function post (host: string, path: string, body: unknown): Promise<any> {
  const r = await control<any>(join(hostDir(host), 'agent.sock'), 'POST', path, body, CALL_TIMEOUT_MS)
  if (r.status !== 200) throw new Error(`${host} POST ${path}: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body
}

const spec = (kit: GuestKit, name: string): Record<string, unknown> => ({
  name, vcpus: 1, memory: '192MiB', disks: [{ name: 'root', size: '64MiB' }],
  boot: { kernel: kit.kernel, initrd: kit.initramfs, cmdline: 'console=ttyS0 panic=-1' }
})

// Timestamps left on h2 by a round.
const libvirtDir = (): string => join(hostDir('h2'), 'libvirt')
const configFile = (name: string): string => join(libvirtDir(), 'etc', 'libvirt', 'qemu', `${name}.xml`)
/** libvirt's live status of a domain: written last when the start has finished (gone on destroy). */
const statusFile = (name: string): string => join(libvirtDir(), 'run', 'libvirt', 'qemu', `${name}.xml`)
const qemuLog = (name: string): string => join(libvirtDir(), 'var', 'log', 'libvirt', 'qemu', `${name}.log`)
const birth = (path: string): number | undefined => { try { const s = statSync(path); return s.birthtimeMs > 0 ? s.birthtimeMs : undefined } catch { return undefined } }
const mtime = (path: string): number | undefined => { try { return statSync(path).mtimeMs } catch { return undefined } }

/** When libvirt began starting QEMU: "2026-01-01 12:00:00.123+0000: starting up ..." (last one). */
function qemuStartedAt (name: string): number | undefined {
  if (!existsSync(qemuLog(name))) return undefined
  const hits = [...readFileSync(qemuLog(name), 'utf8').matchAll(/^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d+)\+0000: starting up/gm)]
  const last = hits.at(-1)
  return last === undefined ? undefined : Date.parse(`${last[1]}T${last[2]}Z`)
}

/** When h2's agent granted the lease for `vm` (its "lease asked" log line). */
function leaseAt (vm: string): number | undefined {
  const lines = readFileSync(join(hostDir('h2'), 'agent.log'), 'utf8').split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i]!.includes('"lease asked"')) continue
    try {
      const e = JSON.parse(lines[i]!) as { time?: number, vm?: string, granted?: boolean }
      if (e.vm === vm && e.granted === true) return e.time
    } catch {}
  }
  return undefined
}

/** Differences between consecutive named instants, kept only when every instant is known and in order. */
function phases (points: Array<[string, number | undefined]>): Record<string, number> {
  const out: Record<string, number> = {}
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]![1]; const b = points[i]![1]
    if (a === undefined || b === undefined) return {}
    out[points[i]![0]] = b - a
  }
  // Log times have ms resolution: a few tenths of a ms out of order is rounding, more is not.
  return Object.values(out).every((v) => v > -1.5) ? out : {}
}

async function meshRound (kit: GuestKit, name: string): Promise<Round> {
  const t0 = wall()
  const answer = await post('h1', '/v1/vm/create', { spec: spec(kit, name), host: 'h2', start: true })
  const t1 = wall()
  if (answer.placed !== true || answer.host !== 'h2' || answer.state !== 'running') throw new Error(`mesh create of ${name}: ${JSON.stringify(answer)}`)
  const image = join(hostDir('h2'), 'data', 'images', `${name}@root.qcow2`)
  const points: Array<[string, number | undefined]> = [
    ['request', t0],
    ['place: lease granted on h2', leaseAt(name)],
    ['hand over: vm request to h2, ledger', birth(image)],
    ['qemu-img create', mtime(image)],
    ['virsh define (images made at the same time)', birth(configFile(name))],
    ['ledger, virsh start until QEMU launch', qemuStartedAt(name)],
    [LAUNCH, mtime(statusFile(name))],
    ['virsh exits, ledger, answer back to h1', t1]
  ]
  const p = phases(points)
  await post('h1', '/v1/vm/remove', { name, force: true })
  return { ms: t1 - t0, phases: p }
}

let template = ''
const imageDir = (): string => join(LAB_DIR, 'bench-images')
const plainImage = (name: string): string => join(imageDir(), `${name}.qcow2`)

/** The agent's XML for another name: no <uuid>, its own image and console log. */
function xmlFor (name: string): string {
  const from = /<name>([^<]+)<\/name>/.exec(template)![1]!
  const xml = template
    .replace(/^\s*<uuid>[^<]*<\/uuid>\n/m, '')
    .replace(`<name>${from}</name>`, `<name>${name}</name>`)
    .replace(`<mv:name>${from}</mv:name>`, `<mv:name>${name}</mv:name>`)
    .replace(/<source file='[^']*'/, `<source file='${plainImage(name)}'`)
    .replaceAll(/<source path='[^']*'/g, `<source path='${join(imageDir(), `${name}.console.log`)}'`)
  if (xml.includes('<uuid>') || !xml.includes(plainImage(name))) throw new Error(`could not rewrite the domain XML for ${name}`)
  return xml
}

const qemuImg = async (path: string): Promise<void> => { await run('qemu-img', ['create', '-q', '-f', 'qcow2', path, String(DISK_BYTES)], 60_000, { ...process.env, LC_ALL: 'C' }) }

async function plainRound (name: string, withImage: boolean): Promise<Round> {
  const file = join(imageDir(), `${name}.xml`)
  writeFileSync(file, xmlFor(name))
  if (!withImage) await qemuImg(plainImage(name))
  const t0 = wall()
  if (withImage) await qemuImg(plainImage(name))
  const tImage = wall()
  await virsh(['define', file])
  await virsh(['start', name])
  const t1 = wall()
  const points: Array<[string, number | undefined]> = [
    ['request', t0],
    ...(withImage ? [['qemu-img create', tImage] as [string, number]] : []),
    ['virsh define', birth(configFile(name))],
    ['virsh start until QEMU launch', qemuStartedAt(name)],
    [LAUNCH, mtime(statusFile(name))],
    ['virsh start exits', t1]
  ]
  const p = phases(points)
  await virsh(['destroy', name])
  await virsh(['undefine', name])
  spawnSync('rm', ['-f', plainImage(name)])
  return { ms: t1 - t0, phases: p }
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2 }
/** Nearest-rank percentile. */
const pct = (xs: number[], p: number): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]! }
const r0 = (v: number): number => Math.round(v)
const r3 = (v: number): number => Math.round(v * 1000) / 1000

/** Warnings and errors in the agents' logs, counted by message. */
function logSummary (): string[] {
  const out: string[] = []
  for (const h of ['h1', 'h2']) {
    const path = join(hostDir(h), 'agent.log')
    if (!existsSync(path)) continue
    const counts = new Map<string, number>()
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('--- lab:')) continue
      let e: { level?: number, msg?: string, err?: string }
      try { e = JSON.parse(line) } catch { continue }
      if ((e.level ?? 0) < 40) continue
      const key = `${(e.level ?? 0) >= 50 ? 'ERROR' : 'warn'} ${e.msg}${e.err !== undefined ? `: ${e.err.slice(0, 100)}` : ''}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    if (counts.size > 0) out.push(`  ${h}: ${[...counts].map(([k, c]) => `${c}x ${k}`).join('; ')}`)
  }
  return out
}

async function main (rounds: number): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('bench:vm builds network namespaces and runs libvirtd: run it as root')
  const kit = await ensureGuestKit({ log: (line) => { console.log(`  guest kit: ${line}`) } })
  await lab(['down'])
  console.log(`lab up 2 (LAB_PREFIX=${LAB_PREFIX} LAB_DIR=${LAB_DIR}), with a libvirtd per host; guests under TCG`)
  await lab(['up', '2'])
  try {
    uriH2 = readFileSync(join(hostDir('h2'), 'libvirt.uri'), 'utf8').trim()
    mkdirSync(imageDir(), { recursive: true })

    // Warm-up, untimed: the first create through the mesh (and QEMU's first start) is slower. Its
    // domain gives the XML for the plain rounds.
    await post('h1', '/v1/vm/create', { spec: spec(kit, 'warm-mesh'), host: 'h2', start: true })
    template = await virsh(['dumpxml', '--inactive', 'warm-mesh'])
    await post('h1', '/v1/vm/remove', { name: 'warm-mesh', force: true })
    await plainRound('warm-virsh', false)
    await plainRound('warm-img', true)
    await sleep(SETTLE_MS)

    const results: Record<Variant, Round[]> = { mesh: [], virsh: [], 'virsh+img': [] }
    const loadBefore = loadavg()[0]!
    console.log(`${rounds} rounds of each, interleaved (mesh, virsh, virsh+img, ...), VM pinned to h2, created from h1:`)
    for (let i = 1; i <= rounds; i++) {
      const id = String(i).padStart(2, '0')
      const m = await meshRound(kit, `mesh-${id}`); await sleep(SETTLE_MS)
      const v = await plainRound(`virsh-${id}`, false); await sleep(SETTLE_MS)
      const w = await plainRound(`img-${id}`, true); await sleep(SETTLE_MS)
      results.mesh.push(m); results.virsh.push(v); results['virsh+img'].push(w)
      console.log(`  round ${id}: mesh ${m.ms.toFixed(0).padStart(5)} ms   virsh ${v.ms.toFixed(0).padStart(5)} ms   virsh+img ${w.ms.toFixed(0).padStart(5)} ms`)
    }
    report(rounds, results, [loadBefore, loadavg()[0]!])
  } finally {
    const logs = existsSync(LAB_DIR) ? logSummary() : []
    console.log(logs.length === 0 ? 'agent logs: no warnings or errors' : `agent logs, warnings and errors:\n${logs.join('\n')}`)
    await lab(['down'])
  }
}

function report (rounds: number, results: Record<Variant, Round[]>, load: number[]): void {
  const stats = Object.fromEntries(VARIANTS.map((v) => {
    const ms = results[v].map((r) => r.ms)
    return [v, { median: median(ms), p90: pct(ms, 90), min: Math.min(...ms), max: Math.max(...ms) }]
  })) as Record<Variant, { median: number, p90: number, min: number, max: number }>
  const overVirsh = stats.mesh.median / stats.virsh.median
  const overImg = stats.mesh.median / stats['virsh+img'].median

  console.log(`\nvm create --start until running (ms); load average ${load.map((l) => l.toFixed(1)).join(' -> ')} over the rounds (${cpus().length} CPUs: other work on the machine shows in every variant)`)
  const rows = [['variant', 'median', 'p90', 'min', 'max', 'mesh / this']]
  for (const v of VARIANTS) {
    const s = stats[v]
    rows.push([v === 'mesh' ? 'mesh (h1 -> h2, control socket)' : v === 'virsh' ? 'virsh define + start' : 'qemu-img create + virsh define + start',
      s.median.toFixed(0), s.p90.toFixed(0), s.min.toFixed(0), s.max.toFixed(0), (stats.mesh.median / s.median).toFixed(2) + 'x'])
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  for (const r of rows) console.log('  ' + r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)).join('  '))
  const verdict = (ratio: number): string => `${((ratio - 1) * 100).toFixed(1)} % over (target <= ${((TARGET - 1) * 100).toFixed(0)} %: ${ratio <= TARGET ? 'met' : 'NOT met'})`
  console.log(`  mesh vs virsh:           ${verdict(overVirsh)}`)
  console.log(`  mesh vs qemu-img+virsh:  ${verdict(overImg)}`)

  // Phases: medians over the rounds whose timestamps were all found and in order.
  const breakdown: Record<string, Record<string, number>> = {}
  for (const v of VARIANTS) {
    const withPhases = results[v].filter((r) => Object.keys(r.phases).length > 0)
    if (withPhases.length === 0) continue
    const names = Object.keys(withPhases[0]!.phases)
    breakdown[v] = Object.fromEntries(names.map((n) => [n, median(withPhases.map((r) => r.phases[n]!))]))
    console.log(`\nwhere ${v} spends its time (ms per phase over ${withPhases.length}/${rounds} rounds with every timestamp; medians need not add up to the total's):`)
    console.log('   median      p90  phase (ends when)')
    for (const n of names) console.log(`  ${breakdown[v][n]!.toFixed(1).padStart(7)}  ${pct(withPhases.map((r) => r.phases[n]!), 90).toFixed(1).padStart(7)}  ${n}`)
  }

  // The same without the QEMU launch: what each path adds around libvirt's own start, steadier.
  const rest = Object.fromEntries(VARIANTS.map((v) => {
    const rs = results[v].filter((r) => r.phases[LAUNCH] !== undefined)
    return [v, rs.length === 0 ? NaN : median(rs.map((r) => r.ms - r.phases[LAUNCH]!))]
  })) as Record<Variant, number>
  const added = { overVirsh: rest.mesh - rest.virsh, overVirshImg: rest.mesh - rest['virsh+img'] }
  if (!Number.isNaN(rest.mesh)) {
    console.log(`\nwithout the phase "${LAUNCH}" (the same work in every variant, and most of the noise): medians mesh ${rest.mesh.toFixed(0)} ms, ` +
      `virsh ${rest.virsh.toFixed(0)} ms, virsh+img ${rest['virsh+img'].toFixed(0)} ms; the mesh path adds ${added.overVirsh.toFixed(0)} ms over virsh ` +
      `(${(added.overVirsh / stats.virsh.median * 100).toFixed(0)} % of its median total) and ${added.overVirshImg.toFixed(0)} ms over virsh+img ` +
      `(${(added.overVirshImg / stats['virsh+img'].median * 100).toFixed(0)} %)`)
  }

  console.log(JSON.stringify({
    bench: 'vm',
    rounds,
    target: { maxOverhead: TARGET, metVsVirsh: overVirsh <= TARGET, metVsVirshImg: overImg <= TARGET },
    medianMs: { mesh: r0(stats.mesh.median), virsh: r0(stats.virsh.median), virshImg: r0(stats['virsh+img'].median) },
    p90Ms: { mesh: r0(stats.mesh.p90), virsh: r0(stats.virsh.p90), virshImg: r0(stats['virsh+img'].p90) },
    ratio: { meshOverVirsh: r3(overVirsh), meshOverVirshImg: r3(overImg) },
    withoutLaunchMedianMs: { mesh: r0(rest.mesh), virsh: r0(rest.virsh), virshImg: r0(rest['virsh+img']) },
    meshAddsMs: { overVirsh: r0(added.overVirsh), overVirshImg: r0(added.overVirshImg) },
    loadAvg: load.map((l) => Math.round(l * 100) / 100),
    phasesMedianMs: Object.fromEntries(Object.entries(breakdown).map(([v, p]) => [v, Object.fromEntries(Object.entries(p).map(([n, x]) => [n, Math.round(x * 10) / 10]))]))
  }))
}

const arg = process.argv[2]
const rounds = arg === undefined ? 20 : Number(arg)
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 500) {
  console.error('usage: node test/bench/vm.ts [ROUNDS]   (default 20; root; makes its own lab)')
  process.exit(2)
}
// Ctrl-C must not leave namespaces, agents, libvirtds and QEMUs behind.
process.once('SIGINT', () => { spawnSync('bash', [LAB, 'down'], { env: LAB_ENV, stdio: 'inherit' }); process.exit(130) })
try {
  await main(rounds)
} catch (error) {
  console.error(`bench:vm FAILED: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
