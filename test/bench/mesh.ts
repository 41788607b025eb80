/**
 * npm run bench:mesh [N...] (root; default 3 5 10): the cluster mesh in the lab, side by side with
 * serf (test/bench/serf.ts) at the same N, in the same run.
 * - join: from a `cluster join` returning on a new host until every member lists it alive;
 * - convergence: kill -9 every agent, start them all again, until every host lists all N alive
 *   with a non-empty inventory, heard from since the kill (not restored from disk). All N start
 *   at once on this machine's cores, so the figure includes N processes' start-up contending;
 * - rejoin: kill -9 the last host's agent, wait until every other lists it suspect, start it
 *   again; from that start (and from its control socket) until every host lists all N alive,
 *   heard from since the kill: the last agent's start into a running cluster, as serf's rejoin;
 * - failure detection: `lab cut` the last host, until every other marks it suspect, then dead;
 *   `lab heal`, until every host sees it alive again;
 * - idle cost per agent in steady state: from 45 s after the restart (start-up's GCs done) over
 *   30 s (one inventory refresh included): RSS, CPU, gossip counters, bytes on the wire.
 * Hosts are polled every 20 ms (GET /v1/status?brief=1 on the control socket: states and
 * counts, as cheap as `serf members`); a poll counts when it returns, so figures are upper
 * bounds by one poll, as serf's are.
 * The agents run from the bundle, dist/multiverse.mjs (built first when missing or older than the
 * sources: scripts/build.ts), as the systemd unit runs them; `--sources` runs packages/cli/src/main.ts
 * instead. LAB_AGENT_CMD, when set, wins over both. LAB_DIR and LAB_PREFIX are the lab's.
 */
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureSerf, type SerfFigures } from './serf.ts'
import { BUNDLE, buildBundle, bundleIsStale } from '../../scripts/build.ts'
import { agentRuntime } from '../../packages/cli/bin/agent-launch.js'

const LAB = fileURLToPath(new URL('../../deploy/lab/lab', import.meta.url))
const LAB_DIR = resolve(process.env.LAB_DIR ?? '/tmp/multiverse-lab')
/** The lab names host hN's network namespace `${LAB_PREFIX}hN`. */
const NS_PREFIX = process.env.LAB_PREFIX ?? ''
const POLL_MS = 20
const WAIT_MS = 30_000
const IDLE_MS = 45_000
const WINDOW_MS = 30_000
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

/** A host in `GET /v1/status?brief=1`: `devices` counts its inventory's devices. */
interface HostView { name: string, state: string, lastSeenMs: number | null, devices: number }
interface Status { name: string, hosts: HostView[], counters: { gossipBytesIn: number, gossipBytesOut: number } }
type Check = (s: Status) => boolean

interface Idle { rssMb: number, cpuPct: number, gossipBps: number, wireBps: number }
interface MeshFigures {
  joinMs?: number[]
  restart?: { fromSocketMs: number, fromStartMs: number, socketsAfterMs: number, restoredEarly: boolean }
  rejoin?: { fromStartMs: number, fromSocketMs: number }
  suspectMs?: number
  deadMs?: number
  healMs?: number
  idle?: Idle[]
  error?: string
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const sock = (host: string): string => join(LAB_DIR, host, 'agent.sock')

function run (file: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<{ stdout: string, stderr: string, code: number | null }> {
  return new Promise((done) => {
    execFile(file, args, { timeout: timeoutMs, env, maxBuffer: 4 << 20 }, (error, stdout, stderr) => {
      done({ stdout, stderr, code: error === null ? 0 : typeof error.code === 'number' ? error.code : null })
    })
  })
}

async function lab (args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  const r = await run('bash', [LAB, ...args], 120_000, { ...process.env, LAB_DIR, ...extraEnv })
  if (r.code !== 0) throw new Error(`lab ${args.join(' ')} failed (${r.code ?? 'timeout'}): ${(r.stderr || r.stdout).trim()}`)
  return r.stdout
}

/** One JSON request on a host's control socket, straight from this (root) namespace. */
function call (host: string, method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = 2000): Promise<{ code: number, json: any }> {
  return new Promise((done, fail) => {
    const req = request({ socketPath: sock(host), method, path, timeout: timeoutMs, agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        try { done({ code: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }) } catch (e) { fail(e) }
      })
      res.on('error', fail)
    })
    req.on('timeout', () => { req.destroy(new Error(`no answer within ${timeoutMs} ms`)) })
    req.on('error', fail)
    req.end(body === undefined ? undefined : JSON.stringify(body))
  })
}

