/**
 * This host as a member of its cluster, once it is in one: the member set, the mappings and the
 * view restored from disk, the running mesh, the join listener, its own advert and its
 * workloads, wired together (docs/architecture.md §2, §3). Everything here lives from `enter`
 * to `leave`; the agent holds at most one.
 */
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { join as joinPath } from 'node:path'
import { peerIdFromString } from '@libp2p/peer-id'
import { ClusterMappings, ClusterView, MemberSet, statementFrom } from '@multiverse/cluster'
import type { SignedStatement } from '@multiverse/cluster'
import { optional } from '@multiverse/domain'
import type { ClusterSnapshot } from '@multiverse/domain'
import { ClusterMesh, JoinListener, refusal } from '@multiverse/mesh'
import type { AgentStore } from '@multiverse/store'
import { EnvelopeKind, decodeAdvert, decodeMemberStatement, encodeMemberStatement, openEnvelope, sealEnvelope } from '@multiverse/wire'
import type { JoinResponse, OpenedEnvelope } from '@multiverse/wire'
import { createWorkloads } from '@multiverse/workloads'
import type { Workloads } from '@multiverse/workloads'
import { resolveEmulation } from './config.ts'
import type { AgentConfig } from './config.ts'
import type { Logger } from './log.ts'
import type { AgentCounters, AgentMetrics } from './metrics.ts'
import { OwnAdvert } from './own-advert.ts'
import type { ClusterConfig, ClusterState } from './state.ts'

const REFRESH_MS = 30_000
const SEEN_SAVE_MS = 5000
const REVOKE_GRACE_MS = 1000

/** What a member is made of that outlives it: the agent's identity, store and settings. */
export interface MemberInit {
  config: AgentConfig
  cluster: ClusterConfig
  privateKey: PrivateKey
  peerId: PeerId
  store: AgentStore
  state: ClusterState
  counters: AgentCounters
  metrics: AgentMetrics
  log: Logger
}

export class Member {
  readonly cluster: ClusterConfig
  readonly members: MemberSet
  readonly mappings: ClusterMappings
  readonly view: ClusterView
  readonly mesh: ClusterMesh
  readonly advert: OwnAdvert
  workloads!: Workloads
  private readonly init: MemberInit
  private readonly join: JoinListener
  private readonly timers: NodeJS.Timeout[] = []

  private constructor (init: MemberInit, members: MemberSet, mappings: ClusterMappings, view: ClusterView) {
    const { config, cluster, privateKey, state, log } = init
    this.init = init
    this.cluster = cluster
    this.members = members
    this.mappings = mappings
    this.view = view
    this.mesh = new ClusterMesh({
      clusterId: cluster.clusterId,
      privateKey,
      psk: Buffer.from(cluster.psk, 'base64'),
      listen: config.listen,
      bootstrap: cluster.bootstrap,
      mdns: config.discovery.includes('mdns'),
      dialAddresses: config.discovery.includes('addresses'),
      members,
      mappings: mappings.set,
      view,
      counters: init.counters.mesh,
      log: log.child({ part: 'mesh' }),
      ownAdvertSeq: () => this.advert.seq,
      persist: async (opened) => { await this.persist(opened) },
      onRevoked: (id) => { void this.forget(id) },
      ...optional('dataPort', config.migration.dataPort),
      nativeDir: joinPath(config.dataDir, 'native-channels')
    })
    this.join = new JoinListener({
      privateKey,
      listen: config.listen,
      log: log.child({ part: 'join' }),
      tokens: () => cluster.tokens,
      consume: async (hash) => {
        cluster.tokens = cluster.tokens.filter((t) => t.secretHash !== hash)
        await state.save(cluster)
      },
      admit: async (joiner, name) => await this.admit(joiner, name)
    })
    this.advert = new OwnAdvert({
      config, cluster, state, privateKey, peerId: init.peerId, view, mesh: this.mesh, ledger: () => this.workloads?.ledger, log
    })
  }

