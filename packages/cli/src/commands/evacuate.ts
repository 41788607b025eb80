import { createRequire } from 'node:module'
import type { Command } from 'commander'
import { FaultError, RefusedError } from '@multiverse/domain'
import type { ControlAnswer } from '@multiverse/domain'
import { callAgent, controlOption } from '../control-client.ts'
import type { ControlOption } from '../control-client.ts'
import { jsonOr, movedBytes, table, timeLeft } from '../format.ts'
import type { Io } from '../io.ts'

/** How often the evacuation's progress is asked for. */
const FOLLOW_MS = 500
/** How long the progress view goes on without an answer before it gives up (the evacuation runs on regardless). */
const SILENCE_MS = 120_000
/** `restore --return` waits for every move back; each is bounded by its owner (its budget, its progress timeout). */
const RESTORE_WAIT_MS = 12 * 3600_000

type Evacuation = ControlAnswer<'POST /v1/host/evacuate'>
type Status = ControlAnswer<'GET /v1/migrations'>['migrations'][number]
interface EvacuateOptions extends ControlOption {
  dryRun?: boolean
  force?: boolean
  timeout?: string
  cancel?: boolean
  follow?: boolean
}

/** `multiverse host evacuate` and `host restore` (docs/architecture.md §12, "Evacuation"), beside `host maintenance`. */
export function registerEvacuateCommands (host: Command, io: Io): void {
  controlOption(host.command('evacuate').description('put a host in maintenance and move every VM it runs elsewhere (from any host: the host itself runs it)')
    .argument('[host]', 'the host to empty (default: this one)'))
    .option('--dry-run', 'only say what would move, live or offline, where, and what cannot and why')
    .option('--force', 'offline moves: power the guest off when it does not shut down in time')
    .option('--timeout <seconds>', 'offline moves: how long each guest gets to shut down on ACPI (default 120)')
    .option('--cancel', 'cancel the running evacuation: moves in flight abort, the rest stay; the host stays in maintenance')
    .option('--follow', 'follow the evacuation that runs, without starting one')
    .action(async (name: string | undefined, o: EvacuateOptions) => {
      const where = name === undefined ? {} : { host: name }
      if (o.cancel === true) {
        const r = await callAgent(o.control, 'POST /v1/host/evacuate/cancel', where)
        io.out(jsonOr(o.json, r, () => `cancelling the evacuation of ${r.host}: ${r.vms.filter((v) => v.state === 'moving').map((v) => v.vm).join(', ') || 'no move'} in flight; the host stays in maintenance\n`))
        return
      }
      const started = o.follow === true
        ? (await callAgent(o.control, 'GET /v1/evacuation', where)).evacuation
        : await callAgent(o.control, 'POST /v1/host/evacuate', { ...where, dryRun: o.dryRun === true, force: o.force === true, ...(o.timeout === undefined ? {} : { timeoutSeconds: Number(o.timeout) }) })
      if (started === null) throw new RefusedError(`${name ?? 'this host'} has no evacuation to follow`, { hint: 'start one: multiverse host evacuate' })
      if (o.json === true) io.out(`${JSON.stringify({ event: 'plan', ...started })}\n`)
      else io.out(`${planText(started)}\n`)
      if (started.state === 'planned') return
      const ended = await follow(o.control, started.host, o.json === true ? jsonEvents(io) : progressBars(io.progress, started))
      io.out(o.json === true ? `${JSON.stringify({ event: 'evacuated', ...ended })}\n` : `${endText(ended)}\n`)
      const stuck = ended.vms.filter((v) => v.state === 'stuck')
      if (stuck.length > 0) throw new RefusedError(`${stuck.map((v) => v.vm).join(', ')}: cannot leave ${ended.host}`, { hint: 'each VM\'s reason is printed above; free room elsewhere, then run it again' })
    })

  controlOption(host.command('restore').description('take a host out of maintenance; with --return, move back the VMs its evacuation moved away')
    .argument('[host]', 'the host (default: this one)'))
    .option('--return', 'move back the VMs the last evacuation moved away (each by the host that owns it now)')
    .action(async (name: string | undefined, o: ControlOption & { return?: boolean }) => {
      const r = await callAgent(o.control, 'POST /v1/host/restore', { ...(name === undefined ? {} : { host: name }), returnVms: o.return === true }, RESTORE_WAIT_MS)
      io.out(jsonOr(o.json, r, () => [
        `${r.host} is out of maintenance: it takes VMs again`,
        ...r.returned.map((v) => v.moved ? `  ${v.vm} came back from ${v.from}` : `  ${v.vm} stays on ${v.from}: ${v.why ?? ''}`)
      ].join('\n') + '\n'))
      const failed = r.returned.filter((v) => !v.moved)
      if (failed.length > 0) throw new RefusedError(`${failed.map((v) => v.vm).join(', ')} did not come back to ${r.host}`, { hint: 'run multiverse host restore --return again, or move them with multiverse cluster migrate' })
    })
}

