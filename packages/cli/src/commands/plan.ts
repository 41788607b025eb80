import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { Option } from 'commander'
import { RefusedError, UsageError } from '@multiverse/domain'
import type { HostEvaluation, PlanResult, Strategy } from '@multiverse/scheduler'
import { table } from '../format.ts'
import type { Io } from '../program.ts'

interface PlanFlags { snapshot: string, json?: boolean, explain?: boolean, strategy: Strategy }

/** `multiverse plan`: the scheduler, offline, over a snapshot file (what-if planning). */
export function registerPlanCommand (program: Command, io: Io): void {
  program.command('plan')
    .description('place VM specs on a cluster snapshot (cluster status --json), offline')
    .argument('<spec...>', 'VM spec files (YAML or JSON), placed in this order')
    .requiredOption('--snapshot <file>', 'the cluster snapshot: what multiverse cluster status --json prints')
    .addOption(new Option('--strategy <strategy>', 'fill hosts up or even the load out').choices(['binpack', 'spread']).default('binpack'))
    .option('--json', 'print JSON')
    .option('--explain', 'print every host\'s scores or reason for every VM')
    .action(async (files: string[], flags: PlanFlags) => {
      // Loaded here, not at the top: other commands start without the YAML parser and the scheduler.
      const { parseSnapshot, parseVmSpec, plan } = await import('@multiverse/scheduler')
      const snapshot = parseSnapshot(readText(flags.snapshot, 'snapshot'), flags.snapshot)
      const specs = files.map((file) => parseVmSpec(readText(file, 'spec'), file))
      const result = plan(snapshot, specs, { strategy: flags.strategy })
      io.out(flags.json === true ? `${JSON.stringify(toJson(result), null, 2)}\n` : render(result, flags.explain === true))
      if (result.unplaced.length > 0) {
        throw new RefusedError(`${result.unplaced.map((u) => u.vm).join(', ')}: no host can run ${result.unplaced.length > 1 ? 'them' : 'it'}`, {
          hint: 'each host\'s reason is printed above; free capacity or devices, or relax the spec'
        })
      }
    })
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

function explainLine (e: HostEvaluation): string {
  if (!e.fits) return `  ${e.host}: ${e.reason.code}: ${e.reason.detail}`
  const scores = Object.entries(e.scores).map(([name, value]) => `${name}=${round(value).toFixed(3)}`).join(' ')
  return `  ${e.host}: fits, score ${round(e.score).toFixed(3)} (${scores})`
}

const round = (x: number): number => Math.round(x * 1000) / 1000
const roundAll = (scores: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, round(v)]))
