/**
 * This host's part in placement (docs/architecture.md §5): as a planner it plans on its view and asks targets
 * for leases (`placeVm`); as a target it answers `/multiverse/reserve/1` from its own ledger.
 */
import type { ClusterSnapshot } from '@multiverse/domain'
import type { Mappings, PlanSnapshot } from '@multiverse/scheduler'
import {
  MAX_LEASE_REQUEST_BYTES, MAX_LEASE_RESPONSE_BYTES, decodeLeaseRequest, decodeLeaseResponse, encodeLeaseRequest, encodeLeaseResponse
} from '@multiverse/wire'
import type { LeaseRequest, LeaseResponse } from '@multiverse/wire'
import type { PlacementCounters } from './counters.ts'
import type { Ledger, OwnHost } from './ledger.ts'
import type { Logger } from 'pino'
import type { MeshRequests } from './mesh-requests.ts'
import { placeVm } from './placer.ts'
import type { PlaceOptions, PlaceResult } from './placer.ts'
import { planSnapshot } from './plan-snapshot.ts'
import type { Granted } from './plan-snapshot.ts'

export const RESERVE_PROTOCOL = '/multiverse/reserve/1'
const LEASE_LIMITS = { maxRequestBytes: MAX_LEASE_REQUEST_BYTES, maxResponseBytes: MAX_LEASE_RESPONSE_BYTES, timeoutMs: 10_000 }

export interface PlacementInit {
  clusterId: string
  /** This host's peer ID. */
  self: string
  ledger: Ledger
  mesh: MeshRequests
  view: () => ClusterSnapshot
  mappings: () => Mappings
  /** This host as its own advert says, for the ledger's checks. */
  ownHost: () => OwnHost
  counters: PlacementCounters
  /** Starts timing one `vm place`; the returned function ends it (a Prometheus histogram's timer). */
  startPlaceTimer: () => () => void
  log: Logger
}

export class Placement {
  private readonly init: PlacementInit
  /** Leases this host was granted elsewhere, until the targets' adverts show them. */
  private granted: Granted[] = []

  constructor (init: PlacementInit) {
    this.init = init
  }

  /** Starts answering lease requests from other members. */
  async start (): Promise<void> {
    await this.init.mesh.answer(RESERVE_PROTOCOL, async (body, peer) =>
      encodeLeaseResponse(await this.answer(decodeLeaseRequest(body), peer.toString())), LEASE_LIMITS)
  }

  /** Plans a VM on this host's view and reserves it on the best host that agrees. */
  async place (document: unknown, options: PlaceOptions): Promise<PlaceResult> {
    const timer = this.init.startPlaceTimer()
    const result = await placeVm({
      clusterId: this.init.clusterId,
      snapshot: () => this.snapshot(),
      askLease: async (hostId, request) => await this.ask(hostId, request),
      remember: (granted) => { this.granted.push(granted) },
      forget: (leaseId) => { this.forget(leaseId) }
    }, document, options)
    timer()
    this.init.counters.placements[result.placed ? 'placed' : 'unplaced']++
    return result
  }

  /** Gives a lease back to the host that granted it, and stops counting it here. Best effort. */
  async release (hostId: string, leaseId: string): Promise<void> {
    this.forget(leaseId)
    await this.ask(hostId, { clusterId: this.init.clusterId, op: 'release', leaseId }).catch(() => {})
  }

  private forget (leaseId: string): void {
    this.granted = this.granted.filter((g) => g.leaseId !== leaseId)
  }

  /** The view as the scheduler reads it, with the leases this host holds that adverts lack. */
  snapshot (): PlanSnapshot {
    const now = Date.now()
    this.granted = this.granted.filter((g) => g.untilMs > now)
    return planSnapshot(this.init.view(), this.init.mappings(), this.granted)
  }

  /** A lease request to a host, by peer ID; this host's own go straight to its ledger. */
  async ask (hostId: string, request: LeaseRequest): Promise<LeaseResponse> {
    if (hostId === this.init.self) return await this.answer(request, hostId)
    return decodeLeaseResponse(await this.init.mesh.ask(hostId, RESERVE_PROTOCOL, encodeLeaseRequest(request), LEASE_LIMITS))
  }

  /** The target's side: this host's ledger decides. */
  private async answer (request: LeaseRequest, holder: string): Promise<LeaseResponse> {
    const { ledger, counters, log } = this.init
    if (request.clusterId !== this.init.clusterId) return { granted: false, code: 'wrong-cluster', detail: `cluster ${request.clusterId} is not this one` }
    switch (request.op) {
      case 'reserve': {
        const response = await ledger.reserve(request.leaseId, request.ask, holder, this.init.ownHost())
        counters.leaseAnswer(response.granted ? 'granted' : response.code)
        log.info({ lease: request.leaseId, vm: request.ask.vm, holder, granted: response.granted, ...(response.granted ? {} : { code: response.code }) }, 'lease asked')
        return response
      }
      case 'release': return await ledger.release(request.leaseId, holder)
      case 'confirm': return await ledger.confirm(request.leaseId, holder)
    }
  }
}
