/**
 * The executor's errors: one class per condition, each with an explicit `name` the CLI maps to a
 * message and an exit code, the `cause` it wraps and a `hint` saying what to do about it.
 * Input that was wrong extends the domain's UsageError; everything else is a fault of the host
 * (libvirt, QEMU, sysfs) and extends {@link ExecutorError}.
 */
import { FaultError, UsageError } from '@multiverse/domain'

/** Base of the executor's faults: something on the host did not do what it must. */
export class ExecutorError extends FaultError {
  override name = 'ExecutorError'
}

/** A value (from a VM spec or the caller) that XML 1.0 or libvirt cannot carry. */
export class InvalidXmlValueError extends UsageError {
  override name = 'InvalidXmlValueError'
  /** The field that holds it, e.g. `title` or `disks[1].path`. */
  readonly field: string
  constructor (field: string, problem: string) {
    super(`${field}: ${problem}`, { hint: `remove control characters and line breaks from ${field} and try again` })
    this.field = field
  }
}

/** A limit handed to libvirt (a downtime, a bandwidth) that is not a positive number. */
export class InvalidLimitError extends UsageError {
  override name = 'InvalidLimitError'
  readonly field: string
  constructor (field: string, value: number) {
    super(`${field} must be a positive number, not ${value}`, { hint: `give ${field} as a positive number` })
    this.field = field
  }
}

/** A VM or disk name that may not become a libvirt domain name or a file name. */
export class InvalidNameError extends UsageError {
  override name = 'InvalidNameError'
  readonly field: string
  readonly value: string
  constructor (field: string, value: string) {
    super(`${field}: ${JSON.stringify(value)} is not a valid name`, {
      hint: 'a name is a letter or digit, then letters, digits, . _ - (at most 63 characters)'
    })
    this.field = field
    this.value = value
  }
}

/** libvirt refused or failed; `text` holds its own `error: ...` lines. */
export class LibvirtError extends ExecutorError {
  override name = 'LibvirtError'
  /** libvirt's error text, the `error: ` prefixes removed, one line per message. */
  readonly text: string
  constructor (message: string, options: { text: string, hint?: string, cause?: unknown }) {
    super(message, options)
    this.text = options.text
  }
}

/** The domain asked for is not defined on this libvirt. */
export class DomainNotFoundError extends LibvirtError {
  override name = 'DomainNotFoundError'
  constructor (domain: string, text: string, options?: { cause?: unknown }) {
    super(`no libvirt domain ${JSON.stringify(domain)}`, {
      text, hint: 'list the domains with: virsh list --all', cause: options?.cause
    })
  }
}

/** A domain with that name or UUID is defined already (or is already running, for start). */
export class DomainExistsError extends LibvirtError {
  override name = 'DomainExistsError'
  constructor (domain: string, text: string, options?: { cause?: unknown }) {
    super(`libvirt domain ${JSON.stringify(domain)} exists already: ${text}`, {
      text, hint: 'undefine the old domain first, or pick another VM name', cause: options?.cause
    })
  }
}

/** libvirtd does not answer: the daemon is down or its socket is missing. */
export class LibvirtUnavailableError extends LibvirtError {
  override name = 'LibvirtUnavailableError'
  readonly uri: string
  constructor (uri: string, text: string, options?: { cause?: unknown }) {
    super(`cannot connect to libvirt at ${uri}: ${text}`, {
      text, hint: 'start libvirtd (systemctl start libvirtd) and check the connection URI', cause: options?.cause
    })
    this.uri = uri
  }
}

/** A virsh call outlived its timeout and was killed. */
export class VirshTimeoutError extends LibvirtError {
  override name = 'VirshTimeoutError'
  readonly timeoutMs: number
  constructor (command: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(`virsh ${command} did not finish within ${timeoutMs} ms and was killed`, {
      text: '', hint: 'libvirtd may be stuck: check it with virsh list and its log', cause: options?.cause
    })
    this.timeoutMs = timeoutMs
  }
}

/** The guest did not power off after an ACPI shutdown request within the wait. */
export class ShutdownTimeoutError extends ExecutorError {
  override name = 'ShutdownTimeoutError'
  readonly domain: string
  constructor (domain: string, waitMs: number, options?: { cause?: unknown }) {
    super(`domain ${JSON.stringify(domain)} was asked to shut down and still runs after ${waitMs} ms`, {
      hint: 'the guest may ignore ACPI: wait longer, or power it off (multiverse vm destroy, or vm stop --force)', cause: options?.cause
    })
    this.domain = domain
  }
}

/** virsh printed something the parser does not recognize. */
export class VirshOutputError extends ExecutorError {
  override name = 'VirshOutputError'
  readonly output: string
  constructor (command: string, problem: string, output: string) {
    super(`cannot read the output of virsh ${command}: ${problem}`, {
      hint: 'this libvirt prints something unexpected: report it with the output'
    })
    this.output = output
  }
}

/** A disk image file is there already: never overwritten. */
export class DiskExistsError extends ExecutorError {
  override name = 'DiskExistsError'
  readonly path: string
  constructor (path: string, options?: { cause?: unknown }) {
    super(`disk image ${path} exists already`, {
      hint: 'remove or move the old image if it is no longer needed, or name the disk differently', cause: options?.cause
    })
    this.path = path
  }
}

