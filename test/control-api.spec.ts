/**
 * The control socket against its schemas (packages/domain/src/control-api-schema.ts): every
 * answer of a real agent is what its route's schema says (the CLI trusts them as typed, without
 * parsing), and a request that is not what its route takes is a 400 saying what and how.
 */
import { join } from 'node:path'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTROL_API, briefStatusAnswerSchema } from '@multiverse/domain'
import type { ControlAnswer, ControlRoute, StatusAnswer } from '@multiverse/domain'
import { InProcessAgents } from './support/in-process.ts'
import { control } from './support/control.ts'

const agents = new InProcessAgents()
let socket: string

beforeAll(async () => {
  await agents.start('laptop', 'laptop')
  socket = join(agents.scratch, 'laptop.sock')
})
afterAll(async () => { await agents.stopAll() })

/** A route's answer, checked against its schema; resolves the parsed answer. */
async function ask<R extends ControlRoute> (route: R, body?: unknown): Promise<ControlAnswer<R>> {
  const { status, body: answer } = await control(socket, method(route), path(route), body)
  expect(status, JSON.stringify(answer)).toBe(200)
  const schema: { parse: (value: unknown) => unknown } = CONTROL_API[route].answer
  return schema.parse(answer) as ControlAnswer<R>
}

const method = (route: string): 'GET' | 'POST' => route.startsWith('GET ') ? 'GET' : 'POST'
const path = (route: string): string => route.slice(route.indexOf(' ') + 1)

async function refused (method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number, error: { name: string, message: string, hint?: string } }> {
  const { status, body: answer } = await control<{ error: { name: string, message: string, hint?: string } }>(socket, method, path, body)
  return { status, error: answer.error }
}

describe('the control API: answers as their schemas say', () => {
  it('health, then a cluster: init, token, status (whole and brief)', async () => {
    expect(await ask('GET /v1/health')).toMatchObject({ name: 'laptop', clusterId: null })
    expect(await ask('POST /v1/cluster/init')).toMatchObject({ token: expect.stringMatching(/^mvj1_/) })
    await ask('POST /v1/cluster/token', { ttlSeconds: 60 })
    await ask('GET /v1/status')
    const { status, body } = await control(socket, 'GET', '/v1/status?brief=1')
    expect(status).toBe(200)
    expect(briefStatusAnswerSchema.parse(body).hosts[0]).toMatchObject({ name: 'laptop', vms: 0 })
  })

  it('a VM placed, a lease, one that fits nowhere; the VM shown and in the status', async () => {
    expect(await ask('POST /v1/vm/place', { spec: { name: 'gamer', vcpus: 2, memory: '2GiB' } })).toMatchObject({ placed: true, confirmed: true })
    expect(await ask('POST /v1/vm/place', { spec: { name: 'brief', vcpus: 1, memory: '1GiB' }, confirm: false, ttlSeconds: 30 })).toMatchObject({ placed: true, confirmed: false })
    expect(await ask('POST /v1/vm/place', { spec: { name: 'huge', vcpus: 2, memory: '1TiB' } })).toMatchObject({ placed: false, reasons: { laptop: { code: 'memory' } } })
    expect(await ask('POST /v1/vm/show', { name: 'gamer' })).toMatchObject({ name: 'gamer', host: 'laptop', state: 'placed' })
    const status: StatusAnswer = await ask('GET /v1/status')
    expect(status.hosts[0]!.vms.map((vm) => [vm.name, vm.state]).sort()).toEqual([['brief', 'reserved'], ['gamer', 'placed']])
  })

  // After the placements: a host's own advert shows maintenance off again only a moment later.
  it('mappings and maintenance', async () => {
    expect(await ask('POST /v1/cluster/map/add', { name: 'dgpu', devices: { laptop: '0000:02:00.0' } })).toEqual({ name: 'dgpu', devices: { laptop: '0000:02:00.0' } })
    expect(await ask('GET /v1/cluster/map')).toEqual({ mappings: { dgpu: { laptop: '0000:02:00.0' } } })
    expect(await ask('POST /v1/cluster/map/rm', { name: 'dgpu' })).toEqual({ removed: 'dgpu' })
    expect(await ask('POST /v1/host/maintenance', { on: true })).toEqual({ maintenance: true })
    expect(await ask('POST /v1/host/maintenance', { on: false })).toEqual({ maintenance: false })
  })
})

