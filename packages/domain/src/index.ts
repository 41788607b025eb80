/**
 * Shared domain types and errors of the Multiverse cluster mesh. No I/O lives here.
 */
export type * from './inventory.ts'
export * from './errors.ts'
export * from './error-kinds.ts'
export * from './pci-address.ts'
export { hostInventorySchema, MAX_DEVICES } from './inventory-schema.ts'
export type * from './cluster.ts'
export { VM_STATES } from './cluster.ts'
export type * from './vm-spec.ts'
export * from './deadlines.ts'
export { hostAdvertSchema, hostVmSchema, hugepageBytesSchema, CLUSTER_ID, HOST_NAME, VM_NAME, LEASE_ID, MAX_HOST_VMS } from './cluster-schema.ts'
// One line each: scripts/build.ts drops the `-schema.ts` lines for the CLI's start (no zod there).
export { CONTROL_API, InvalidRequestError, briefStatusAnswerSchema, isControlRoute, parseControlRequest, statusAnswerSchema } from './control-api-schema.ts'
export type { BriefStatusAnswer, ControlAnswer, ControlRequest, ControlRoute, StatusAnswer } from './control-api-schema.ts'

/** Where the agent's control socket is unless configured otherwise. */
export const DEFAULT_CONTROL = '/run/multiverse/agent.sock'
export { nodeHttp } from './node-http.ts'
export { Backoff, BackoffPolicyError } from './backoff.ts'
export type { BackoffPolicy } from './backoff.ts'
export { SerialQueue } from './serial-queue.ts'
export { formatBytes } from './bytes.ts'
export { optional } from './optional.ts'
