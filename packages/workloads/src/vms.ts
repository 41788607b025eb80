/**
 * VMs on the cluster from any host: `vm create` places (a lease on the best host that agrees)
 * and hands the lease to that host to make the VM; every other operation goes to the VM's owner
 * as this host's view names it, over `/multiverse/vm/1`. Only the owner touches its VMs.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { ClusterSnapshot, HostVm, VmState } from '@multiverse/domain'
import { Backoff, MAX_VM_DEADLINE_MS, UsageError, hopDeadlineMs, vmOperationBudgetMs } from '@multiverse/domain'
import { RpcError } from '@multiverse/mesh'
import { MAX_VM_REQUEST_BYTES, MAX_VM_RESPONSE_BYTES, decodeVmRequest, decodeVmResponse, encodeVmRequest, encodeVmResponse, MalformedMessageError } from '@multiverse/wire'
import type { VmOpName, VmRequest, VmResponse } from '@multiverse/wire'
import type { MeshRequests } from './mesh-requests.ts'
import type { Logger } from 'pino'
import { AnswerLostError, reached } from './lost-answers.ts'
import type { Placement } from './placement.ts'
import type { PlaceResult } from './placer.ts'
import { errorFromResponse } from './vm-errors.ts'
import { VmNotFoundError } from './vm-owner.ts'
import type { VmOwner } from './vm-owner.ts'

export const VM_PROTOCOL = '/multiverse/vm/1'
const SIZES = { maxRequestBytes: MAX_VM_REQUEST_BYTES, maxResponseBytes: MAX_VM_RESPONSE_BYTES }
/** The owner's side: each request brings its own deadline; this caps the longest one may ask. */
const SERVE_LIMITS = { ...SIZES, timeoutMs: hopDeadlineMs(MAX_VM_DEADLINE_MS, 1) }
/** Long enough for the lease to reach the target, which confirms it first thing. */
const CREATE_LEASE_MS = 120_000
/** While the owner is asked what it did after a lost answer: how often (every second). */
const ASK_AGAIN = { firstMs: 1000, factor: 1 }

export interface VmsInit {
  clusterId: string
  /** This host's peer ID. */
  self: string
  owner: Pick<VmOwner, 'handle'>
  placement: Pick<Placement, 'place' | 'release'>
  mesh: MeshRequests
  view: () => ClusterSnapshot
  log: Logger
}

export type CreateResult = Extract<PlaceResult, { placed: false }> | (Extract<PlaceResult, { placed: true }> & { state: VmState })

export class Vms {
  private readonly init: VmsInit

  constructor (init: VmsInit) {
    this.init = init
  }

  /** Starts answering operations on this host's VMs from other members. */
  async start (): Promise<void> {
    await this.init.mesh.answer(VM_PROTOCOL, async (body, peer, signal) => {
      const request = decodeVmRequest(body)
      if (request.clusterId !== this.init.clusterId) throw new MalformedMessageError('VmRequest', `cluster ${request.clusterId} is not this one`)
      const deadline = AbortSignal.any([signal, AbortSignal.timeout(request.deadlineMs)])
      return encodeVmResponse(await this.init.owner.handle(request, peer.toString(), deadline))
    }, SERVE_LIMITS)
  }

  /** Places the VM, then has the host that granted the lease create (and maybe start) it. */
  async create (document: unknown, options: { host?: string, start: boolean, deadlineMs?: number }): Promise<CreateResult> {
    const spec = options.host === undefined ? document : pinned(document, options.host, this.init.view())
    const placed = await this.init.placement.place(spec, { confirm: false, ttlMs: CREATE_LEASE_MS })
    if (!placed.placed) return placed
    const hostId = this.hostId(placed.host)
    const request = this.request('create', placed.vm, { leaseId: placed.leaseId, start: options.start, deadlineMs: options.deadlineMs })
    const response = await this.sendOrRecover(hostId, placed.host, request)
    if (!response.ok) {
      await this.init.placement.release(hostId, placed.leaseId)
      throw errorFromResponse(response, placed.host)
    }
    return { ...placed, state: response.state as VmState }
  }

  /** start, stop, destroy or remove on the VM's owner, wherever it is. */
  async operate (name: string, op: Exclude<VmOpName, 'create' | 'state'>, options: { waitMs?: number, force?: boolean, deadlineMs?: number } = {}): Promise<{ vm: string, host: string, state: VmState | 'removed' }> {
    const owner = this.ownerOf(name)
    const response = await this.sendOrRecover(owner.id, owner.name, this.request(op, name, options))
    if (!response.ok) throw errorFromResponse(response, owner.name)
    return { vm: name, host: owner.name, state: response.state }
  }

