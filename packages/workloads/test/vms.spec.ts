/**
 * VM operations whose answer is lost on the way back (docs/architecture.md §6): the caller asks
 * the owner what the VM is now and reports that; a create the owner never began is sent again
 * with the same lease. The mesh is a stub that carries each request through the wire format to
 * a stub owner and can drop the answer after the owner acted.
 */
import { describe, expect, it } from 'vitest'
import type { ClusterSnapshot, VmState } from '@multiverse/domain'
import { RpcError } from '@multiverse/mesh'
import { decodeVmRequest, encodeVmResponse } from '@multiverse/wire'
import type { VmRequest, VmResponse } from '@multiverse/wire'
import { pino } from 'pino'
import { AnswerLostError } from '../src/lost-answers.ts'
import { Vms } from '../src/vms.ts'
import type { VmsInit } from '../src/vms.ts'

const clusterId = 'c'.repeat(32)
const leaseId = 'a'.repeat(32)

/** One owner (h2) holding VMs by name; `lose` drops the answer to the next request of that op, after it acted. */
function cluster (vms: Record<string, { state: VmState, leaseId?: string }>, lose: Array<{ op: string, act: boolean }> = [], unreachable = false) {
  const seen: VmRequest[] = []
  let busyAnswers = 0
  const handle = async (request: VmRequest): Promise<VmResponse> => {
    const vm = vms[request.vm]
    if (request.op === 'state') {
      if (busyAnswers > 0) { busyAnswers--; return { ok: true, state: vm?.state ?? 'removed', leaseId: vm?.leaseId ?? '', busy: true } }
      return { ok: true, state: vm?.state ?? 'removed', leaseId: vm?.leaseId ?? '', busy: false }
    }
    if (vm === undefined) return { ok: false, kind: 'refused', name: 'VmNotFoundError', message: `no ${request.vm}`, hint: '' }
    const next: Record<string, VmState | 'removed'> = { create: request.start ? 'running' : 'defined', start: 'running', stop: 'stopped', destroy: 'stopped', remove: 'removed' }
    const state = next[request.op]!
    if (state === 'removed') delete vms[request.vm]
    else vm.state = state
    return { ok: true, state }
  }
  const mesh: VmsInit['mesh'] = {
    answer: async () => {},
    ask: async (_host, protocol, body) => {
      const request = decodeVmRequest(body)
      seen.push(request)
      if (unreachable) throw new RpcError(protocol, 'no connection to h2', { sent: false })
      const drop = lose.findIndex((l) => l.op === request.op)
      if (drop >= 0) {
        const { act } = lose.splice(drop, 1)[0]!
        if (act) await handle(request)
        throw new RpcError(protocol, 'stream reset before the answer', { sent: true })
      }
      return encodeVmResponse(await handle(request))
    }
  }
  const view: ClusterSnapshot = {
    clusterId,
    self: 'p1',
    hosts: [{ id: 'p2', name: 'h2', state: 'alive', lastSeenMs: 0, labels: {}, inventory: {} as never, allocatable: { vcpus: 8, memoryBytes: 8 }, vms: Object.entries(vms).map(([name, v]) => ({ name, state: v.state, vcpus: 1, memoryBytes: 1 << 30, hugepageBytes: null, diskBytes: 0, devices: [], group: null, spec: {} })) }]
  }
  const released: string[] = []
  const placement: VmsInit['placement'] = {
    place: async () => ({ placed: true, vm: 'desk', host: 'h2', devices: [], score: 1, leaseId, confirmed: false, expiresAtMs: 0, refusals: {} }),
    release: async (_host, lease) => { released.push(lease) }
  }
  const owner: VmsInit['owner'] = { handle: async () => { throw new Error('the VM is not on this host') } }
  const api = new Vms({ clusterId, self: 'p1', owner, placement, mesh, view: () => view, log: pino({ level: 'silent' }) })
  return { api, seen, released, busy: (n: number) => { busyAnswers = n } }
}

describe('Vms when the owner\'s answer is lost', () => {
  it('stop done by the owner is reported done, after asking it (and waiting while it is busy)', async () => {
    const { api, seen, busy } = cluster({ desk: { state: 'running' } }, [{ op: 'stop', act: true }])
    busy(1)
    expect(await api.operate('desk', 'stop', { waitMs: 300_000 })).toEqual({ vm: 'desk', host: 'h2', state: 'stopped' })
    expect(seen.map((r) => r.op)).toEqual(['stop', 'state', 'state'])
    expect(seen[0]!.deadlineMs).toBe(360_000)
  })

  it('stop not done: a clear error naming what the owner says, not a bare RPC failure', async () => {
    const { api } = cluster({ desk: { state: 'running' } }, [{ op: 'stop', act: false }])
    const error = await api.operate('desk', 'stop').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AnswerLostError)
    expect((error as Error).message).toMatch(/h2 did not answer stop desk .*asked after, it says desk is running/)
  })

  it('create made by the owner reports the VM\'s state; the lease is not released', async () => {
    const { api, released } = cluster({ desk: { state: 'placed', leaseId } }, [{ op: 'create', act: true }])
    const result = await api.create({ name: 'desk' }, { start: true })
    expect(result).toMatchObject({ placed: true, host: 'h2', state: 'running' })
    expect(released).toEqual([])
  })

  it('create the owner never began (still placed from this lease) is sent again and made once', async () => {
    const { api, seen } = cluster({ desk: { state: 'placed', leaseId } }, [{ op: 'create', act: false }])
    expect(await api.create({ name: 'desk' }, { start: false })).toMatchObject({ placed: true, state: 'defined' })
    expect(seen.map((r) => r.op)).toEqual(['create', 'state', 'create'])
    expect(seen[2]!.leaseId).toBe(leaseId)
  })

  it('a request that never left is an error at once: the owner is not asked', async () => {
    const { api, seen } = cluster({ desk: { state: 'running' } }, [], true)
    await expect(api.operate('desk', 'start')).rejects.toThrow(/no connection/)
    expect(seen.map((r) => r.op)).toEqual(['start'])
  })
})
