/**
 * The one place virsh runs: an argument array through execa (never a shell), `-c URI` always,
 * a timeout on every call (the process is killed when it passes), English output (LC_ALL=C,
 * which the parsers rely on), and libvirt's `error: ...` lines turned into typed errors.
 */
import { execa } from 'execa'
import {
  DomainExistsError, DomainNotFoundError, DomainStateError, LibvirtError, LibvirtUnavailableError, VirshTimeoutError
} from '../errors.ts'

export interface VirshConfig {
  /** The libvirt connection URI, e.g. `qemu:///system` or `qemu+unix:///system?socket=/run/x.sock`. */
  uri: string
  /** Per-call timeout; default {@link DEFAULT_VIRSH_TIMEOUT_MS}. */
  timeoutMs?: number
  /** The virsh program; default `virsh` from the PATH. */
  virsh?: string
}

export interface CallOptions {
  /** Overrides the config's timeout for this call. */
  timeoutMs?: number
  signal?: AbortSignal
  /** Written to virsh's stdin (e.g. the XML for `define /dev/stdin`). */
  input?: string
  /** The domain the call is about, named in errors. */
  domain?: string
}

export const DEFAULT_VIRSH_TIMEOUT_MS = 30_000

/** Runs `virsh -c URI ...args` and returns its stdout, or throws a typed error. */
export async function virsh (config: VirshConfig, args: readonly string[], options: CallOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_VIRSH_TIMEOUT_MS
  const result = await execa(config.virsh ?? 'virsh', ['-c', config.uri, ...args], {
    reject: false,
    timeout: timeoutMs,
    // virsh leaves on SIGTERM unless it is stuck in a call; then SIGKILL a second later.
    forceKillAfterDelay: 1000,
    ...(options.signal === undefined ? {} : { cancelSignal: options.signal }),
    ...(options.input === undefined ? { stdin: 'ignore' as const } : { input: options.input }),
    env: { LC_ALL: 'C' },
    stripFinalNewline: false
  })
  if (result.timedOut) throw new VirshTimeoutError(args[0] ?? '', timeoutMs, { cause: result })
  if (result.isCanceled) throw options.signal?.reason ?? new Error('virsh call aborted')
  if (result.exitCode === 0) return result.stdout
  throw classifyVirshError(result.stderr, { uri: config.uri, domain: options.domain ?? '', command: args[0] ?? '' })
}

/** libvirt's messages without their `error: ` prefixes, one a line. */
export function errorText (stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '')
  const errors = lines.filter((l) => l.startsWith('error: ')).map((l) => l.slice('error: '.length))
  return (errors.length > 0 ? errors : lines).join('\n')
}

// Order matters: a connection failure can mention a domain name, so it is checked first.
const UNAVAILABLE = /failed to connect to the hypervisor|Failed to connect socket|Cannot recv data|Cannot write data|End of file while reading data|no connection driver available|Broken pipe|Connection reset by peer/
const NOT_FOUND = /failed to get domain|Domain not found|no domain with matching (name|uuid)/
const EXISTS = /already exists with uuid|domain .* already exists|is already defined with uuid/
const STATE = /Domain is already active|domain is not running|is already running|Requested operation is not valid/

/**
 * Maps virsh's stderr to the error for its condition (pure: table-tested on libvirt 9.0's words):
 * LibvirtUnavailableError, DomainNotFoundError, DomainExistsError, DomainStateError, else LibvirtError.
 */
export function classifyVirshError (stderr: string, context: { uri: string, domain: string, command: string }): LibvirtError {
  const text = errorText(stderr)
  if (UNAVAILABLE.test(text)) return new LibvirtUnavailableError(context.uri, text)
  if (NOT_FOUND.test(text)) return new DomainNotFoundError(context.domain, text)
  if (EXISTS.test(text)) return new DomainExistsError(context.domain, text)
  if (STATE.test(text)) return new DomainStateError(context.domain, text)
  return new LibvirtError(`virsh ${context.command} failed: ${text || 'no error text'}`, {
    text, hint: 'read libvirt\'s message above; the daemon\'s log has the details'
  })
}
