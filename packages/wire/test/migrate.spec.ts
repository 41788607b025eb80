import { describe, expect, it } from 'vitest'
import { MalformedMessageError, OversizedMessageError } from '../src/errors.ts'
import { multiverse } from '../src/generated/wire.js'
import { decodeMigrateRequest, decodeMigrateResponse, encodeMigrateRequest, encodeMigrateResponse } from '../src/migrate.ts'
import type { MigrateRequest } from '../src/migrate.ts'
import { newTunnelToken } from '../src/tunnel.ts'

const wire = multiverse.v1
const reserve: MigrateRequest = {
  clusterId: 'c'.repeat(32), op: 'reserve', migrationId: 'ab'.repeat(16), vm: 'desktop', mode: 'offline',
  domainUuid: '8f0e6c1a-3b5d-4e2f-9a7b-1c2d3e4f5a6b',
  ask: { vcpus: 4, memoryBytes: 8 << 30, hugepageBytes: null, diskBytes: 40 << 30, devices: ['0000:0a:00.0', '0000:0a:00.1'], group: null, spec: { name: 'desktop' }, ttlMs: 120_000 },
  disks: [], running: false, generation: 0
}
const prepare: MigrateRequest = { ...reserve, op: 'prepare', ask: null, disks: [{ name: 'root', virtualBytes: 40 << 30 }] }
const raw = (fields: Record<string, unknown>): Uint8Array =>
  wire.MigrateRequest.encode({ version: 1, clusterId: 'c'.repeat(32), op: 2, migrationId: 'ab'.repeat(16), vm: 'web', mode: 1, domainUuid: reserve.domainUuid, ...fields }).finish()

describe('migrate requests', () => {
  it.each([['reserve', reserve], ['prepare', prepare], ['commit', { ...prepare, op: 'commit' as const, disks: [], running: true, generation: 7 }],
    ['verify', { ...prepare, op: 'verify' as const, mode: 'offline' as const, disks: [{ name: 'root', virtualBytes: 1 << 30, checksum: 'e3'.repeat(32) }], running: true, generation: 2 }]])('round-trip a %s', (_op, request) => {
    expect(decodeMigrateRequest(encodeMigrateRequest(request))).toEqual(request)
  })

  it.each([
    ['an unknown operation', raw({ op: 42 }), /unknown operation 42/],
    ['no mode', raw({ mode: 0 }), /unknown mode 0/],
    ['a migration id with a path in it', raw({ migrationId: '../../../etc/passwd' }), /migrationId/],
    ['a domain UUID in capitals (libvirt prints lower case)', raw({ domainUuid: reserve.domainUuid.toUpperCase() }), /domainUuid/],
    ['a disk named like a path', raw({ disks: [{ name: '../root', virtualBytes: 1 }] }), /is not a disk name/],
    ['a checksum that is not a sha256', raw({ disks: [{ name: 'root', virtualBytes: 1, checksum: 'E3'.repeat(32) }] }), /sha256 in lower-case hex/],
    ['a reserve with a device that is not a PCI address', raw({ op: 1, devices: ['0000:0a:00.0/../../x'], ttlMs: 5000 }), /not a PCI address/],
    ['a reserve with a lease for a day', raw({ op: 1, ttlMs: 86_400_000 }), /ttlMs/]
  ])('refuse %s', (_what, bytes, message) => {
    expect(() => decodeMigrateRequest(bytes)).toThrow(MalformedMessageError)
    expect(() => decodeMigrateRequest(bytes)).toThrow(message)
  })

  it('refuse more than the cap before parsing', () => {
    expect(() => decodeMigrateRequest(new Uint8Array(65 << 10))).toThrow(OversizedMessageError)
  })
})

describe('migrate answers', () => {
  it('round-trip what each step answers, and an error as data', () => {
    const token = newTunnelToken()
    for (const response of [
      { ok: true as const, token },
      { ok: true as const, downtimeMs: 312 },
      { ok: true as const, diskPaths: ['/var/lib/multiverse/images/desktop@root.qcow2'], consolePath: '/var/lib/multiverse/console/desktop.log', memoryPort: 49152, disksPort: 49153, dataPort: 4002 },
      { ok: true as const, step: 'receiving' as const },
      { ok: true as const, step: 'committing' as const },
      { ok: false as const, kind: 'refused' as const, name: 'LeaseRefusedError', message: 'no GPU free', hint: 'free one' }
    ]) expect(decodeMigrateResponse(encodeMigrateResponse(response))).toEqual(response)
  })

  it.each([
    ['a disk path with ..', { version: 1, diskPaths: ['/var/lib/../../etc/shadow'] }, /diskPaths/],
    ['a relative console path', { version: 1, consolePath: 'console.log' }, /not an absolute path/],
    ['a path with a quote that would end an XML attribute', { version: 1, diskPaths: ["/img/a'b.qcow2"] }, /diskPaths/],
    ['a port past 65535', { version: 1, memoryPort: 70000 }, /memoryPort: a port/],
    ['a short token', { version: 1, token: new Uint8Array(4) }, /token/],
    ['an unknown step', { version: 1, step: 'flying' }, /unknown step/]
  ])('refuse %s from the target', (_what, fields, message) => {
    expect(() => decodeMigrateResponse(wire.MigrateResponse.encode(fields).finish())).toThrow(message)
  })
})
