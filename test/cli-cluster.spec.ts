/** `multiverse cluster ...` as a user runs it against a real agent: output, errors, exit codes. */
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostInventorySchema } from '@multiverse/domain'
import { DEFAULT_MIGRATION_LIMITS, runAgent } from '@multiverse/agent'
import type { RunningAgent } from '@multiverse/agent'
import { pino } from 'pino'
import { MACHINES } from './fixtures/machines.ts'
import { writeMachine } from './fixtures/sysfs-writer.ts'

const BIN = new URL('../packages/cli/bin/multiverse.js', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'cli-cluster-'))
const control = join(scratch, 'agent.sock')
let running: RunningAgent

beforeAll(async () => {
  await writeMachine(MACHINES.laptop!, join(scratch, 'root'))
  running = await runAgent({
    name: 'laptop', dataDir: join(scratch, 'data'), images: join(scratch, 'data', 'images'), libvirt: 'test:///default', emulation: 'qemu', root: join(scratch, 'root'), listen: ['/ip4/127.0.0.1/tcp/0'],
    control, labels: {}, reserve: [], cpuOvercommit: 4, memoryReserveBytes: 1 << 30, discovery: ['addresses'], migration: DEFAULT_MIGRATION_LIMITS
  }, pino({ level: 'silent' }))
})
afterAll(async () => {
  await running.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** The CLI as a child process (async: the agent answering it lives in this process). */
async function multiverse (...args: string[]): Promise<{ status: number | null, stdout: string, stderr: string }> {
  return await new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, MULTIVERSE_CONTROL: control } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('close', (status) => { resolve({ status, stdout, stderr }) })
  })
}

