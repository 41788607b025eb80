/**
 * HashiCorp serf in the lab, as the reference for the mesh benchmark: one `serf agent` per host
 * namespace of a `deploy/lab/lab up N --no-agents` lab, discovering each other by mDNS.
 * - convergence: from the last agent's start until every agent reports all N members alive;
 * - rejoin: kill -9 the last host's agent, wait until every other reports it failed, start it
 *   again; from that start until every agent reports all N alive;
 * - failure detection: from `lab cut hN` (the last host) until every other agent reports hN failed.
 * Each agent is polled every 20 ms with `serf members -format=json` inside its namespace; a poll
 * counts when it returns, so figures are upper bounds by one poll (~10-20 ms).
 *
 *   node test/bench/serf.ts 3 5 10     (root; brings a lab up and down for each N)
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface SerfFigures { n: number; convergenceMs: number; rejoinMs: number; failureDetectionMs: number }

export interface SerfOptions {
  /** The lab's state directory (LAB_DIR); default: $LAB_DIR or /tmp/multiverse-lab. */
  labDir?: string
  /** A lab with at least n hosts is already up in labDir (`lab up N --no-agents`): use h1..hn,
   *  heal the cut host at the end, and leave the lab up. Default: bring a lab up and down. */
  labUp?: boolean
}

const LAB = fileURLToPath(new URL('../../deploy/lab/lab', import.meta.url))
const SUBNET = '10.99.0'
const SERF_PORT = 7946
const RPC = '127.0.0.1:7373' // every namespace has its own loopback
const POLL_MS = 20
const CONVERGENCE_TIMEOUT_MS = 30_000
const FAILURE_TIMEOUT_MS = 60_000
const MAX_HOSTS = 32
/** The lab names host hN's network namespace `${LAB_PREFIX}hN`. */
const ns = (host: string): string => `${process.env.LAB_PREFIX ?? ''}${host}`

interface Run { stdout: string; stderr: string; code: number | null }

function run (file: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolvePromise) => {
    execFile(file, args, { timeout: timeoutMs, env, maxBuffer: 4 << 20 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null
      resolvePromise({ stdout, stderr, code })
    })
  })
}

async function lab (labDir: string, args: string[], timeoutMs = 60_000): Promise<string> {
  const result = await run('bash', [LAB, ...args], timeoutMs, { ...process.env, LAB_DIR: labDir })
  if (result.code !== 0) {
    throw new Error(`lab ${args.join(' ')} failed (${result.code ?? 'timeout'}): ${(result.stderr || result.stdout).trim()}`)
  }
  return result.stdout
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Member name -> status as host h's serf agent sees it, or null if it did not answer. */
async function members (host: string): Promise<Map<string, string> | null> {
  const result = await run('ip', ['netns', 'exec', ns(host), 'serf', 'members', `-rpc-addr=${RPC}`, '-format=json'], 2_000)
  if (result.code !== 0) return null
  try {
    const parsed = JSON.parse(result.stdout) as { members?: Array<{ name: string; status: string }> }
    return new Map((parsed.members ?? []).map((m) => [m.name, m.status]))
  } catch {
    return null
  }
}

/** Polls every host in parallel, each every POLL_MS, until done(view) holds for it; resolves to
 *  the time (performance.now()) at which the last host's condition was first seen to hold. */
async function pollUntil (hosts: string[], done: (view: Map<string, string>) => boolean, timeoutMs: number, what: string): Promise<number> {
  const deadline = performance.now() + timeoutMs
  const last = new Map<string, Map<string, string> | null>()
  const times = await Promise.all(hosts.map(async (host) => {
    for (;;) {
      const started = performance.now()
      const view = await members(host)
      last.set(host, view)
      if (view !== null && done(view)) return performance.now()
      if (performance.now() > deadline) {
        const seen = [...last].map(([h, v]) => `${h}: ${v === null ? 'no answer' : [...v].map(([m, s]) => `${m}=${s}`).join(' ')}`)
        throw new Error(`serf: ${what} not reached within ${timeoutMs} ms (${seen.join('; ')})`)
      }
      await sleep(Math.max(0, started + POLL_MS - performance.now()))
    }
  }))
  return Math.max(...times)
}

function startSerf (labDir: string, host: string, index: number, cluster: string): ChildProcess {
  const log = openSync(join(labDir, host, 'serf.log'), 'a')
  try {
    const child = spawn('ip', ['netns', 'exec', ns(host), 'serf', 'agent', `-node=${host}`,
      `-bind=${SUBNET}.${index}:${SERF_PORT}`, `-rpc-addr=${RPC}`, `-discover=${cluster}`, '-iface=eth0'],
    { detached: true, stdio: ['ignore', log, log] })
    child.on('error', () => {}) // reported by the polls; spawn errors must not crash the process
    return child
  } finally {
    closeSync(log)
  }
}

async function stopSerf (agents: ChildProcess[]): Promise<void> {
  const running = agents.filter((c) => c.pid !== undefined && c.exitCode === null && c.signalCode === null)
  const exited = running.map((c) => new Promise<void>((r) => { c.once('exit', () => { r() }) }))
  for (const c of running) { try { process.kill(-c.pid!, 'SIGKILL') } catch {} }
  await Promise.race([Promise.all(exited), sleep(5_000)])
}

function tailLogs (labDir: string, hosts: string[]): string {
  return hosts.map((h) => {
    const file = join(labDir, h, 'serf.log')
    if (!existsSync(file)) return ''
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-4)
    return `\n  ${h}/serf.log:\n    ${lines.join('\n    ')}`
  }).join('')
}