async function status (host: string): Promise<Status | null> {
  try {
    const r = await call(host, 'GET', '/v1/status?brief=1')
    return r.code === 200 ? r.json as Status : null
  } catch { return null }
}

async function post (host: string, path: string, body: unknown): Promise<any> {
  const r = await call(host, 'POST', path, body, 30_000)
  if (r.code !== 200) throw new Error(`${host} POST ${path}: ${r.code} ${JSON.stringify(r.json)}`)
  return r.json
}

const up = (h: HostView): boolean => h.state === 'alive' && h.devices > 0
const sees = (name: string, ok: (h: HostView) => boolean): Check => (s) => s.hosts.some((h) => h.name === name && ok(h))
/** All n alive with devices; with `sinceWall`, every other host heard from at or after then. */
const allAlive = (n: number, sinceWall?: number): Check => (s) => s.hosts.length === n &&
  s.hosts.every((h) => up(h) && (sinceWall === undefined || h.name === s.name || (h.lastSeenMs ?? 0) >= sinceWall))

function describe (views: Map<string, Status | null>): string {
  return [...views].map(([host, v]) => `${host}: ${v === null
? 'no answer'
    : v.hosts.map((h) => `${h.name}=${h.state}${h.devices === 0 ? '(no devices)' : ''}`).join(' ')}`).join('; ')
}

/** Polls every host every POLL_MS until each check has held once on it; per check, the time
 *  (performance.now()) at which the last host was first seen to satisfy it. */
async function pollUntil (hosts: string[], checks: Record<string, Check>, what: string): Promise<Record<string, number>> {
  const deadline = performance.now() + WAIT_MS
  const names = Object.keys(checks)
  const last = new Map<string, Status | null>()
  const perHost = await Promise.all(hosts.map(async (host) => {
    const held: Record<string, number> = {}
    for (;;) {
      const started = performance.now()
      const view = await status(host)
      const at = performance.now()
      last.set(host, view)
      for (const name of names) if (held[name] === undefined && view !== null && checks[name]!(view)) held[name] = at
      if (names.every((name) => held[name] !== undefined)) return held
      if (at > deadline) throw new Error(`${what}: not reached within ${WAIT_MS} ms (${describe(last)})`)
      await sleep(Math.max(0, started + POLL_MS - performance.now()))
    }
  }))
  return Object.fromEntries(names.map((name) => [name, Math.max(...perHost.map((h) => h[name]!))]))
}

/** Forms the cluster through the control API (what `cluster init/token/join` send), timing each
 *  join: `lab up` would form it too, but gives no moment at which a join returned. */
async function formAndTimeJoins (hosts: string[]): Promise<number[]> {
  await post(hosts[0]!, '/v1/cluster/init', {})
  const times: number[] = []
  for (let i = 1; i < hosts.length; i++) {
    const { token } = await post(hosts[0]!, '/v1/cluster/token', {})
    await post(hosts[i]!, '/v1/cluster/join', { token })
    const returned = performance.now()
    const t = await pollUntil(hosts.slice(0, i + 1), { alive: sees(hosts[i]!, up) }, `${hosts[i]} alive everywhere after its join`)
    times.push(t.alive! - returned)
  }
  await pollUntil(hosts, { all: allAlive(hosts.length) }, 'cluster formed')
  return times
}

async function watchSockets (hosts: string[]): Promise<Map<string, number>> {
  const seen = new Map<string, number>()
  const deadline = performance.now() + WAIT_MS
  while (seen.size < hosts.length && performance.now() < deadline) {
    for (const h of hosts) if (!seen.has(h) && existsSync(sock(h))) seen.set(h, performance.now())
    await sleep(5)
  }
  return seen
}

async function restartAll (hosts: string[]): Promise<NonNullable<MeshFigures['restart']>> {
  await Promise.all(hosts.map((h) => lab(['kill', h])))
  const killedWall = Date.now()
  // A killed agent leaves its socket file behind: remove it so that only new sockets count.
  for (const h of hosts) rmSync(sock(h), { force: true })
  const issued: number[] = []
  const starts = hosts.map((h) => { issued.push(performance.now()); return lab(['start', h]) })
  const sockets = watchSockets(hosts)
  // `reported` may hold early: an agent restores when it last heard of each peer from disk (saved
  // every 5 s), so it can list peers alive before hearing from them. `heard` is the real figure.
  const t = await pollUntil(hosts, { reported: allAlive(hosts.length), heard: allAlive(hosts.length, killedWall) }, 'all alive after the restart')
  await Promise.all(starts)
  const socketAt = await sockets
  if (socketAt.size < hosts.length) throw new Error('a control socket never appeared')
  const lastSocket = Math.max(...socketAt.values())
  const lastStart = Math.max(...issued)
  return { fromSocketMs: t.heard! - lastSocket, fromStartMs: t.heard! - lastStart, socketsAfterMs: lastSocket - lastStart, restoredEarly: t.reported! < t.heard! - POLL_MS }
}

