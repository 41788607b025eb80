import { describe, expect, it } from 'vitest'
import { decodeLeaseRequest, decodeLeaseResponse, encodeLeaseRequest, encodeLeaseResponse, encodeMappingStatement, decodeMappingStatement } from '../src/index.ts'
import type { LeaseAsk } from '../src/index.ts'
import { multiverse } from '../src/generated/wire.js'

const clusterId = 'c'.repeat(32)
const leaseId = 'a'.repeat(32)
const ask: LeaseAsk = { vm: 'desktop', vcpus: 4, memoryBytes: 8 * 1024 ** 3, hugepageBytes: null, diskBytes: 0, devices: ['0000:01:00.0', '0000:01:00.1'], group: 'routers', spec: { name: 'desktop', memory: '8GiB' }, ttlMs: 30_000 }
const raw = (fields: Record<string, unknown>): Uint8Array => multiverse.v1.LeaseRequest.encode({ version: 1, clusterId, op: 1, leaseId, vm: 'x', ttlMs: 5000, ...fields }).finish()

describe('lease messages', () => {
  it('round-trip', () => {
    const request = { clusterId, op: 'reserve' as const, leaseId, ask }
    expect(decodeLeaseRequest(encodeLeaseRequest(request))).toEqual(request)
    expect(decodeLeaseRequest(encodeLeaseRequest({ clusterId, op: 'confirm', leaseId }))).toEqual({ clusterId, op: 'confirm', leaseId })
    const paged = { clusterId, op: 'reserve' as const, leaseId, ask: { ...ask, hugepageBytes: 1024 ** 3 } }
    expect(decodeLeaseRequest(encodeLeaseRequest(paged))).toEqual(paged)
    expect(decodeLeaseResponse(encodeLeaseResponse({ granted: false, code: 'memory', detail: 'full' }))).toEqual({ granted: false, code: 'memory', detail: 'full' })
  })

  it.each([
    ['a lease id that is not 32 hex digits', { leaseId: 'x' }, /leaseId/],
    ['an unknown operation', { op: 9 }, /op: unknown operation/],
    ['a VM name that could not be a domain name', { vm: '../etc' }, /at vm/],
    ['a device that is not a PCI address', { devices: ['0000:01:00.0; rm -rf /'] }, /not a PCI address/],
    ['one device twice', { devices: ['0000:01:00.0', '0000:01:00.0'] }, /twice/],
    ['a lease for a day', { ttlMs: 86_400_000 }, /ttlMs/],
    ['a spec that is not JSON', { specJson: '{' }, /specJson: not JSON/],
    ['an oversized request', { specJson: 'x'.repeat(70_000) }, /over the 65536-byte cap/],
    ['another version', { version: 2 }, /version 2/],
    ['a hugepage size that is not a power of two', { memoryBytes: 3 * 1024 ** 2, hugepageBytes: 3 * 1024 ** 2 }, /hugepageBytes: 3145728 is not a page size/],
    ['a hugepage size under 4KiB', { memoryBytes: 4096, hugepageBytes: 2048 }, /hugepageBytes: 2048 is not a page size/],
    ['memory that is not whole hugepages', { memoryBytes: 3 * 1024 ** 2, hugepageBytes: 2 * 1024 ** 2 }, /hugepageBytes: memoryBytes 3145728 is not a whole number of 2097152-byte pages/]
  ])('refuses %s', (_what, fields, message) => {
    expect(() => decodeLeaseRequest(raw(fields))).toThrow(message)
  })

  it('mapping statements: round-trip, and refuse bad hosts and addresses', () => {
    const statement = { clusterId, name: 'gpu-big', devices: { h1: '0000:01:00.0' }, removed: false, issuedAtMs: 5 }
    expect(decodeMappingStatement(encodeMappingStatement(statement))).toEqual(statement)
    expect(() => decodeMappingStatement(encodeMappingStatement({ ...statement, devices: { 'h 1': '0000:01:00.0' } }))).toThrow(/not a host name/)
    expect(() => decodeMappingStatement(encodeMappingStatement({ ...statement, devices: { h1: '1:0.0' } }))).toThrow(/not a PCI address/)
    expect(() => decodeMappingStatement(encodeMappingStatement({ ...statement, devices: {} }))).toThrow(/at least one host/)
  })
})
