/** `multiverse agent` as systemd runs it: foreground, JSON log lines, SIGTERM, one per data directory. */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MACHINES } from './fixtures/machines.ts'
import { writeMachine } from './fixtures/sysfs-writer.ts'
import { until } from './support/until.ts'

const BIN = new URL('../packages/cli/bin/multiverse.js', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'agent-process-'))
afterAll(() => { rmSync(scratch, { recursive: true, force: true }) })

// A port of its own for the metrics listener: this test file's process ID keeps two runs apart.
const METRICS = `127.0.0.1:${20_000 + (process.pid % 20_000)}`

function agent (control: string): { child: ChildProcess, output: () => string, exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, 'agent', '--name', 'desk', '--data', join(scratch, 'data'), '--root', join(scratch, 'root'),
    '--listen', '/ip4/127.0.0.1/tcp/0', '--control', control, '--discovery', 'addresses', '--metrics', METRICS])
  let output = ''
  child.stdout!.on('data', (d: Buffer) => { output += d.toString() })
  child.stderr!.on('data', (d: Buffer) => { output += d.toString() })
  const exited = new Promise<number | null>((resolve) => { child.on('close', (code) => { resolve(code) }) })
  return { child, output: () => output, exited }
}

describe('multiverse agent', () => {
  it('runs in the foreground, refuses a second agent on its data directory, stops cleanly on SIGTERM', async () => {
    await writeMachine(MACHINES.desktop!, join(scratch, 'root'))
    const first = agent(join(scratch, 'a.sock'))
    await until('the agent\'s control socket', () => existsSync(join(scratch, 'a.sock')), { timeoutMs: 20_000, seen: () => `the agent wrote: ${first.output()}` })
    expect(existsSync(join(scratch, 'a.sock'))).toBe(true)

    // The process runs (same pid, after execve) with the V8 flags and environment of agent-runtime.json.
    const runtime = JSON.parse(readFileSync(new URL('../packages/cli/bin/agent-runtime.json', import.meta.url), 'utf8')) as { v8Flags: string[], env: Record<string, string>, compileCache: string }
    const argv = readFileSync(`/proc/${first.child.pid}/cmdline`, 'utf8').split('\0')
    expect(argv).toEqual(expect.arrayContaining(runtime.v8Flags))
    const environ = readFileSync(`/proc/${first.child.pid}/environ`, 'utf8').split('\0')
    expect(environ).toEqual(expect.arrayContaining(Object.entries(runtime.env).map(([k, v]) => `${k}=${v}`)))
    expect(environ).toContain(`NODE_COMPILE_CACHE=${new URL(`../${runtime.compileCache}`, import.meta.url).pathname}`)

    const scraped = await fetch(`http://${METRICS}/metrics`)
    expect(scraped.status).toBe(200)
    expect(await scraped.text()).toMatch(/^multiverse_agent_process_cpu_seconds_total \d/m)

    const second = agent(join(scratch, 'b.sock'))
    expect(await second.exited).toBe(1)
    expect(second.output()).toMatch(/data directory .* is in use by another agent: stop it first, or give this one its own --data/)

    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    const lines = first.output().trim().split('\n').map((line) => JSON.parse(line) as { msg: string })
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['agent started', 'control socket listening', 'stopping', 'agent stopped']))
  }, 40_000)
})
