import { createRequire } from 'node:module'
import { formatBytes } from '@multiverse/domain'

/**
 * Text a terminal shows one column a character: printable ASCII, Latin-1 (precomposed accents,
 * as pci.ids writes vendor names) and the ellipsis of truncate().
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\xa0-\xff\u2026]*$/

/**
 * A borderless table, as kubectl and virsh print them: readable in a terminal and in a log.
 * Columns are padded here when every cell is ONE_COLUMN_EACH text, as it nearly always is:
 * cli-table3 lays a table out in time quadratic in its rows (~0.5 s for the 2,081 devices of a
 * host full of VFs), for spans that these tables never have. Anything else (wide or combining
 * characters, line breaks) goes to cli-table3, which measures it properly; the output is the same.
 */
export function table (head: string[], rows: string[][]): string {
  const lines = [head, ...rows]
  if (!lines.every((line) => line.every((cell) => ONE_COLUMN_EACH.test(cell)))) return cliTable3(head, rows)
  const columns = Math.max(...lines.map((line) => line.length))
  // At least one column wide: cli-table3 gives an empty column one space.
  const widths = Array.from({ length: columns }, (_, column) => Math.max(1, ...lines.map((line) => (line[column] ?? '').length)))
  return lines.map((line) => widths.map((width, column) => (line[column] ?? '').padEnd(width)).join('  ').trimEnd()).join('\n')
}

/** cli-table3 (CommonJS, ~45 kB with its dependencies) is loaded only for a table that needs it. */
function cliTable3 (head: string[], rows: string[][]): string {
  const Table = createRequire(import.meta.url)('cli-table3') as typeof import('cli-table3')
  const out = new Table({
    head,
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '',
      'bottom-left': '', 'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '',
      right: '', 'right-mid': '', middle: '  '
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 }
  })
  out.push(...rows)
  return out.toString().split('\n').map((line) => line.trimEnd()).join('\n')
}

/** Sizes print as everywhere else (the scheduler's reasons, spec errors): one formatter. */
export { formatBytes as bytes } from '@multiverse/domain'

/** A migration's bytes so far: "N of TOTAL", or just N while the total is not known. */
export function movedBytes (m: { doneBytes: number, totalBytes: number | null }): string {
  return m.totalBytes === null ? formatBytes(m.doneBytes) : `${formatBytes(m.doneBytes)} of ${formatBytes(m.totalBytes)}`
}

/** A migration's estimated time left, in whole seconds; '-' when there is no estimate. */
export function timeLeft (etaMs: number | null | undefined): string {
  return etaMs == null ? '-' : `${Math.ceil(etaMs / 1000)} s`
}

export function truncate (text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}

/**
 * What a command prints: its JSON with --json (the stable interface), else the text for people,
 * made only then (a table of every device of a host full of VFs is not free).
 */
export function jsonOr (json: boolean | undefined, value: unknown, text: () => string): string {
  return json === true ? `${JSON.stringify(value, null, 2)}\n` : text()
}
