/**
 * npm run bench:evacuate [-- --vms N] [--rounds R] [--max-outgoing K] [--quick] (root; its own
 * lab): `multiverse host evacuate` of a host running N VMs against the same migrations run one
 * by one, in the same run, on a 3-host lab (h1 is emptied, h2 and h3 take the VMs).
 *
 * Each round: N small guests (1 vCPU, 128 MiB, a 64 MiB disk holding 8 MiB of data; left in
 * their firmware, which finds nothing to boot and idles: what moves is the same either way) run
 * on h1, unpinned, made there while h2 and h3 are in maintenance.
 * - evacuate: `POST /v1/host/evacuate` on h1, then its progress asked every 200 ms until it is
 *   over; the figure is from the request to the record's end (every move planned on the live
 *   view, journaled, migrated live within h1's `migration.maxOutgoing`, which the agents' config
 *   sets to K, and each target's maxIncoming of 1). Then `host restore --return` (untimed).
 * - one by one: the same VMs moved to the same hosts the evacuation chose, each
 *   `POST /v1/vm/migrate { to }` after the one before answered; the figure is the sum. Then
 *   each moved back (untimed).
 * The evacuation goes first in each round (the moves one by one follow it). Printed: the median and each
 * round's totals, and the ratio evacuate / one by one (below 1: the evacuation gained from
 * running K moves at once; about 1 with K = 1, its overhead being the planning and journal).
 * The exit code says only whether the bench ran. The lab (LAB_PREFIX be-, LAB_DIR
 * /tmp/multiverse-lab-bench-evacuate, both overridable) is torn down at the end, on an error
 * and on SIGINT/SIGTERM.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { agentRuntime } from '../../packages/cli/bin/agent-launch.js'
import { BUNDLE, buildBundle, bundleIsStale } from '../../scripts/build.ts'
import { control } from '../support/control.ts'
import { until } from '../support/until.ts'
import { benchArgs } from './args.ts'

const LAB = fileURLToPath(new URL('../../deploy/lab/lab', import.meta.url))
const NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url))
const LAB_PREFIX = process.env.LAB_PREFIX ?? 'be-'
const LAB_DIR = resolve(process.env.LAB_DIR ?? '/tmp/multiverse-lab-bench-evacuate')
const HOSTS = ['h1', 'h2', 'h3'] as const
type Host = typeof HOSTS[number]
const now = (): number => performance.now()
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2 }

const labEnv = (): NodeJS.ProcessEnv => ({ ...process.env, LAB_PREFIX, LAB_DIR })
function lab (args: string[]): void {
  const r = spawnSync('bash', [LAB, ...args], { encoding: 'utf8', env: labEnv(), timeout: 300_000 })
  if (r.status !== 0) throw new Error(`lab ${args.join(' ')}: ${r.stderr}${r.stdout}`)
}

async function call<T = any> (host: Host, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const r = await control<any>(join(LAB_DIR, host, 'agent.sock'), method, path, body, 600_000)
  if (r.status !== 200) throw new Error(`${host} ${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body as T
}

async function maintenance (hosts: Host[], on: boolean): Promise<void> {
  for (const h of hosts) await call(h, 'POST', '/v1/host/maintenance', { on })
  await until('every host to see the maintenance', async () => (await Promise.all(HOSTS.map(async (h) => await call(h, 'GET', '/v1/status'))))
    .every((v: any) => hosts.every((name) => (v.hosts.find((x: any) => x.name === name)?.maintenance ?? false) === on)), 30_000)
}

/** N guests running on h1, unpinned, each with 8 MiB of data on its disk. */
async function guests (n: number, round: number): Promise<string[]> {
  await maintenance(['h2', 'h3'], true)
  const names = Array.from({ length: n }, (_, i) => `r${round}vm${i}`)
  for (const name of names) {
    await call('h1', 'POST', '/v1/vm/create', { spec: { name, vcpus: 1, memory: '128MiB', disks: [{ name: 'root', size: '64MiB' }] }, start: false })
    const image = join(LAB_DIR, 'h1', 'data', 'images', `${name}@root.qcow2`)
    const io = spawnSync('qemu-io', ['-f', 'qcow2', '-c', 'write -P 0x5a 0 8M', image], { encoding: 'utf8' })
    if (io.status !== 0) throw new Error(`qemu-io: ${io.stderr}`)
    await call('h1', 'POST', '/v1/vm/start', { name })
  }
  await maintenance(['h2', 'h3'], false)
  return names
}