export async function measureSerf (n: number, options: SerfOptions = {}): Promise<SerfFigures> {
  if (!Number.isInteger(n) || n < 2 || n > MAX_HOSTS) throw new RangeError(`n must be an integer from 2 to ${MAX_HOSTS} (failure detection needs a survivor)`)
  const labDir = resolve(options.labDir ?? process.env.LAB_DIR ?? '/tmp/multiverse-lab')
  const ownLab = options.labUp !== true
  const hosts = Array.from({ length: n }, (_, i) => `h${i + 1}`)
  const victim = hosts[n - 1]!
  const cluster = `mvbench${process.pid}n${n}`
  const agents: ChildProcess[] = []
  let cut = false

  if (ownLab) await lab(labDir, ['up', String(n), '--no-agents'])
  try {
    if (!ownLab) {
      const known = readFileSync(join(labDir, 'hosts'), 'utf8').split('\n').map((l) => l.split(' ')[0])
      const missing = hosts.filter((h) => !known.includes(h))
      if (missing.length > 0) throw new Error(`the lab in ${labDir} has no ${missing.join(', ')}`)
    }
    hosts.forEach((h, i) => { agents.push(startSerf(labDir, h, i + 1, cluster)) })
    const started = performance.now()
    try {
      const converged = await pollUntil(hosts,
        (view) => view.size === n && [...view.values()].every((s) => s === 'alive'),
        CONVERGENCE_TIMEOUT_MS, `all ${n} members alive everywhere`)

      await stopSerf([agents[n - 1]!])
      await pollUntil(hosts.slice(0, -1), (view) => view.get(victim) === 'failed', FAILURE_TIMEOUT_MS, `killed ${victim} failed everywhere else`)
      agents[n - 1] = startSerf(labDir, victim, n, cluster)
      const restarted = performance.now()
      const rejoined = await pollUntil(hosts,
        (view) => view.size === n && [...view.values()].every((s) => s === 'alive'),
        CONVERGENCE_TIMEOUT_MS, `${victim} alive again everywhere`)

      await lab(labDir, ['cut', victim])
      cut = true
      const cutAt = performance.now()
      const detected = await pollUntil(hosts.slice(0, -1), (view) => view.get(victim) === 'failed',
        FAILURE_TIMEOUT_MS, `${victim} failed everywhere else`)

      return { n, convergenceMs: converged - started, rejoinMs: rejoined - restarted, failureDetectionMs: detected - cutAt }
    } catch (error) {
      if (error instanceof Error) error.message += tailLogs(labDir, hosts)
      throw error
    }
  } finally {
    // Always: stop the agents, then remove the lab (or heal it if it is not ours).
    await stopSerf(agents)
    try {
      if (ownLab) await lab(labDir, ['down'])
      else if (cut) await lab(labDir, ['heal', victim])
    } catch (cleanupError) {
      console.error(`serf bench cleanup: ${(cleanupError as Error).message}`)
      process.exitCode = 1
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const sizes = process.argv.slice(2).map(Number)
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 2 || n > MAX_HOSTS)) {
    console.error(`usage: node test/bench/serf.ts N [N...]   (N from 2 to ${MAX_HOSTS}; root; no lab up)`)
    process.exit(2)
  }
  const rows: SerfFigures[] = []
  for (const n of sizes) {
    try {
      rows.push(await measureSerf(n))
    } catch (error) {
      console.error(`serf bench, N=${n}: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    }
    const r = rows[rows.length - 1]!
    console.log(`N=${n}: converged in ${r.convergenceMs.toFixed(0)} ms, restarted host alive everywhere after ${r.rejoinMs.toFixed(0)} ms, cut host failed after ${r.failureDetectionMs.toFixed(0)} ms`)
  }
  console.log('\nserf (HashiCorp), one agent per lab host, mDNS discovery; polled every 20 ms')
  console.log(`${'N'.padStart(3)}  ${'convergence'.padStart(12)}  ${'rejoin'.padStart(12)}  ${'failure detection'.padStart(18)}`)
  for (const r of rows) {
    const s = (ms: number, width: number): string => `${(ms / 1000).toFixed(3)} s`.padStart(width)
    console.log(`${String(r.n).padStart(3)}  ${s(r.convergenceMs, 12)}  ${s(r.rejoinMs, 12)}  ${s(r.failureDetectionMs, 18)}`)
  }
}
