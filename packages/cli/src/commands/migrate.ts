import { createRequire } from 'node:module'
import type { Command } from 'commander'
import { UsageError } from '@multiverse/domain'
import type { ControlAnswer } from '@multiverse/domain'
import { callAgent, controlOption } from '../control-client.ts'
import type { ControlOption } from '../control-client.ts'
import { bytes, jsonOr, movedBytes, table, timeLeft } from '../format.ts'
import type { Io } from '../io.ts'

/**
 * How long the command waits for the move: the agent bounds it (its budget, 150 s per GiB of
 * memory and disks; its progress timeout), not this call.
 */
const MIGRATE_WAIT_MS = 12 * 3600_000
/** How often a running migration's progress is asked for. */
const FOLLOW_MS = 500

type Status = ControlAnswer<'GET /v1/migrations'>['migrations'][number]
interface MigrateOptions extends ControlOption {
  to?: string
  live?: boolean
  offline?: boolean
  timeout?: string
  force?: boolean
  maxDowntime?: string
  bandwidth?: string
  autoConverge?: boolean
  dryRun?: boolean
  cancel?: boolean
}

/** `multiverse cluster migrate` and `multiverse cluster migrations` (docs/architecture.md §12). */
export function registerMigrateCommands (cluster: Command, io: Io): void {
  controlOption(cluster.command('migrate').description('move a VM to another host, live or offline (from any host: its owner drives it)').argument('<vm>'))
    .option('--to <host>', 'the host to move it to (default: where the scheduler would place it, this host left out)')
    .option('--live', 'keep it running while it moves (the default without passthrough devices)')
    .option('--offline', 'shut it down, move its disks, start it there with that host\'s devices (the default with passthrough devices)')
    .option('--timeout <seconds>', 'offline: how long the guest gets to shut down on ACPI (default 120)')
    .option('--force', 'offline: power the guest off when it does not shut down in time')
    .option('--max-downtime <ms>', 'live: the longest pause at the switch-over')
    .option('--auto-converge', 'live: slow a busy guest down until its memory converges (else a move past its budget is aborted)')
    .option('--bandwidth <MiB/s>', 'the most it may use of the link')
    .option('--dry-run', 'only say what would move, where, how, and why')
    .option('--cancel', 'cancel the VM\'s running migration: it stays where it is (refused past the commit)')
    .action(async (vm: string, o: MigrateOptions) => {
      if (o.cancel === true) {
        const r = await callAgent(o.control, 'POST /v1/vm/migrate/cancel', { name: vm })
        io.out(jsonOr(o.json, r, () => `cancelling the migration of ${vm} to ${r.to} (at ${r.phase}): it stays on ${r.from}\n`))
        return
      }
      if (o.live === true && o.offline === true) throw new UsageError('--live and --offline exclude each other', { hint: 'give one, or neither to let the VM\'s spec and devices decide' })
      const mode = o.live === true ? 'live' as const : o.offline === true ? 'offline' as const : undefined
      // Not whole numbers: the agent says what each option takes.
      const number = (value: string | undefined): number | undefined => value === undefined ? undefined : Number(value)
      const request = {
        name: vm, ...defined({ to: o.to, mode, timeoutSeconds: number(o.timeout), maxDowntimeMs: number(o.maxDowntime), bandwidthMiBs: number(o.bandwidth) }),
        force: o.force === true, autoConverge: o.autoConverge === true, dryRun: o.dryRun === true
      }
      const pending = callAgent(o.control, 'POST /v1/vm/migrate', request, MIGRATE_WAIT_MS)
      if (o.dryRun === true) {
        const r = await pending
        io.out(jsonOr(o.json, r, () => 'why' in r ? `${dryRunText(r)}\n` : ''))
        return
      }
      const r = await follow(o.control, vm, pending, o.json === true ? (s) => { io.out(`${JSON.stringify({ event: 'progress', ...s })}\n`) } : progressBar(io.progress))
      if (!('elapsedMs' in r)) return
      const downtime = r.downtimeMs === undefined ? '' : ` (paused ${r.downtimeMs} ms at the switch-over)`
      io.out(o.json === true ? `${JSON.stringify({ event: 'moved', ...r })}\n` : `${r.vm} moved ${r.mode} from ${r.from} to ${r.to} in ${(r.elapsedMs / 1000).toFixed(1)} s${downtime}\n`)
    })

  controlOption(cluster.command('migrations').description('the migrations this host drives, or VM\'s owner: running, then recent').argument('[vm]'))
    .action(async (vm: string | undefined, o: ControlOption) => {
      const r = await callAgent(o.control, 'GET /v1/migrations', vm === undefined ? {} : { vm })
      io.out(jsonOr(o.json, r, () => r.migrations.length === 0
        ? `no migration from ${r.host} since its agent started\n`
        : `${table(['VM', 'FROM', 'TO', 'MODE', 'STATE', 'PHASE', 'MOVED', 'RATE', 'ETA', 'ELAPSED', 'DOWNTIME', 'WHY'], r.migrations.map((m) => [
          m.vm, m.from, m.to, m.mode, m.state, m.phase, movedBytes(m), m.rateBytesPerSecond > 0 ? `${bytes(m.rateBytesPerSecond)}/s` : '-',
          m.state !== 'running' ? '-' : timeLeft(m.etaMs), `${(m.elapsedMs / 1000).toFixed(1)} s`, m.downtimeMs === undefined ? '-' : `${m.downtimeMs} ms`, m.why ?? ''
        ]))}\n`))
    })
}