/** Evacuates h1; resolves the time it took and where each VM went. */
async function evacuation (): Promise<{ ms: number, to: Map<string, Host> }> {
  const t = now()
  await call('h1', 'POST', '/v1/host/evacuate', {})
  let record: any
  await until('the evacuation to end', async () => { record = (await call('h1', 'GET', '/v1/evacuation')).evacuation; return record.state !== 'running' }, { timeoutMs: 1_800_000, intervalMs: 200 })
  const ms = now() - t
  const stuck = record.vms.filter((v: any) => v.state !== 'moved')
  if (stuck.length > 0) throw new Error(`the evacuation left ${JSON.stringify(stuck)}`)
  return { ms, to: new Map(record.vms.map((v: any) => [v.vm, v.to])) }
}

/** The same moves, one after the other; resolves their total time. */
async function oneByOne (to: Map<string, Host>): Promise<number> {
  let total = 0
  for (const [vm, host] of to) {
    const t = now()
    await call('h1', 'POST', '/v1/vm/migrate', { name: vm, to: host })
    total += now() - t
  }
  return total
}

async function back (vms: string[]): Promise<void> {
  for (const vm of vms) await call('h1', 'POST', '/v1/vm/migrate', { name: vm, to: 'h1' })
  await until('h1 to own every VM again', async () => {
    const held = (await call('h1', 'GET', '/v1/status')).hosts.find((h: any) => h.name === 'h1').vms.map((v: any) => v.name)
    return vms.every((vm) => held.includes(vm))
  }, 30_000)
}

async function main (n: number, rounds: number, maxOutgoing: number): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('bench:evacuate builds network namespaces and runs libvirtd: run it as root')
  if (bundleIsStale()) await buildBundle()
  mkdirSync(LAB_DIR, { recursive: true })
  const config = join(LAB_DIR, '..', `${LAB_PREFIX}agent.yaml`)
  writeFileSync(config, `migration: { maxOutgoing: ${maxOutgoing}, maxIncoming: 1 }\n`)
  const runtime = agentRuntime()
  process.env.LAB_AGENT_CMD = ['env', ...Object.entries(runtime.env).map(([k, v]) => `${k}=${v}`), NODE, ...runtime.v8Flags, BUNDLE].join(' ')
  process.env.LAB_CLI_CMD ??= `${NODE} ${BUNDLE}`
  process.env.LAB_AGENT_ARGS = `--config ${config}`
  lab(['down'])
  console.log(`lab up 3 (LAB_PREFIX=${LAB_PREFIX} LAB_DIR=${LAB_DIR}), migration.maxOutgoing ${maxOutgoing}; ${n} VMs on h1, ${rounds} rounds`)
  lab(['up', '3'])
  const evacuations: number[] = []
  const singles: number[] = []
  try {
    for (let round = 0; round < rounds; round++) {
      const vms = await guests(n, round)
      // The evacuation first: the moves one by one go where it sent each VM.
      const evacuated = await evacuation()
      await call('h1', 'POST', '/v1/host/restore', { returnVms: true })
      const single = await oneByOne(evacuated.to)
      await back(vms)
      evacuations.push(evacuated.ms)
      singles.push(single)
      console.log(`round ${round + 1}: evacuate ${(evacuated.ms / 1000).toFixed(1)} s, one by one ${(single / 1000).toFixed(1)} s, ratio ${(evacuated.ms / single).toFixed(2)}`)
      for (const vm of vms) await call('h1', 'POST', '/v1/vm/remove', { name: vm, force: true })
    }
    const e = median(evacuations)
    const s = median(singles)
    console.log(`\nevacuation of ${n} VMs (maxOutgoing ${maxOutgoing}): median ${(e / 1000).toFixed(1)} s; the same moves one by one: median ${(s / 1000).toFixed(1)} s; ratio ${(e / s).toFixed(2)}`)
  } finally {
    lab(['down'])
  }
}

const USAGE = 'usage: node test/bench/evacuate.ts [--vms N] [--rounds R] [--max-outgoing K] [--quick]   (default 4 VMs, 3 rounds, K 2; --quick: 2 VMs, 1 round; root; makes its own lab)'
const parsed = benchArgs(USAGE, { vms: { type: 'string' }, rounds: { type: 'string' }, 'max-outgoing': { type: 'string' }, quick: { type: 'boolean', default: false } } as const)
const n = Number(parsed.vms ?? (parsed.quick ? 2 : 4))
const rounds = Number(parsed.rounds ?? (parsed.quick ? 1 : 3))
const k = Number(parsed['max-outgoing'] ?? 2)
if (![n, rounds, k].every((x) => Number.isInteger(x) && x >= 1) || n > 20 || rounds > 50 || k > 8) {
  console.error(USAGE)
  process.exit(2)
}
// Ctrl-C must not leave namespaces, agents, libvirtds and QEMUs behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    spawnSync('bash', [LAB, 'down'], { env: labEnv(), stdio: 'inherit' })
    process.exit(130)
  })
}
try {
  await main(n, rounds, k)
} catch (error) {
  console.error(`bench:evacuate FAILED: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