/** Asks for the evacuation's state until it is over, passing each look to `show`. */
async function follow (control: string, host: string, show: Shows): Promise<Evacuation> {
  let answered = Date.now()
  try {
    for (;;) {
      // A question that fails is asked again (an agent restarting resumes the evacuation).
      const seen = await callAgent(control, 'GET /v1/evacuation', { host }, 10_000).catch(() => undefined)
      if (seen?.evacuation != null) {
        answered = Date.now()
        show(seen.evacuation, seen.migrations)
        if (seen.evacuation.state !== 'running') return seen.evacuation
      }
      if (Date.now() - answered > SILENCE_MS) {
        throw new FaultError(`no word of ${host}'s evacuation for ${SILENCE_MS / 1000} s`, { hint: `it runs on in ${host}'s agent: follow it with multiverse host evacuate ${host} --follow` })
      }
      await new Promise((resolve) => setTimeout(resolve, FOLLOW_MS))
    }
  } finally {
    show.stop?.()
  }
}

type Shows = ((evacuation: Evacuation, migrations: Status[]) => void) & { stop?: () => void }

/** `--json`: one event per line for each VM whose state or progress changed. */
function jsonEvents (io: Io): Shows {
  const last = new Map<string, string>()
  return (evacuation, migrations) => {
    for (const v of evacuation.vms) {
      const m = running(migrations, v.vm)
      const event = { event: 'progress', vm: v.vm, state: v.state, to: v.to, mode: v.mode, ...(m === undefined ? {} : { phase: m.phase, doneBytes: m.doneBytes, totalBytes: m.totalBytes, etaMs: m.etaMs }) }
      const text = JSON.stringify(event)
      if (last.get(v.vm) !== text) io.out(`${text}\n`)
      last.set(v.vm, text)
    }
  }
}

/** On a terminal, one bar per VM (cli-progress): its state, phase, bytes and ETA; elsewhere nothing. */
function progressBars (stream: NodeJS.WritableStream | undefined, plan: Evacuation): Shows {
  if (stream === undefined) return () => {}
  // Loaded only here: the CLI's other commands start without it.
  const { MultiBar, Presets } = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress')
  // Not {eta}: cli-progress fills that with its own estimate from the bar's values, not the agent's.
  const bars = new MultiBar({ format: '{vm} {state} {phase} [{bar}] {moved} | ETA {left}', stream, hideCursor: true, clearOnComplete: false }, Presets.shades_classic)
  const width = Math.max(...plan.vms.map((v) => v.vm.length))
  const lines = new Map(plan.vms.filter((v) => v.state !== 'stuck').map((v) => [v.vm, bars.create(1, 0, payload(v.vm.padEnd(width), v.state))]))
  return Object.assign((evacuation: Evacuation, migrations: Status[]) => {
    for (const v of evacuation.vms) {
      const bar = lines.get(v.vm)
      if (bar === undefined) continue
      const m = running(migrations, v.vm)
      const total = Math.max(1, m?.totalBytes ?? 1)
      bar.setTotal(total)
      bar.update(v.state === 'moved' ? total : Math.min(m?.doneBytes ?? 0, total), payload(v.vm.padEnd(width), v.state, m))
    }
  }, { stop: () => { bars.stop() } })
}

function payload (vm: string, state: string, m?: Status): Record<string, string> {
  return {
    vm,
    state: state.padEnd(9),
    phase: (m?.phase ?? '-').padEnd(8),
    moved: m === undefined ? '-' : movedBytes(m),
    left: timeLeft(m?.etaMs)
  }
}

const running = (migrations: Status[], vm: string): Status | undefined => migrations.find((m) => m.vm === vm && m.state === 'running')

/** The plan as the operator reads it before anything moves: what moves live, what offline (and how it is shut down), what cannot and why. */
function planText (e: Evacuation): string {
  const head = e.state === 'planned' ? `evacuation of ${e.host} (dry run: nothing moves)` : `evacuating ${e.host} (in maintenance now: it takes no new VM)`
  if (e.vms.length === 0) return `${head}\n${e.host} runs no VM: nothing to move`
  const rows = e.vms.map((v) => [v.vm, v.state === 'stuck' ? 'stays' : (v.mode ?? '-'), v.to ?? '-', devices(v.devices), v.why])
  const offline = e.vms.some((v) => v.mode === 'offline' && v.state !== 'stuck')
  const shutdown = `offline moves shut the guest down (ACPI, ${e.shutdownWaitMs === 0 ? '120' : e.shutdownWaitMs / 1000} s), ${e.force ? 'then power it off (--force)' : 'and are aborted when it does not (no --force)'}`
  return [head, table(['VM', 'MOVES', 'TO', 'DEVICES', 'WHY'], rows), ...(offline ? [shutdown] : [])].join('\n')
}

function endText (e: Evacuation): string {
  const count = (state: string): number => e.vms.filter((v) => v.state === state).length
  const rows = e.vms.map((v) => [v.vm, v.state, v.to ?? '-', v.mode ?? '-', v.why])
  const over = e.state === 'cancelled' ? 'cancelled' : count('stuck') > 0 ? `done with ${count('stuck')} stuck` : 'done'
  return `${table(['VM', 'STATE', 'TO', 'MODE', 'WHY'], rows)}\nevacuation of ${e.host} ${over}: ${count('moved')} moved, ${count('stuck')} stuck, ${count('cancelled')} cancelled`
}

function devices (d: Evacuation['vms'][number]['devices']): string {
  return d.from.length === 0 ? '-' : `${d.from.join(',')} -> ${d.to.length === 0 ? '?' : d.to.join(',')}`
}
