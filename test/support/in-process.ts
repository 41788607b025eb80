/**
 * Agents in the test's own process, on loopback (never mDNS in the root network namespace: the
 * lab tests it): real libp2p over TCP with the cluster key, LevelDB on disk, the control socket.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_MIGRATION_LIMITS, runAgent } from '@multiverse/agent'
import type { RunningAgent } from '@multiverse/agent'
import { pino } from 'pino'
import { MACHINES } from '../fixtures/machines.ts'
import { writeMachine } from '../fixtures/sysfs-writer.ts'

export class InProcessAgents {
  readonly scratch = mkdtempSync(join(tmpdir(), 'agents-'))
  private readonly running: RunningAgent[] = []

  /** An agent named `name` on the fixture machine `machine`, not in a cluster yet. */
  async start (name: string, machine: string, labels: Record<string, string> = { site: 'home' }, options: { libvirt?: string } = {}): Promise<RunningAgent> {
    const root = join(this.scratch, `root-${machine}`)
    await writeMachine(MACHINES[machine]!, root)
    const running = await runAgent({
      name,
      dataDir: join(this.scratch, name),
      images: join(this.scratch, name, 'images'),
      libvirt: options.libvirt ?? 'test:///default',
      emulation: 'qemu',
      root,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      control: join(this.scratch, `${name}.sock`),
      labels,
      reserve: [],
      cpuOvercommit: 4,
      memoryReserveBytes: 1 << 30,
      discovery: ['addresses'],
      migration: DEFAULT_MIGRATION_LIMITS
    }, pino({ level: 'silent' }))
    this.running.push(running)
    return running
  }

  async stopAll (): Promise<void> {
    for (const running of this.running.splice(0).reverse()) await running.stop()
    rmSync(this.scratch, { recursive: true, force: true })
  }
}

export const aliveNames = (r: RunningAgent): string[] => r.agent.snapshot().hosts.filter((h) => h.state === 'alive').map((h) => h.name).sort()
