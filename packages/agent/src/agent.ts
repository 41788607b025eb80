/**
 * The agent: one per host. Holds the host's identity and store, and, once the host is in a
 * cluster, its member set, its view of the cluster and the running mesh. The control server
 * calls the methods here; nothing here parses user input beyond what the types guarantee.
 */
import { randomBytes } from 'node:crypto'
import { join as joinPath } from 'node:path'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { ClusterMappings, ClusterView, MemberSet, statementFrom } from '@multiverse/cluster'
import type { SignedStatement } from '@multiverse/cluster'
import type { ClusterSnapshot, HostVm } from '@multiverse/domain'
import { ClusterMesh, JoinListener, MeshCounters, loadOrCreateIdentity, newPrivateNetworkKey, presentToken, refusal } from '@multiverse/mesh'
import type { PlanSnapshot } from '@multiverse/scheduler'
import { AgentStore } from '@multiverse/store'
import { EnvelopeKind, decodeAdvert, encodeMemberStatement, openEnvelope, peerIdFromBytes, decodeMemberStatement, sealEnvelope } from '@multiverse/wire'
import type { JoinResponse, OpenedEnvelope } from '@multiverse/wire'
import { PlacementCounters, createWorkloads } from '@multiverse/workloads'
import type { CreateResult, Ledger, PlaceOptions, PlaceResult, Placement, Vms } from '@multiverse/workloads'
import { resolveEmulation } from './config.ts'
import type { AgentConfig } from './config.ts'
import { AlreadyInClusterError, NotInClusterError, RefusedError, UsageError } from './errors.ts'
import type { Logger } from './log.ts'
import { AgentMetrics } from './metrics.ts'
import type { AgentCounters } from './metrics.ts'
import { OwnAdvert } from './own-advert.ts'
import { ClusterState } from './state.ts'
import type { ClusterConfig } from './state.ts'

const REFRESH_MS = 30_000
const SEEN_SAVE_MS = 5000
const REVOKE_GRACE_MS = 1000
export const DEFAULT_TOKEN_TTL_MS = 60 * 60 * 1000

interface Joined {
  config: ClusterConfig
  members: MemberSet
  mappings: ClusterMappings
  view: ClusterView
  mesh: ClusterMesh
  join: JoinListener
  ledger: Ledger
  placement: Placement
  vms: Vms
  advert: OwnAdvert
  timers: NodeJS.Timeout[]
}

export class Agent {
  readonly config: AgentConfig
  readonly peerId: PeerId
  readonly counters: AgentCounters = { mesh: new MeshCounters(), placement: new PlacementCounters() }
  readonly metrics: AgentMetrics
  private readonly log: Logger
  private readonly store: AgentStore
  private readonly state: ClusterState
  private readonly privateKey: PrivateKey
  private joined: Joined | undefined

  private constructor (config: AgentConfig, log: Logger, store: AgentStore, privateKey: PrivateKey) {
    this.config = config
    this.log = log
    this.store = store
    this.state = new ClusterState(store)
    this.privateKey = privateKey
    this.peerId = peerIdFromPrivateKey(privateKey)
    this.metrics = new AgentMetrics({ counters: this.counters, view: () => this.joined === undefined ? undefined : this.snapshot() })
  }

  /** Opens the store (refusing a data directory in use), loads the identity, rejoins the mesh. */
  static async start (config: AgentConfig, log: Logger): Promise<Agent> {
    const store = await AgentStore.open(config.dataDir)
    try {
      const key = await loadOrCreateIdentity(joinPath(config.dataDir, 'identity.key'))
      const agent = new Agent(config, log, store, key)
      const saved = await agent.state.load()
      if (saved !== undefined) await agent.enter(saved)
      log.info({ peerId: agent.peerId.toString(), clusterId: saved?.clusterId }, 'agent started')
      return agent
    } catch (error) {
      await store.close()
      throw error
    }
  }

  async stop (): Promise<void> {
    await this.leaveMesh()
    await this.store.close()
  }

  get clusterId (): string | undefined {
    return this.joined?.config.clusterId
  }

  /** A new cluster with this host as its founder and only member; returns a join token. */
  async initCluster (): Promise<{ clusterId: string, token: string, expiresAtMs: number }> {
    if (this.joined !== undefined) throw new AlreadyInClusterError(this.joined.config.clusterId)
    const config: ClusterConfig = {
      clusterId: randomBytes(16).toString('hex'),
      psk: Buffer.from(newPrivateNetworkKey()).toString('base64'),
      founder: this.peerId.toString(),
      founderName: this.config.name,
      tokens: [],
      lastSeq: 0,
      bootstrap: []
    }
    await this.state.create(config, [])
    await this.enter(config)
    return { clusterId: config.clusterId, ...await this.issueToken(DEFAULT_TOKEN_TTL_MS) }
  }

