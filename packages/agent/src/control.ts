/**
 * The control socket: a unix socket (mode 0600: root only) speaking a small JSON API over
 * HTTP, which the CLI uses. `curl --unix-socket /run/multiverse/agent.sock localhost/v1/status`
 * works too. Errors carry their name, message and hint; the status code says whose fault.
 */
import { chmodSync, mkdirSync, rmSync } from 'node:fs'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { dirname } from 'node:path'
import { MAX_VM_DEADLINE_MS, UsageError, httpStatus, nodeHttp } from '@multiverse/domain'
import { MAX_LEASE_TTL_MS, MAX_VM_WAIT_MS } from '@multiverse/wire'
import { DEFAULT_LEASE_TTL_MS } from '@multiverse/workloads'
import type { Agent } from './agent.ts'
import { DEFAULT_TOKEN_TTL_MS } from './agent.ts'
import type { Logger } from './log.ts'

const MAX_BODY = 64 << 10

type Handler = (agent: Agent, body: Record<string, unknown>, query: URLSearchParams) => Promise<unknown> | unknown

const ROUTES: Record<string, Handler> = {
  'GET /v1/health': (agent) => ({ peerId: agent.peerId.toString(), name: agent.config.name, clusterId: agent.clusterId ?? null }),
  'GET /v1/status': (agent, _body, query) => {
    const snapshot = agent.snapshot()
    // ?brief=1: states and counts without inventories, for monitors that poll often.
    const hosts = query.get('brief') === '1'
      ? snapshot.hosts.map(({ inventory, vms, ...host }) => ({ ...host, devices: inventory.devices.length, vms: vms.length }))
      : snapshot.hosts
    return { ...snapshot, hosts, name: agent.config.name, counters: { ...agent.counters.mesh, ...agent.counters.placement } }
  },
  'POST /v1/cluster/init': async (agent) => await agent.initCluster(),
  'POST /v1/cluster/token': async (agent, body) => {
    const ttl = body.ttlSeconds === undefined ? DEFAULT_TOKEN_TTL_MS / 1000 : Number(body.ttlSeconds)
    if (!Number.isInteger(ttl) || ttl < 10 || ttl > 7 * 24 * 3600) {
      throw new UsageError(`a token lives 10 s to 7 days, not ${String(body.ttlSeconds)}`, { hint: 'e.g. --ttl 3600' })
    }
    return await agent.issueToken(ttl * 1000)
  },
  'POST /v1/cluster/join': async (agent, body) => await agent.joinCluster(requireString(body, 'token')),
  'POST /v1/cluster/remove': async (agent, body) => ({ removed: await agent.removeMember(requireString(body, 'host')) }),
  'GET /v1/cluster/map': (agent) => ({ mappings: agent.mappings() }),
  'POST /v1/cluster/map/add': async (agent, body) => {
    const devices = body.devices
    if (typeof devices !== 'object' || devices === null || Array.isArray(devices) || Object.values(devices).some((v) => typeof v !== 'string')) {
      throw new UsageError('the request needs "devices": { host: address }')
    }
    return { name: requireString(body, 'name'), devices: await agent.setMapping(requireString(body, 'name'), devices as Record<string, string>) }
  },
  'POST /v1/cluster/map/rm': async (agent, body) => { await agent.removeMapping(requireString(body, 'name')); return { removed: body.name } },
  'POST /v1/host/maintenance': async (agent, body) => {
    if (typeof body.on !== 'boolean') throw new UsageError('the request needs "on": true or false')
    return { maintenance: await agent.setMaintenance(body.on) }
  },
  'POST /v1/vm/create': async (agent, body) => {
    if (body.spec === undefined) throw new UsageError('the request needs "spec": the VM spec document')
    const host = body.host === undefined || body.host === null ? undefined : requireString(body, 'host')
    return await agent.createVm(body.spec, { ...(host === undefined ? {} : { host }), start: body.start === true, ...deadline(body) })
  },
  'POST /v1/vm/start': async (agent, body) => await agent.operateVm(requireString(body, 'name'), 'start', deadline(body)),
  'POST /v1/vm/stop': async (agent, body) => await agent.operateVm(requireString(body, 'name'), 'stop', { waitMs: waitMs(body), force: body.force === true, ...deadline(body) }),
  'POST /v1/vm/destroy': async (agent, body) => await agent.operateVm(requireString(body, 'name'), 'destroy', deadline(body)),
  'POST /v1/vm/remove': async (agent, body) => await agent.operateVm(requireString(body, 'name'), 'remove', { force: body.force === true, ...deadline(body) }),
  'POST /v1/vm/show': (agent, body) => agent.showVm(requireString(body, 'name')),
  'POST /v1/vm/place': async (agent, body) => {
    const ttl = body.ttlSeconds === undefined ? DEFAULT_LEASE_TTL_MS / 1000 : Number(body.ttlSeconds)
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_LEASE_TTL_MS / 1000) {
      throw new UsageError(`a lease lives 1 to ${MAX_LEASE_TTL_MS / 1000} s, not ${String(body.ttlSeconds)}`, { hint: 'e.g. --ttl 60' })
    }
    if (body.spec === undefined) throw new UsageError('the request needs "spec": the VM spec document')
    return await agent.placeVm(body.spec, { ttlMs: ttl * 1000, confirm: body.confirm !== false })
  }
}

/** `timeoutSeconds` of a stop: how long the guest gets to shut down (0 = the owner's default). */
function waitMs (body: Record<string, unknown>): number {
  const seconds = body.timeoutSeconds === undefined ? 0 : Number(body.timeoutSeconds)
  if (!Number.isInteger(seconds) || seconds < 0 || seconds * 1000 > MAX_VM_WAIT_MS) {
    throw new UsageError(`a stop waits 0 to ${MAX_VM_WAIT_MS / 1000} s, not ${String(body.timeoutSeconds)}`, { hint: 'e.g. --timeout 60' })
  }
  return seconds * 1000
}

/** `deadlineMs`: the caller's deadline for the owner's work (absent: the operation's own). */
function deadline (body: Record<string, unknown>): { deadlineMs?: number } {
  if (body.deadlineMs === undefined) return {}
  const ms = Number(body.deadlineMs)
  if (!Number.isInteger(ms) || ms < 1000 || ms > MAX_VM_DEADLINE_MS) {
    throw new UsageError(`a deadline is 1 to ${MAX_VM_DEADLINE_MS / 1000} s, not ${String(body.deadlineMs)} ms`)
  }
  return { deadlineMs: ms }
}

function requireString (body: Record<string, unknown>, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value === '') throw new UsageError(`the request needs "${field}"`)
  return value
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
    const route = ROUTES[`${req.method} ${url.pathname}`]
    if (route === undefined) throw new UsageError(`no such request: ${req.method} ${req.url}`)
    send(200, await route(agent, await readBody(req), url.searchParams))
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
