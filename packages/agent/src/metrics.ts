/**
 * Prometheus metrics (docs/architecture.md §10): served on the control socket at GET /metrics and, when
 * configured, over TCP for a Prometheus server to scrape. Everything is read from the agent at
 * scrape time, so nothing on the hot path pays for metrics beyond a counter increment.
 */
import type { Server } from 'node:http'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { UsageError, nodeHttp } from '@multiverse/domain'
import type { ClusterSnapshot } from '@multiverse/domain'
import { CARRIERS, DROP_REASONS } from '@multiverse/mesh'
import type { MeshCounters } from '@multiverse/mesh'
import type { PlacementCounters } from '@multiverse/workloads'
import type { Logger } from './log.ts'

/** What an agent counts, by the part that counts it. */
export interface AgentCounters {
  mesh: MeshCounters
  placement: PlacementCounters
}

export interface AgentMetricsInit {
  counters: AgentCounters
  /** The cluster as this host sees it, or undefined while it is in none. */
  view: () => ClusterSnapshot | undefined
}

export class AgentMetrics {
  readonly registry = new Registry()
  /** Seconds from `vm place` to a lease or a refusal. */
  readonly placeSeconds: Histogram

  constructor ({ counters, view }: AgentMetricsInit) {
    const registers = [this.registry]
    // The event-loop lag histogram samples on a libuv timer: prom-client's default 10 ms woke the
    // idle agent 100 times a second (about half its idle CPU); once a second still sees any stall
    // that matters next to 1 s heartbeats.
    collectDefaultMetrics({ register: this.registry, prefix: 'multiverse_agent_', eventLoopMonitoringPrecision: 1000 })
    // Counters read from the agent's own totals: reset and set, so each scrape is the total.
    const total = (name: string, help: string, labelNames: string[], read: () => Array<[Record<string, string>, number]>): void => {
      const counter: Counter = new Counter({ name, help, labelNames, registers, collect () { counter.reset(); for (const [labels, value] of read()) counter.inc(labels, value) } })
    }
    total('multiverse_messages_dropped_total', 'Mesh messages dropped, by reason', ['reason'], () => DROP_REASONS.map((reason) => [{ reason }, counters.mesh.dropped[reason]]))
    total('multiverse_gossip_bytes_total', 'Gossip and heartbeat bytes, by direction', ['direction'], () => [[{ direction: 'in' }, counters.mesh.gossipBytesIn], [{ direction: 'out' }, counters.mesh.gossipBytesOut]])
    total('multiverse_syncs_total', 'Anti-entropy syncs completed', [], () => [[{}, counters.mesh.syncs]])
    total('multiverse_migration_bytes_received_total', 'Bytes of incoming migrations\' streams, by what carried them', ['carrier'], () => CARRIERS.map((carrier) => [{ carrier }, counters.mesh.migrationBytes[carrier]]))
    total('multiverse_lease_answers_total', 'Lease requests answered as a target, by outcome', ['outcome'], () => Object.entries(counters.placement.leaseAnswers).map(([outcome, n]) => [{ outcome }, n]))
    total('multiverse_placements_total', 'vm place requests planned here, by outcome', ['outcome'], () => Object.entries(counters.placement.placements).map(([outcome, n]) => [{ outcome }, n]))
    const hosts: Gauge = new Gauge({
      name: 'multiverse_hosts',
      help: 'Hosts in this host\'s view, by state',
      labelNames: ['state'],
      registers,
      collect () {
        hosts.reset()
        const counts: Record<string, number> = { alive: 0, suspect: 0, dead: 0 }
        for (const host of view()?.hosts ?? []) counts[host.state] = (counts[host.state] ?? 0) + 1
        for (const [state, n] of Object.entries(counts)) hosts.set({ state }, n)
      }
    })
    const vms: Gauge = new Gauge({
      name: 'multiverse_vms',
      help: 'VMs and leases this host holds, by state',
      labelNames: ['state'],
      registers,
      collect () {
        vms.reset()
        const self = view()
        const mine = self?.hosts.find((h) => h.id === self.self)
        for (const vm of mine?.vms ?? []) vms.inc({ state: vm.state })
      }
    })
    this.placeSeconds = new Histogram({
      name: 'multiverse_place_seconds',
      help: 'Time from vm place to a lease or a refusal',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers
    })
  }

  async text (): Promise<{ contentType: string, body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() }
  }
}

/** `HOST:PORT` from the config: where Prometheus scrapes /metrics over TCP. */
export function parseMetricsAddress (value: string): { host: string, port: number } {
  const match = /^(\[[0-9a-fA-F:]+\]|[0-9.]+|localhost):([0-9]{1,5})$/.exec(value)
  const port = Number(match?.[2])
  if (match === null || port < 1 || port > 65535) {
    throw new UsageError(`not a metrics address: ${JSON.stringify(value)}`, { hint: 'HOST:PORT, e.g. --metrics 127.0.0.1:9470' })
  }
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port }
}

export async function startMetricsServer (metrics: AgentMetrics, address: string, log: Logger): Promise<Server> {
  const { host, port } = parseMetricsAddress(address)
  const server = nodeHttp.createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') { res.writeHead(404).end('only GET /metrics here\n'); return }
    metrics.text().then(({ contentType, body }) => { res.writeHead(200, { 'content-type': contentType }).end(body) },
      (error: Error) => { log.error({ err: error.message }, 'metrics failed'); res.writeHead(500).end() })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => { resolve() })
  })
  log.info({ metrics: address }, 'metrics listening')
  return server
}
