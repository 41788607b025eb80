import { describe, expect, it } from 'vitest'
import {
  EXIT_CODES, FaultError, HintedError, InvalidPciAddressError, RefusedError, RemoteFaultError, UsageError, errorKind, errorOfKind, httpStatus, kindOfStatus
} from '../src/index.ts'
import type { ErrorKind } from '../src/index.ts'

/** Every edge reads an error's kind from here: the exit code, the status, the kind sent over the mesh. */
describe('the kind of an error and what it becomes', () => {
  it.each([
    ['a usage error', new UsageError('bad flag'), 'usage', 2, 400],
    ['one of its conditions', new InvalidPciAddressError('01:00.0'), 'usage', 2, 400],
    ['a refusal', new RefusedError('no host fits'), 'refused', 3, 409],
    ['a fault', new FaultError('libvirt is down'), 'fault', 1, 500],
    ['another host\'s fault', new RemoteFaultError('h2: libvirt is down'), 'fault', 1, 502],
    ['a hinted error of no kind', new HintedError('?'), 'fault', 1, 500],
    ['any other error', new TypeError('x is undefined'), 'fault', 1, 500],
    ['something thrown that is no error', 'a string', 'fault', 1, 500]
  ] as const)('%s: %s, exit code %i, status %i', (_what, error, kind, exit, status) => {
    expect(errorKind(error)).toBe(kind)
    expect(EXIT_CODES[kind]).toBe(exit)
    expect(httpStatus(error)).toBe(status)
    expect(kindOfStatus(status)).toBe(kind)
  })

  it('a status that is no error\'s of the control socket is a fault', () => {
    expect(kindOfStatus(404)).toBe('fault')
    expect(kindOfStatus(503)).toBe('fault')
  })

  it.each(['usage', 'refused', 'fault'] as const)('rebuilt from data as a %s, with its message and hint', (kind: ErrorKind) => {
    const error = errorOfKind(kind, 'h2: it broke', 'do this', (message, hint) => new RemoteFaultError(message, { hint }))
    expect(errorKind(error)).toBe(kind)
    expect(error).toMatchObject({ message: 'h2: it broke', hint: 'do this' })
  })
})
