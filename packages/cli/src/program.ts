import { Argument, Command, CommanderError, Option } from 'commander'
import { parsePciAddress } from '@multiverse/domain'
import cliPackage from '../package.json' with { type: 'json' }
import { registerAgentCommand } from './commands/agent.ts'
import { registerClusterCommands } from './commands/cluster.ts'
import { registerEvacuateCommands } from './commands/evacuate.ts'
import { registerPlanCommand } from './commands/plan.ts'
import { registerVmCommands } from './commands/vm.ts'
import { renderInventory } from './commands/host-inventory.ts'
import { jsonOr } from './format.ts'
import { callAgent, controlOption } from './control-client.ts'
import type { ControlOption } from './control-client.ts'
import type { Io } from './io.ts'

/** The whole command tree, declared once; actions stay thin and call into the packages. */
export function buildProgram (io: Io): Command {
  const program = new Command('multiverse')
    .description('Multiverse OS cluster mesh: hosts, devices and encapsulation VMs')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .version(cliPackage.version, '-V, --version', 'print the version of multiverse')

  const host = program.command('host').description('this host')
  host.command('inventory')
    .description('what this host can offer to VMs: CPU, memory, NUMA, PCI devices by IOMMU group')
    .option('--root <dir>', 'read sys/ and proc/ below this directory instead of /', '/')
    .addOption(new Option('--reserve <addr,...>', 'PCI addresses the host keeps for itself').argParser(parseAddressList))
    .option('--json', 'print JSON (the format cluster status embeds)')
    .action(async (options: { root: string, reserve?: string[], json?: boolean }) => {
      // Loaded here, as every package a command uses alone: a command loads what it runs.
      const { readInventory } = await import('@multiverse/inventory')
      const inventory = readInventory({ root: options.root, reserve: options.reserve ?? [] })
      io.out(jsonOr(options.json, inventory, () => `${renderInventory(inventory)}\n`))
    })
  controlOption(host.command('maintenance').description('take no new VMs (on) or take them again (off); VMs already here stay')
    .addArgument(new Argument('<state>').choices(['on', 'off'])))
    .action(async (state: string, o: ControlOption) => {
      const r = await callAgent(o.control, 'POST /v1/host/maintenance', { on: state === 'on' })
      io.out(jsonOr(o.json, r, () => `maintenance ${r.maintenance ? 'on: this host takes no new VMs' : 'off: this host takes VMs again'}\n`))
    })
  registerEvacuateCommands(host, io)
  registerClusterCommands(program, io)
  registerPlanCommand(program, io)
  registerVmCommands(program, io)
  registerAgentCommand(program)
  return program
}

function parseAddressList (value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').filter((part) => part !== '').map(parsePciAddress)]
}

export { CommanderError }
