/**
 * Optimistic placement on the live cluster (docs/architecture.md §5, Nomad's plan apply): plan on this host's
 * view, then ask the best host to reserve; a host that refuses (its own record says no) is
 * passed over for the next best, until one grants a lease or none is left. Every host not
 * chosen comes back with its reason, whether the plan or the host itself refused.
 */
import { randomBytes } from 'node:crypto'
import type { HostVm } from '@multiverse/domain'
import { RefusedError, UsageError } from '@multiverse/domain'
import { plan, validateVmSpec } from '@multiverse/scheduler'
import type { PlanSnapshot } from '@multiverse/scheduler'
import { MAX_SPEC_JSON_BYTES } from '@multiverse/wire'
import type { LeaseAsk, LeaseRequest, LeaseResponse } from '@multiverse/wire'
import type { Granted } from './plan-snapshot.ts'

/** How long a planner's lease lives unless it says otherwise: enough to prepare a host. */
export const DEFAULT_LEASE_TTL_MS = 60_000

export interface PlacerInit {
  clusterId: string
  snapshot: () => PlanSnapshot
  /** Sends a lease request to a host (by peer ID); this host's own requests go to its ledger. */
  askLease: (hostId: string, request: LeaseRequest) => Promise<LeaseResponse>
  /** A lease granted: counted in this host's plans until the target's advert shows it. */
  remember: (granted: Granted) => void
  /** A lease given back: no longer counted. */
  forget: (leaseId: string) => void
}

export interface Refusal {
  code: string
  detail: string
  /** Who said no: the plan on this host's view, or the host itself when asked for a lease. */
  by: 'plan' | 'host'
}

export type PlaceResult =
  | { placed: true, vm: string, host: string, devices: string[], score: number, leaseId: string, confirmed: boolean, expiresAtMs: number, refusals: Record<string, Refusal> }
  | { placed: false, vm: string, reasons: Record<string, Refusal> }

/** A VM of that name exists already somewhere in the cluster. */
export class VmExistsError extends RefusedError {
  override name = 'VmExistsError'
  constructor (vm: string, host: string, state: string) {
    super(`a VM named ${vm} is already ${state} on ${host}`, { hint: 'choose another name, or remove that VM first' })
  }
}

export interface PlaceOptions {
  ttlMs?: number
  /** Turn the lease into a VM record at once (`vm place`), or leave it a lease for the caller. */
  confirm: boolean
}

export async function placeVm (init: PlacerInit, document: unknown, options: PlaceOptions): Promise<PlaceResult> {
  const spec = validateVmSpec(document, 'the spec')
  if (JSON.stringify(document).length > MAX_SPEC_JSON_BYTES) {
    throw new UsageError(`the spec is over ${MAX_SPEC_JSON_BYTES} bytes as JSON`, { hint: 'a VM spec is a few lines; see the README' })
  }
  const snapshot = init.snapshot()
  for (const host of snapshot.hosts) {
    const vm = host.vms.find((v) => v.name === spec.name)
    if (vm !== undefined) throw new VmExistsError(spec.name, host.name, (vm as Partial<HostVm>).state ?? 'placed')
  }
  const result = plan(snapshot, [spec], { explain: true })
  const reasons: Record<string, Refusal> = {}
  const unplaced = result.unplaced[0]
  if (unplaced !== undefined) {
    for (const [host, reason] of Object.entries(unplaced.reasons)) reasons[host] = { code: reason.code, detail: reason.detail, by: 'plan' }
    return { placed: false, vm: spec.name, reasons }
  }
  const placement = result.placements[0]!
  for (const e of placement.evaluations) if (!e.fits) reasons[e.host] = { code: e.reason.code, detail: e.reason.detail, by: 'plan' }
  const ttlMs = options.ttlMs ?? DEFAULT_LEASE_TTL_MS
  const ask: LeaseAsk = {
    vm: spec.name,
    vcpus: spec.vcpus,
    memoryBytes: spec.memoryBytes,
    hugepageBytes: spec.hugepageBytes,
    diskBytes: spec.disks.reduce((sum, d) => sum + d.sizeBytes, 0),
    devices: [],
    group: spec.placement.group,
    spec: document,
    ttlMs
  }
  const ids = new Map(snapshot.hosts.map((h) => [h.name, h.id]))
  for (const candidate of placement.evaluations) {
    if (!candidate.fits) continue
    const hostId = ids.get(candidate.host)!
    const leaseId = randomBytes(16).toString('hex')
    const hold = { ...ask, devices: candidate.devices }
    const granted = await askOrRefuse(init, hostId, { clusterId: init.clusterId, op: 'reserve', leaseId, ask: hold })
    if (!granted.granted) {
      reasons[candidate.host] = { code: granted.code, detail: granted.detail, by: 'host' }
      // No answer is not no: the host may have granted it and the answer was lost. Give it back
      // (release is idempotent) rather than leave a lease under this VM's name until it lapses.
      if (granted.code === 'unreachable') void askOrRefuse(init, hostId, { clusterId: init.clusterId, op: 'release', leaseId })
      continue
    }
    const vm: HostVm = { name: spec.name, state: 'reserved', vcpus: hold.vcpus, memoryBytes: hold.memoryBytes, hugepageBytes: hold.hugepageBytes, diskBytes: hold.diskBytes, devices: hold.devices, group: hold.group, spec: document }
    init.remember({ leaseId, hostId, vm, untilMs: granted.expiresAtMs })
    if (options.confirm) {
      const confirmed = await askOrRefuse(init, hostId, { clusterId: init.clusterId, op: 'confirm', leaseId })
      if (!confirmed.granted) {
        reasons[candidate.host] = { code: confirmed.code, detail: confirmed.detail, by: 'host' }
        await askOrRefuse(init, hostId, { clusterId: init.clusterId, op: 'release', leaseId })
        init.forget(leaseId)
        continue
      }
    }
    return {
      placed: true, vm: spec.name, host: candidate.host, devices: candidate.devices, score: candidate.score,
      leaseId, confirmed: options.confirm, expiresAtMs: granted.expiresAtMs, refusals: reasons
    }
  }
  return { placed: false, vm: spec.name, reasons }
}

/** A host that does not answer refuses, for this placement: the next candidate is tried. */
async function askOrRefuse (init: PlacerInit, hostId: string, request: LeaseRequest): Promise<LeaseResponse> {
  try {
    return await init.askLease(hostId, request)
  } catch (error) {
    return { granted: false, code: 'unreachable', detail: (error as Error).message }
  }
}
