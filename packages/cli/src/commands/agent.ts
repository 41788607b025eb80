import nodeModule from 'node:module'
import type { Command } from 'commander'
import type { AgentFlags } from '@multiverse/agent'

/** `multiverse agent`: the daemon, in the foreground, until SIGTERM or SIGINT. */
export function registerAgentCommand (program: Command): void {
  program.command('agent')
    .description('run this host\'s agent in the foreground (systemd runs it as multiverse-agent)')
    .option('--config <file>', 'YAML config (see deploy/agent.example.yaml)')
    .option('--name <name>', 'this host\'s name in the cluster (default: the hostname)')
    .option('--data <dir>', 'state directory (LevelDB, identity)')
    .option('--root <dir>', 'read sys/ and proc/ below this directory instead of /')
    .option('--listen <multiaddr...>', 'mesh listen addresses, e.g. /ip4/0.0.0.0/tcp/4001')
    .option('--control <socket>', 'control socket path')
    .option('--metrics <host:port>', 'serve Prometheus metrics on GET /metrics there (they are on the control socket too)')
    .option('--libvirt <uri>', 'the libvirt this host\'s VMs run on (default $MULTIVERSE_LIBVIRT_URI or qemu:///system)')
    .option('--emulation <kind>', 'kvm, qemu (TCG) or auto (kvm when /dev/kvm opens)')
    .option('--discovery <ways>', 'how to find members: mdns, addresses, or both (default)')
    .action(async (flags: AgentFlags) => {
      // Loaded here, not at the top: every other command starts without the libp2p stack.
      const { createLogger, loadConfig, runAgent } = await import('@multiverse/agent')
      const config = loadConfig(flags)
      const log = createLogger(config.name)
      const running = await runAgent(config, log)
      // Node writes its compile cache (NODE_COMPILE_CACHE, see bin/agent-runtime.json) at exit;
      // an agent that is killed, or crashes, would never have written it. Called on the module,
      // not imported by name: a named import of what Node 20 lacks would stop every command
      // of the bundle from loading there, not just this one.
      nodeModule.flushCompileCache()
      await new Promise<void>((resolve) => {
        const stop = (signal: string): void => {
          log.info({ signal }, 'stopping')
          running.stop().then(resolve, (error: Error) => { log.error({ err: error.message }, 'unclean stop'); resolve() })
        }
        process.once('SIGTERM', () => { stop('SIGTERM') })
        process.once('SIGINT', () => { stop('SIGINT') })
      })
    })
}
