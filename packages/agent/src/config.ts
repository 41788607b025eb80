import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { z } from 'zod'
import { DEFAULT_CONTROL, HOST_NAME, UsageError, optional } from '@multiverse/domain'
import { hostname } from 'node:os'
import type { Emulation } from '@multiverse/executor'
import { join as joinPath } from 'node:path'

export { DEFAULT_CONTROL }
export const DEFAULT_DATA = '/var/lib/multiverse'
export const DEFAULT_LIBVIRT = 'qemu:///system'

/** Everything an agent is started with; the config file's keys, flags override them. */
export interface AgentConfig {
  name: string
  dataDir: string
  /** Root of the sysfs/procfs the inventory reads. */
  root: string
  /** Where VM disk images live (default DATA/images). */
  images: string
  /** The libvirt this host's VMs run on (default qemu:///system). */
  libvirt: string
  /** kvm, qemu (TCG, the emulator) or auto: kvm when /dev/kvm opens, else qemu. */
  emulation: Emulation | 'auto'
  listen: string[]
  control: string
  /** HOST:PORT where Prometheus scrapes GET /metrics; unset: only on the control socket. */
  metrics?: string
  labels: Record<string, string>
  /** PCI addresses the host keeps for itself. */
  reserve: string[]
  /** vCPUs offered per online thread. */
  cpuOvercommit: number
  /** Memory kept for the host itself, never offered to VMs. */
  memoryReserveBytes: number
  /**
   * How members are found: `mdns` on the LAN, `addresses` from join bootstrap lists and adverts.
   * Both by default; tests take one away to prove the other works alone.
   */
  discovery: Discovery[]
  /** Migrations' limits (docs/architecture.md §12). */
  migration: MigrationLimits
}

/** At most this many migrations out of and into this host at once, the progress timeout, and where data channels listen. */
export interface MigrationLimits {
  maxOutgoing: number
  maxIncoming: number
  progressTimeoutMs: number
  /** TCP port of the migrations' data channels (docs/architecture.md §12); by default the mesh's port + 1. */
  dataPort?: number
}
export const DEFAULT_MIGRATION_LIMITS: MigrationLimits = { maxOutgoing: 1, maxIncoming: 1, progressTimeoutMs: 150_000 }

export type Discovery = 'mdns' | 'addresses'
const DISCOVERY = ['mdns', 'addresses'] as const

const fileSchema = z.strictObject({
  name: z.string().regex(HOST_NAME).optional(),
  data: z.string().optional(),
  root: z.string().optional(),
  images: z.string().optional(),
  libvirt: z.string().optional(),
  emulation: z.enum(['auto', 'kvm', 'qemu']).optional(),
  listen: z.array(z.string()).optional(),
  control: z.string().optional(),
  metrics: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  reserve: z.array(z.string()).optional(),
  cpuOvercommit: z.number().positive().max(64).optional(),
  memoryReserveBytes: z.number().int().nonnegative().optional(),
  discovery: z.array(z.enum(DISCOVERY)).optional(),
  migration: z.strictObject({
    maxOutgoing: z.number().int().min(1).max(8).optional(),
    maxIncoming: z.number().int().min(1).max(8).optional(),
    progressTimeoutSeconds: z.number().int().min(5).max(3600).optional(),
    dataPort: z.number().int().min(0).max(65535).optional()
  }).optional()
})

export type AgentFlags = Partial<{ config: string, name: string, data: string, root: string, listen: string[], control: string, metrics: string, discovery: string, libvirt: string, emulation: string }>

/**
 * The emulation VMs are defined with: `auto` is kvm where the host's /dev/kvm opens read-write
 * (the inventory's `kvm`), else TCG, which libvirt and QEMU accept on any machine.
 */
export function resolveEmulation (setting: AgentConfig['emulation'], kvmUsable: boolean): Emulation {
  if (setting !== 'auto') return setting
  return kvmUsable ? 'kvm' : 'qemu'
}

export function loadConfig (flags: AgentFlags): AgentConfig {
  let file: z.infer<typeof fileSchema> = {}
  if (flags.config !== undefined) {
    let text: string
    try {
      text = readFileSync(flags.config, 'utf8')
    } catch (cause) {
      throw new UsageError(`cannot read the config file ${flags.config}: ${(cause as Error).message}`, { cause })
    }
    const parsed = fileSchema.safeParse(parse(text))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new UsageError(`${flags.config}: ${issue.path.join('.') || 'top level'}: ${issue.message}`, { hint: 'see deploy/agent.example.yaml' })
    }
    file = parsed.data
  }
  const name = flags.name ?? file.name ?? hostname().split('.')[0]!
  if (!HOST_NAME.test(name)) {
    throw new UsageError(`not a host name: ${JSON.stringify(name)}`, { hint: 'use letters, digits, . _ - (at most 63), e.g. --name desktop' })
  }
  const discovery = flags.discovery === undefined ? file.discovery ?? [...DISCOVERY] : flags.discovery.split(',')
  for (const way of discovery) {
    if (!(DISCOVERY as readonly string[]).includes(way)) throw new UsageError(`unknown discovery ${JSON.stringify(way)}`, { hint: 'use mdns, addresses, or both: --discovery mdns,addresses' })
  }
  const dataDir = flags.data ?? file.data ?? DEFAULT_DATA
  const emulation = flags.emulation ?? file.emulation ?? 'auto'
  if (emulation !== 'auto' && emulation !== 'kvm' && emulation !== 'qemu') {
    throw new UsageError(`unknown emulation ${JSON.stringify(emulation)}`, { hint: 'use kvm, qemu (TCG) or auto' })
  }
  return {
    name,
    dataDir,
    images: file.images ?? joinPath(dataDir, 'images'),
    libvirt: flags.libvirt ?? file.libvirt ?? (process.env.MULTIVERSE_LIBVIRT_URI || DEFAULT_LIBVIRT),
    emulation,
    root: flags.root ?? file.root ?? '/',
    listen: flags.listen ?? file.listen ?? ['/ip4/0.0.0.0/tcp/4001'],
    control: flags.control ?? file.control ?? DEFAULT_CONTROL,
    ...(flags.metrics ?? file.metrics) === undefined ? {} : { metrics: flags.metrics ?? file.metrics },
    labels: file.labels ?? {},
    reserve: file.reserve ?? [],
    cpuOvercommit: file.cpuOvercommit ?? 4,
    memoryReserveBytes: file.memoryReserveBytes ?? 1 << 30,
    discovery: discovery as Discovery[],
    migration: {
      maxOutgoing: file.migration?.maxOutgoing ?? DEFAULT_MIGRATION_LIMITS.maxOutgoing,
      maxIncoming: file.migration?.maxIncoming ?? DEFAULT_MIGRATION_LIMITS.maxIncoming,
      progressTimeoutMs: (file.migration?.progressTimeoutSeconds ?? DEFAULT_MIGRATION_LIMITS.progressTimeoutMs / 1000) * 1000,
      ...optional('dataPort', file.migration?.dataPort)
    }
  }
}
