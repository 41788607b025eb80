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
 * blocks are kept: the file has ~40,000 lines and a host has a handful of vendors.
 */
export function parsePciIds (text: string, wantedVendors: Set<string>): PciNames {
  const vendors = new Map<string, string>()
  const devices = new Map<string, string>()
  let current: string | null = null
  for (const line of text.split('\n')) {
    if (line.length === 0 || line[0] === '#') continue
    if (line[0] !== '\t') {
      // The class list ("C 03  Display controller") follows the vendors and ends them.
      if (line.startsWith('C ')) break
      const id = line.slice(0, 4)
      current = wantedVendors.has(id) ? id : null
      if (current !== null) vendors.set(id, line.slice(4).trim())
    } else if (current !== null && line[1] !== '\t') {
      devices.set(`${current}:${line.slice(1, 5)}`, line.slice(5).trim())
    }
  }
  return {
    vendor: (vendorId) => vendors.get(vendorId) ?? null,
    device: (vendorId, deviceId) => devices.get(`${vendorId}:${deviceId}`) ?? null
  }
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
