import { describe, expect, it } from 'vitest'
import { decodeVmRequest, decodeVmResponse, encodeVmRequest, encodeVmResponse } from '../src/index.ts'
import type { VmRequest } from '../src/index.ts'
import { multiverse } from '../src/generated/wire.js'

const clusterId = 'c'.repeat(32)
const leaseId = 'a'.repeat(32)
const request: VmRequest = { clusterId, op: 'create', vm: 'desk', leaseId, start: true, waitMs: 0, force: false, deadlineMs: 420_000 }
const raw = (fields: Record<string, unknown>): Uint8Array => multiverse.v1.VmRequest.encode({ version: 1, clusterId, op: 2, vm: 'desk', ...fields }).finish()

describe('VM operation messages', () => {
  it('round-trip every operation with the caller\'s deadline, and the state answer with its lease and busy flag', () => {
    expect(decodeVmRequest(encodeVmRequest(request))).toEqual(request)
    for (const op of ['start', 'stop', 'destroy', 'remove', 'state'] as const) {
      const other = { ...request, op, leaseId: '', start: false, waitMs: op === 'stop' ? 300_000 : 0 }
      expect(decodeVmRequest(encodeVmRequest(other))).toEqual(other)
    }
    const state = { ok: true as const, state: 'placed' as const, leaseId, busy: true }
    expect(decodeVmResponse(encodeVmResponse(state))).toEqual(state)
    expect(decodeVmResponse(encodeVmResponse({ ok: true, state: 'removed' }))).toEqual({ ok: true, state: 'removed', leaseId: '', busy: false })
    const refused = { ok: false as const, kind: 'refused' as const, name: 'RefusedError', message: 'no', hint: 'h' }
    expect(decodeVmResponse(encodeVmResponse(refused))).toEqual(refused)
  })

  it.each([
    ['a deadline over the longest an owner may be asked to work', { deadlineMs: 15 * 60_000 + 1 }, /deadlineMs: at most 900000/],
    ['a guest wait over ten minutes', { waitMs: 600_001 }, /waitMs: at most/],
    ['an unknown operation', { op: 42 }, /op: unknown operation 42/],
    ['a create without a lease', { op: 1, leaseId: '' }, /leaseId/],
    ['a VM name that could not be a domain name', { vm: 'a b' }, /at vm/]
  ])('refuses %s', (_what, fields, message) => {
    expect(() => decodeVmRequest(raw(fields))).toThrow(message)
  })

  it('refuses a state answer whose lease is not a lease id', () => {
    const bytes = multiverse.v1.VmResponse.encode({ version: 1, state: 'running', leaseId: 'x' }).finish()
    expect(() => decodeVmResponse(bytes)).toThrow(/leaseId/)
  })
})
