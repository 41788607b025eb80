/**
 * The figures of bench:migrate (test/bench/migrate.ts): median, p90, min and max of each
 * variant's moves, and the ratio of the mesh's to each baseline's, as tables and one JSON line.
 */
import { cpus } from 'node:os'

/** What the VMs and images of a run hold. */
export interface Sizes { liveMemoryMiB: number, liveDiskMiB: number, liveDataMiB: number, offlineMemoryMiB: number, offlineDiskMiB: number, offlineDataMiB: number }
/**
 * One move: its time (the mesh's elapsedMs, a baseline command's wall time), the mesh command's
 * wall time, libvirt's downtime and job time, and whether the source still had them.
 */
export interface Move { ms: number, wallMs?: number, downtimeMs?: number, libvirtMs?: number, sourceHadStats?: boolean }
/** Each variant's moves, by variant (mesh, virsh, scp, raw, nbd). */
export type Results = Record<string, Move[]>

export interface Run {
  sizes: Sizes
  rounds: number
  /** The target: the mesh at most this many times virsh, live. */
  target: number
  live: Results
  offline: { results: Results, skipped: string[] }
  /** The 1-minute load average at the start and at the end. */
  load: number[]
  seconds: number
}

const size = (mib: number): string => mib % 1024 === 0 ? `${mib / 1024} GiB` : `${mib} MiB`

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2 }
/** Nearest-rank percentile. */
const pct = (xs: number[], p: number): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]! }
interface Stats { median: number, p90: number, min: number, max: number, n: number }
const stats = (xs: number[]): Stats | undefined => xs.length === 0 ? undefined : { median: median(xs), p90: pct(xs, 90), min: Math.min(...xs), max: Math.max(...xs), n: xs.length }
const values = (moves: Move[] | undefined, pick: (m: Move) => number | undefined): number[] => (moves ?? []).map(pick).filter((v): v is number => v !== undefined)

