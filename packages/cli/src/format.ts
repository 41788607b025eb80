import Table from 'cli-table3'

/** A borderless table, as kubectl and virsh print them: readable in a terminal and in a log. */
export function table (head: string[], rows: string[][]): string {
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

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']

export function bytes (count: number): string {
  let value = count
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`
}

export function truncate (text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}

/** What a command prints: its JSON with --json (the stable interface), else the text for people. */
export function jsonOr (json: boolean | undefined, value: unknown, text: string): string {
  return json === true ? `${JSON.stringify(value, null, 2)}\n` : text
}
