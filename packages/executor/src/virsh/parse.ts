/**
 * Pure parsers of virsh's text output (libvirt 9.0, run with LC_ALL=C). Each throws
 * {@link VirshOutputError} with the output when it does not recognize it, never guesses.
 */
import { VirshOutputError } from '../errors.ts'

/** libvirt's domain states (virDomainState), in our spelling. */
export type DomainState =
  | 'nostate' | 'running' | 'blocked' | 'paused' | 'shutdown' | 'shutoff' | 'crashed' | 'pmsuspended'

/** virsh's words for each state (virshDomainStateToString). */
const STATES: Record<string, DomainState> = {
  'no state': 'nostate',
  running: 'running',
  idle: 'blocked',
  paused: 'paused',
  'in shutdown': 'shutdown',
  'shut off': 'shutoff',
  crashed: 'crashed',
  pmsuspended: 'pmsuspended'
}

export interface DomainStateInfo {
  state: DomainState
  /** Why it is in that state, as virsh words it (`booted`, `destroyed`, `user`...); null without --reason. */
  reason: string | null
}

export interface DomainInfo {
  /** null while the domain is not running (virsh prints `-`). */
  id: number | null
  name: string
  uuid: string
  osType: string
  state: DomainState
  vcpus: number
  /** Absent while the domain is not running. */
  cpuTimeSeconds: number | null
  maxMemoryKiB: number
  usedMemoryKiB: number
  persistent: boolean
  autostart: boolean
  /** Every line as virsh printed it, for what is not parsed above (security model, messages). */
  fields: Record<string, string>
}

export interface DomainListEntry {
  id: number | null
  name: string
  state: DomainState
}

export type JobType = 'none' | 'bounded' | 'unbounded' | 'completed' | 'failed' | 'cancelled'

/** `domjobinfo`: a running job's progress, or the last completed one's statistics (`--completed`). */
export interface JobInfo {
  type: JobType
  /** `Save`, `Outgoing migration`...; null when there is no job. */
  operation: string | null
  elapsedMs: number | null
  dataProcessedBytes: number | null
  dataRemainingBytes: number | null
  dataTotalBytes: number | null
  memoryBandwidthBytesPerSecond: number | null
  expectedDowntimeMs: number | null
  totalDowntimeMs: number | null
  fields: Record<string, string>
}

/** Parses `domstate [--reason]`: `running`, `shut off (destroyed)`. */
export function parseDomState (output: string): DomainStateInfo {
  const line = output.trim()
  const m = /^([a-z ]+?)(?: \(([^()]*)\))?$/.exec(line)
  const state = m === null ? undefined : STATES[m[1]!]
  if (m === null || state === undefined) throw new VirshOutputError('domstate', 'not a domain state', output)
  return { state, reason: m[2] ?? null }
}

/** Reads `Key:   value` lines (dominfo, domjobinfo); values keep inner spaces, lose padding. */
export function parseFields (command: string, output: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue
    const colon = line.indexOf(':')
    if (colon <= 0) throw new VirshOutputError(command, `line without a key: ${JSON.stringify(line)}`, output)
    fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim().replace(/\s+/g, ' ')
  }
  return fields
}

/** Parses `dominfo NAME`. */
export function parseDomInfo (output: string): DomainInfo {
  const f = parseFields('dominfo', output)
  const need = (key: string): string => {
    const v = f[key]
    if (v === undefined) throw new VirshOutputError('dominfo', `no ${key}`, output)
    return v
  }
  const int = (key: string, suffix = ''): number => {
    const v = need(key)
    const m = new RegExp(`^(\\d+)${suffix}$`).exec(v)
    if (m === null) throw new VirshOutputError('dominfo', `${key} is not a number: ${v}`, output)
    return Number(m[1])
  }
  const state = STATES[need('State')]
  if (state === undefined) throw new VirshOutputError('dominfo', `unknown state ${need('State')}`, output)
  const id = need('Id')
  const cpuTime = f['CPU time']
  return {
    id: id === '-' ? null : int('Id'),
    name: need('Name'),
    uuid: need('UUID'),
    osType: need('OS Type'),
    state,
    vcpus: int('CPU(s)'),
    cpuTimeSeconds: cpuTime === undefined ? null : Number.parseFloat(cpuTime),
    maxMemoryKiB: int('Max memory', ' KiB'),
    usedMemoryKiB: int('Used memory', ' KiB'),
    persistent: need('Persistent') === 'yes',
    autostart: need('Autostart') === 'enable',
    fields: f
  }
}

/** Parses `list --all --name`: one name a line, a blank line at the end. */
export function parseListNames (output: string): string[] {
  return output.split('\n').map((l) => l.trim()).filter((l) => l !== '')
}

const STATE_WORDS = Object.keys(STATES).sort((a, b) => b.length - a.length).join('|')
const LIST_ROW = new RegExp(`^\\s*(\\d+|-)\\s+(.+?)\\s+(${STATE_WORDS})\\s*$`)

/** Parses the `list --all` table (header, a rule of dashes, one row per domain). */
export function parseListTable (output: string): DomainListEntry[] {
  const lines = output.split('\n').filter((l) => l.trim() !== '')
  if (lines.length < 2 || !/^\s*Id\s+Name\s+State\s*$/.test(lines[0]!) || !/^-+$/.test(lines[1]!.trim())) {
    throw new VirshOutputError('list', 'no Id/Name/State header', output)
  }
  return lines.slice(2).map((line) => {
    const m = LIST_ROW.exec(line)
    if (m === null) throw new VirshOutputError('list', `unreadable row ${JSON.stringify(line)}`, output)
    return { id: m[1] === '-' ? null : Number(m[1]), name: m[2]!, state: STATES[m[3]!]! }
  })
}

const UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 }

/** `2.977 MiB` -> bytes (rounded: virsh prints three decimals). */
export function parseSize (value: string): number | null {
  const m = /^(\d+(?:\.\d+)?) (B|KiB|MiB|GiB|TiB)(?:\/s)?$/.exec(value)
  return m === null ? null : Math.round(Number.parseFloat(m[1]!) * UNITS[m[2]!]!)
}

/** Parses `domjobinfo [--completed]`. */
export function parseDomJobInfo (output: string): JobInfo {
  const f = parseFields('domjobinfo', output)
  const type = f['Job type']?.toLowerCase()
  if (type === undefined || !['none', 'bounded', 'unbounded', 'completed', 'failed', 'cancelled'].includes(type)) {
    throw new VirshOutputError('domjobinfo', `unknown job type ${f['Job type']}`, output)
  }
  const size = (key: string): number | null => (f[key] === undefined ? null : parseSize(f[key]))
  const ms = (key: string): number | null => {
    const m = /^(\d+) ms$/.exec(f[key] ?? '')
    return m === null ? null : Number(m[1])
  }
  return {
    type: type as JobType,
    operation: f.Operation ?? null,
    elapsedMs: ms('Time elapsed'),
    dataProcessedBytes: size('Data processed'),
    dataRemainingBytes: size('Data remaining'),
    dataTotalBytes: size('Data total'),
    memoryBandwidthBytesPerSecond: size('Memory bandwidth'),
    expectedDowntimeMs: ms('Expected downtime'),
    totalDowntimeMs: ms('Total downtime'),
    fields: f
  }
}
