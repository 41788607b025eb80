/**
 * VM operations from any host (docs/architecture.md §6), with real owners on recording
 * hypervisors over an in-memory mesh: `vm create` places and hands the lease to the host that
 * granted it, every other operation goes to the owner the caller's view names, the owner's
 * errors come back as the same kind of error, and an answer lost on the way back is recovered
 * by asking the owner what the VM is now.
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RefusedError, UsageError } from '@multiverse/domain'
import { RpcError } from '@multiverse/mesh'
import { decodeVmRequest } from '@multiverse/wire'
import { AnswerLostError } from '../src/lost-answers.ts'
import { VmNotFoundError } from '../src/vm-owner.ts'
import { VM_PROTOCOL } from '../src/vms.ts'
import { TestCluster, reserveOn } from './cluster.ts'
import type { TestHost } from './cluster.ts'

const WEB = { name: 'web', vcpus: 1, memory: '1GiB', disks: [{ name: 'root', size: '64MiB' }] }

let cluster: TestCluster
let h1: TestHost, h2: TestHost, h3: TestHost
beforeEach(async () => {
  cluster = new TestCluster()
  h1 = await cluster.add('h1')
  h2 = await cluster.add('h2')
  h3 = await cluster.add('h3')
})
afterEach(async () => { await cluster.close() })

/** The VM operations that crossed the mesh: who asked whom for what. */
const vmRequests = (): string[] => cluster.mesh.asked.filter((r) => r.protocol === VM_PROTOCOL)
  .map((r) => `${r.from.replace('peer-', '')}>${r.to.replace('peer-', '')} ${decodeVmRequest(r.body).op}`)
const domain = (host: TestHost, name: string): string | null => host.hv.domains.get(name)?.state.state ?? null
const defines = (host: TestHost): number => host.hv.calls.filter((c) => c.op === 'define').length
const ofOp = (op: string) => (body: Uint8Array): boolean => decodeVmRequest(body).op === op

/** web created from h1 on h2, running. */
async function webOnH2 (): Promise<void> {
  expect(await h1.vms.create(WEB, { host: 'h2', start: true })).toMatchObject({ placed: true, host: 'h2', state: 'running' })
}

describe('Vms: operations routed to the owner', () => {
  it('create from h1 on h2: h2 reserves and makes the VM; nobody else touches libvirt', async () => {
    await webOnH2()
    expect([domain(h2, 'web'), h2.ledger.vm('web')?.vm.state, readdirSync(h2.images)]).toEqual(['running', 'running', ['web@root.qcow2']])
    expect([h1.hv.calls, h3.hv.calls]).toEqual([[], []])
    expect(vmRequests()).toEqual(['h1>h2 create'])
  })

  it('start, stop, destroy and remove from a host that is not the owner go to the owner the view names', async () => {
    await webOnH2()
    const steps = [['stop', 'stopped', 'shutoff'], ['start', 'running', 'running'], ['destroy', 'stopped', 'shutoff'], ['remove', 'removed', null]] as const
    for (const [op, state, libvirt] of steps) {
      expect(await h3.vms.operate('web', op, { waitMs: 1000 })).toEqual({ vm: 'web', host: 'h2', state })
      expect([op, domain(h2, 'web')]).toEqual([op, libvirt])
    }
    expect(vmRequests()).toEqual(['h1>h2 create', 'h3>h2 stop', 'h3>h2 start', 'h3>h2 destroy', 'h3>h2 remove'])
    expect([h2.ledger.held(), readdirSync(h2.images), h3.hv.calls]).toEqual([[], [], []])
  })

  it('on the owner itself, an operation goes straight to its own VmOwner, not over the mesh', async () => {
    await webOnH2()
    expect(await h2.vms.operate('web', 'stop', { waitMs: 1000 })).toEqual({ vm: 'web', host: 'h2', state: 'stopped' })
    expect(domain(h2, 'web')).toBe('shutoff')
    expect(vmRequests()).toEqual(['h1>h2 create'])
  })

  it('follows the view: a VM the view places on h3 is asked of h3, which says it has none', async () => {
    await webOnH2()
    cluster.shown = (h) => h.name === 'h2' ? { ...h, vms: [] } : h.name === 'h3' ? { ...h, vms: h2.ledger.held() } : h
    const error = await h1.vms.operate('web', 'stop').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe('h3: no VM named web on h3')
    expect(vmRequests().at(-1)).toBe('h1>h3 stop')
    expect(domain(h2, 'web')).toBe('running')
  })

  it('a VM no host holds, or only a lease: not found in the cluster, nobody asked', async () => {
    await reserveOn(h2, { name: 'pending', vcpus: 1, memory: '1GiB' })
    for (const name of ['ghost', 'pending']) {
      const error = await h1.vms.operate(name, 'start').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(VmNotFoundError)
      expect((error as Error).message).toBe(`no VM named ${name} in this cluster`)
    }
    expect(vmRequests()).toEqual([])
  })

  it('the owner\'s refusal comes back as a refusal, in the owner\'s name, with its hint', async () => {
    await webOnH2()
    const error = await h1.vms.operate('web', 'remove').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RefusedError)
    expect(error).toMatchObject({ message: 'h2: web is running', hint: expect.stringMatching(/--force/) })
    expect(domain(h2, 'web')).toBe('running')
  })

  it('a create the owner fails leaves nothing on it, and its lease is given back', async () => {
    writeFileSync(join(h2.images, 'web@root.qcow2'), 'someone else\'s')
    await expect(h1.vms.create(WEB, { host: 'h2', start: true })).rejects.toThrow(/^h2: .*web@root\.qcow2/)
    expect([h2.ledger.held(), h2.hv.domains.size]).toEqual([[], 0])
    expect(h1.placement.snapshot().hosts.find((h) => h.name === 'h2')!.vms).toEqual([])
  })
})

