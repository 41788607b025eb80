import type { Command } from 'commander'
import { Option } from 'commander'
import { UsageError } from '@multiverse/domain'
import type { ControlAnswer } from '@multiverse/domain'
import { callAgent, controlOption } from '../control-client.ts'
import type { ControlOption } from '../control-client.ts'
import { jsonOr, table } from '../format.ts'
import type { Io } from '../io.ts'

/** --apply waits for every move; each is bounded by its owner (its budget, its progress timeout). */
const APPLY_WAIT_MS = 12 * 3600_000

interface RebalanceOptions extends ControlOption { apply?: boolean, maxMoves?: number, minGain?: number, force?: boolean, timeout?: string }

/** `multiverse cluster rebalance` (docs/architecture.md §5, §12): the plan on the live view, and with --apply, carried out. */
export function registerRebalanceCommand (cluster: Command, io: Io): void {
  controlOption(cluster.command('rebalance').description('even out memory, vCPU and device load: the plan on the live cluster, carried out with --apply'))
    .option('--apply', 'make the moves, one at a time, planning again after each (a VM moves at most once)')
    .addOption(new Option('--max-moves <n>', 'at most this many moves (default 10)').argParser(wholeNumber))
    .addOption(new Option('--min-gain <x>', 'a move must lower the cluster score by at least this (default 0.01)').argParser(nonNegative))
    .option('--force', 'offline moves: power the guest off when it does not shut down in time')
    .option('--timeout <seconds>', 'offline moves: how long each guest gets to shut down on ACPI (default 120)')
    .action(async (o: RebalanceOptions) => {
      const request = {
        apply: o.apply === true, force: o.force === true, ...(o.timeout === undefined ? {} : { timeoutSeconds: Number(o.timeout) }),
        ...(o.maxMoves === undefined ? {} : { maxMoves: o.maxMoves }), ...(o.minGain === undefined ? {} : { minGain: o.minGain })
      }
      const r = await callAgent(o.control, 'POST /v1/cluster/rebalance', request, o.apply === true ? APPLY_WAIT_MS : 30_000)
      io.out(jsonOr(o.json, r, () => `${render(r, o.apply === true)}\n`))
    })
}

function render (r: ControlAnswer<'POST /v1/cluster/rebalance'>, applied: boolean): string {
  const score = (x: number): string => (Math.round(x * 1000) / 1000).toFixed(3)
  const head = `cluster score ${score(r.scoreBefore)} -> ${score(r.scoreAfter)} (lower is better)`
  if (r.moves.length === 0) return `${head}: no move gains enough${applied ? ', nothing moved' : ''}`
  const rows = r.moves.map((m) => [m.vm, m.from, m.to, m.devices.length === 0 ? '-' : m.devices.join(','), score(m.gain), ...(applied ? [m.state ?? '-', m.why ?? ''] : [])])
  const columns = ['VM', 'FROM', 'TO', 'DEVICES', 'GAIN', ...(applied ? ['STATE', 'WHY'] : [])]
  const tail = applied ? `stopped: ${r.stopped ?? '-'}` : 'run it again with --apply to make these moves'
  return `${head}, ${r.moves.length} move${r.moves.length > 1 ? 's' : ''}${applied ? ' made' : ', in this order'}:\n${table(columns, rows)}\n${tail}`
}

/** Flag parsers throw UsageError (not commander's own error) so the one exit-code map says 2. */
function wholeNumber (value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-moves must be a whole number, 0 or more, not ${JSON.stringify(value)}`)
  return Number(value)
}

function nonNegative (value: string): number {
  const n = value.trim() === '' ? Number.NaN : Number(value)
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--min-gain must be a number, 0 or more, not ${JSON.stringify(value)}`)
  return n
}