  /** Starts being a member: restores state, starts the mesh and workloads, publishes this host's advert. */
  static async enter (init: MemberInit): Promise<Member> {
    const { cluster, state, log } = init
    const members = new MemberSet(cluster.founder, cluster.founderName)
    const statements = await verifiedStatements((await state.members.entries()).map(([, e]) => e), cluster.clusterId, log)
    for (const statement of statements) members.add(statement)
    let member: Member | undefined
    const mappings = await ClusterMappings.load({
      clusterId: cluster.clusterId,
      privateKey: init.privateKey,
      peerId: init.peerId,
      table: state.mappings,
      publish: async (envelope) => { await member?.mesh.publish(envelope) },
      view: () => member!.snapshot(),
      log: log.child({ part: 'mappings' })
    })
    const view = await restoreView(init, cluster.clusterId)
    const entered = member = new Member(init, members, mappings, view)
    entered.workloads = await entered.createWorkloads()
    try {
      await entered.mesh.start()
      entered.timers.push(...await entered.workloads.start())
      await entered.advert.publish(true)
    } catch (error) {
      // Half a member is none: nothing keeps listening for a host that failed to enter.
      await entered.leave().catch(() => {})
      throw error
    }
    entered.timers.push(setInterval(() => { entered.advert.rescan() }, REFRESH_MS))
    entered.timers.push(setInterval(() => { void entered.saveSeen() }, SEEN_SAVE_MS))
    return entered
  }

