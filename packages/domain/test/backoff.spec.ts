/**
 * The one back-off (docs/architecture.md §11, every wait bounded): the waits each policy gives
 * in turn, as a table, and what `leftMs` and `reset` do to them.
 */
import { describe, expect, it } from 'vitest'
import { Backoff, BackoffPolicyError } from '../src/index.ts'
import type { BackoffPolicy } from '../src/index.ts'

const waits = (policy: BackoffPolicy, count: number): number[] => {
  const backoff = new Backoff(policy)
  return Array.from({ length: count }, () => backoff.next())
}

describe('Backoff', () => {
  it.each<[string, BackoffPolicy, number[]]>([
    ['the mesh dialer: 250 ms, 500 ms, then every second', { firstMs: 250, maxMs: 1000 }, [250, 500, 1000, 1000, 1000]],
    ['the LAN query: 2 s, doubling up to a minute', { firstMs: 2000, maxMs: 60_000 }, [2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]],
    ['a fixed interval (factor 1): polling', { firstMs: 250, factor: 1 }, [250, 250, 250, 250]],
    ['doubling without a cap', { firstMs: 1 }, [1, 2, 4, 8, 16, 32]],
    ['another factor', { firstMs: 100, factor: 3, maxMs: 1000 }, [100, 300, 900, 1000]],
    ['a cap equal to the first wait is a fixed interval', { firstMs: 500, maxMs: 500 }, [500, 500, 500]],
    ['no wait at all', { firstMs: 0 }, [0, 0, 0]]
  ])('%s', (_name, policy, expected) => {
    expect(waits(policy, expected.length)).toEqual(expected)
  })

  it.each<[string, number, number]>([
    ['more time left than the wait: the wait', 10_000, 1000],
    ['less time left: only what is left, so the last try comes at the deadline', 300, 300],
    ['no time left: no wait', 0, 0],
    ['past the deadline: no wait, never a negative one', -50, 0]
  ])('leftMs: %s', (_name, leftMs, expected) => {
    expect(new Backoff({ firstMs: 1000 }).next(leftMs)).toBe(expected)
  })

  it('a wait cut short by leftMs still moves the schedule on', () => {
    const backoff = new Backoff({ firstMs: 100 })
    expect(backoff.next(10)).toBe(10)
    expect(backoff.next()).toBe(200)
  })

  it('reset starts over from the first wait', () => {
    const backoff = new Backoff({ firstMs: 250, maxMs: 1000 })
    backoff.next(); backoff.next(); backoff.next()
    backoff.reset()
    expect([backoff.next(), backoff.next()]).toEqual([250, 500])
  })

  it.each<[string, BackoffPolicy]>([
    ['a negative first wait', { firstMs: -1 }],
    ['waits that shrink', { firstMs: 100, factor: 0.5 }],
    ['a cap below the first wait', { firstMs: 100, maxMs: 50 }],
    ['not a number', { firstMs: Number.NaN }]
  ])('refuses %s', (_name, policy) => {
    expect(() => new Backoff(policy)).toThrow(BackoffPolicyError)
  })
})
