/**
 * The control socket: a unix socket (mode 0600: root only) speaking a small JSON API over
 * HTTP, which the CLI uses. `curl --unix-socket /run/multiverse/agent.sock localhost/v1/status`
 * works too. Every request is validated by its route's schema before it is read
 * (packages/domain/src/control-api-schema.ts). Errors carry their name, message and hint; the
 * status code says whose fault (packages/domain/src/error-kinds.ts).
 */
import { chmodSync, mkdirSync, rmSync } from 'node:fs'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { dirname } from 'node:path'
import { UsageError, httpStatus, isControlRoute, nodeHttp, parseControlRequest } from '@multiverse/domain'
import type { BriefStatusAnswer, ControlAnswer, ControlRequest, ControlRoute } from '@multiverse/domain'
import { DEFAULT_LEASE_TTL_MS } from '@multiverse/workloads'
import type { Agent } from './agent.ts'
import { DEFAULT_TOKEN_TTL_MS } from './agent.ts'
import type { Logger } from './log.ts'

const MAX_BODY = 64 << 10

/** `?brief=1` makes the status brief: the one answer a request's content chooses. */
type Answer<R extends ControlRoute> = R extends 'GET /v1/status' ? ControlAnswer<R> | BriefStatusAnswer : ControlAnswer<R>
/** A route's work, on a request its schema has validated (packages/domain/src/control-api-schema.ts). */
type Handler<R extends ControlRoute> = (agent: Agent, request: ControlRequest<R>) => Promise<Answer<R>> | Answer<R>

const ROUTES: { [R in ControlRoute]: Handler<R> } = {
  'GET /v1/health': (agent) => ({ peerId: agent.peerId.toString(), name: agent.config.name, clusterId: agent.clusterId ?? null }),
  'GET /v1/status': (agent, { brief }) => {
    const snapshot = agent.snapshot()
    const status = { ...snapshot, name: agent.config.name, counters: { ...agent.counters.mesh, ...agent.counters.placement } }
    if (brief !== '1') return status
    return { ...status, hosts: snapshot.hosts.map(({ inventory, vms, ...host }) => ({ ...host, devices: inventory.devices.length, vms: vms.length })) }
  },
  'POST /v1/cluster/init': async (agent) => await agent.initCluster(),
  'POST /v1/cluster/token': async (agent, { ttlSeconds }) => await agent.issueToken(ttlSeconds === undefined ? DEFAULT_TOKEN_TTL_MS : ttlSeconds * 1000),
  'POST /v1/cluster/join': async (agent, { token }) => await agent.joinCluster(token),
  'POST /v1/cluster/remove': async (agent, { host }) => ({ removed: await agent.removeMember(host) }),
  'GET /v1/cluster/map': (agent) => ({ mappings: agent.mappings() }),
  'POST /v1/cluster/map/add': async (agent, { name, devices }) => ({ name, devices: await agent.setMapping(name, devices) }),
  'POST /v1/cluster/map/rm': async (agent, { name }) => { await agent.removeMapping(name); return { removed: name } },
  'POST /v1/host/maintenance': async (agent, { on }) => ({ maintenance: await agent.setMaintenance(on) }),
  'POST /v1/vm/create': async (agent, { spec, host, start, deadlineMs }) =>
    await agent.createVm(spec, { ...(host == null ? {} : { host }), start: start === true, ...deadline(deadlineMs) }),
  'POST /v1/vm/start': async (agent, { name, deadlineMs }) => await agent.operateVm(name, 'start', deadline(deadlineMs)),
  'POST /v1/vm/stop': async (agent, { name, timeoutSeconds, force, deadlineMs }) =>
    // 0 s: the owner's default wait for the guest.
    await agent.operateVm(name, 'stop', { waitMs: (timeoutSeconds ?? 0) * 1000, force: force === true, ...deadline(deadlineMs) }),
  'POST /v1/vm/destroy': async (agent, { name, deadlineMs }) => await agent.operateVm(name, 'destroy', deadline(deadlineMs)),
  'POST /v1/vm/remove': async (agent, { name, force, deadlineMs }) => await agent.operateVm(name, 'remove', { force: force === true, ...deadline(deadlineMs) }),
  'POST /v1/vm/show': (agent, { name }) => agent.showVm(name),
  // Run where the VM is owned: here, or on its owner through the mesh.
  'POST /v1/vm/migrate': async (agent, request) => await agent.migrationCommand(request.name, 'POST /v1/vm/migrate', request),
  'POST /v1/vm/migrate/cancel': async (agent, request) => await agent.migrationCommand(request.name, 'POST /v1/vm/migrate/cancel', request),
  'GET /v1/migrations': async (agent, request) => await agent.migrationCommand(request.vm, 'GET /v1/migrations', request),
  // Run by the host evacuated: here, or the host named, through the mesh.
  'POST /v1/host/evacuate': async (agent, request) => await agent.evacuationCommand('POST /v1/host/evacuate', request),
  'POST /v1/host/evacuate/cancel': async (agent, request) => await agent.evacuationCommand('POST /v1/host/evacuate/cancel', request),
  'GET /v1/evacuation': async (agent, request) => await agent.evacuationCommand('GET /v1/evacuation', request),
  'POST /v1/host/restore': async (agent, request) => await agent.evacuationCommand('POST /v1/host/restore', request),
  'POST /v1/cluster/rebalance': async (agent, request) => await agent.rebalance(request),
  'POST /v1/vm/place': async (agent, { spec, ttlSeconds, confirm }) =>
    await agent.placeVm(spec, { ttlMs: ttlSeconds === undefined ? DEFAULT_LEASE_TTL_MS : ttlSeconds * 1000, confirm: confirm !== false })
}

