import { InvalidPciAddressError } from './errors.ts'

/** The only form of PCI address that ever reaches a sysfs path, XML or the wire. */
export const PCI_ADDRESS = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/

export function isPciAddress (value: string): boolean {
  return PCI_ADDRESS.test(value)
}

/** Returns the address unchanged, or throws {@link InvalidPciAddressError}. */
export function parsePciAddress (value: string): string {
  if (!isPciAddress(value)) throw new InvalidPciAddressError(value)
  return value
}