describe('the control API: evacuation, restore and rebalance, on a lone host', () => {
  it('an evacuation moves nothing (the placed VM has no domain yet, and there is no other host), says why, and is over; restore; rebalance', async () => {
    const dry = await ask('POST /v1/host/evacuate', { dryRun: true })
    expect(dry).toMatchObject({ host: 'laptop', state: 'planned', vms: [{ vm: 'gamer', state: 'stuck', why: 'it has no domain yet: there is nothing to move' }] })
    expect(await ask('POST /v1/host/evacuate', { force: true, timeoutSeconds: 5 })).toMatchObject({ host: 'laptop', state: 'done', force: true, shutdownWaitMs: 5000 })
    expect(await ask('GET /v1/evacuation')).toMatchObject({ host: 'laptop', evacuation: { state: 'done' }, migrations: [] })
    expect(await refused('POST', '/v1/host/evacuate/cancel', {})).toMatchObject({ status: 400, error: { name: 'NoEvacuationError', message: 'no evacuation runs on laptop' } })
    expect(await refused('GET', '/v1/evacuation?host=nowhere')).toMatchObject({ status: 400, error: { message: 'no host named nowhere in the cluster', hint: expect.stringMatching(/laptop/) } })
    expect(await ask('POST /v1/host/restore', { returnVms: true })).toEqual({ host: 'laptop', maintenance: false, returned: [] })
    expect(await ask('GET /v1/evacuation')).toEqual({ host: 'laptop', evacuation: null, migrations: [] })
    expect(await ask('POST /v1/cluster/rebalance', {})).toEqual({ scoreBefore: 0, scoreAfter: 0, moves: [] })
    expect(await ask('POST /v1/cluster/rebalance', { apply: true, maxMoves: 3, minGain: 0.1 })).toEqual({ scoreBefore: 0, scoreAfter: 0, moves: [], stopped: 'no move gains enough' })
  })
})

describe('the control API: a bad request is a 400 that says what and how', () => {
  it.each([
    ['a token\'s life', 'POST /v1/cluster/token', { ttlSeconds: 5 }, 'a token lives 10 s to 7 days, not 5', 'e.g. --ttl 3600'],
    ['a token\'s life that is no number', 'POST /v1/cluster/token', { ttlSeconds: null }, 'a token lives 10 s to 7 days, not null', 'e.g. --ttl 3600'],
    ['a lease\'s life', 'POST /v1/vm/place', { spec: {}, ttlSeconds: 0 }, 'a lease lives 1 to 600 s, not 0', 'e.g. --ttl 60'],
    ['a guest\'s shutdown wait', 'POST /v1/vm/stop', { name: 'x', timeoutSeconds: 9999 }, 'a stop waits 0 to 600 s, not 9999', 'e.g. --timeout 60'],
    ['a deadline', 'POST /v1/vm/start', { name: 'x', deadlineMs: 5 }, 'a deadline is 1 to 900 s, not 5 ms', undefined],
    ['no spec', 'POST /v1/vm/create', { start: true }, 'the request needs "spec": the VM spec document', undefined],
    ['no token', 'POST /v1/cluster/join', {}, 'the request needs "token"', undefined],
    ['an empty name', 'POST /v1/vm/show', { name: '' }, 'the request needs "name"', undefined],
    ['devices that are a list', 'POST /v1/cluster/map/add', { name: 'x', devices: ['0000:01:00.0'] }, 'the request needs "devices": { host: address }', undefined],
    ['maintenance neither on nor off', 'POST /v1/host/maintenance', { on: 'yes' }, 'the request needs "on": true or false', undefined],
    ['a flag that is no boolean', 'POST /v1/vm/remove', { name: 'x', force: 'yes' }, '"force" is true or false', undefined],
    ['a field the route does not take', 'POST /v1/vm/stop', { name: 'x', timeout: 5 }, 'POST /v1/vm/stop takes no "timeout"', 'it takes { name, deadlineMs?, timeoutSeconds?, force? }'],
    ['a query the route does not take', 'GET /v1/status?brief=yes', undefined, '"brief" is 1 (states and counts only) or 0', undefined],
    ['a negative minimum gain', 'POST /v1/cluster/rebalance', { minGain: -1 }, '--min-gain is a number, 0 or more, not -1', 'e.g. --min-gain 0.01'],
    ['an empty host to evacuate', 'POST /v1/host/evacuate', { host: '' }, 'the request needs "host": a host\'s name, or none for this host', undefined],
    ['no such route', 'GET /v1/nothing', undefined, 'no such request: GET /v1/nothing', undefined]
  ] as const)('%s', async (_what, route, body, message, hint) => {
    const { status, error } = await refused(method(route), path(route), body)
    expect(status).toBe(400)
    expect(error.message).toBe(message)
    expect(error.hint).toBe(hint)
  })

  it('a body that is not a JSON object', async () => {
    const { status, text } = await new Promise<{ status: number, text: string }>((resolve, reject) => {
      const req = request({ socketPath: socket, method: 'POST', path: '/v1/vm/show', agent: false }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => { text += chunk.toString() })
        res.on('end', () => { resolve({ status: res.statusCode ?? 0, text }) })
      })
      req.on('error', reject)
      req.end('[1, 2]')
    })
    expect(status).toBe(400)
    expect(JSON.parse(text)).toMatchObject({ error: { name: 'UsageError', message: 'request body is not a JSON object: not an object' } })
  })

  it('a refusal is a 409', async () => {
    expect(await refused('POST', '/v1/cluster/init')).toMatchObject({ status: 409, error: { name: 'AlreadyInClusterError' } })
  })
})