/** The caller's deadline for the owner's work, when it set one (else the operation's own). */
function deadline (deadlineMs: number | undefined): { deadlineMs?: number } {
  return deadlineMs === undefined ? {} : { deadlineMs }
}

/** One route's answer to a request of it, validated first: the correlation TS needs a generic for. */
async function answer<R extends ControlRoute> (agent: Agent, route: R, input: unknown): Promise<Answer<R>> {
  const handler: Handler<R> = ROUTES[route]
  return await handler(agent, parseControlRequest(route, input))
}

export async function startControlServer (agent: Agent, path: string, log: Logger): Promise<Server> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o755 })
  // A socket file left by a killed agent: the store's lock already proved no agent runs here.
  rmSync(path, { force: true })
  const server = nodeHttp.createServer((req, res) => { void handle(agent, req, res, log) })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(path, () => { resolve() })
  })
  chmodSync(path, 0o600)
  return server
}

async function handle (agent: Agent, req: IncomingMessage, res: ServerResponse, log: Logger): Promise<void> {
  const send = (status: number, value: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(value))
  }
  try {
    if (req.method === 'GET' && req.url === '/metrics') {
      const { contentType, body } = await agent.metrics.text()
      res.writeHead(200, { 'content-type': contentType }).end(body)
      return
    }
    const url = new URL(req.url ?? '/', 'http://agent')
    const route = `${req.method} ${url.pathname}`
    if (!isControlRoute(route)) throw new UsageError(`no such request: ${req.method} ${req.url}`)
    const body = await readBody(req)
    // A GET says what it wants in its query, a POST in its body.
    send(200, await answer(agent, route, req.method === 'GET' ? Object.fromEntries(url.searchParams) : body))
  } catch (error) {
    const e = error as Error & { hint?: string }
    const status = httpStatus(e)
    if (status === 500) log.error({ err: e.message, stack: e.stack }, 'control request failed')
    send(status, { error: { name: e.name, message: e.message, hint: e.hint } })
  }
}

async function readBody (req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new UsageError(`request body over ${MAX_BODY} bytes`)
    chunks.push(chunk as Buffer)
  }
  if (size === 0) return {}
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object')
    return body as Record<string, unknown>
  } catch (cause) {
    throw new UsageError(`request body is not a JSON object: ${(cause as Error).message}`)
  }
}
