/**
 * Pure parsers for the text the kernel puts in sysfs and procfs. Each takes the file's content
 * and returns data, or throws a plain Error whose message says what was wrong with the text;
 * the reader adds the path.
 */
import type { DeviceClassName } from '@multiverse/domain'

/** `0x10de` -> `10de`; `digits` is 4 for ids, 6 for class codes. */
export function parseHexId (text: string, digits: number): string {
  const match = /^0x([0-9a-fA-F]+)$/.exec(text)
  if (match === null || match[1]!.length !== digits) {
    throw new Error(`expected 0x and ${digits} hex digits, found ${quote(text)}`)
  }
  return match[1]!.toLowerCase()
}

/** A decimal integer in [min, max]. */
export function parseInteger (text: string, min: number, max: number): number {
  if (!/^-?[0-9]{1,15}$/.test(text)) throw new Error(`expected an integer, found ${quote(text)}`)
  const value = Number(text)
  if (value < min || value > max) throw new Error(`expected an integer in [${min}, ${max}], found ${value}`)
  return value
}

/** `0-3,8-11` -> [0,1,2,3,8,9,10,11]; capped so that garbage cannot allocate without bound. */
export function parseCpuList (text: string, cap = 65536): number[] {
  if (text === '') return []
  const cpus: number[] = []
  for (const part of text.split(',')) {
    const match = /^([0-9]{1,6})(?:-([0-9]{1,6}))?$/.exec(part)
    if (match === null) throw new Error(`expected a CPU list like 0-3,8, found ${quote(text)}`)
    const first = Number(match[1])
    const last = match[2] === undefined ? first : Number(match[2])
    if (last < first || cpus.length + last - first >= cap) throw new Error(`bad CPU range ${quote(part)}`)
    for (let cpu = first; cpu <= last; cpu++) cpus.push(cpu)
  }
  return cpus
}

/** `MemTotal:  32768 kB` lines (also `Node 0 MemTotal: ...`) -> field name to bytes or count. */
export function parseMeminfo (text: string): Map<string, number> {
  const fields = new Map<string, number>()
  for (const line of text.split('\n')) {
    const match = /^(?:Node \d+ )?([A-Za-z0-9_()]+):\s+([0-9]+)(?: (kB))?$/.exec(line.trim())
    if (match === null) continue
    fields.set(match[1]!, Number(match[2]) * (match[3] === 'kB' ? 1024 : 1))
  }
  return fields
}

/** The CPU model and the number of distinct `physical id`s from /proc/cpuinfo. */
export function parseCpuinfo (text: string): { model: string | null, sockets: number } {
  let model: string | null = null
  const sockets = new Set<string>()
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const key = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (key === 'model name' && model === null && value !== '') model = value
    else if (key === 'physical id') sockets.add(value)
  }
  return { model, sockets: sockets.size }
}

/** Interfaces that carry a default route, from /proc/net/route (IPv4, hex little-endian). */
export function parseDefaultRoutes (route: string, ipv6Route: string): string[] {
  const interfaces = new Set<string>()
  for (const line of route.split('\n').slice(1)) {
    const [iface, destination, , , , , , mask] = line.trim().split(/\s+/)
    if (iface !== undefined && destination === '00000000' && mask === '00000000') interfaces.add(iface)
  }
  // /proc/net/ipv6_route: destination, prefix length, ..., device last; skip the loopback's.
  for (const line of ipv6Route.split('\n')) {
    const fields = line.trim().split(/\s+/)
    if (fields.length === 10 && /^0{32}$/.test(fields[0]!) && fields[1] === '00' && fields[9] !== 'lo') {
      interfaces.add(fields[9]!)
    }
  }
  return [...interfaces].sort()
}

/**
 * Class code to the word a VM spec uses. Base class, then subclass (PCI Code and ID Assignment
 * Specification): 03/00 VGA and 03/02 3D controllers are GPUs, other display controllers are not.
 */
export function classNameOf (classCode: string | null): DeviceClassName {
  if (classCode === null) return 'other'
  const base = classCode.slice(0, 2)
  const sub = classCode.slice(2, 4)
  switch (base) {
    case '01': return sub === '08' ? 'nvme' : 'storage'
    case '02': return 'nic'
    case '03': return sub === '00' || sub === '02' ? 'gpu' : 'display'
    case '04': return sub === '01' || sub === '03' ? 'audio' : 'other'
    case '06': return 'bridge'
    case '0b': return sub === '40' ? 'accelerator' : 'other'
    case '0c': return sub === '03' ? 'usb' : 'serial-bus'
    case '12': return 'accelerator'
    default: return 'other'
  }
}

/** The header type at config byte 0x0e, low 7 bits: 0 endpoint, 1 PCI bridge, 2 CardBus bridge. */
export function headerTypeOf (config: Buffer): number {
  if (config.length < 0x0f) throw new Error(`config space is ${config.length} bytes, need at least 64`)
  return config[0x0e]! & 0x7f
}

function quote (text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text)
}
