/**
 * Host inventory: what one host can offer to VMs, read from sysfs and procfs below a root.
 * `readInventory` is the whole surface; the parsers are exported for the tests' tables.
 */
export { readInventory } from './inventory.ts'
export type { InventoryOptions } from './inventory.ts'
export { PCI_IDS_PATHS } from './pci-ids.ts'
