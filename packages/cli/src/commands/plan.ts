import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { Option } from 'commander'
import { RefusedError, UsageError } from '@multiverse/domain'
import type { CapacityReport, EvacuationPlan, HostEvaluation, PlanOrder, PlanResult, PlanSnapshot, RebalancePlan, Strategy } from '@multiverse/scheduler'
import { jsonOr, table } from '../format.ts'
import type { Io } from '../io.ts'

interface PlanFlags { snapshot: string, json?: boolean, explain?: boolean, strategy: Strategy, order: PlanOrder }
interface ReportFlags { snapshot: string, json?: boolean }
interface RebalanceFlags extends ReportFlags { maxMoves?: number, minGain?: number }

const SNAPSHOT_HELP = 'the cluster snapshot: what multiverse cluster status --json prints'

/** `multiverse plan`: the scheduler, offline, over a snapshot file (what-if planning), and its `evacuate`, `rebalance` and `capacity` plans. */
export function registerPlanCommand (program: Command, io: Io): void {
  const plan = program.command('plan')
    .description('place VM specs on a cluster snapshot (cluster status --json), offline')
    .argument('<spec...>', 'VM spec files (YAML or JSON), placed in this order unless --order fit')
    .requiredOption('--snapshot <file>', 'the cluster snapshot: what multiverse cluster status --json prints')
    .addOption(new Option('--strategy <strategy>', 'fill hosts up or even the load out').choices(['binpack', 'spread']).default('binpack'))
    .addOption(new Option('--order <order>', 'given: place the specs in the order named, first come first served; ' +
      'fit: place them in the order that gets the most VMs in (smallest first); results are listed in the order named either way')
      .choices(['given', 'fit']).default('given'))
    .option('--json', 'print JSON')
    .option('--explain', 'print every host\'s scores or reason for every VM')
    .action(async (files: string[], flags: PlanFlags) => {
      // Loaded here, not at the top: other commands start without the YAML parser and the scheduler.
      const { parseSnapshot, parseVmSpec, plan } = await import('@multiverse/scheduler')
      const snapshot = parseSnapshot(readText(flags.snapshot, 'snapshot'), flags.snapshot)
      const specs = files.map((file) => parseVmSpec(readText(file, 'spec'), file))
      const result = plan(snapshot, specs, { strategy: flags.strategy, explain: flags.explain === true, order: flags.order })
      io.out(jsonOr(flags.json, toJson(result), () => render(result, flags.explain === true)))
      if (result.unplaced.length > 0) {
        throw new RefusedError(`${result.unplaced.map((u) => u.vm).join(', ')}: no host can run ${result.unplaced.length > 1 ? 'them' : 'it'}`, {
          hint: 'each host\'s reason is printed above; free capacity or devices, or relax the spec'
        })
      }
    })
  registerEvacuate(plan, io)
  registerRebalance(plan, io)
  registerCapacity(plan, io)
}

function registerEvacuate (plan: Command, io: Io): void {
  plan.command('evacuate')
    .description('plan a new home for every VM on a host, or say why one cannot move')
    .argument('<host>', 'the host to empty')
    .option('--snapshot <file>', `${SNAPSHOT_HELP} (required)`)
    .option('--json', 'print JSON')
    .action(async (hostName: string, _flags: unknown, command: Command) => {
      const flags = flagsOf<ReportFlags>(command)
      const { evacuate } = await import('@multiverse/scheduler')
      const result = evacuate(await loadSnapshot(flags.snapshot), hostName)
      io.out(jsonOr(flags.json, result, () => renderEvacuation(result)))
      if (result.stuck.length > 0) {
        throw new RefusedError(`${result.stuck.map((s) => s.vm).join(', ')}: cannot leave ${hostName}`, {
          hint: 'each VM\'s reason is printed above'
        })
      }
    })
}

function registerRebalance (plan: Command, io: Io): void {
  plan.command('rebalance')
    .description('plan moves that even out memory, vCPU and device load across the alive hosts')
    .option('--snapshot <file>', `${SNAPSHOT_HELP} (required)`)
    .addOption(new Option('--max-moves <n>', 'at most this many moves (default 10)').argParser(wholeNumber('--max-moves')))
    .addOption(new Option('--min-gain <x>', 'a move must lower the cluster score by at least this (default 0.01)').argParser(nonNegative('--min-gain')))
    .option('--json', 'print JSON')
    .action(async (_flags: unknown, command: Command) => {
      const flags = flagsOf<RebalanceFlags>(command)
      const { rebalance } = await import('@multiverse/scheduler')
      const options = { ...(flags.maxMoves === undefined ? {} : { maxMoves: flags.maxMoves }), ...(flags.minGain === undefined ? {} : { minGain: flags.minGain }) }
      const result = rebalance(await loadSnapshot(flags.snapshot), options)
      io.out(jsonOr(flags.json, roundRebalance(result), () => renderRebalance(result)))
    })
}

function registerCapacity (plan: Command, io: Io): void {
  plan.command('capacity')
    .description('how many more VMs of a spec fit, and where (hspace-style)')
    .argument('<spec>', 'a VM spec file (YAML or JSON)')
    .option('--snapshot <file>', `${SNAPSHOT_HELP} (required)`)
    .option('--json', 'print JSON')
    .action(async (file: string, _flags: unknown, command: Command) => {
      const flags = flagsOf<ReportFlags>(command)
      const { capacity, parseVmSpec } = await import('@multiverse/scheduler')
      const snapshot = await loadSnapshot(flags.snapshot)
      const spec = parseVmSpec(readText(file, 'spec'), file)
      const report = capacity(snapshot, spec)
      io.out(jsonOr(flags.json, report, () => renderCapacity(spec.name, report)))
    })
}

