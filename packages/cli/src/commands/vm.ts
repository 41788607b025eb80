import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { RefusedError, UsageError, controlDeadlineMs, vmOperationBudgetMs } from '@multiverse/domain'
import type { ControlAnswer, ControlRequest } from '@multiverse/domain'
import { callAgent, controlOption } from '../control-client.ts'
import type { ControlOption } from '../control-client.ts'
import { bytes, jsonOr, table } from '../format.ts'
import type { Io } from '../io.ts'

/** The operations on a VM that go to its owner as they are (create places first). */
type Operation = 'start' | 'stop' | 'destroy' | 'remove'

/** `multiverse vm ...`: VMs on the live cluster, through the local agent. */
export function registerVmCommands (program: Command, io: Io): void {
  const vm = program.command('vm').description('encapsulation VMs on the cluster')

  controlOption(vm.command('place').description('plan a VM on the live cluster and reserve it on the best host that agrees').argument('<spec>', 'a VM spec file (YAML or JSON)'))
    .option('--lease-only', 'hold the resources as a lease that lapses, instead of recording the VM')
    .option('--ttl <seconds>', 'how long a lease is held', '60')
    .action(async (file: string, o: ControlOption & { leaseOnly?: boolean, ttl: string }) => {
      const ttl = Number(o.ttl)
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > 600) throw new UsageError(`--ttl takes 1 to 600 seconds, not ${o.ttl}`)
      const spec = await readSpecDocument(file)
      const r = await callAgent(o.control, 'POST /v1/vm/place', { spec, confirm: o.leaseOnly !== true, ttlSeconds: ttl })
      io.out(jsonOr(o.json, r, () => renderPlace(r)))
      if (!r.placed) throw new RefusedError(`${r.vm}: no host can run it`, { hint: 'each host\'s reason is printed above; free capacity or devices, or relax the spec' })
    })

  controlOption(vm.command('create').description('place a VM on the cluster and have its new owner define it (and start it with --start)').argument('<spec>', 'a VM spec file (YAML or JSON)'))
    .option('--host <name>', 'on this host (the VM is then pinned to it)')
    .option('--start', 'start it once defined')
    .action(async (file: string, o: ControlOption & { host?: string, start?: boolean }) => {
      const spec = await readSpecDocument(file)
      const deadlineMs = vmOperationBudgetMs('create')
      const r = await callAgent(o.control, 'POST /v1/vm/create', { spec, host: o.host ?? null, start: o.start === true, deadlineMs }, controlDeadlineMs('create', deadlineMs))
      io.out(jsonOr(o.json, r, () => r.placed ? `${r.vm} ${r.state} on ${r.host}${r.devices.length > 0 ? ` with ${r.devices.join(', ')}` : ''}\n` : renderPlace(r)))
      if (!r.placed) throw new RefusedError(`${r.vm}: no host can run it`, { hint: 'each host\'s reason is printed above; free capacity or devices, or relax the spec' })
    })

  for (const [op, description] of [
    ['start', 'start a defined VM (its devices are bound to vfio-pci first)'],
    ['destroy', 'power a VM off at once, like pulling the plug (its devices are given back)']
  ] as const) {
    controlOption(vm.command(op).description(description).argument('<name>'))
      .action(async (name: string, o: ControlOption) => { await operate(io, o, op, { name }) })
  }
  controlOption(vm.command('stop').description('shut a VM down by ACPI, waiting for the guest; its devices are given back').argument('<name>'))
    .option('--timeout <seconds>', 'how long the guest gets to shut down', '60')
    .option('--force', 'power it off when it has not shut down in time')
    .action(async (name: string, o: ControlOption & { timeout: string, force?: boolean }) => {
      const timeoutSeconds = Number(o.timeout)
      // Not a number: the agent says what --timeout takes; the deadline is the default's meanwhile.
      await operate(io, o, 'stop', { name, timeoutSeconds, force: o.force === true }, Number.isFinite(timeoutSeconds) ? timeoutSeconds * 1000 : 0)
    })
  controlOption(vm.command('remove').description('remove a VM for good: domain, disk images and record').argument('<name>'))
    .option('--force', 'even while it runs (it is powered off first)')
    .action(async (name: string, o: ControlOption & { force?: boolean }) => { await operate(io, o, 'remove', { name, force: o.force === true }) })

  controlOption(vm.command('show').description('one VM: its owner, state, resources, devices and spec').argument('<name>'))
    .action(async (name: string, o: ControlOption) => {
      const v = await callAgent(o.control, 'POST /v1/vm/show', { name })
      io.out(jsonOr(o.json, v, () => [
        `name:     ${v.name}`, `host:     ${v.host}`, `state:    ${v.state}`, `vcpus:    ${v.vcpus}`, `memory:   ${bytes(v.memoryBytes)}`,
        `disk:     ${bytes(v.diskBytes)}`, `devices:  ${v.devices.join(' ') || '-'}`, `group:    ${v.group ?? '-'}`, `spec:     ${JSON.stringify(v.spec)}`
      ].join('\n') + '\n'))
    })

  controlOption(vm.command('list').description('every VM in the cluster, by owner host'))
    .action(async (o: ControlOption) => {
      const s = await callAgent(o.control, 'GET /v1/status')
      const rows = s.hosts.flatMap((h) => h.vms.map((v) => ({ host: h.name, ...v })))
      io.out(jsonOr(o.json, rows, () => `${table(['VM', 'HOST', 'STATE', 'VCPUS', 'MEMORY', 'DISK', 'DEVICES'], rows.map((v) => [
        v.name, v.host, v.state, String(v.vcpus), bytes(v.memoryBytes), bytes(v.diskBytes), v.devices.join(' ') || '-'
      ]))}\n`))
    })
}