  async leave (): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer)
    await this.saveSeen()
    await this.join.stop()
    await this.mesh.stop()
  }

  snapshot (): ClusterSnapshot {
    return this.view.snapshot(Date.now(), (id) => this.members.isMember(id))
  }

  async issueToken (ttlMs: number): Promise<{ token: string, expiresAtMs: number }> {
    const issued = await this.join.issue(this.cluster.clusterId, ttlMs)
    const now = Date.now()
    this.cluster.tokens = [...this.cluster.tokens.filter((t) => t.expiresAtMs > now), { secretHash: issued.secretHash, expiresAtMs: issued.expiresAtMs }]
    await this.init.state.save(this.cluster)
    return { token: issued.token, expiresAtMs: issued.expiresAtMs }
  }

  async setMaintenance (on: boolean): Promise<void> {
    this.cluster.maintenance = on
    await this.init.state.save(this.cluster)
    this.advert.changed()
    this.init.log.info({ maintenance: on }, 'maintenance changed')
  }

  /** Signs a member statement, keeps it and tells the cluster. */
  async sealStatement (action: 'add' | 'revoke', subject: PeerId, name: string): Promise<void> {
    const { privateKey, peerId, state, log } = this.init
    const payload = encodeMemberStatement({ clusterId: this.cluster.clusterId, action, subject: subject.toMultihash().bytes, name, issuedAtMs: Date.now() })
    const envelope = await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_MEMBERSHIP, payload, privateKey, peerId)
    this.members.add({ signer: peerId.toString(), subject: subject.toString(), statement: decodeMemberStatement(payload), envelope })
    await state.addStatement(envelope)
    await this.mesh.publish(envelope)
    if (action === 'revoke') await this.forget(subject.toString())
    log.info({ action, subject: subject.toString(), name }, 'member statement issued')
  }

  private async createWorkloads (): Promise<Workloads> {
    const { config, log } = this.init
    const { name, libvirt, images, dataDir, root } = config
    const kvm = this.advert.inventory.kvm
    const emulation = resolveEmulation(config.emulation, kvm)
    log.info({ emulation, setting: config.emulation, kvm }, emulation === 'kvm' ? 'VMs run under KVM' : 'VMs run under TCG (QEMU emulation): no usable /dev/kvm or --emulation qemu')
    return await createWorkloads({
      host: { name, libvirt, images, dataDir, root, emulation, migration: config.migration },
      clusterId: this.cluster.clusterId,
      self: this.init.peerId.toString(),
      store: this.init.store,
      mesh: this.mesh,
      view: () => this.snapshot(),
      mappings: () => this.mappings.current(),
      ownHost: () => this.advert.host(),
      inventory: () => this.advert.inventory,
      onChange: () => { this.advert.changed() },
      counters: this.init.counters.placement,
      startPlaceTimer: () => this.init.metrics.placeSeconds.startTimer(),
      setMaintenance: async (on) => { await this.setMaintenance(on) },
      log
    })
  }

  private async admit (joiner: string, name: string): Promise<JoinResponse> {
    const taken = this.members.byName(name)
    if (taken !== undefined && taken.id !== joiner) return refusal(`the name ${name} is taken by member ${taken.id}: start the agent with another --name`)
    if (this.members.isRevoked(joiner)) return refusal('this host was removed from the cluster: a removed identity cannot join again')
    await this.sealStatement('add', peerIdFromString(joiner), name)
    const bootstrap = this.view.records().flatMap((record) =>
      record.advert === null || !this.members.isMember(record.id) ? [] : record.advert.addresses.map((a) => `${a}/p2p/${record.id}`))
    return {
      refused: '',
      clusterId: this.cluster.clusterId,
      clusterPsk: Buffer.from(this.cluster.psk, 'base64'),
      founder: peerIdFromString(this.cluster.founder).toMultihash().bytes,
      members: this.members.envelopes(),
      bootstrap: bootstrap.slice(0, 64)
    }
  }

  private async persist (opened: OpenedEnvelope): Promise<void> {
    const { state } = this.init
    if (opened.kind === EnvelopeKind.ENVELOPE_KIND_ADVERT) await state.adverts.put(opened.signer.toString(), opened.bytes)
    else if (opened.kind === EnvelopeKind.ENVELOPE_KIND_MEMBERSHIP) await state.addStatement(opened.bytes)
    else if (opened.kind === EnvelopeKind.ENVELOPE_KIND_MAPPING) await this.mappings.persist(opened)
  }

  /**
   * A revoked member: forgotten at once, its connections closed a moment later, so that the
   * revocation itself (already published) can still reach it and tell it why.
   */
  private async forget (id: string): Promise<void> {
    const { peerId, state, log } = this.init
    if (id === peerId.toString()) {
      log.error({ clusterId: this.cluster.clusterId }, 'this host was removed from the cluster by a member')
      return
    }
    this.view.forget(id)
    await state.adverts.del(id)
    setTimeout(() => { void this.mesh.hangUp(id) }, REVOKE_GRACE_MS).unref()
    log.info({ peer: id }, 'member revoked')
  }

  private async saveSeen (): Promise<void> {
    const seen: Record<string, number> = {}
    for (const record of this.view.records()) if (record.lastSeenMs !== null) seen[record.id] = record.lastSeenMs
    await this.init.state.seen.put('seen', seen)
  }
}

/** Member statements checked one by one; an invalid one is logged and left out. */
export async function verifiedStatements (envelopes: Uint8Array[], clusterId: string, log: Logger): Promise<SignedStatement[]> {
  const verified: SignedStatement[] = []
  for (const envelope of envelopes) {
    try {
      const signed = statementFrom(await openEnvelope(envelope, EnvelopeKind.ENVELOPE_KIND_MEMBERSHIP), clusterId)
      if (signed === undefined) throw new Error('a statement for another cluster')
      verified.push(signed)
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'member statement dropped')
    }
  }
  return verified
}

/** The view as this host last saw it: every stored advert, with when its host was last heard of. */
async function restoreView ({ state, peerId, log }: MemberInit, clusterId: string): Promise<ClusterView> {
  const view = new ClusterView(clusterId, peerId.toString())
  const seen = await state.seen.get('seen') ?? {}
  for (const [id, envelope] of await state.adverts.entries()) {
    try {
      view.restore(id, decodeAdvert((await openEnvelope(envelope, EnvelopeKind.ENVELOPE_KIND_ADVERT)).payload), envelope, seen[id] ?? null)
    } catch (error) {
      log.warn({ peer: id, err: (error as Error).message }, 'stored advert unreadable; dropped')
      await state.adverts.del(id)
    }
  }
  return view
}
