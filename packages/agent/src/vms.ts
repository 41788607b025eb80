/**
 * VMs on the cluster from any host: `vm create` places (a lease on the best host that agrees)
 * and hands the lease to that host to make the VM; every other operation goes to the VM's owner
 * as this host's view names it, over `/multiverse/vm/1`. Only the owner touches its VMs.
 */
import type { ClusterSnapshot, HostVm, VmState } from '@multiverse/domain'
import { UsageError } from '@multiverse/domain'
import { MAX_VM_REQUEST_BYTES, MAX_VM_RESPONSE_BYTES, decodeVmRequest, decodeVmResponse, encodeVmRequest, encodeVmResponse, WireDecodeError } from '@multiverse/wire'
import type { VmOpName, VmRequest, VmResponse } from '@multiverse/wire'
import type { ClusterMesh } from './cluster-mesh.ts'
import type { Logger } from './log.ts'
import type { Placement } from './placement.ts'
import type { PlaceResult } from './placer.ts'
import { errorFromResponse } from './vm-errors.ts'
import { VmNotFoundError } from './vm-owner.ts'
import type { VmOwner } from './vm-owner.ts'

export const VM_PROTOCOL = '/multiverse/vm/1'
/** Creating may wait for images, libvirt's first QEMU probe (~8 s) and a guest's start. */
const VM_LIMITS = { maxRequestBytes: MAX_VM_REQUEST_BYTES, maxResponseBytes: MAX_VM_RESPONSE_BYTES, timeoutMs: 180_000 }
/** Long enough for the target to make the VM before the lease could lapse. */
const CREATE_LEASE_MS = 120_000

export interface VmsInit {
  clusterId: string
  /** This host's peer ID. */
  self: string
  owner: VmOwner
  placement: Placement
  mesh: ClusterMesh
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
    await this.init.mesh.answer(VM_PROTOCOL, async (body, peer) => {
      const request = decodeVmRequest(body)
      if (request.clusterId !== this.init.clusterId) throw new WireDecodeError('VmRequest', `cluster ${request.clusterId} is not this one`)
      return encodeVmResponse(await this.init.owner.handle(request, peer.toString()))
    }, VM_LIMITS)
  }

  /** Places the VM, then has the host that granted the lease create (and maybe start) it. */
  async create (document: unknown, options: { host?: string, start: boolean }): Promise<CreateResult> {
    const spec = options.host === undefined ? document : pinned(document, options.host, this.init.view())
    const placed = await this.init.placement.place(spec, { confirm: false, ttlMs: CREATE_LEASE_MS })
    if (!placed.placed) return placed
    const hostId = this.hostId(placed.host)
    const response = await this.send(hostId, { op: 'create', vm: placed.vm, leaseId: placed.leaseId, start: options.start, waitMs: 0, force: false })
    if (!response.ok) {
      await this.init.placement.release(hostId, placed.leaseId)
      throw errorFromResponse(response, placed.host)
    }
    return { ...placed, state: response.state as VmState }
  }

  /** start, stop, destroy or remove on the VM's owner, wherever it is. */
  async operate (name: string, op: Exclude<VmOpName, 'create'>, options: { waitMs?: number, force?: boolean } = {}): Promise<{ vm: string, host: string, state: VmState | 'removed' }> {
    const owner = this.ownerOf(name)
    const response = await this.send(owner.id, { op, vm: name, leaseId: '', start: false, waitMs: options.waitMs ?? 0, force: options.force ?? false })
    if (!response.ok) throw errorFromResponse(response, owner.name)
    return { vm: name, host: owner.name, state: response.state }
  }

  /** The VM as its owner's advert shows it. */
  show (name: string): HostVm & { host: string } {
    const owner = this.ownerOf(name)
    return { ...owner.vm, host: owner.name }
  }

  private async send (hostId: string, fields: Omit<VmRequest, 'clusterId'>): Promise<VmResponse> {
    const request: VmRequest = { clusterId: this.init.clusterId, ...fields }
    if (hostId === this.init.self) return await this.init.owner.handle(request, this.init.self)
    return decodeVmResponse(await this.init.mesh.ask(hostId, VM_PROTOCOL, encodeVmRequest(request), VM_LIMITS))
  }

  private ownerOf (name: string): { id: string, name: string, vm: HostVm } {
    for (const host of this.init.view().hosts) {
      const vm = (host.vms as HostVm[]).find((v) => v.name === name && v.state !== 'reserved')
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