function table (rows: Array<{ label: string, s: Stats | undefined, unit: 's' | 'ms', ref?: Stats }>): void {
  const fmt = (v: number, unit: 's' | 'ms'): string => unit === 's' ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`
  const lines = [['', 'median', 'p90', 'min', 'max', 'mesh/this (median, p90)']]
  for (const { label, s, unit, ref } of rows) {
    if (s === undefined) { lines.push([label, 'n/a', '', '', '', '']); continue }
    const ratio = ref === undefined ? '' : `${(ref.median / s.median).toFixed(2)}x, ${(ref.p90 / s.p90).toFixed(2)}x`
    lines.push([label, fmt(s.median, unit), fmt(s.p90, unit), fmt(s.min, unit), fmt(s.max, unit), ratio])
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)))
  for (const l of lines) console.log('  ' + l.map((cell, c) => c === 0 || c === 5 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)).join('  ').trimEnd())
}

const round1 = (s: Stats | undefined): Record<string, number> | null => s === undefined ? null : { median: Math.round(s.median), p90: Math.round(s.p90), min: Math.round(s.min), max: Math.round(s.max) }

export function report (run: Run): void {
  const { sizes, rounds: n, target: TARGET, live, offline: off, load, seconds } = run
  const verdict = (ratio: number): string => Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(2)}x (target <= ${TARGET}x: ${ratio <= TARGET ? 'met' : 'NOT met'})`
  console.log(`\n${n} rounds; ${cpus().length} CPUs, no KVM: guests under TCG; load average ${load.map((l) => l.toFixed(1)).join(' -> ')} over the run (other work on the machine shows in every variant)`)

  const liveTotal = { mesh: stats(values(live.mesh, (m) => m.ms)), wall: stats(values(live.mesh, (m) => m.wallMs)), virsh: stats(values(live.virsh, (m) => m.ms)) }
  const liveDown = { mesh: stats(values(live.mesh, (m) => m.downtimeMs)), virsh: stats(values(live.virsh, (m) => m.downtimeMs)) }
  const liveJob = { mesh: stats(values(live.mesh, (m) => m.libvirtMs)), virsh: stats(values(live.virsh, (m) => m.libvirtMs)) }
  const fromSource = [...(live.mesh ?? []), ...(live.virsh ?? [])].filter((m) => m.sourceHadStats === true).length
  console.log(`\nlive: a ${size(sizes.liveMemoryMiB)} guest, booted and idle, ${size(sizes.liveDataMiB)} of data on its ${size(sizes.liveDiskMiB)} disk (copied too), h1 <-> h2`)
  console.log(' total time')
  table([
    { label: 'mesh: multiverse cluster migrate --live (elapsedMs)', s: liveTotal.mesh, unit: 's' },
    { label: '  the same, the command\'s wall time', s: liveTotal.wall, unit: 's' },
    { label: 'virsh migrate --live --p2p --copy-storage-all, qemu+tcp', s: liveTotal.virsh, unit: 's', ...(liveTotal.mesh === undefined ? {} : { ref: liveTotal.mesh }) }
  ])
  console.log(` downtime ("Total downtime" of domjobinfo --completed; on the source in ${fromSource} of ${(live.mesh?.length ?? 0) + (live.virsh?.length ?? 0)} moves, else on the target)`)
  table([
    { label: 'mesh', s: liveDown.mesh, unit: 'ms' },
    { label: 'virsh', s: liveDown.virsh, unit: 'ms', ...(liveDown.mesh === undefined ? {} : { ref: liveDown.mesh }) }
  ])
  console.log(' libvirt\'s own job ("Time elapsed" of the same statistics: the migration inside each total)')
  table([
    { label: 'mesh', s: liveJob.mesh, unit: 's' },
    { label: 'virsh', s: liveJob.virsh, unit: 's', ...(liveJob.mesh === undefined ? {} : { ref: liveJob.mesh }) }
  ])
  const liveRatio = liveTotal.mesh !== undefined && liveTotal.virsh !== undefined ? liveTotal.mesh.median / liveTotal.virsh.median : NaN
  const downRatio = liveDown.mesh !== undefined && liveDown.virsh !== undefined ? liveDown.mesh.median / liveDown.virsh.median : NaN
  console.log(`  mesh / virsh, medians: total time ${verdict(liveRatio)}; downtime ${verdict(downRatio)}`)
  console.log('  (virsh: a domain defined with virsh from the mesh VM\'s XML, libvirt\'s own TCP transport without authentication, QEMU\'s\n' +
    '  memory and NBD streams straight over the LAN; the target\'s empty image made before each move, untimed)')

  const r = off.results
  const offStats = Object.fromEntries(Object.entries(r).map(([k, moves]) => [k, stats(values(moves, (m) => m.ms))]))
  console.log(`\noffline: a stopped VM, ${size(sizes.offlineDataMiB)} of random data on its ${size(sizes.offlineDiskMiB)} qcow2 disk, h1 <-> h2`)
  const labels: Record<string, string> = {
    mesh: 'mesh: multiverse cluster migrate --offline (elapsedMs)',
    scp: 'scp of the qcow2 file (OpenSSH, its default cipher)',
    raw: 'raw copy of the qcow2 file over TCP (cat > /dev/tcp)',
    nbd: 'qemu-img convert over plain NBD (no data channel, no checksums)',
    virsh: `virsh migrate --copy-storage-all, a running ${size(sizes.offlineMemoryMiB)} guest`
  }
  table(Object.keys(labels).filter((k) => k in r).map((k) => ({
    label: labels[k]!, s: offStats[k], unit: 's' as const, ...(k === 'mesh' || offStats.mesh === undefined ? {} : { ref: offStats.mesh })
  })))
  for (const s of off.skipped) console.log(`  skipped: ${s}`)
  console.log('  (scp, raw and nbd move the image only: no VM is defined at either end; libvirt cannot copy the storage of a VM\n' +
    '  that is not running, so virsh copy-storage moves the same image under a running, idle guest, its memory too)')
  const downVirshOff = stats(values(r.virsh, (m) => m.downtimeMs))
  if (downVirshOff !== undefined) console.log(`  (virsh copy-storage's guest was down ${downVirshOff.median.toFixed(0)} ms at the median; the mesh's VM was stopped throughout)`)
  console.log(`\nthe run took ${(seconds / 60).toFixed(1)} min`)

  console.log(JSON.stringify({
    bench: 'migrate',
    rounds: n,
    sizes,
    target: { maxRatio: TARGET, liveTotal: Math.round(liveRatio * 1000) / 1000, liveDowntime: Math.round(downRatio * 1000) / 1000, met: liveRatio <= TARGET && downRatio <= TARGET },
    live: { totalMs: { mesh: round1(liveTotal.mesh), meshWall: round1(liveTotal.wall), virsh: round1(liveTotal.virsh) }, downtimeMs: { mesh: round1(liveDown.mesh), virsh: round1(liveDown.virsh) }, libvirtJobMs: { mesh: round1(liveJob.mesh), virsh: round1(liveJob.virsh) }, downtimeReadOnSource: fromSource },
    offline: { totalMs: Object.fromEntries(Object.entries(offStats).map(([k, s]) => [k, round1(s)])), ratios: Object.fromEntries(Object.entries(offStats).filter(([k]) => k !== 'mesh').map(([k, s]) => [`meshOver_${k}`, s === undefined || offStats.mesh === undefined ? null : Math.round(offStats.mesh.median / s.median * 1000) / 1000])), skipped: off.skipped },
    loadAvg: load.map((l) => Math.round(l * 100) / 100),
    seconds: Math.round(seconds)
  }))
}
