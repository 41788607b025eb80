/** `multiverse cluster ...` as a user runs it against a real agent: output, errors, exit codes. */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostInventorySchema } from '@multiverse/domain'
import { runAgent } from '@multiverse/agent'
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
    name: 'laptop', dataDir: join(scratch, 'data'), images: join(scratch, 'data', 'images'), root: join(scratch, 'root'), listen: ['/ip4/127.0.0.1/tcp/0'],
    control, labels: {}, reserve: [], cpuOvercommit: 4, memoryReserveBytes: 1 << 30, discovery: ['addresses']
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

  it('no agent: a fault naming the socket and how to start one (exit 1)', async () => {
    const { status, stderr } = await multiverse('cluster', 'status', '--control', join(scratch, 'none.sock'))
    expect(status).toBe(1)
    expect(stderr).toMatch(/cannot reach the agent at .*none\.sock: no such socket\n.*multiverse agent/)
  })
})
