/**
 * A stand-in for `multiverse agent`, to exercise deploy/lab/lab before (or without) the real
 * agent: LAB_AGENT_CMD="$PWD/node_modules/.bin/node $PWD/test/lab/fake-agent.ts".
 * It takes the agent's arguments (agent --name --data --root --listen --control), answers the
 * cluster commands of test/lab/fake-cli.ts on the control socket (JSON lines) and keeps a toy
 * membership over TCP on the --listen address: every member syncs with every other every
 * 250 ms; a member not heard from for 1.5 s is "failed". Not a model of the real mesh.
 * FAKE_AGENT_DELAY_MS (default 300) delays the control socket; FAKE_AGENT_FAIL=hN makes hN exit.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, unlinkSync } from 'node:fs'
import { createConnection, createServer, type Socket } from 'node:net'

interface Member { name: string; addr: string; lastSeen: number }
interface Request { op: string; token?: string; clusterId?: string; from?: { name: string; addr: string }; members?: Array<{ name: string; addr: string }> }

function arg (flag: string): string {
  const i = process.argv.indexOf(flag)
  const value = i < 0 ? undefined : process.argv[i + 1]
  if (value === undefined) throw new Error(`fake-agent: missing ${flag}`)
  return value
}

if (process.argv[2] !== 'agent') throw new Error('fake-agent: first argument must be "agent"')
const name = arg('--name')
const control = arg('--control')
arg('--data'); arg('--root')
const listen = /^\/ip4\/([0-9.]+)\/tcp\/([0-9]+)$/.exec(arg('--listen'))
if (listen === null) throw new Error('fake-agent: --listen must be /ip4/A.B.C.D/tcp/PORT')
const [, ip, port] = listen as unknown as [string, string, string]
const self = { name, addr: `${ip}:${port}` }

if (process.env.FAKE_AGENT_FAIL === name) {
  console.error(`fake-agent ${name}: failing on purpose (FAKE_AGENT_FAIL)`)
  process.exit(3)
}

let clusterId: string | null = null
const members = new Map<string, Member>([[name, { ...self, lastSeen: Infinity }]])

const view = (): Array<{ name: string; addr: string; state: string }> => [...members.values()]
  .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
  .map((m) => ({ name: m.name, addr: m.addr, state: Date.now() - m.lastSeen < 1500 ? 'alive' : 'failed' }))

function merge (list: Array<{ name: string; addr: string }> | undefined): void {
  for (const m of list ?? []) if (!members.has(m.name)) members.set(m.name, { ...m, lastSeen: 0 })
}

function serveLines (socket: Socket, handle: (req: Request) => unknown): void {
  let buffer = ''
  socket.setEncoding('utf8')
  socket.on('error', () => {})
  socket.on('data', (chunk: string) => {
    buffer += chunk
    let nl
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl)
      buffer = buffer.slice(nl + 1)
      let reply: unknown
      try { reply = handle(JSON.parse(line) as Request) } catch (error) { reply = { error: String(error) } }
      socket.write(`${JSON.stringify(reply)}\n`)
    }
  })
}

const token = (): string => Buffer.from(JSON.stringify({ clusterId, ...self })).toString('base64url')

function onControl (req: Request): unknown {
  switch (req.op) {
    case 'init':
      if (clusterId !== null) throw new Error('already in a cluster')
      clusterId = randomUUID()
      return { clusterId, token: token() }
    case 'token':
      if (clusterId === null) throw new Error('not in a cluster')
      return { token: token() }
    case 'join': {
      const seed = JSON.parse(Buffer.from(req.token ?? '', 'base64url').toString()) as { clusterId: string; name: string; addr: string }
      clusterId = seed.clusterId
      merge([seed])
      return { clusterId }
    }
    case 'status':
      return { clusterId, self: name, hosts: view() }
    default:
      throw new Error(`unknown op ${req.op}`)
  }
}

function onPeer (req: Request): unknown {
  if (req.op !== 'sync' || clusterId === null || req.clusterId !== clusterId || req.from === undefined) return { error: 'not a member' }
  merge([req.from, ...(req.members ?? [])])
  members.get(req.from.name)!.lastSeen = Date.now()
  return { members: [...members.values()].map(({ name, addr }) => ({ name, addr })) }
}

function sync (m: Member): void {
  const [host, p] = m.addr.split(':') as [string, string]
  const socket = createConnection({ host, port: Number(p), localAddress: ip, timeout: 500 })
  socket.setEncoding('utf8')
  let buffer = ''
  socket.on('timeout', () => socket.destroy())
  socket.on('error', () => {})
  socket.on('connect', () => {
    socket.write(`${JSON.stringify({ op: 'sync', clusterId, from: self, members: [...members.values()].map(({ name, addr }) => ({ name, addr })) })}\n`)
  })
  socket.on('data', (chunk: string) => {
    buffer += chunk
    if (!buffer.includes('\n')) return
    const reply = JSON.parse(buffer.slice(0, buffer.indexOf('\n'))) as { members?: Array<{ name: string; addr: string }> }
    if (reply.members !== undefined) { merge(reply.members); m.lastSeen = Date.now() }
    socket.destroy()
  })
}

createServer((s) => { serveLines(s, onPeer) }).listen(Number(port), ip)
setInterval(() => { if (clusterId !== null) for (const m of members.values()) if (m.name !== name) sync(m) }, 250)

setTimeout(() => {
  if (existsSync(control)) unlinkSync(control)
  createServer((s) => { serveLines(s, onControl) }).listen(control, () => {
    console.log(`fake-agent ${name}: control ${control}, peers on ${self.addr}`)
  })
}, Number(process.env.FAKE_AGENT_DELAY_MS ?? 300))
