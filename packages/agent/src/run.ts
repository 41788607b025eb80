import type { Server } from 'node:http'
import { Agent } from './agent.ts'
import type { AgentConfig } from './config.ts'
import { startControlServer } from './control.ts'
import { createLogger } from './log.ts'
import { startMetricsServer } from './metrics.ts'
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
  let metrics: Server | undefined
  try {
    if (config.metrics !== undefined) metrics = await startMetricsServer(agent.metrics, config.metrics, log)
  } catch (error) {
    control.close()
    await agent.stop()
    throw error
  }
  let stopping: Promise<void> | undefined
  const stop = async (): Promise<void> => {
    stopping ??= (async () => {
      for (const server of [control, metrics]) {
        if (server === undefined) continue
        server.closeAllConnections()
        await new Promise<void>((resolve) => { server.close(() => { resolve() }) })
      }
      await agent.stop()
      log.info('agent stopped')
    })()
    await stopping
  }
  return { agent, control, stop }
}
