/**
 * One error class per condition, each with an explicit name the CLI maps to a message and an
 * exit code. A refusal (a host that does not fit, a device that is not assignable) is data,
 * never one of these: these mean the request was wrong or something broke.
 */

/** An error that says what to do about it: the CLI prints `hint` after the message. */
export class HintedError extends Error {
  override name = 'HintedError'
  /** What to do about it, printed after the message. */
  readonly hint: string | undefined
  constructor (message: string, options?: { hint?: string, cause?: unknown }) {
    super(message, { cause: options?.cause })
    this.hint = options?.hint
  }
}

/** The user asked for something malformed: a flag, an address, a file. Exit code 2. */
export class UsageError extends HintedError {
  override name = 'UsageError'
}

/** Something on the host broke (libvirt, a disk, sysfs, a daemon that is down). Exit code 1. */
export class FaultError extends HintedError {
  override name = 'FaultError'
}

/** A PCI address that is not in the full canonical form `dddd:bb:ss.f` (lower-case hex). */
export class InvalidPciAddressError extends UsageError {
  override name = 'InvalidPciAddressError'
  readonly value: string
  constructor (value: string) {
    super(`not a PCI address: ${JSON.stringify(value)}`, {
      hint: 'write it in full, lower-case form as lspci -D prints it, e.g. 0000:01:00.0'
    })
    this.value = value
  }
}

/** The inventory root cannot be read at all (a single unreadable file is a warning instead). */
export class InventoryRootError extends Error {
  override name = 'InventoryRootError'
  readonly root: string
  constructor (root: string, options?: { cause?: unknown }) {
    super(`cannot read the inventory root ${root}: it must be a directory holding sys/ and proc/`, options)
    this.root = root
  }
}

/** The request is understood and refused (no host fits, not a member...). Exit code 3. */
export class RefusedError extends HintedError {
  override name = 'RefusedError'
}

/**
 * Another host failed at what this one asked of it (a VM's owner: libvirt, a disk, sysfs
 * there): a fault, but not this host's, and its message names that host.
 */
export class RemoteFaultError extends FaultError {
  override name = 'RemoteFaultError'
}
