/**
 * The agent: one per host. Holds the host's identity and store, and, once the host is in a
 * cluster, its membership (member.ts). The control server calls the methods here; nothing here
 * parses user input beyond what the types guarantee.
 */
import { randomBytes } from 'node:crypto'
import { join as joinPath } from 'node:path'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { ClusterSnapshot, ControlAnswer, ControlRequest, HostVm } from '@multiverse/domain'
import { MeshCounters, loadOrCreateIdentity, newPrivateNetworkKey, presentToken } from '@multiverse/mesh'
import type { PlanSnapshot } from '@multiverse/scheduler'
import { AgentStore } from '@multiverse/store'
import { peerIdFromBytes } from '@multiverse/wire'
import type { EvacuationRoute, MigrateCommandRoute } from '@multiverse/wire'
import { PlacementCounters } from '@multiverse/workloads'
import type { CreateResult, PlaceOptions, PlaceResult } from '@multiverse/workloads'
import type { AgentConfig } from './config.ts'
import { AlreadyInClusterError, NotInClusterError, RefusedError, UsageError } from './errors.ts'
import type { Logger } from './log.ts'
import { Member, verifiedStatements } from './member.ts'
import { AgentMetrics } from './metrics.ts'
import type { AgentCounters } from './metrics.ts'
import { ClusterState } from './state.ts'
import type { ClusterConfig } from './state.ts'

export const DEFAULT_TOKEN_TTL_MS = 60 * 60 * 1000

export class Agent {
  readonly config: AgentConfig
  readonly peerId: PeerId
  readonly counters: AgentCounters = { mesh: new MeshCounters(), placement: new PlacementCounters() }
  readonly metrics: AgentMetrics
  private readonly log: Logger
  private readonly store: AgentStore
  private readonly state: ClusterState
  private readonly privateKey: PrivateKey
  private member: Member | undefined

  private constructor (config: AgentConfig, log: Logger, store: AgentStore, privateKey: PrivateKey) {
    this.config = config
    this.log = log
    this.store = store
    this.state = new ClusterState(store)
    this.privateKey = privateKey
    this.peerId = peerIdFromPrivateKey(privateKey)
    this.metrics = new AgentMetrics({ counters: this.counters, view: () => this.member?.snapshot() })
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
    await this.member?.leave()
    this.member = undefined
    await this.store.close()
  }

  get clusterId (): string | undefined {
    return this.member?.cluster.clusterId
  }

  /** A new cluster with this host as its founder and only member; returns a join token. */
  async initCluster (): Promise<{ clusterId: string, token: string, expiresAtMs: number }> {
    if (this.member !== undefined) throw new AlreadyInClusterError(this.member.cluster.clusterId)
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
    return await this.requireCluster().issueToken(ttlMs)
  }

  /** Joins the cluster a member's token names; persists the admission, then starts the mesh. */
  async joinCluster (token: string): Promise<{ clusterId: string, members: number }> {
    if (this.member !== undefined) throw new AlreadyInClusterError(this.member.cluster.clusterId)
    const admission = await presentToken(token, this.privateKey, this.config.name)
    const founder = peerIdFromBytes(admission.founder).toString()
    const statements = await verifiedStatements(admission.members, admission.clusterId, this.log)
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
    const member = await this.enter(config)
    return { clusterId: config.clusterId, members: member.members.list().length }
  }

  /** Revokes a member (by name or peer ID): refused from then on, even with the key. */
  async removeMember (host: string): Promise<{ id: string, name: string }> {
    const member = this.requireCluster()
    const target = member.members.byName(host) ?? member.members.list().find((m) => m.id === host)
    if (target === undefined) throw new UsageError(`no member named ${JSON.stringify(host)}`, { hint: 'see multiverse cluster status for the names' })
    if (target.id === this.peerId.toString()) {
      throw new RefusedError('a host cannot remove itself', { hint: 'run multiverse cluster remove on another member' })
    }
    await member.sealStatement('revoke', peerIdFromString(target.id), target.name)
    return target
  }

  snapshot (): ClusterSnapshot & { connected: string[] } {
    const member = this.requireCluster()
    return { ...member.snapshot(), connected: member.mesh.connectedPeers() }
  }

  /** In maintenance the host takes no new VMs (its ledger grants no lease); its VMs stay. */
  async setMaintenance (on: boolean): Promise<boolean> {
    await this.requireCluster().setMaintenance(on)
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
    return await this.requireCluster().workloads.placement.place(document, options)
  }

  /** Creates a VM on the cluster: placed, then made (and maybe started) by its new owner. */
  async createVm (document: unknown, options: { host?: string, start: boolean, deadlineMs?: number }): Promise<CreateResult> {
    return await this.requireCluster().workloads.vms.create(document, options)
  }

  async operateVm (name: string, op: 'start' | 'stop' | 'destroy' | 'remove', options: { waitMs?: number, force?: boolean, deadlineMs?: number } = {}): Promise<{ vm: string, host: string, state: HostVm['state'] | 'removed' }> {
    return await this.requireCluster().workloads.vms.operate(name, op, options)
  }

  /**
   * A migration command (docs/architecture.md §12), run where VM `vm` is owned: here, or on its
   * owner through the mesh; without a VM (the list), here.
   */
  async migrationCommand<R extends MigrateCommandRoute> (vm: string | undefined, route: R, request: ControlRequest<R>): Promise<ControlAnswer<R>> {
    const { workloads } = this.requireCluster()
    return vm === undefined ? await workloads.migrationCommands.runOn(undefined, route, request) : await workloads.migrationCommands.run(vm, route, request)
  }

  /**
   * An evacuation command (docs/architecture.md §12), run by the host it is about: this one
   * (`host` absent), or the host named, through the mesh.
   */
  async evacuationCommand<R extends EvacuationRoute> (route: R, request: ControlRequest<R>): Promise<ControlAnswer<R>> {
    return await this.requireCluster().workloads.migrationCommands.runOn(request.host, route, request)
  }

  /** The rebalance plan on this host's view; with `apply`, carried out move by move. */
  async rebalance (request: ControlRequest<'POST /v1/cluster/rebalance'>): Promise<ControlAnswer<'POST /v1/cluster/rebalance'>> {
    return await this.requireCluster().workloads.rebalancer.run(request)
  }

  showVm (name: string): HostVm & { host: string } {
    return this.requireCluster().workloads.vms.show(name)
  }

  /** The view as the scheduler reads it (what `vm place` plans on). */
  planSnapshot (): PlanSnapshot {
    return this.requireCluster().workloads.placement.snapshot()
  }

  private requireCluster (): Member {
    if (this.member === undefined) throw new NotInClusterError()
    if (this.member.members.isRevoked(this.peerId.toString())) {
      throw new RefusedError(`this host was removed from cluster ${this.member.cluster.clusterId} by a member`, {
        hint: 'a removed identity cannot come back: stop the agent, give it a new --data directory, and join with a new token'
      })
    }
    return this.member
  }

  private async enter (cluster: ClusterConfig): Promise<Member> {
    this.member = await Member.enter({
      config: this.config,
      cluster,
      privateKey: this.privateKey,
      peerId: this.peerId,
      store: this.store,
      state: this.state,
      counters: this.counters,
      metrics: this.metrics,
      log: this.log
    })
    return this.member
  }
}