  async issueToken (ttlMs: number): Promise<{ token: string, expiresAtMs: number }> {
    const joined = this.requireCluster()
    const issued = await joined.join.issue(joined.config.clusterId, ttlMs)
    const now = Date.now()
    joined.config.tokens = [...joined.config.tokens.filter((t) => t.expiresAtMs > now), { secretHash: issued.secretHash, expiresAtMs: issued.expiresAtMs }]
    await this.state.save(joined.config)
    return { token: issued.token, expiresAtMs: issued.expiresAtMs }
  }

  /** Joins the cluster a member's token names; persists the admission, then starts the mesh. */
  async joinCluster (token: string): Promise<{ clusterId: string, members: number }> {
    if (this.joined !== undefined) throw new AlreadyInClusterError(this.joined.config.clusterId)
    const admission = await presentToken(token, this.privateKey, this.config.name)
    const founder = peerIdFromBytes(admission.founder).toString()
    const statements = await this.verifiedStatements(admission.members, admission.clusterId)
    const founderName = statements.find((s) => s.subject === founder)?.statement.name ?? 'founder'
    const config: ClusterConfig = {
      clusterId: admission.clusterId,
      psk: Buffer.from(admission.clusterPsk).toString('base64'),
      founder,
      founderName,
      tokens: [],
      lastSeq: 0,
      bootstrap: admission.bootstrap
    }
    await this.state.create(config, statements.map((s) => s.envelope))
    await this.enter(config)
    return { clusterId: config.clusterId, members: this.joined!.members.list().length }
  }

  /** Revokes a member (by name or peer ID): refused from then on, even with the key. */
  async removeMember (host: string): Promise<{ id: string, name: string }> {
    const joined = this.requireCluster()
    const member = joined.members.byName(host) ?? joined.members.list().find((m) => m.id === host)
    if (member === undefined) throw new UsageError(`no member named ${JSON.stringify(host)}`, { hint: 'see multiverse cluster status for the names' })
    if (member.id === this.peerId.toString()) {
      throw new RefusedError('a host cannot remove itself', { hint: 'run multiverse cluster remove on another member' })
    }
    await this.sealStatement('revoke', peerIdFromString(member.id), member.name)
    return member
  }

  snapshot (): ClusterSnapshot & { connected: string[] } {
    const joined = this.requireCluster()
    return { ...joined.view.snapshot(Date.now(), (id) => joined.members.isMember(id)), connected: joined.mesh.connectedPeers() }
  }

  /** In maintenance the host takes no new VMs (its ledger grants no lease); its VMs stay. */
  async setMaintenance (on: boolean): Promise<boolean> {
    const joined = this.requireCluster()
    joined.config.maintenance = on
    await this.state.save(joined.config)
    joined.advert.changed()
    this.log.info({ maintenance: on }, 'maintenance changed')
    return on
  }

  /** Sets a named mapping (host name -> PCI address) for the whole cluster. */
  async setMapping (name: string, devices: Record<string, string>): Promise<Record<string, string>> {
    return await this.requireCluster().mappings.add(name, devices)
  }

  async removeMapping (name: string): Promise<void> {
    await this.requireCluster().mappings.remove(name)
  }

  mappings (): Record<string, Record<string, string>> {
    return this.requireCluster().mappings.current()
  }

  /** Plans a VM on this host's view and reserves it on the best host that agrees. */
  async placeVm (document: unknown, options: PlaceOptions): Promise<PlaceResult> {
    return await this.requireCluster().placement.place(document, options)
  }

  /** Creates a VM on the cluster: placed, then made (and maybe started) by its new owner. */
  async createVm (document: unknown, options: { host?: string, start: boolean, deadlineMs?: number }): Promise<CreateResult> {
    return await this.requireCluster().vms.create(document, options)
  }

  async operateVm (name: string, op: 'start' | 'stop' | 'destroy' | 'remove', options: { waitMs?: number, force?: boolean, deadlineMs?: number } = {}): Promise<{ vm: string, host: string, state: HostVm['state'] | 'removed' }> {
    return await this.requireCluster().vms.operate(name, op, options)
  }