describe('multiverse cluster', () => {
  it('the control socket is root-only', () => {
    expect(statSync(control).mode & 0o777).toBe(0o600)
  })

  it('before init: a refusal that says what to do (exit 3)', async () => {
    const { status, stderr } = await multiverse('cluster', 'status')
    expect(status).toBe(3)
    expect(stderr).toMatch(/not in a cluster yet\n.*multiverse cluster init/)
  })

  it('a token that is not one: a usage error (exit 2)', async () => {
    const { status, stderr } = await multiverse('cluster', 'join', 'hello')
    expect(status).toBe(2)
    expect(stderr).toMatch(/not a join token \(they start with mvj1_\)/)
  })

  it('init prints a token; status --json prints the snapshot format', async () => {
    const init = await multiverse('cluster', 'init', '--json')
    expect(init.status).toBe(0)
    expect(JSON.parse(init.stdout).token).toMatch(/^mvj1_/)
    const { status, stdout } = await multiverse('cluster', 'status', '--json')
    expect(status).toBe(0)
    const snapshot = JSON.parse(stdout)
    expect(Object.keys(snapshot)).toEqual(['clusterId', 'self', 'hosts'])
    expect(snapshot.hosts).toHaveLength(1)
    expect(snapshot.hosts[0]).toMatchObject({ name: 'laptop', state: 'alive', vms: [], allocatable: { vcpus: 32 } })
    hostInventorySchema.parse(snapshot.hosts[0].inventory)
  })

  it('a second init is refused; removing itself is refused', async () => {
    expect((await multiverse('cluster', 'init')).status).toBe(3)
    const remove = await multiverse('cluster', 'remove', 'laptop')
    expect(remove.status).toBe(3)
    expect(remove.stderr).toMatch(/cannot remove itself/)
    expect((await multiverse('cluster', 'remove', 'nobody')).status).toBe(2)
  })

  it('devices filters by class, and the table says why a device is kept', async () => {
    const { status, stdout } = await multiverse('cluster', 'devices', '--class', 'gpu')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^laptop\s+\d+\s+0000:00:02\.0\s+gpu\s+8086:9a49.*no \(boot-gpu\)$/m)
    expect(stdout).not.toMatch(/\snic\s/)
  })

  it('vm place: placed with its devices (exit 0), or every host\'s reason (exit 3); vm list shows it', async () => {
    const spec = join(scratch, 'gamer.yaml')
    writeFileSync(spec, 'name: gamer\nvcpus: 2\nmemory: 2GiB\ndevices:\n  - { class: gpu }\n')
    const placed = await multiverse('vm', 'place', spec, '--json')
    expect(placed.status, placed.stderr).toBe(0)
    expect(JSON.parse(placed.stdout)).toMatchObject({ placed: true, vm: 'gamer', host: 'laptop', devices: ['0000:02:00.0'] })
    const list = await multiverse('vm', 'list')
    expect(list.stdout).toMatch(/^gamer\s+laptop\s+placed\s+2\s+2 GiB/m)
    writeFileSync(spec, 'name: huge\nvcpus: 2\nmemory: 1TiB\n')
    const refused = await multiverse('vm', 'place', spec)
    expect(refused.status).toBe(3)
    expect(refused.stdout).toMatch(/huge: not placed\nHOST\s+REFUSED\s+WHY\nlaptop\s+memory\s+wants 1 TiB/)
    writeFileSync(spec, 'name: typo\nvcpus: 2\nmemory: 2GB\n')
    const typo = await multiverse('vm', 'place', spec)
    expect(typo.status).toBe(2)
    expect(typo.stderr).toMatch(/memory/)
  })

  it('cluster map: add, list, rm; a pair that is not HOST=ADDRESS is a usage error', async () => {
    const gpu = '0000:02:00.0'
    expect((await multiverse('cluster', 'map', 'add', 'dgpu', `laptop=${gpu}`)).status).toBe(0)
    expect((await multiverse('cluster', 'map', 'list')).stdout).toMatch(new RegExp(`^dgpu\\s+laptop\\s+${gpu}$`, 'm'))
    const bad = await multiverse('cluster', 'map', 'add', 'x', 'laptop:0000:01:00.0')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/is not HOST=ADDRESS/)
    expect((await multiverse('cluster', 'map', 'add', 'x', 'nowhere=0000:01:00.0')).stderr).toMatch(/nowhere is not a host of this cluster/)
    expect((await multiverse('cluster', 'map', 'rm', 'dgpu')).status).toBe(0)
    expect((await multiverse('cluster', 'map', 'list', '--json')).stdout.trim()).toBe('{}')
  })

  it('host maintenance on: the host takes no new VM and says why', async () => {
    expect((await multiverse('host', 'maintenance', 'on')).status).toBe(0)
    writeFileSync(join(scratch, 'small.yaml'), 'name: small\nvcpus: 1\nmemory: 1GiB\n')
    const refused = await multiverse('vm', 'place', join(scratch, 'small.yaml'))
    expect(refused.status).toBe(3)
    expect(refused.stdout).toMatch(/laptop\s+maintenance/)
    expect((await multiverse('host', 'maintenance', 'off')).status).toBe(0)
    expect((await multiverse('vm', 'place', join(scratch, 'small.yaml'))).status).toBe(0)
  })

  it('host evacuate, restore and cluster rebalance: what cannot move is said, with why; bad flags are usage errors', async () => {
    const dry = await multiverse('host', 'evacuate', '--dry-run')
    expect(dry.status, dry.stderr).toBe(0)
    expect(dry.stdout).toMatch(/^evacuation of laptop \(dry run: nothing moves\)\nVM\s+MOVES\s+TO\s+DEVICES\s+WHY\n/)
    expect(dry.stdout).toMatch(/^small\s+stays\s+-\s+-\s+it has no domain yet: there is nothing to move$/m)
    const run = await multiverse('host', 'evacuate', '--json')
    expect(run.status).toBe(3)
    const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { event: string, state?: string })
    expect([events[0]!.event, events.at(-1)]).toEqual(['plan', expect.objectContaining({ event: 'evacuated', state: 'done' })])
    expect(run.stderr).toMatch(/small.*: cannot leave laptop/)
    const restored = await multiverse('host', 'restore', '--return')
    expect([restored.status, restored.stdout]).toEqual([0, 'laptop is out of maintenance: it takes VMs again\n'])
    const follow = await multiverse('host', 'evacuate', '--follow')
    expect([follow.status, follow.stderr]).toEqual([3, expect.stringMatching(/this host has no evacuation to follow\n.*multiverse host evacuate/)])
    const cancel = await multiverse('host', 'evacuate', '--cancel')
    expect([cancel.status, cancel.stderr]).toEqual([2, expect.stringMatching(/no evacuation runs on laptop/)])
    const rebalance = await multiverse('cluster', 'rebalance')
    expect([rebalance.status, rebalance.stdout]).toEqual([0, 'cluster score 0.000 -> 0.000 (lower is better): no move gains enough\n'])
    const bad = await multiverse('cluster', 'rebalance', '--min-gain', 'lots')
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/--min-gain must be a number, 0 or more, not "lots"/)])
    const nowhere = await multiverse('host', 'evacuate', 'nowhere', '--dry-run')
    expect([nowhere.status, nowhere.stderr]).toEqual([2, expect.stringMatching(/no host named nowhere in the cluster/)])
  })

  it('Prometheus metrics on the control socket: hosts by state, VMs held, placements, dropped messages', async () => {
    const { status, body } = await new Promise<{ status: number, body: string }>((resolve, reject) => {
      const req = request({ socketPath: control, path: '/metrics', agent: false }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => { text += chunk.toString() })
        res.on('end', () => { resolve({ status: res.statusCode ?? 0, body: text }) })
      })
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(200)
    expect(body).toMatch(/^multiverse_hosts\{state="alive"\} 1$/m)
    expect(body).toMatch(/^multiverse_vms\{state="placed"\} 2$/m)
    expect(body).toMatch(/^multiverse_placements_total\{outcome="unplaced"\} [1-9]/m)
    expect(body).toMatch(/^multiverse_lease_answers_total\{outcome="granted"\} 2$/m)
    expect(body).toMatch(/^multiverse_messages_dropped_total\{reason="forged"\} 0$/m)
    expect(body).toMatch(/^multiverse_agent_process_resident_memory_bytes \d+/m)
  })

  it('no agent: a fault naming the socket and how to start one (exit 1)', async () => {
    const { status, stderr } = await multiverse('cluster', 'status', '--control', join(scratch, 'none.sock'))
    expect(status).toBe(1)
    expect(stderr).toMatch(/cannot reach the agent at .*none\.sock: no such socket\n.*multiverse agent/)
  })
})
