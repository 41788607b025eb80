import type { Command } from 'commander'
import type { ClusterSnapshot, SnapshotHost } from '@multiverse/domain'
import { UsageError } from '@multiverse/domain'
import { callAgent, controlOption } from '../control-client.ts'
import type { ControlOption } from '../control-client.ts'
import { bytes, jsonOr, table, truncate } from '../format.ts'
import type { Io } from '../io.ts'
import { registerMigrateCommands } from './migrate.ts'
import { registerRebalanceCommand } from './rebalance.ts'

/** `multiverse cluster ...`: each subcommand is one request to the local agent. */
export function registerClusterCommands (program: Command, io: Io): void {
  const cluster = program.command('cluster').description('the cluster this host is in')
  const print = (json: boolean | undefined, value: unknown, text: () => string): void => {
    io.out(jsonOr(json, value, () => `${text()}\n`))
  }

  controlOption(cluster.command('init').description('create a new cluster with this host as its first member'))
    .action(async (o: ControlOption) => {
      const r = await callAgent(o.control, 'POST /v1/cluster/init')
      print(o.json, r, () => `cluster ${r.clusterId} created; this host is its first member.\n` +
        `To add a host, run there (valid until ${new Date(r.expiresAtMs).toISOString()}, once):\n  multiverse cluster join ${r.token}`)
    })

  controlOption(cluster.command('token').description('a new one-time join token'))
    .option('--ttl <seconds>', 'how long the token is valid', '3600')
    .action(async (o: ControlOption & { ttl: string }) => {
      const r = await callAgent(o.control, 'POST /v1/cluster/token', { ttlSeconds: Number(o.ttl) })
      print(o.json, r, () => `multiverse cluster join ${r.token}\n(valid once, until ${new Date(r.expiresAtMs).toISOString()})`)
    })

  controlOption(cluster.command('join').description('join the cluster a member\'s token names').argument('<token>'))
    .action(async (token: string, o: ControlOption) => {
      const r = await callAgent(o.control, 'POST /v1/cluster/join', { token })
      print(o.json, r, () => `joined cluster ${r.clusterId} (${r.members} members)`)
    })

  controlOption(cluster.command('remove').description('revoke a member: refused from then on, even with the key').argument('<host>', 'name or peer ID'))
    .action(async (host: string, o: ControlOption) => {
      const r = await callAgent(o.control, 'POST /v1/cluster/remove', { host })
      print(o.json, r, () => `removed ${r.removed.name} (${r.removed.id})`)
    })

  controlOption(cluster.command('status').description('every host: state, capacity, devices, VMs'))
    .action(async (o: ControlOption) => {
      const s = await callAgent(o.control, 'GET /v1/status')
      const snapshot: ClusterSnapshot = { clusterId: s.clusterId, self: s.self, hosts: s.hosts }
      print(o.json, snapshot, () => renderStatus(snapshot))
    })

  registerMapCommands(cluster, io)

  registerMigrateCommands(cluster, io)
  registerRebalanceCommand(cluster, io)

  controlOption(cluster.command('devices').description('passthrough-able devices on every host'))
    .option('--host <name>', 'only this host')
    .option('--class <class>', 'only this class (gpu, nic, usb, nvme...)')
    .action(async (o: ControlOption & { host?: string, class?: string }) => {
      const s = await callAgent(o.control, 'GET /v1/status')
      const rows = s.hosts.filter((h) => o.host === undefined || h.name === o.host).flatMap((h) =>
        h.inventory.devices.filter((d) => !d.isBridge && (o.class === undefined || d.className === o.class))
          .map((d) => ({ host: h.name, ...d })))
      print(o.json, rows, () => table(['HOST', 'GROUP', 'ADDRESS', 'CLASS', 'ID', 'NAME', 'NUMA', 'ASSIGNABLE'], rows.map((d) => [
        d.host, d.iommuGroup === null ? '-' : String(d.iommuGroup), d.address, d.className, `${d.vendorId ?? '?'}:${d.deviceId ?? '?'}`,
        truncate([d.vendorName, d.deviceName].filter((x) => x !== null).join(' '), 44), d.numaNode === null ? '-' : String(d.numaNode),
        d.assignable ? 'yes' : `no (${d.reasons[0]?.code ?? '?'})`
      ])))
    })
}

