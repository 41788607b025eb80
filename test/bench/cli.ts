/**
 * npm run bench:cli: how long `multiverse` takes as a command people type, against the tools
 * they would otherwise type, in the same run: its start-up (`--version`), `cluster status`
 * against no agent and against a real one (in this process, on loopback, in a cluster of one),
 * and `host inventory --json` on the desktop fixture and on the 2,081-device tree against
 * `lspci -nnk -vv -A linux-sysfs` on the same tree, with `lspci -nnk -vv` and `virsh list` on
 * this machine for scale. Each command is a real process run through the bin as a user runs it
 * (`packages/cli/bin/multiverse.js`: the bundle, built first when missing or stale), then again
 * from the TypeScript sources (MULTIVERSE_SOURCES=1) to show what the bundle saves. Medians;
 * figures printed, not asserted. Targets: `cluster status` under 150 ms (docs/architecture.md
 * §10), the inventory of the large tree under 200 ms in the agent (bench:inventory).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { BUNDLE, buildBundle, bundleIsStale } from '../../scripts/build.ts'
import { MACHINES, largeMachine } from '../fixtures/machines.ts'
import { writeMachine } from '../fixtures/sysfs-writer.ts'
import { InProcessAgents } from '../support/in-process.ts'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15)
const BIN = new URL('../../packages/cli/bin/multiverse.js', import.meta.url).pathname

interface Command { file: string, args: string[], env?: Record<string, string>, exitCode: number }

/** The median wall time of `ROUNDS` runs after one to warm the page cache; undefined if it cannot run. */
async function time (command: Command): Promise<number | undefined> {
  const once = async (): Promise<number | undefined> => {
    const start = performance.now()
    const result = await execa(command.file, command.args, { env: command.env, reject: false, timeout: 60_000, stdout: 'ignore', stderr: 'pipe' })
    const ms = performance.now() - start
    if (result.exitCode === command.exitCode) return ms
    console.log(`  (${[command.file, ...command.args].join(' ')}: exit ${result.exitCode ?? result.signal}, not ${command.exitCode}: ${String(result.stderr).split('\n')[0]})`)
    return undefined
  }
  if (await once() === undefined) return undefined
  const samples: number[] = []
  for (let i = 0; i < ROUNDS; i++) samples.push((await once())!)
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]
}

const multiverse = (args: string[], exitCode = 0, env: Record<string, string> = {}): Command => ({ file: BIN, args, env, exitCode })
const sources = (command: Command): Command => ({ ...command, env: { ...command.env, MULTIVERSE_SOURCES: '1' } })

if (bundleIsStale()) {
  const started = performance.now()
  await buildBundle()
  console.log(`built ${BUNDLE} in ${(performance.now() - started).toFixed(0)} ms`)
}

// tmpfs when there is one: writing 2,000 device directories to a busy disk takes a minute
const scratch = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'bench-cli-'))
const agents = new InProcessAgents()
try {
  const desktop = join(scratch, 'desktop')
  const large = join(scratch, 'large')
  await writeMachine(MACHINES.desktop!, desktop)
  await writeMachine(largeMachine(32, 63), large)
  await agents.start('bench', 'desktop')
  const control = join(agents.scratch, 'bench.sock') // where InProcessAgents puts an agent's socket
  const init = await execa(BIN, ['cluster', 'init', '--control', control], { reject: false, timeout: 30_000 })
  if (init.exitCode !== 0) throw new Error(`multiverse cluster init failed: ${init.stderr}`)
  const nowhere = join(scratch, 'no-agent.sock')
  const lspciOn = (root: string): Command => ({ file: 'lspci', args: ['-A', 'linux-sysfs', '-O', `sysfs.path=${join(root, 'sys/bus/pci')}`, '-nnk', '-vv'], exitCode: 0 })

  // virsh's own start-up and a connection: to the system libvirtd when it runs, else to the
  // test driver inside virsh (no daemon), which says so in the row.
  let virsh: { name: string, command: Command } | undefined
  for (const uri of [undefined, 'test:///default']) {
    const args = uri === undefined ? ['list'] : ['-c', uri, 'list']
    const probe = await execa('virsh', args, { reject: false, timeout: 30_000 })
    if (probe.exitCode === 0) { virsh = { name: `virsh ${args.join(' ')}`, command: { file: 'virsh', args, exitCode: 0 } }; break }
  }
  if (virsh === undefined) console.log('note: virsh is not installed or reaches no libvirt; its rows are left out')

  const rows: { name: string, command: Command, sources?: boolean, against?: { name: string, command: Command } }[] = [
    { name: 'multiverse --version', command: multiverse(['--version']), sources: true, against: virsh },
    { name: 'multiverse cluster status, no agent', command: multiverse(['cluster', 'status', '--control', nowhere], 1), sources: true, against: virsh },
    { name: 'multiverse cluster status, an agent', command: multiverse(['cluster', 'status', '--control', control]), sources: true, against: virsh },
    { name: 'multiverse host inventory --json, desktop', command: multiverse(['host', 'inventory', '--json', '--root', desktop]), sources: true, against: { name: 'lspci -nnk -vv -A linux-sysfs, desktop', command: lspciOn(desktop) } },
    { name: 'multiverse host inventory --json, 2,081 devices', command: multiverse(['host', 'inventory', '--json', '--root', large]), sources: true, against: { name: 'lspci -nnk -vv -A linux-sysfs, 2,081', command: lspciOn(large) } },
    { name: 'lspci -nnk -vv (this machine)', command: { file: 'lspci', args: ['-nnk', '-vv'], exitCode: 0 } }
  ]

  const ms = (x: number | undefined): string => x === undefined ? '-'.padStart(9) : `${x.toFixed(1).padStart(6)} ms`
  const ratio = (a: number | undefined, b: number | undefined): string => a === undefined || b === undefined ? '-'.padStart(7) : `${(a / b).toFixed(2).padStart(6)}x`
  console.log(`median of ${ROUNDS} runs each; "sources" is the same command with MULTIVERSE_SOURCES=1 (the TypeScript, no bundle)`)
  console.log(`${'command'.padEnd(48)} ${'bundle'.padStart(9)} ${'sources'.padStart(9)}  ${'against'.padEnd(40)} ${'it'.padStart(9)}   ratio`)
  for (const row of rows) {
    const bundle = await time(row.command)
    const fromSources = row.sources === true ? await time(sources(row.command)) : undefined
    const against = row.against === undefined ? undefined : await time(row.against.command)
    console.log(`${row.name.padEnd(48)} ${ms(bundle)} ${row.sources === true ? ms(fromSources) : ''.padStart(9)}  ${(row.against?.name ?? '').padEnd(40)} ${row.against === undefined ? ''.padStart(9) : ms(against)} ${row.against === undefined ? '' : ratio(bundle, against)}`)
  }
} finally {
  await agents.stopAll()
  rmSync(scratch, { recursive: true, force: true })
}