/** The last host's agent killed, seen suspect by every other, then started again. */
async function rejoinOne (hosts: string[]): Promise<NonNullable<MeshFigures['rejoin']>> {
  const victim = hosts[hosts.length - 1]!
  await lab(['kill', victim])
  const killedWall = Date.now()
  rmSync(sock(victim), { force: true })
  await pollUntil(hosts.slice(0, -1), { gone: sees(victim, (h) => h.state !== 'alive') }, `killed ${victim} suspect everywhere else`)
  const started = performance.now()
  const starting = lab(['start', victim])
  const socket = watchSockets([victim])
  const t = await pollUntil(hosts, { heard: allAlive(hosts.length, killedWall) }, `${victim} alive again everywhere`)
  await starting
  const socketAt = (await socket).get(victim)
  if (socketAt === undefined) throw new Error(`${victim}: the control socket never appeared`)
  return { fromStartMs: t.heard! - started, fromSocketMs: t.heard! - socketAt }
}

/** The node process of a host's agent: the pid file names what lab started, a wrapper maybe. */
function agentProcess (host: string): number {
  let pid = Number(readFileSync(join(LAB_DIR, host, 'agent.pid'), 'utf8').trim())
  for (let depth = 0; depth < 5 && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'node'; depth++) {
    const kids = readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
    if (kids.length === 0) break
    pid = Number(kids[0])
  }
  return pid
}

interface Sample { at: number, ticks: number, rssKb: number, gossip: number, wire: number }

async function sample (host: string): Promise<Sample> {
  const pid = agentProcess(host)
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  const s = await status(host)
  if (s === null) throw new Error(`${host}: no status`)
  // Everything on the host's link (gossip, its control traffic, noise/yamux/pnet framing, mDNS).
  const link = JSON.parse((await run('ip', ['-n', `${NS_PREFIX}${host}`, '-j', '-s', 'link', 'show', 'eth0'], 5000)).stdout)[0].stats64
  return {
    at: performance.now(),
    ticks: Number(fields[11]) + Number(fields[12]), // utime, stime: fields 14 and 15 of stat
    rssKb: Number(rss?.[1] ?? NaN),
    gossip: s.counters.gossipBytesIn + s.counters.gossipBytesOut,
    wire: link.rx.bytes + link.tx.bytes
  }
}

async function idleCost (hosts: string[]): Promise<Idle[]> {
  await sleep(IDLE_MS)
  const before = await Promise.all(hosts.map(sample))
  await sleep(WINDOW_MS)
  const after = await Promise.all(hosts.map(sample))
  return hosts.map((_, i) => {
    const a = before[i]!; const b = after[i]!; const s = (b.at - a.at) / 1000
    return { rssMb: b.rssKb / 1024, cpuPct: (b.ticks - a.ticks) / CLK_TCK / s * 100, gossipBps: (b.gossip - a.gossip) / s, wireBps: (b.wire - a.wire) / s }
  })
}

async function failureDetection (hosts: string[], f: MeshFigures): Promise<void> {
  const victim = hosts[hosts.length - 1]!
  await lab(['cut', victim])
  const cutAt = performance.now() // after lab returns, as serf.ts measures: both a few ms short
  const t = await pollUntil(hosts.slice(0, -1), { suspect: sees(victim, (h) => h.state !== 'alive'), dead: sees(victim, (h) => h.state === 'dead') }, `${victim} suspect, then dead, everywhere else`)
  f.suspectMs = t.suspect! - cutAt
  f.deadMs = t.dead! - cutAt
  console.log(`  cut ${victim}: every other host marks it suspect after ${f.suspectMs.toFixed(0)} ms, dead after ${f.deadMs.toFixed(0)} ms`)
  await lab(['heal', victim])
  const healAt = performance.now()
  const h = await pollUntil(hosts, { back: sees(victim, up), all: allAlive(hosts.length) }, `${victim} alive everywhere after heal`)
  f.healMs = h.back! - healAt
  console.log(`  heal ${victim}: every host sees it alive after ${f.healMs.toFixed(0)} ms (every host sees all ${hosts.length} alive after ${(h.all! - healAt).toFixed(0)} ms)`)
}