  showVm (name: string): HostVm & { host: string } {
    return this.requireCluster().vms.show(name)
  }

  /** The view as the scheduler reads it (what `vm place` plans on). */
  planSnapshot (): PlanSnapshot {
    return this.requireCluster().placement.snapshot()
  }

  private requireCluster (): Joined {
    if (this.joined === undefined) throw new NotInClusterError()
    if (this.joined.members.isRevoked(this.peerId.toString())) {
      throw new RefusedError(`this host was removed from cluster ${this.joined.config.clusterId} by a member`, {
        hint: 'a removed identity cannot come back: stop the agent, give it a new --data directory, and join with a new token'
      })
    }
    return this.joined
  }

  /** Starts being a member: restores state, starts the mesh, publishes this host's advert. */
  private async enter (config: ClusterConfig): Promise<void> {
    const self = this.peerId.toString()
    const members = new MemberSet(config.founder, config.founderName)
    const statements = await this.verifiedStatements((await this.state.members.entries()).map(([, e]) => e), config.clusterId)
    for (const statement of statements) members.add(statement)
    let joined: Joined | undefined
    const mappings = await ClusterMappings.load({
      clusterId: config.clusterId,
      privateKey: this.privateKey,
      peerId: this.peerId,
      table: this.state.mappings,
      publish: async (envelope) => { await joined?.mesh.publish(envelope) },
      view: () => this.snapshot(),
      log: this.log.child({ part: 'mappings' })
    })
    const view = new ClusterView(config.clusterId, self)
    const seen = await this.state.seen.get('seen') ?? {}
    for (const [id, envelope] of await this.state.adverts.entries()) {
      try {
        view.restore(id, decodeAdvert((await openEnvelope(envelope, EnvelopeKind.ENVELOPE_KIND_ADVERT)).payload), envelope, seen[id] ?? null)
      } catch (error) {
        this.log.warn({ peer: id, err: (error as Error).message }, 'stored advert unreadable; dropped')
        await this.state.adverts.del(id)
      }
    }
    const mesh = new ClusterMesh({
      clusterId: config.clusterId,
      privateKey: this.privateKey,
      psk: Buffer.from(config.psk, 'base64'),
      listen: this.config.listen,
      bootstrap: config.bootstrap,
      mdns: this.config.discovery.includes('mdns'),
      dialAddresses: this.config.discovery.includes('addresses'),
      members,
      mappings: mappings.set,
      view,
      counters: this.counters.mesh,
      log: this.log.child({ part: 'mesh' }),
      ownAdvert: () => joined!.advert.current,
      persist: async (opened) => { await this.persist(opened) },
      onRevoked: (id) => { void this.forget(id) }
    })
    const join = new JoinListener({
      privateKey: this.privateKey,
      listen: this.config.listen,
      log: this.log.child({ part: 'join' }),
      tokens: () => this.joined?.config.tokens ?? [],
      consume: async (hash) => {
        config.tokens = config.tokens.filter((t) => t.secretHash !== hash)
        await this.state.save(config)
      },
      admit: async (joiner, name) => await this.admit(joiner, name)
    })
    const advert = new OwnAdvert({
      config: this.config, cluster: config, state: this.state, privateKey: this.privateKey, peerId: this.peerId, view, mesh, ledger: () => joined?.ledger, log: this.log
    })
    const { name, libvirt, images, dataDir, root } = this.config
    const kvm = advert.inventory.kvm
    const emulation = resolveEmulation(this.config.emulation, kvm)
    this.log.info({ emulation, setting: this.config.emulation, kvm }, emulation === 'kvm' ? 'VMs run under KVM' : 'VMs run under TCG (QEMU emulation): no usable /dev/kvm or --emulation qemu')
    const workloads = await createWorkloads({
      host: { name, libvirt, images, dataDir, root, emulation },
      clusterId: config.clusterId,
      self,
      store: this.store,
      mesh,
      view: () => view.snapshot(Date.now(), (id) => members.isMember(id)),
      mappings: () => mappings.current(),
      ownHost: () => advert.host(),
      inventory: () => advert.inventory,
      onChange: () => { advert.changed() },
      counters: this.counters.placement,
      startPlaceTimer: () => this.metrics.placeSeconds.startTimer(),
      log: this.log
    })
    const { ledger, placement, vms } = workloads
    joined = { config, members, mappings, view, mesh, join, ledger, placement, vms, advert, timers: [] }
    this.joined = joined
    await mesh.start()
    joined.timers.push(...await workloads.start())
    await advert.publish(true)
    joined.timers.push(setInterval(() => { advert.rescan() }, REFRESH_MS))
    joined.timers.push(setInterval(() => { void this.saveSeen() }, SEEN_SAVE_MS))
  }