function registerMapCommands (cluster: Command, io: Io): void {
  const map = cluster.command('map').description('named device mappings: one device per host, by name (docs/architecture.md §4)')
  controlOption(map.command('add').description('set a mapping, for the whole cluster')
    .argument('<name>').argument('<host=address...>', 'e.g. h1=0000:01:00.0'))
    .action(async (name: string, pairs: string[], o: ControlOption) => {
      const devices: Record<string, string> = {}
      for (const pair of pairs) {
        const [host, address, extra] = pair.split('=')
        if (host === undefined || address === undefined || extra !== undefined || host === '' || address === '') {
          throw new UsageError(`${JSON.stringify(pair)} is not HOST=ADDRESS`, { hint: 'e.g. multiverse cluster map add gpu-big h1=0000:01:00.0 h3=0000:0a:00.0' })
        }
        if (devices[host] !== undefined) throw new UsageError(`host ${host} is named twice`, { hint: 'a mapping names one device per host' })
        devices[host] = address
      }
      const r = await callAgent(o.control, 'POST /v1/cluster/map/add', { name, devices })
      io.out(jsonOr(o.json, r, () => `mapping ${r.name} set: ${Object.entries(r.devices).map(([h, a]) => `${h}=${a}`).join(' ')}\n`))
    })
  controlOption(map.command('rm').description('remove a mapping').argument('<name>'))
    .action(async (name: string, o: ControlOption) => {
      const r = await callAgent(o.control, 'POST /v1/cluster/map/rm', { name })
      io.out(jsonOr(o.json, r, () => `mapping ${r.removed} removed\n`))
    })
  controlOption(map.command('list').description('every mapping'))
    .action(async (o: ControlOption) => {
      const r = await callAgent(o.control, 'GET /v1/cluster/map')
      const rows = Object.entries(r.mappings).flatMap(([name, devices]) => Object.entries(devices).map(([host, address]) => [name, host, address]))
      io.out(jsonOr(o.json, r.mappings, () => `${table(['MAPPING', 'HOST', 'ADDRESS'], rows)}\n`))
    })
}

function renderStatus (snapshot: ClusterSnapshot): string {
  const now = Date.now()
  const rows = snapshot.hosts.map((h: SnapshotHost) => {
    const vms = h.vms
    const held = new Set(vms.flatMap((v) => v.devices))
    const freeGroups = h.inventory.iommuGroups.filter((g) => g.assignable && g.endpoints.every((a) => !held.has(a))).length
    const usedVcpus = vms.reduce((sum, v) => sum + v.vcpus, 0)
    // Ordinary memory only: a VM backed by hugepages holds pages of a pool the allocatable leaves out.
    const usedMemory = vms.reduce((sum, v) => sum + (v.hugepageBytes == null ? v.memoryBytes : 0), 0)
    return [
      h.name + (h.id === snapshot.self ? ' *' : ''),
      `${h.id.slice(0, 8)}…${h.id.slice(-6)}`,
      h.state + (h.maintenance === true ? ' (maintenance)' : ''),
      h.lastSeenMs === null ? 'never' : `${((now - h.lastSeenMs) / 1000).toFixed(1)}s ago`,
      `${h.allocatable.vcpus - usedVcpus}/${h.allocatable.vcpus}`,
      `${bytes(h.allocatable.memoryBytes - usedMemory)}/${bytes(h.allocatable.memoryBytes)}`,
      String(freeGroups),
      String(vms.length)
    ]
  })
  return `cluster ${snapshot.clusterId} (* = this host)\n` +
    table(['HOST', 'PEER ID', 'STATE', 'LAST SEEN', 'FREE VCPUS', 'FREE MEMORY', 'FREE GROUPS', 'VMS'], rows)
}
