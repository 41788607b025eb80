/**
 * The one size formatter: whole sizes exact, others rounded to one decimal, always a space
 * before a binary unit (see packages/domain/src/bytes.ts).
 */
import { describe, expect, it } from 'vitest'
import { formatBytes } from '../src/index.ts'

const KiB = 1024
const MiB = 1024 ** 2
const GiB = 1024 ** 3
const TiB = 1024 ** 4

describe('formatBytes', () => {
  it.each<[string, number, string]>([
    ['nothing', 0, '0 B'],
    ['bytes', 1000, '1000 B'],
    ['just under a KiB', 1023, '1023 B'],
    ['a page', 4 * KiB, '4 KiB'],
    ['a hugepage', 2 * MiB, '2 MiB'],
    ['a large hugepage', GiB, '1 GiB'],
    ['a whole number of GiB', 8 * GiB, '8 GiB'],
    ['1024 GiB is a TiB', 1024 * GiB, '1 TiB'],
    ['half a unit is rounded to one decimal, exact here', 1536 * KiB, '1.5 MiB'],
    ['a capacity, rounded', 32_530_722_816, '30.3 GiB'],
    ['a byte more than 2 GiB: rounded, so it shows a decimal', 2 * GiB + 1, '2.0 GiB'],
    ['a byte less than 1 MiB rounds up into the next unit', MiB - 1, '1.0 MiB'],
    ['an odd count of bytes', 1025, '1.0 KiB'],
    ['the cap of sizes', 64 * TiB, '64 TiB'],
    ['beyond TiB', 2048 * TiB, '2 PiB'],
    ['a shortfall', -512 * MiB, '-512 MiB']
  ])('%s', (_name, bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
