import type { Command } from 'commander'
import { DEFAULT_CONTROL, FaultError, REMOTE_FAULT_STATUS, errorOfKind, kindOfStatus, nodeHttp } from '@multiverse/domain'
import type { ControlAnswer, ControlRequest, ControlRoute } from '@multiverse/domain'

export interface ControlOption { control: string, json?: boolean }

/** `--control` and `--json`: what every command that talks to the agent takes. */
export function controlOption (command: Command): Command {
  return command
    .option('--control <socket>', 'the agent\'s control socket', process.env.MULTIVERSE_CONTROL ?? DEFAULT_CONTROL)
    .option('--json', 'print JSON')
}

/** The agent's control socket cannot be reached, or answered with a fault. Exit code 1. */
export class AgentUnreachableError extends FaultError {
  override name = 'AgentUnreachableError'
  constructor (socket: string, problem: string, options?: { cause?: unknown }) {
    super(`cannot reach the agent at ${socket}: ${problem}`, {
      ...options,
      hint: 'start it with multiverse agent (or systemctl start multiverse-agent), or point --control / MULTIVERSE_CONTROL at its socket'
    })
  }
}

export class AgentFaultError extends FaultError {
  override name = 'AgentFaultError'
  constructor (message: string, hint?: string) {
    super(message, { hint })
  }
}

/**
 * One request to the agent, by its route (`GET /v1/status`): a POST's request goes as its JSON
 * body, a GET's as its query. Its errors come back as the CLI's typed errors.
 */
export async function callAgent<R extends ControlRoute> (socket: string, route: R, request?: ControlRequest<R>, timeoutMs = 30_000): Promise<ControlAnswer<R>> {
  const method = route.startsWith('GET ') ? 'GET' : 'POST'
  const path = route.slice(method.length + 1)
  const query = method === 'GET' && request !== undefined ? `?${new URLSearchParams(Object.entries(request).map(([k, v]): [string, string] => [k, String(v)]))}` : ''
  const payload = method === 'POST' && request !== undefined ? JSON.stringify(request) : undefined
  const { status, text } = await new Promise<{ status: number, text: string }>((resolve, reject) => {
    const req = nodeHttp.request({ socketPath: socket, method, path: `${path}${query}`, timeout: timeoutMs, agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }) })
      res.on('error', reject)
    })
    req.on('timeout', () => { req.destroy(new Error(`no answer within ${timeoutMs} ms`)) })
    req.on('error', (error: NodeJS.ErrnoException) => {
      const problem = error.code === 'ENOENT' ? 'no such socket' : error.code === 'ECONNREFUSED' ? 'nothing listens there' : error.code === 'EACCES' ? 'permission denied (run as root)' : error.message
      reject(new AgentUnreachableError(socket, problem, { cause: error }))
    })
    req.end(payload)
  })
  let parsed: { error?: { name: string, message: string, hint?: string } } & Record<string, unknown>
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new AgentFaultError(`the agent answered ${status} with something that is not JSON`)
  }
  // Trusted as the route's answer, not parsed: the agent's answers are its own typed values
  // (held to the schemas by test/control-api.spec.ts), and parsing would load zod at start.
  if (status === 200) return parsed as ControlAnswer<R>
  const { message, hint } = parsed.error ?? { message: `status ${status}` }
  const kind = kindOfStatus(status)
  // A fault of the host that owns the VM says so by its status, and its message names that host.
  const said = kind === 'fault' && status !== REMOTE_FAULT_STATUS ? `the agent failed: ${message}` : message
  throw errorOfKind(kind, said, hint, (m, h) => new AgentFaultError(m, h))
}
