import type { Server } from 'node:http'
import { Agent } from './agent.ts'
import type { AgentConfig } from './config.ts'
import { startControlServer } from './control.ts'
import { createLogger } from './log.ts'
import type { Logger } from './log.ts'

export interface RunningAgent {
  agent: Agent
  control: Server
  stop: () => Promise<void>
}

/** Starts an agent and its control socket; `stop` closes both (SIGTERM calls it). */
export async function runAgent (config: AgentConfig, log: Logger = createLogger(config.name)): Promise<RunningAgent> {
  const agent = await Agent.start(config, log)
  let control: Server
  try {
    control = await startControlServer(agent, config.control, log)
  } catch (error) {
    await agent.stop()
    throw error
  }
  log.info({ control: config.control }, 'control socket listening')
  let stopping: Promise<void> | undefined
  const stop = async (): Promise<void> => {
    stopping ??= (async () => {
      control.closeAllConnections()
      await new Promise<void>((resolve) => { control.close(() => { resolve() }) })
      await agent.stop()
      log.info('agent stopped')
    })()
    await stopping
  }
  return { agent, control, stop }
}
