/**
 * The one way a size is printed, by the CLI and in the scheduler's reasons and spec errors:
 * the number, a space and a binary unit (`30.3 GiB`, as `cluster status` shows capacities).
 * The unit is the largest in which the size is at least 1. A size that is a whole number of it
 * prints whole (`2 MiB`, `8 GiB`, `1000 B`): exact sizes (pages, what a spec asked for) stay
 * exact. Any other prints rounded to one decimal (`30.3 GiB`), so a decimal always says
 * "rounded" and `2.0 GiB` is a size just off 2 GiB, never 2 GiB itself.
 */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const

export function formatBytes (bytes: number): string {
  if (bytes < 0) return `-${formatBytes(-bytes)}`
  let unit = 0
  while (unit < UNITS.length - 1 && bytes >= 1024 ** (unit + 1)) unit++
  const value = bytes / 1024 ** unit
  if (Number.isInteger(value)) return `${value} ${UNITS[unit]}`
  const rounded = value.toFixed(1)
  // Just under the next unit rounds up to 1024.0 of this one: that is 1.0 of the next.
  if (rounded === '1024.0' && unit < UNITS.length - 1) return `1.0 ${UNITS[unit + 1]}`
  return `${rounded} ${UNITS[unit]}`
}
