import type { Command } from 'commander'
import { DEFAULT_CONTROL, FaultError, REMOTE_FAULT_STATUS, errorOfKind, kindOfStatus, nodeHttp } from '@multiverse/domain'

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

/** One JSON request to the agent; its errors come back as the CLI's typed errors. */
export async function callAgent<T> (socket: string, method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = 30_000): Promise<T> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const { status, text } = await new Promise<{ status: number, text: string }>((resolve, reject) => {
    const req = nodeHttp.request({ socketPath: socket, method, path, timeout: timeoutMs, agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
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
  if (status === 200) return parsed as T
  const { message, hint } = parsed.error ?? { message: `status ${status}` }
  const kind = kindOfStatus(status)
  // A fault of the host that owns the VM says so by its status, and its message names that host.
  const said = kind === 'fault' && status !== REMOTE_FAULT_STATUS ? `the agent failed: ${message}` : message
  throw errorOfKind(kind, said, hint, (m, h) => new AgentFaultError(m, h))
}