/** One operation on the VM's owner, wherever it is; the owner gets the deadline this sets (docs/architecture.md §6). */
async function operate (io: Io, o: ControlOption, op: Operation, request: ControlRequest<`POST /v1/vm/${Operation}`>, waitMs = 0): Promise<void> {
  const deadlineMs = vmOperationBudgetMs(op, waitMs)
  const r = await callAgent(o.control, `POST /v1/vm/${op}`, { ...request, deadlineMs }, controlDeadlineMs(op, deadlineMs))
  io.out(jsonOr(o.json, r, () => `${r.vm} on ${r.host}: ${r.state}\n`))
}

/**
 * The spec file as a document: checked here first (so a YAML mistake names the file and line),
 * then sent as it is, for the agent validates it again and keeps it as the user wrote it.
 */
async function readSpecDocument (file: string): Promise<unknown> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (cause) {
    throw new UsageError(`cannot read the spec ${file}: ${(cause as Error).message}`, { cause })
  }
  const { parseVmSpec } = await import('@multiverse/scheduler')
  // CommonJS: its default export is its module.exports, in Node and in the bundle alike (where
  // esbuild gives an import() of CommonJS no named exports: evanw/esbuild#3245).
  const { default: yaml } = await import('yaml')
  parseVmSpec(text, file)
  const document: unknown = yaml.parse(text)
  return document
}

function renderPlace (r: ControlAnswer<'POST /v1/vm/place'>): string {
  const reasons = r.placed ? r.refusals : r.reasons
  const lines = r.placed
    ? [`${r.vm} ${r.confirmed ? 'placed' : 'reserved'} on ${r.host}${r.devices.length > 0 ? ` with ${r.devices.join(', ')}` : ''} (score ${r.score.toFixed(3)})` +
        (r.confirmed ? '' : `; lease ${r.leaseId} until ${new Date(r.expiresAtMs).toISOString()}`)]
    : [`${r.vm}: not placed`]
  const rows = Object.entries(reasons).sort(([a], [b]) => a < b ? -1 : 1).map(([host, reason]) => [host, reason.code, reason.by === 'host' ? `${reason.detail} (said the host)` : reason.detail])
  if (rows.length > 0) lines.push(table(['HOST', 'REFUSED', 'WHY'], rows))
  return `${lines.join('\n')}\n`
}
