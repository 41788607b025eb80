/**
 * The cluster as this host sees it: the newest signed advert of every host and when it was
 * last heard of. Pure bookkeeping: the mesh service feeds it opened envelopes and the clock.
 */
import type { ClusterSnapshot, HostAdvert, MemberState, SnapshotHost } from '@multiverse/domain'

/** docs/architecture.md §3: suspect after 3 s without a heartbeat, dead after 10 s. */
export const SUSPECT_AFTER_MS = 3000
export const DEAD_AFTER_MS = 10_000

export function stateOf (lastSeenMs: number | null, nowMs: number): MemberState {
  if (lastSeenMs === null) return 'dead'
  const silent = nowMs - lastSeenMs
  return silent < SUSPECT_AFTER_MS ? 'alive' : silent < DEAD_AFTER_MS ? 'suspect' : 'dead'
}

export interface HostRecord {
  id: string
  advert: HostAdvert | null
  /** The advert's envelope as signed, to persist and relay. */
  envelope: Uint8Array | null
  lastSeenMs: number | null
  lastBeat: number
}

/**
 * Why a message was not taken. A duplicate (the same advert by gossip after sync) is normal
 * and silent; the others are counted and logged by the caller.
 */
export type Rejection = 'duplicate' | 'replayed' | 'wrong-cluster'

export class ClusterView {
  readonly clusterId: string
  readonly self: string
  private readonly hosts = new Map<string, HostRecord>()

  constructor (clusterId: string, self: string) {
    this.clusterId = clusterId
    this.self = self
  }

  private record (id: string): HostRecord {
    let record = this.hosts.get(id)
    if (record === undefined) {
      record = { id, advert: null, envelope: null, lastSeenMs: null, lastBeat: 0 }
      this.hosts.set(id, record)
    }
    return record
  }

  /**
   * Takes a verified advert from `origin` unless it is older than the one held (a replay).
   * `heard` says whether receiving it proves the origin alive now (gossip, not sync).
   */
  acceptAdvert (origin: string, advert: HostAdvert, envelope: Uint8Array, nowMs: number, heard: boolean): Rejection | 'accepted' {
    if (advert.clusterId !== this.clusterId) return 'wrong-cluster'
    const record = this.record(origin)
    if (record.advert !== null && advert.seq === record.advert.seq) return 'duplicate'
    // A sync is a bulk copy that may trail gossip; only a gossiped older advert is a replay.
    if (record.advert !== null && advert.seq < record.advert.seq) return heard ? 'replayed' : 'duplicate'
    record.advert = advert
    record.envelope = envelope
    if (heard) record.lastSeenMs = nowMs
    return 'accepted'
  }

  /** A heartbeat; returns whether the origin's advert is newer than ours (then sync from it). */
  acceptHeartbeat (origin: string, beat: number, advertSeq: number, nowMs: number): Rejection | 'accepted' | 'stale-advert' {
    const record = this.record(origin)
    if (beat <= record.lastBeat) return 'duplicate'
    record.lastBeat = beat
    record.lastSeenMs = nowMs
    return (record.advert?.seq ?? 0) < advertSeq ? 'stale-advert' : 'accepted'
  }

  /** The host answered or asked us directly (a sync): as good as a heartbeat. */
  heard (origin: string, nowMs: number): void {
    this.record(origin).lastSeenMs = nowMs
  }

  /** Restores a host from disk: its advert, and when it was last heard of. */
  restore (origin: string, advert: HostAdvert, envelope: Uint8Array, lastSeenMs: number | null): void {
    const record = this.record(origin)
    record.advert = advert
    record.envelope = envelope
    record.lastSeenMs = lastSeenMs
  }

  forget (id: string): void {
    this.hosts.delete(id)
  }

  get (id: string): HostRecord | undefined {
    return this.hosts.get(id)
  }

  records (): HostRecord[] {
    return [...this.hosts.values()]
  }

  snapshot (nowMs: number, isMember: (id: string) => boolean): ClusterSnapshot {
    const hosts: SnapshotHost[] = []
    for (const record of this.hosts.values()) {
      if (record.advert === null || !isMember(record.id)) continue
      hosts.push({
        id: record.id,
        name: record.advert.name,
        state: record.id === this.self ? 'alive' : stateOf(record.lastSeenMs, nowMs),
        lastSeenMs: record.id === this.self ? nowMs : record.lastSeenMs,
        labels: record.advert.labels,
        inventory: record.advert.inventory,
        allocatable: record.advert.allocatable,
        maintenance: record.advert.maintenance,
        vms: record.advert.vms
      })
    }
    hosts.sort((a, b) => a.name.localeCompare(b.name))
    return { clusterId: this.clusterId, self: this.self, hosts: oneOwnerEach(hosts) }
  }
}

/**
 * Each VM under one owner: while a migration commits, the source and the target may both
 * advertise the VM for a moment (docs/architecture.md §12); the newer ownership generation is
 * the owner, and the older claim is left out of the view. Leases are no claim. Two claims of the
 * same generation are a conflict nobody resolved: both stay in sight.
 */
function oneOwnerEach (hosts: SnapshotHost[]): SnapshotHost[] {
  const newest = new Map<string, number>()
  for (const host of hosts) {
    for (const vm of host.vms) if (vm.state !== 'reserved') newest.set(vm.name, Math.max(newest.get(vm.name) ?? 0, vm.generation ?? 0))
  }
  return hosts.map((host) => {
    const vms = host.vms.filter((vm) => vm.state === 'reserved' || (vm.generation ?? 0) === newest.get(vm.name))
    return vms.length === host.vms.length ? host : { ...host, vms }
  })
}