  private async leaveMesh (): Promise<void> {
    if (this.joined === undefined) return
    for (const timer of this.joined.timers) clearInterval(timer)
    await this.saveSeen()
    await this.joined.join.stop()
    await this.joined.mesh.stop()
    this.joined = undefined
  }

  private async admit (joiner: string, name: string): Promise<JoinResponse> {
    const joined = this.requireCluster()
    const taken = joined.members.byName(name)
    if (taken !== undefined && taken.id !== joiner) return refusal(`the name ${name} is taken by member ${taken.id}: start the agent with another --name`)
    if (joined.members.isRevoked(joiner)) return refusal('this host was removed from the cluster: a removed identity cannot join again')
    await this.sealStatement('add', peerIdFromString(joiner), name)
    const bootstrap = joined.view.records().flatMap((record) =>
      record.advert === null || !joined.members.isMember(record.id) ? [] : record.advert.addresses.map((a) => `${a}/p2p/${record.id}`))
    return {
      refused: '',
      clusterId: joined.config.clusterId,
      clusterPsk: Buffer.from(joined.config.psk, 'base64'),
      founder: peerIdFromString(joined.config.founder).toMultihash().bytes,
      members: joined.members.envelopes(),
      bootstrap: bootstrap.slice(0, 64)
    }
  }

  private async sealStatement (action: 'add' | 'revoke', subject: PeerId, name: string): Promise<void> {
    const joined = this.requireCluster()
    const payload = encodeMemberStatement({ clusterId: joined.config.clusterId, action, subject: subject.toMultihash().bytes, name, issuedAtMs: Date.now() })
    const envelope = await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_MEMBERSHIP, payload, this.privateKey, this.peerId)
    const statement = decodeMemberStatement(payload)
    joined.members.add({ signer: this.peerId.toString(), subject: subject.toString(), statement, envelope })
    await this.state.addStatement(envelope)
    await joined.mesh.publish(envelope)
    if (action === 'revoke') await this.forget(subject.toString())
    this.log.info({ action, subject: subject.toString(), name }, 'member statement issued')
  }

  /** Member statements checked one by one; an invalid one is logged and left out. */
  private async verifiedStatements (envelopes: Uint8Array[], clusterId: string): Promise<SignedStatement[]> {
    const verified: SignedStatement[] = []
    for (const envelope of envelopes) {
      try {
        const signed = statementFrom(await openEnvelope(envelope, EnvelopeKind.ENVELOPE_KIND_MEMBERSHIP), clusterId)
        if (signed === undefined) throw new Error('a statement for another cluster')
        verified.push(signed)
      } catch (error) {
        this.log.warn({ err: (error as Error).message }, 'member statement dropped')
      }
    }
    return verified
  }

  private async persist (opened: OpenedEnvelope): Promise<void> {
    if (opened.kind === EnvelopeKind.ENVELOPE_KIND_ADVERT) await this.state.adverts.put(opened.signer.toString(), opened.bytes)
    else if (opened.kind === EnvelopeKind.ENVELOPE_KIND_MEMBERSHIP) await this.state.addStatement(opened.bytes)
    else if (opened.kind === EnvelopeKind.ENVELOPE_KIND_MAPPING) await this.joined?.mappings.persist(opened)
  }

  /**
   * A revoked member: forgotten at once, its connections closed a moment later, so that the
   * revocation itself (already published) can still reach it and tell it why.
   */
  private async forget (id: string): Promise<void> {
    if (id === this.peerId.toString()) {
      this.log.error({ clusterId: this.joined?.config.clusterId }, 'this host was removed from the cluster by a member')
      return
    }
    this.joined?.view.forget(id)
    await this.state.adverts.del(id)
    const mesh = this.joined?.mesh
    setTimeout(() => { void mesh?.hangUp(id) }, REVOKE_GRACE_MS).unref()
    this.log.info({ peer: id }, 'member revoked')
  }

  private async saveSeen (): Promise<void> {
    if (this.joined === undefined) return
    const seen: Record<string, number> = {}
    for (const record of this.joined.view.records()) if (record.lastSeenMs !== null) seen[record.id] = record.lastSeenMs
    await this.state.seen.put('seen', seen)
  }
}