  /** The VM as its owner's advert shows it. */
  show (name: string): HostVm & { host: string } {
    const owner = this.ownerOf(name)
    return { ...owner.vm, host: owner.name }
  }

  /** A request with the caller's deadline for the owner, or the operation's own (docs/architecture.md §6). */
  private request (op: VmOpName, vm: string, options: { leaseId?: string, start?: boolean, waitMs?: number, force?: boolean, deadlineMs?: number | undefined }): VmRequest {
    const waitMs = options.waitMs ?? 0
    return {
      clusterId: this.init.clusterId,
      op,
      vm,
      leaseId: options.leaseId ?? '',
      start: options.start ?? false,
      waitMs,
      force: options.force ?? false,
      deadlineMs: Math.min(options.deadlineMs ?? vmOperationBudgetMs(op, waitMs), MAX_VM_DEADLINE_MS)
    }
  }

  private async send (hostId: string, request: VmRequest): Promise<VmResponse> {
    if (hostId === this.init.self) return await this.init.owner.handle(request, this.init.self, AbortSignal.timeout(request.deadlineMs))
    const limits = { ...SIZES, timeoutMs: hopDeadlineMs(request.deadlineMs, 1) }
    return decodeVmResponse(await this.init.mesh.ask(hostId, VM_PROTOCOL, encodeVmRequest(request), limits))
  }

  /**
   * Sends, and when the answer is lost after the request went out asks the owner what the VM is now:
   * done is done, whatever happened to the answer. A create the owner never began (its lease
   * still reserved, or confirmed with nothing made) is sent once more: the owner makes it from the same lease.
   */
  private async sendOrRecover (hostId: string, hostName: string, request: VmRequest): Promise<VmResponse> {
    try {
      return await this.send(hostId, request)
    } catch (error) {
      if (!(error instanceof RpcError) || !error.sent) throw error
      this.init.log.warn({ vm: request.vm, op: request.op, owner: hostName, err: error.message }, 'answer lost: asking the owner what it did')
      const now = await this.askAfter(hostId, request, hopDeadlineMs(request.deadlineMs, 1))
      if (now === null) throw new AnswerLostError(request, hostName, error, null)
      if (reached(request, now)) return now
      if (request.op === 'create' && (now.state === 'reserved' || now.state === 'placed') && now.leaseId === request.leaseId) return await this.send(hostId, request)
      throw new AnswerLostError(request, hostName, error, now.state)
    }
  }

  /** The owner's word on the VM once no operation on it runs, or null if it cannot be asked within `withinMs`. */
  private async askAfter (hostId: string, request: VmRequest, withinMs: number): Promise<Extract<VmResponse, { ok: true }> | null> {
    const until = Date.now() + withinMs
    const ask = this.request('state', request.vm, {})
    const waits = new Backoff(ASK_AGAIN)
    while (Date.now() < until) {
      const now = await this.send(hostId, ask).catch(() => null)
      if (now?.ok === true && now.busy !== true) return now
      await sleep(waits.next(until - Date.now()))
    }
    return null
  }

  private ownerOf (name: string): { id: string, name: string, vm: HostVm } {
    for (const host of this.init.view().hosts) {
      const vm = host.vms.find((v) => v.name === name && v.state !== 'reserved')
      if (vm !== undefined) return { id: host.id, name: host.name, vm }
    }
    throw new VmNotFoundError(name, 'in this cluster')
  }

  private hostId (name: string): string {
    return this.init.view().hosts.find((h) => h.name === name)!.id
  }
}

/** The spec document with `placement.host` set, refusing a spec pinned elsewhere already. */
function pinned (document: unknown, host: string, view: ClusterSnapshot): unknown {
  if (!view.hosts.some((h) => h.name === host)) throw new UsageError(`--host ${host}: no such host in this cluster`, { hint: 'see multiverse cluster status' })
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document
  const placement = (document as { placement?: unknown }).placement
  const current = typeof placement === 'object' && placement !== null ? (placement as { host?: unknown }).host : undefined
  if (current !== undefined && current !== null && current !== host) {
    throw new UsageError(`--host ${host}, but the spec pins the VM to ${String(current)}`, { hint: 'drop one of them' })
  }
  return { ...document, placement: { ...(typeof placement === 'object' && placement !== null ? placement : {}), host } }
}