describe('Vms when the owner\'s answer is lost', () => {
  // The operation (on web, running or stopped), the fault on the owner's answer, what the caller
  // reports, what crossed the mesh, and what libvirt holds after.
  it.each([
    ['stop', 'running', 'lost-after', { state: 'stopped' }, ['stop', 'state'], 'shutoff'],
    ['stop', 'running', 'lost-before', /^h2 did not answer stop web \(.*\); asked after, it says web is running$/, ['stop', 'state'], 'running'],
    ['destroy', 'running', 'lost-after', { state: 'stopped' }, ['destroy', 'state'], 'shutoff'],
    ['start', 'stopped', 'lost-after', { state: 'running' }, ['start', 'state'], 'running'],
    ['remove', 'stopped', 'lost-after', { state: 'removed' }, ['remove', 'state'], null],
    // Never sent: nothing can have happened, and the owner is not asked.
    ['start', 'stopped', 'unreachable', /no connection to peer-h2/, ['start'], 'shutoff']
  ] as const)('%s of a %s VM, answer %s', async (op, was, fault, outcome, asked, libvirt) => {
    await webOnH2()
    if (was === 'stopped') await h2.vms.operate('web', 'destroy')
    cluster.mesh.inject(fault, h2.id, VM_PROTOCOL, ofOp(op))
    const from = vmRequests().length
    const answer = h1.vms.operate('web', op, { waitMs: 1000 })
    if (outcome instanceof RegExp) {
      const error = await answer.catch((e: unknown) => e)
      expect(error).toBeInstanceOf(fault === 'unreachable' ? RpcError : AnswerLostError)
      expect((error as Error).message).toMatch(outcome)
    } else {
      expect(await answer).toEqual({ vm: 'web', host: 'h2', ...outcome })
    }
    expect(vmRequests().slice(from)).toEqual(asked.map((o) => `h1>h2 ${o}`))
    expect(domain(h2, 'web')).toBe(libvirt)
  })

  it('create made by the owner, its answer lost: the VM\'s state is reported and the lease is not given back', async () => {
    cluster.mesh.inject('lost-after', h2.id, VM_PROTOCOL, ofOp('create'))
    expect(await h1.vms.create(WEB, { host: 'h2', start: true })).toMatchObject({ placed: true, host: 'h2', state: 'running' })
    expect(vmRequests()).toEqual(['h1>h2 create', 'h1>h2 state'])
    expect([domain(h2, 'web'), h2.ledger.vm('web')?.vm.state, defines(h2)]).toEqual(['running', 'running', 1])
  })

  it('create the owner never began (still placed from this lease): sent again with the same lease and made once', async () => {
    cluster.mesh.inject('lost-before', h2.id, VM_PROTOCOL, ofOp('create'))
    expect(await h1.vms.create(WEB, { host: 'h2', start: false })).toMatchObject({ placed: true, host: 'h2', state: 'defined' })
    expect(vmRequests()).toEqual(['h1>h2 create', 'h1>h2 state', 'h1>h2 create'])
    const creates = cluster.mesh.asked.filter((r) => r.protocol === VM_PROTOCOL && decodeVmRequest(r.body).op === 'create')
    expect(new Set(creates.map((r) => decodeVmRequest(r.body).leaseId)).size).toBe(1)
    expect([domain(h2, 'web'), h2.ledger.vm('web')?.vm.state, defines(h2)]).toEqual(['shutoff', 'defined', 1])
  })
})