/** Waits for the migration's answer, passing each change of its progress to `show` meanwhile. */
async function follow<T> (control: string, vm: string, pending: Promise<T>, show: ((status: Status) => void) & { stop?: () => void }): Promise<T> {
  let last = ''
  const over = new AbortController()
  const poll = async (): Promise<void> => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, FOLLOW_MS))
      if (over.signal.aborted) return
      // Progress is a courtesy: a question that fails is asked again, the answer is what counts.
      const running = await callAgent(control, 'GET /v1/migrations', { vm }, 5_000).then((r) => r.migrations.find((m) => m.vm === vm && m.state === 'running'), () => undefined)
      if (over.signal.aborted) return
      if (running === undefined) continue
      const seen = JSON.stringify([running.phase, running.doneBytes, running.totalBytes])
      if (seen !== last) show(running)
      last = seen
    }
  }
  const polling = poll()
  try {
    return await pending
  } finally {
    over.abort()
    await polling
    show.stop?.()
  }
}

/** On a terminal, a progress bar (cli-progress); elsewhere nothing. */
function progressBar (stream: NodeJS.WritableStream | undefined): ((status: Status) => void) & { stop?: () => void } {
  if (stream === undefined) return () => {}
  // Loaded only here: the CLI's other commands start without it.
  const { SingleBar, Presets } = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress')
  const bar = new SingleBar({ format: '{phase} [{bar}] {percentage}% | {moved} | {rate} | ETA {left}', stream, hideCursor: true, clearOnComplete: true }, Presets.shades_classic)
  let started = false
  const show = (s: Status): void => {
    const payload = { phase: s.phase.padEnd(8), moved: movedBytes(s), rate: s.rateBytesPerSecond > 0 ? `${bytes(s.rateBytesPerSecond)}/s` : '-', left: timeLeft(s.etaMs) }
    const total = Math.max(1, s.totalBytes ?? 1)
    if (!started) bar.start(total, 0, payload)
    started = true
    bar.setTotal(total)
    bar.update(Math.min(s.doneBytes, total), payload)
  }
  return Object.assign(show, { stop: () => { if (started) bar.stop() } })
}

function dryRunText (r: Extract<ControlAnswer<'POST /v1/vm/migrate'>, { why: string }>): string {
  return [
    `${r.vm} would move ${r.mode} from ${r.from} to ${r.to}: ${r.why}`,
    `  memory ${bytes(r.memoryBytes)}${r.mode === 'offline' ? ' (not moved: the guest is shut down)' : ''}`,
    ...r.disks.map((d) => `  disk ${d.name} ${bytes(d.sizeBytes)} (allocated data only)`),
    ...(r.devices.from.length === 0 ? [] : [`  devices ${r.devices.from.join(', ')} -> ${r.devices.to.join(', ')} on ${r.to}`])
  ].join('\n')
}

/** The entries of `values` that are set. */
function defined<T extends Record<string, unknown>> (values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>
}
