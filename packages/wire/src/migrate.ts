/**
 * `/multiverse/migrate/1`: the source of a migration asks its target, one step at a time
 * (docs/architecture.md §12). Requests come from another member and may name paths, devices and
 * a spec that reach libvirt: everything is capped and validated here first. Answers carry an
 * error as data, as VM operations' do.
 */
import { VM_NAME, optional } from '@multiverse/domain'
import { decodeVersioned, uint64 } from './codec.ts'
import { errorData, errorFields } from './error-data.ts'
import type { ErrorData } from './error-data.ts'
import { MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'
import { askFields, decodeAsk } from './leases.ts'
import type { LeaseAsk } from './leases.ts'
import { MESH_VERSION, clusterId } from './mesh.ts'
import { TUNNEL_TOKEN_BYTES } from './tunnel.ts'

const wire = multiverse.v1
export const MAX_MIGRATE_REQUEST_BYTES = 64 << 10
export const MAX_MIGRATE_RESPONSE_BYTES = 8 << 10
const MAX_DISKS = 32
const MIGRATION_ID = /^[0-9a-f]{32}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** A path libvirt will open: absolute, plain characters, no `..` (the source substitutes it into XML). */
const SAFE_PATH = /^\/(?!.*\/\.\.?(\/|$))[A-Za-z0-9_./@+-]{1,1000}$/
const DISK_NAME = /^[a-z][a-z0-9-]{0,31}$/
const CHECKSUM = /^[0-9a-f]{64}$/

export type MigrateOpName = 'reserve' | 'prepare' | 'transfer' | 'verify' | 'commit' | 'abort' | 'status'
const OPS: Record<MigrateOpName, number> = {
  reserve: wire.MigrateOp.MIGRATE_OP_RESERVE,
  prepare: wire.MigrateOp.MIGRATE_OP_PREPARE,
  transfer: wire.MigrateOp.MIGRATE_OP_TRANSFER,
  verify: wire.MigrateOp.MIGRATE_OP_VERIFY,
  commit: wire.MigrateOp.MIGRATE_OP_COMMIT,
  abort: wire.MigrateOp.MIGRATE_OP_ABORT,
  status: wire.MigrateOp.MIGRATE_OP_STATUS
}
const MODES = { live: wire.MigrateMode.MIGRATE_MODE_LIVE, offline: wire.MigrateMode.MIGRATE_MODE_OFFLINE } as const

export interface MigrateRequest {
  clusterId: string
  op: MigrateOpName
  migrationId: string
  vm: string
  mode: 'live' | 'offline'
  domainUuid: string
  /** reserve: what the VM will hold on the target. */
  ask: Omit<LeaseAsk, 'vm'> | null
  /** prepare: the disks to make, in the spec's order; verify (offline): with the source's checksums. */
  disks: Array<{ name: string, virtualBytes: number, checksum?: string }>
  /** verify, commit: whether the VM ran (offline: the target starts it), and the ownership generation the target takes. */
  running: boolean
  generation: number
}

/**
 * Where a side is, asked by the other (`status`): a target answers its step (or `none`), a source
 * whether it is `committing` (or past it), still `open` before the commit, or `over` (aborted, or
 * no such migration).
 */
export type MigrateStatus = 'leased' | 'prepared' | 'receiving' | 'committed' | 'none' | 'committing' | 'open' | 'over'
const STATUSES: readonly MigrateStatus[] = ['leased', 'prepared', 'receiving', 'committed', 'none', 'committing', 'open', 'over']

export type MigrateResponse =
  | {
    ok: true
    /** reserve */
    token?: Uint8Array
    /** prepare */
    diskPaths?: string[]
    consolePath?: string
    memoryPort?: number
    disksPort?: number
    /** prepare: where the target's data channels listen (see @multiverse/mesh's data-channel.ts) */
    dataPort?: number
    /** transfer: where the target's native data channels listen, per stream (see @multiverse/mesh's native-channel.ts) */
    memoryNativePort?: number
    disksNativePort?: number
    /** status */
    step?: MigrateStatus
    /** commit, live: the guest's pause at the switch-over, as libvirt measured it */
    downtimeMs?: number
  }
  | ErrorData

export function encodeMigrateRequest (request: MigrateRequest): Uint8Array {
  const { ask } = request
  return wire.MigrateRequest.encode({
    version: MESH_VERSION,
    ...request,
    op: OPS[request.op],
    mode: MODES[request.mode],
    ...(ask === null ? {} : askFields(ask))
  }).finish()
}

export function decodeMigrateRequest (bytes: Uint8Array): MigrateRequest {
  const name = 'MigrateRequest'
  const m = decodeVersioned(name, wire.MigrateRequest, bytes, MAX_MIGRATE_REQUEST_BYTES, MESH_VERSION)
  const bad = (field: string, problem: string): never => { throw new MalformedMessageError(name, `invalid at ${field}: ${problem}`) }
  const op = (Object.keys(OPS) as MigrateOpName[]).find((key) => OPS[key] === m.op) ?? bad('op', `unknown operation ${m.op}`)
  const mode = m.mode === MODES.live ? 'live' : m.mode === MODES.offline ? 'offline' : bad('mode', `unknown mode ${m.mode}`)
  if (!MIGRATION_ID.test(m.migrationId)) bad('migrationId', 'a migration id (32 hex digits)')
  if (!VM_NAME.test(m.vm)) bad('vm', 'a VM name')
  if (!UUID.test(m.domainUuid)) bad('domainUuid', 'a lower-case UUID')
  if (m.disks.length > MAX_DISKS) bad('disks', `more than ${MAX_DISKS}`)
  const disks = m.disks.map((d) => {
    const disk = d.name ?? ''
    if (!DISK_NAME.test(disk)) bad('disks', `${JSON.stringify(disk.slice(0, 20))} is not a disk name`)
    const checksum = d.checksum ?? ''
    if (checksum !== '' && !CHECKSUM.test(checksum)) bad('disks', 'a checksum is a sha256 in lower-case hex')
    return { name: disk, virtualBytes: uint64(d.virtualBytes), ...(checksum === '' ? {} : { checksum }) }
  })
  return {
    clusterId: clusterId(name, m.clusterId), op, migrationId: m.migrationId, vm: m.vm, mode, domainUuid: m.domainUuid,
    ask: op === 'reserve' ? decodeAsk(name, m, bad) : null, disks, running: m.running, generation: uint64(m.generation)
  }
}

export function encodeMigrateResponse (response: MigrateResponse): Uint8Array {
  return wire.MigrateResponse.encode(response.ok
    ? { version: MESH_VERSION, ...response }
    : { version: MESH_VERSION, ...errorFields(response) }).finish()
}

export function decodeMigrateResponse (bytes: Uint8Array): MigrateResponse {
  const name = 'MigrateResponse'
  const m = decodeVersioned(name, wire.MigrateResponse, bytes, MAX_MIGRATE_RESPONSE_BYTES, MESH_VERSION)
  const bad = (field: string, problem: string): never => { throw new MalformedMessageError(name, `invalid at ${field}: ${problem}`) }
  if (m.errorKind !== '') return errorData(m)
  if (m.token.length !== 0 && m.token.length !== TUNNEL_TOKEN_BYTES) bad('token', `${TUNNEL_TOKEN_BYTES} bytes`)
  if (m.diskPaths.length > MAX_DISKS) bad('diskPaths', `more than ${MAX_DISKS}`)
  for (const path of [...m.diskPaths, ...(m.consolePath === '' ? [] : [m.consolePath])]) {
    if (!SAFE_PATH.test(path)) bad('diskPaths', `${JSON.stringify(path.slice(0, 40))} is not an absolute path of plain characters`)
  }
  const port = (field: string, value: number): number | undefined => value === 0 ? undefined : value <= 65535 ? value : bad(field, 'a port')
  const step = m.step === '' ? undefined : STATUSES.find((s) => s === m.step) ?? bad('step', `unknown step ${JSON.stringify(m.step.slice(0, 20))}`)
  return {
    ok: true,
    ...(m.token.length === 0 ? {} : { token: m.token }),
    ...(m.diskPaths.length === 0 ? {} : { diskPaths: m.diskPaths }),
    ...(m.consolePath === '' ? {} : { consolePath: m.consolePath }),
    ...optional('memoryPort', port('memoryPort', m.memoryPort)),
    ...optional('disksPort', port('disksPort', m.disksPort)),
    ...optional('dataPort', port('dataPort', m.dataPort)),
    ...optional('memoryNativePort', port('memoryNativePort', m.memoryNativePort)),
    ...optional('disksNativePort', port('disksNativePort', m.disksNativePort)),
    ...optional('step', step),
    ...optional('downtimeMs', m.downtimeMs === 0 ? undefined : m.downtimeMs)
  }
}
