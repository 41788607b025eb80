/**
 * The agent daemon: one per host. `runAgent` starts it with its control socket; the pure parts
 * (membership, the cluster view, adverts) are exported for tests.
 */
export { runAgent } from './run.ts'
export type { RunningAgent } from './run.ts'
export { Agent } from './agent.ts'
export { loadConfig, DEFAULT_CONTROL, DEFAULT_DATA } from './config.ts'
export type { AgentConfig, AgentFlags } from './config.ts'
export { createLogger } from './log.ts'
export { stateOf, SUSPECT_AFTER_MS, DEAD_AFTER_MS, ClusterView } from './view.ts'
export { MemberSet } from './membership.ts'
export { RefusedError, NotInClusterError, JoinRefusedError } from './errors.ts'
/** The joiner's side of admission, for tools that join without an agent (tests, probes). */
export { presentToken } from './join.ts'
