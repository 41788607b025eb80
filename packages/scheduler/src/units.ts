/**
 * Sizes as people write them in VM specs: `8GiB`, `512 MiB`, `1.5TiB`, or a plain byte count.
 * Binary units only: `GB` is refused rather than guessed at, because a spec that asks for
 * 8 GB and gets 7.45 GiB (or the other way round) is a surprise nobody wants at boot time.
 */
import { formatBytes } from '@multiverse/domain'

const UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 }

/** Nothing we would place is this big; a larger number is a typo (a byte count read as KiB...). */
export const MAX_SIZE_BYTES = 64 * 1024 ** 4

export type SizeVerdict = { ok: true, bytes: number } | { ok: false, problem: string }

const SIZE = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/

/** Parses a size; on failure says what is wrong in words that end an error message. */
export function parseSize (value: unknown): SizeVerdict {
  if (typeof value === 'number') return checked(value)
  if (typeof value !== 'string') return { ok: false, problem: 'must be a size like 8GiB or a byte count' }
  const text = value.trim()
  if (text.startsWith('-')) return { ok: false, problem: 'must not be negative' }
  const m = SIZE.exec(text)
  if (m === null) return { ok: false, problem: `${JSON.stringify(value)} is not a size: write it like 8GiB, 512MiB or 1073741824` }
  const unit = m[2] === '' ? 'B' : m[2]!
  const factor = UNITS[unit]
  if (factor === undefined) {
    const binary = /^[KMGT]i?B?$/i.test(unit) ? ` (did you mean ${unit[0]!.toUpperCase()}iB?)` : ''
    return { ok: false, problem: `unknown unit ${JSON.stringify(unit)}${binary}: use B, KiB, MiB, GiB or TiB` }
  }
  return checked(Number(m[1]) * factor)
}

function checked (bytes: number): SizeVerdict {
  if (!Number.isFinite(bytes)) return { ok: false, problem: 'must be a finite size' }
  if (bytes < 0) return { ok: false, problem: 'must not be negative' }
  if (bytes > MAX_SIZE_BYTES) return { ok: false, problem: `is larger than ${formatBytes(MAX_SIZE_BYTES)}: check the unit` }
  // Fractions of a unit (1.5GiB) are fine; fractions of a byte are not a thing.
  return { ok: true, bytes: Math.round(bytes) }
}

/** The smallest hugepage size: the ordinary page of every architecture we run on. */
export const MIN_HUGEPAGE_BYTES = 4 * 1024

/** Why `bytes` cannot be a hugepage size, or null when it can: a power of two of at least 4KiB. */
export function hugepageSizeProblem (bytes: number): string | null {
  if (bytes < MIN_HUGEPAGE_BYTES || !Number.isInteger(Math.log2(bytes))) {
    return `${formatBytes(bytes)} is not a page size: must be a power of two of at least ${formatBytes(MIN_HUGEPAGE_BYTES)}, like 2MiB or 1GiB`
  }
  return null
}