/** Warnings and errors in the agents' logs, counted by message: evidence of misbehaviour. */
function logSummary (hosts: string[]): string[] {
  const out: string[] = []
  for (const h of hosts) {
    const counts = new Map<string, number>()
    for (const line of readFileSync(join(LAB_DIR, h, 'agent.log'), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('--- lab:')) continue
      let e: { level?: number, msg?: string, reason?: string, err?: string }
      try { e = JSON.parse(line) } catch { e = { level: 60, msg: `not JSON: ${line.slice(0, 120)}` } }
      if ((e.level ?? 0) < 40) continue
      const key = `${(e.level ?? 0) >= 50 ? 'ERROR' : 'warn'} ${e.msg}${e.reason !== undefined ? ` (${e.reason})` : ''}${e.err !== undefined ? `: ${e.err.slice(0, 100)}` : ''}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    if (counts.size > 0) out.push(`  ${h}: ${[...counts].map(([k, c]) => `${c}x ${k}`).join('; ')}`)
  }
  return out
}

async function measureMesh (n: number, f: MeshFigures): Promise<void> {
  const hosts = Array.from({ length: n }, (_, i) => `h${i + 1}`)
  await lab(['up', String(n)], { LAB_SKIP_FORM: '1' })
  try {
    f.joinMs = await formAndTimeJoins(hosts)
    console.log(`  join: each new host alive everywhere after ${f.joinMs.map((t) => t.toFixed(0)).join(', ')} ms (h2..h${n})`)
    const size = JSON.stringify(await status('h1')).length
    console.log(`  (polling: GET /v1/status?brief=1 every ${POLL_MS} ms per host, ${(size / 1024).toFixed(1)} KiB per answer)`)
    const r = f.restart = await restartAll(hosts)
    console.log(`  restart: all ${n} alive with inventory everywhere ${r.fromSocketMs.toFixed(0)} ms after the last control socket appeared, ` +
      `${r.fromStartMs.toFixed(0)} ms after the last start was issued (sockets appeared ${r.socketsAfterMs.toFixed(0)} ms after it)` +
      (r.restoredEarly ? '; hosts listed peers alive from restored state before hearing them' : ''))
    const j = f.rejoin = await rejoinOne(hosts)
    console.log(`  rejoin: ${hosts.at(-1)} restarted, all ${n} alive everywhere ${j.fromStartMs.toFixed(0)} ms after its start was issued, ${j.fromSocketMs.toFixed(0)} ms after its control socket appeared`)
    f.idle = await idleCost(hosts)
    f.idle.forEach((x, i) => { console.log(`  idle ${hosts[i]}: RSS ${x.rssMb.toFixed(0)} MB, CPU ${x.cpuPct.toFixed(2)} %, gossip ${x.gossipBps.toFixed(0)} B/s, wire ${x.wireBps.toFixed(0)} B/s`) })
    await failureDetection(hosts, f)
  } finally {
    const logs = existsSync(LAB_DIR) ? logSummary(hosts) : []
    console.log(logs.length === 0 ? '  agent logs: no warnings or errors' : `  agent logs, warnings and errors:\n${logs.join('\n')}`)
    await lab(['down'])
  }
}

interface Result { n: number, ours: MeshFigures, serf?: SerfFigures }

const fmt = (v: number | undefined, unit: string): string => v === undefined || Number.isNaN(v)
  ? '-'
  : unit === 's' ? `${(v / 1000).toFixed(3)} s` : unit === '%' ? `${v.toFixed(2)} %` : `${v.toFixed(0)} ${unit}`
const max = (xs: number[] | undefined): number | undefined => xs === undefined || xs.length === 0 ? undefined : Math.max(...xs)

function printTable (results: Result[]): void {
  const rows: string[][] = [['N', 'metric', 'ours', 'serf', 'ratio', 'target', 'met?']]
  for (const { n, ours: o, serf } of results) {
    const row = (metric: string, v: number | undefined, unit: string, s: number | undefined, target: string, ok: (v: number) => boolean): void => {
      rows.push([String(n), metric, fmt(v, unit), fmt(s, unit), v !== undefined && s !== undefined ? `${(v / s).toFixed(2)}x` : '-', target, v === undefined ? '-' : ok(v) ? 'yes' : 'NO'])
    }
    const sc = serf?.convergenceMs
    const within = (serfMs: number | undefined) => (v: number): boolean => v < 1000 && (serfMs === undefined || v <= serfMs)
    const vsSerf = within(sc)
    row('join: last host alive everywhere', o.joinMs?.at(-1), 's', undefined, '< 1 s', (v) => v < 1000)
    row('restart convergence, from last socket', o.restart?.fromSocketMs, 's', sc, '< 1 s, <= serf', vsSerf)
    row('restart convergence, from last start', o.restart?.fromStartMs, 's', sc, '< 1 s, <= serf', vsSerf)
    row('rejoin of one restarted host, from its start', o.rejoin?.fromStartMs, 's', serf?.rejoinMs, '< 1 s, <= serf', within(serf?.rejoinMs))
    row('rejoin, from its control socket', o.rejoin?.fromSocketMs, 's', serf?.rejoinMs, '< 1 s, <= serf', within(serf?.rejoinMs))
    row('cut host suspect everywhere (serf: failed)', o.suspectMs, 's', serf?.failureDetectionMs, '<= 3 s', (v) => v <= 3000)
    row('cut host dead everywhere (serf: failed)', o.deadMs, 's', serf?.failureDetectionMs, '<= 10 s', (v) => v <= 10_000)
    row('healed host alive everywhere', o.healMs, 's', undefined, '-', () => true)
    row('idle RSS, worst agent', max(o.idle?.map((x) => x.rssMb)), 'MB', undefined, '< 100 MB', (v) => v < 100)
    row('idle CPU, worst agent', max(o.idle?.map((x) => x.cpuPct)), '%', undefined, '< 1 %', (v) => v < 1)
    row('idle gossip and heartbeat bytes, worst host', max(o.idle?.map((x) => x.gossipBps)), 'B/s', undefined, '< 2048 B/s', (v) => v < 2048)
    row('idle bytes on the wire, worst host', max(o.idle?.map((x) => x.wireBps)), 'B/s', undefined, '< 2048 B/s', (v) => v < 2048)
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  for (const r of rows) console.log(r.map((cell, c) => c === 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)).join('  '))
}

const args = process.argv.slice(2)
const fromSources = args.includes('--sources')
const sizes = args.filter((a) => a !== '--sources').map(Number)
if (sizes.some((n) => !Number.isInteger(n) || n < 2 || n > 32)) {
  console.error('usage: node test/bench/mesh.ts [--sources] [N...]   (N from 2 to 32, default 3 5 10; root; no lab up)')
  process.exit(2)
}
if (process.env.LAB_AGENT_CMD === undefined && !fromSources) {
  if (bundleIsStale()) {
    const started = performance.now()
    await buildBundle()
    console.log(`built ${BUNDLE} in ${(performance.now() - started).toFixed(0)} ms`)
  }
  const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url))
  // The V8 flags and environment packages/cli/bin/multiverse.js gives `multiverse agent`, as the systemd unit runs it.
  const runtime = agentRuntime()
  const env = Object.entries(runtime.env).map(([k, v]) => `${k}=${v}`)
  process.env.LAB_AGENT_CMD = ['env', ...env, node, ...runtime.v8Flags, BUNDLE].join(' ')
  process.env.LAB_CLI_CMD ??= `${node} ${BUNDLE}`
}
console.log(`agents: ${process.env.LAB_AGENT_CMD ?? 'node packages/cli/src/main.ts (the lab\'s default)'}; LAB_DIR=${LAB_DIR}, LAB_PREFIX=${process.env.LAB_PREFIX ?? ''}`)
// Ctrl-C must not leave namespaces and agents behind.
process.once('SIGINT', () => { spawnSync('bash', [LAB, 'down'], { env: { ...process.env, LAB_DIR }, stdio: 'inherit' }); process.exit(130) })
const results: Result[] = []
for (const n of sizes.length > 0 ? sizes : [3, 5, 10]) {
  console.log(`\nN=${n}: multiverse agents`)
  const ours: MeshFigures = {}
  try {
    await measureMesh(n, ours)
  } catch (error) {
    ours.error = error instanceof Error ? error.message : String(error)
    console.log(`  FAILED: ${ours.error}`)
  }
  console.log(`N=${n}: serf`)
  let serf: SerfFigures | undefined
  try {
    serf = await measureSerf(n, { labDir: LAB_DIR })
    console.log(`  converged in ${serf.convergenceMs.toFixed(0)} ms (from the agents' start), restarted host alive everywhere after ${serf.rejoinMs.toFixed(0)} ms, cut host failed after ${serf.failureDetectionMs.toFixed(0)} ms`)
  } catch (error) {
    console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`)
  }
  results.push({ n, ours, serf })
}
console.log('\nmultiverse agents vs serf; times are upper bounds by one 20 ms poll; ratio = ours / serf')
printTable(results)
if (results.some((r) => r.ours.error !== undefined || r.serf === undefined)) process.exitCode = 1
