import { closeSync, constants, openSync } from 'node:fs'
import { join } from 'node:path'
import type { CpuInfo, HugepagePool, MemoryInfo, NumaNode } from '@multiverse/domain'
import { parseCpuList, parseCpuinfo, parseDefaultRoutes, parseInteger, parseMeminfo } from './parse.ts'
import { attempt } from './pci.ts'
import type { SysfsRoot } from './sysfs.ts'

/** /proc/cpuinfo of a 1,024-thread host is ~1.5 MiB. */
const CPUINFO_CAP = 4 << 20
const PROC_CAP = 1 << 20

export function readHostname (sysfs: SysfsRoot, warnings: string[]): string {
  return attempt(warnings, 'proc/sys/kernel/hostname', () => sysfs.text('proc/sys/kernel/hostname')) ?? 'unknown'
}

export function readCpu (sysfs: SysfsRoot, warnings: string[]): CpuInfo {
  const info = attempt(warnings, 'proc/cpuinfo', () =>
    parseCpuinfo(sysfs.bytes('proc/cpuinfo', CPUINFO_CAP).toString('utf8')))
  const online = attempt(warnings, 'sys/devices/system/cpu/online', () =>
    parseCpuList(sysfs.text('sys/devices/system/cpu/online')))
  // Containers and some kernels leave `physical id` out of cpuinfo; topology always has it.
  let sockets = info?.sockets ?? 0
  if (sockets === 0 && online !== null) {
    const packages = new Set<string>()
    for (const cpu of online) {
      const id = attempt(warnings, `sys/devices/system/cpu/cpu${cpu}/topology/physical_package_id`, () =>
        sysfs.text(`sys/devices/system/cpu/cpu${cpu}/topology/physical_package_id`))
      if (id !== null) packages.add(id)
    }
    sockets = packages.size
  }
  return { model: info?.model ?? null, threads: online?.length ?? 0, sockets: Math.max(sockets, online === null ? 0 : 1) }
}

export function readMemory (sysfs: SysfsRoot, warnings: string[]): MemoryInfo {
  const meminfo = attempt(warnings, 'proc/meminfo', () => parseMeminfo(sysfs.bytes('proc/meminfo', PROC_CAP).toString('utf8')))
  const hugepages: HugepagePool[] = []
  const base = 'sys/kernel/mm/hugepages'
  for (const name of attempt(warnings, base, () => sysfs.list(base)) ?? []) {
    const size = /^hugepages-([0-9]{1,12})kB$/.exec(name)
    if (size === null) {
      warnings.push(`${base}/${name}: not a hugepages-<size>kB directory; skipped`)
      continue
    }
    const count = (file: string): number | null =>
      attempt(warnings, `${base}/${name}/${file}`, () => parseInteger(sysfs.text(`${base}/${name}/${file}`), 0, 2 ** 40))
    const total = count('nr_hugepages')
    const free = count('free_hugepages')
    if (total !== null && free !== null) hugepages.push({ sizeBytes: Number(size[1]) * 1024, total, free })
  }
  hugepages.sort((a, b) => a.sizeBytes - b.sizeBytes)
  return {
    totalBytes: meminfo?.get('MemTotal') ?? 0,
    availableBytes: meminfo?.get('MemAvailable') ?? meminfo?.get('MemFree') ?? 0,
    hugepages
  }
}

export function readNumaNodes (sysfs: SysfsRoot, warnings: string[]): NumaNode[] {
  const base = 'sys/devices/system/node'
  const nodes: NumaNode[] = []
  for (const name of attempt(warnings, base, () => sysfs.list(base)) ?? []) {
    const match = /^node([0-9]{1,5})$/.exec(name)
    if (match === null) continue
    const cpus = attempt(warnings, `${base}/${name}/cpulist`, () => parseCpuList(sysfs.text(`${base}/${name}/cpulist`)))
    const meminfo = attempt(warnings, `${base}/${name}/meminfo`, () => parseMeminfo(sysfs.bytes(`${base}/${name}/meminfo`, PROC_CAP).toString('utf8')))
    nodes.push({ id: Number(match[1]), cpus: cpus ?? [], memoryBytes: meminfo?.get('MemTotal') ?? 0 })
  }
  return nodes.sort((a, b) => a.id - b.id)
}

/** Interfaces carrying an IPv4 or IPv6 default route: the NICs the host keeps for itself. */
export function readDefaultRouteInterfaces (sysfs: SysfsRoot, warnings: string[]): string[] {
  const route = attempt(warnings, 'proc/net/route', () => sysfs.bytes('proc/net/route', PROC_CAP).toString('utf8'))
  // ipv6_route is absent when IPv6 is disabled: that is not worth a warning.
  const ipv6 = sysfs.exists('proc/net/ipv6_route')
    ? attempt(warnings, 'proc/net/ipv6_route', () => sysfs.bytes('proc/net/ipv6_route', PROC_CAP).toString('utf8'))
    : null
  return parseDefaultRoutes(route ?? '', ipv6 ?? '')
}

/** Whether /dev/kvm under the root opens read-write, as QEMU needs it to. */
export function probeKvm (root: string): boolean {
  try {
    closeSync(openSync(join(root, 'dev/kvm'), constants.O_RDWR))
    return true
  } catch {
    return false
  }
}