/** qemu-img (or the images directory) failed. */
export class DiskCreateError extends ExecutorError {
  override name = 'DiskCreateError'
  readonly path: string
  constructor (path: string, detail: string, options?: { cause?: unknown }) {
    super(`cannot create disk image ${path}: ${detail}`, {
      hint: 'check that the images directory exists, is writable and has room', cause: options?.cause
    })
    this.path = path
  }
}

/** The vfio-pci driver is not loaded (no sys/bus/pci/drivers/vfio-pci). */
export class VfioDriverMissingError extends ExecutorError {
  override name = 'VfioDriverMissingError'
  constructor (path: string) {
    super(`the vfio-pci driver is not loaded: ${path} is missing`, { hint: 'load it with: modprobe vfio-pci' })
  }
}

/** The host has no working IOMMU, or the device is in no IOMMU group. */
export class IommuMissingError extends ExecutorError {
  override name = 'IommuMissingError'
  constructor (detail: string) {
    super(`no IOMMU: ${detail}`, {
      hint: 'enable VT-d/AMD-Vi in the firmware and boot with intel_iommu=on (or amd_iommu=on) iommu=pt'
    })
  }
}

/** Binding a device to vfio-pci failed; the binder rolled back what it had done. */
export class VfioBindError extends ExecutorError {
  override name = 'VfioBindError'
  readonly address: string
  constructor (address: string, detail: string, options?: { cause?: unknown }) {
    super(`cannot bind ${address} to vfio-pci: ${detail}`, {
      hint: 'check dmesg for the driver\'s complaint; the devices were given back to their drivers', cause: options?.cause
    })
    this.address = address
  }
}

/** Giving devices back to their drivers failed for some; `failures` lists each. */
export class VfioReleaseError extends ExecutorError {
  override name = 'VfioReleaseError'
  readonly failures: { address: string, error: unknown }[]
  constructor (failures: { address: string, error: unknown }[]) {
    super(`cannot give ${failures.map((f) => f.address).join(', ')} back to their drivers`, {
      hint: 'bind them by hand (echo ADDR > /sys/bus/pci/drivers_probe) or reboot', cause: failures[0]?.error
    })
    this.failures = failures
  }
}

/** Several undo steps failed while rolling back; the original error is the cause. */
export class RollbackError extends ExecutorError {
  override name = 'RollbackError'
  readonly failures: unknown[]
  constructor (cause: unknown, failures: unknown[]) {
    super(`rolling back failed in ${failures.length} step(s) after: ${cause instanceof Error ? cause.message : String(cause)}`, {
      hint: 'the host may be left half-changed: check the devices and domains by hand', cause
    })
    this.failures = failures
  }
}

/** The domain is not in a state that allows the operation (already running, not running...). */
export class DomainStateError extends LibvirtError {
  override name = 'DomainStateError'
  constructor (domain: string, text: string, options?: { cause?: unknown }) {
    super(`libvirt domain ${JSON.stringify(domain)}: ${text}`, {
      text, hint: 'check its state with: virsh domstate --reason NAME', cause: options?.cause
    })
  }
}

/** Several steps of removing a VM failed; `failures` holds each error, in step order. */
export class VmRemoveError extends ExecutorError {
  override name = 'VmRemoveError'
  readonly failures: unknown[]
  constructor (vm: string, failures: unknown[]) {
    super(`removing ${vm} failed in ${failures.length} steps: ${failures.map((f) => (f instanceof Error ? f.message : String(f))).join('; ')}`, {
      hint: 'fix the first problem and run the removal again: it is idempotent', cause: failures[0]
    })
    this.failures = failures
  }
}

/**
 * A value for moving disk images (docs/architecture.md §12) that qemu's option syntax or an NBD
 * URI cannot carry as it is: refused rather than escaped.
 */
export class ImageTransferValueError extends UsageError {
  override name = 'ImageTransferValueError'
  readonly field: string
  constructor (field: string, problem: string, hint: string) {
    super(`${field}: ${problem}`, { hint })
    this.field = field
  }
}

/** The guest content of a disk image cannot be checksummed from its file. */
export class DiskChecksumError extends ExecutorError {
  override name = 'DiskChecksumError'
  readonly path: string
  constructor (path: string, detail: string, options: { hint?: string, cause?: unknown } = {}) {
    super(`cannot checksum disk image ${path}: ${detail}`, {
      hint: options.hint ?? `check the image with: qemu-img check ${path}`, cause: options.cause
    })
    this.path = path
  }
}

/** qemu-storage-daemon, which serves a migration's target images over NBD, did not start or stop. */
export class ImageServerError extends ExecutorError {
  override name = 'ImageServerError'
  constructor (detail: string, options: { hint: string, cause?: unknown }) {
    super(`image server (qemu-storage-daemon): ${detail}`, options)
  }
}

/** qemu-img could not send a disk image to the target's image server. */
export class ImageSendError extends ExecutorError {
  override name = 'ImageSendError'
  readonly path: string
  /** The NBD URI it was sent to. */
  readonly destination: string
  constructor (path: string, destination: string, detail: string, options: { hint?: string, cause?: unknown } = {}) {
    super(`cannot send disk image ${path} to ${destination}: ${detail}`, {
      hint: options.hint ?? 'check that the target\'s image server runs and that the forwarded port reaches it', cause: options.cause
    })
    this.path = path
    this.destination = destination
  }
}