/**
 * A subcommand's flags merged with `plan`'s: the parser gives `--snapshot` and `--json` to `plan`
 * (which has them too) wherever they are written, so they are read from both and `--snapshot`
 * is required here rather than by the parser.
 */
function flagsOf<T extends ReportFlags> (command: Command): T {
  const flags = command.optsWithGlobals<Partial<T>>()
  if (typeof flags.snapshot !== 'string') {
    throw new UsageError('required option \'--snapshot <file>\' not specified', { hint: 'a snapshot is what multiverse cluster status --json prints' })
  }
  return flags as T
}

async function loadSnapshot (file: string): Promise<PlanSnapshot> {
  const { parseSnapshot } = await import('@multiverse/scheduler')
  return parseSnapshot(readText(file, 'snapshot'), file)
}

/** Flag parsers throw UsageError (not commander's own error) so the one exit-code map says 2. */
function wholeNumber (flag: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, 0 or more, not ${JSON.stringify(value)}`)
    return Number(value)
  }
}

function nonNegative (flag: string): (value: string) => number {
  return (value) => {
    const n = value.trim() === '' ? Number.NaN : Number(value)
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a number, 0 or more, not ${JSON.stringify(value)}`)
    return n
  }
}

function readText (file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read the ${what} file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error })
  }
}

/** The public JSON shape: placements and unplaced VMs, without the per-host evaluations. */
function toJson (result: PlanResult): unknown {
  return {
    placements: result.placements.map(({ vm, host, devices, score, scores }) => ({ vm, host, devices, score: round(score), scores: roundAll(scores) })),
    unplaced: result.unplaced.map(({ vm, reasons }) => ({ vm, reasons }))
  }
}

function render (result: PlanResult, explain: boolean): string {
  const rows = [
    ...result.placements.map((p) => [p.vm, p.host, p.devices.length === 0 ? '-' : p.devices.join(','), round(p.score).toFixed(3)]),
    ...result.unplaced.map((u) => [u.vm, '(unplaced)', '-', '-'])
  ]
  let out = `${table(['VM', 'HOST', 'DEVICES', 'SCORE'], rows)}\n`
  for (const u of result.unplaced) {
    if (explain) continue
    out += `\n${u.vm} fits no host:\n${Object.values(u.reasons).map((r) => `  ${r.host}: ${r.code}: ${r.detail}`).join('\n')}\n`
  }
  if (explain) {
    for (const outcome of [...result.placements, ...result.unplaced]) {
      out += `\n${outcome.vm}:\n${outcome.evaluations.map(explainLine).join('\n')}\n`
    }
  }
  return out
}

function renderEvacuation (result: EvacuationPlan): string {
  const rows = [
    ...result.moves.map((m) => [m.vm, m.to, m.devices.length === 0 ? '-' : m.devices.join(',')]),
    ...result.stuck.map((s) => [s.vm, '(stuck)', '-'])
  ]
  let out = rows.length === 0 ? `${result.host} runs no VM: nothing to move\n` : `${table(['VM', 'TO', 'DEVICES'], rows)}\n`
  for (const s of result.stuck) {
    out += 'reason' in s
      ? `\n${s.vm} cannot move: ${s.reason.code}: ${s.reason.detail}\n`
      : `\n${s.vm} fits no other host:\n${Object.values(s.reasons).map((r) => `  ${r.host}: ${r.code}: ${r.detail}`).join('\n')}\n`
  }
  return out
}

function renderRebalance (result: RebalancePlan): string {
  const head = `cluster score ${round(result.scoreBefore).toFixed(3)} -> ${round(result.scoreAfter).toFixed(3)} (lower is better)`
  if (result.moves.length === 0) return `${head}: no move gains enough\n`
  const rows = result.moves.map((m) => [m.vm, m.from, m.to, m.devices.length === 0 ? '-' : m.devices.join(','), round(m.gain).toFixed(3)])
  return `${head}, ${result.moves.length} move${result.moves.length > 1 ? 's' : ''}, in this order:\n${table(['VM', 'FROM', 'TO', 'DEVICES', 'GAIN'], rows)}\n`
}

function renderCapacity (vm: string, report: CapacityReport): string {
  const rows = Object.entries(report.byHost).map(([host, n]) => [host, String(n), report.limitedBy[host] ?? '-'])
  const total = `${report.total}${report.capped ? '+' : ''} more ${vm} fit${report.capped ? ' (stopped counting there)' : ''}`
  return `${table(['HOST', 'FITS', 'LIMITED BY'], rows)}\n${total}\n`
}

/** Six places, not three: with a small --min-gain a real gain must not print as 0. */
function roundRebalance (result: RebalancePlan): RebalancePlan {
  const r = (x: number): number => Math.round(x * 1e6) / 1e6
  return { scoreBefore: r(result.scoreBefore), scoreAfter: r(result.scoreAfter), moves: result.moves.map((m) => ({ ...m, gain: r(m.gain) })) }
}

function explainLine (e: HostEvaluation): string {
  if (!e.fits) return `  ${e.host}: ${e.reason.code}: ${e.reason.detail}`
  const scores = Object.entries(e.scores).map(([name, value]) => `${name}=${round(value).toFixed(3)}`).join(' ')
  return `  ${e.host}: fits, score ${round(e.score).toFixed(3)} (${scores})`
}

const round = (x: number): number => Math.round(x * 1000) / 1000
const roundAll = (scores: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, round(v)]))
