import { readFileSync, statSync } from 'node:fs'

/** Where pciutils (Debian's pci.ids package) and hwdata keep the PCI ID database. */
export const PCI_IDS_PATHS = ['/usr/share/misc/pci.ids', '/usr/share/hwdata/pci.ids']

export interface PciNames {
  vendor (vendorId: string): string | null
  device (vendorId: string, deviceId: string): string | null
}

const NO_NAMES: PciNames = { vendor: () => null, device: () => null }

/**
 * Vendor and device names for the given vendors from pci.ids text. Only the wanted vendors'
 * blocks are read, each found by a search: the file has ~40,000 lines and a host has a handful
 * of vendors, and splitting it all into lines was most of an agent's inventory time.
 */
export function parsePciIds (text: string, wantedVendors: Set<string>): PciNames {
  const vendors = new Map<string, string>()
  const devices = new Map<string, string>()
  // The class list ("C 03  Display controller") follows the vendors and ends them.
  const classes = text.indexOf('\nC ')
  const end = classes === -1 ? text.length : classes + 1
  for (const id of wantedVendors) {
    if (!/^[0-9a-f]{4}$/.test(id)) continue
    let at = lineStarting(text, `${id}  `)
    if (at === -1 || at >= end) continue
    let next = text.indexOf('\n', at)
    vendors.set(id, own(text.slice(at + 4, next === -1 ? end : next).trim()))
    // Its devices: the lines that follow with one tab (two tabs are subsystems), until the next vendor.
    while (next !== -1 && next + 1 < end) {
      at = next + 1
      next = text.indexOf('\n', at)
      const line = text.slice(at, next === -1 ? end : next)
      if (line.length === 0 || line[0] === '#') continue
      if (line[0] !== '\t') break
      if (line[1] !== '\t') devices.set(`${id}:${line.slice(1, 5)}`, own(line.slice(5).trim()))
    }
  }
  return {
    vendor: (vendorId) => vendors.get(vendorId) ?? null,
    device: (vendorId, deviceId) => devices.get(`${vendorId}:${deviceId}`) ?? null
  }
}

/** A copy of a name: V8 keeps a substring as a view of its parent, here the whole 1.3 MB file. */
function own (name: string): string {
  return Buffer.from(name, 'utf8').toString('utf8')
}

/** Where the first line that starts with `prefix` starts, or -1. */
function lineStarting (text: string, prefix: string): number {
  if (text.startsWith(prefix)) return 0
  const at = text.indexOf(`\n${prefix}`)
  return at === -1 ? -1 : at + 1
}

/**
 * The last names parsed, by database file, its mtime and the vendors asked for: an agent
 * re-reads its inventory every 30 s, and parsing the 1.3 MB file each time is most of its
 * idle garbage.
 */
const cache = new Map<string, PciNames>()

/** Names from the first readable database among `paths`; none at all when there is none. */
export function loadPciNames (paths: readonly string[], wantedVendors: Set<string>): PciNames {
  for (const path of paths) {
    let key: string
    try {
      key = `${path}:${statSync(path).mtimeMs}:${[...wantedVendors].sort().join(',')}`
    } catch {
      continue
    }
    let names = cache.get(key)
    if (names === undefined) {
      try {
        names = parsePciIds(readFileSync(path, 'utf8'), wantedVendors)
      } catch {
        continue
      }
      cache.clear()
      cache.set(key, names)
    }
    return names
  }
  return NO_NAMES
}
