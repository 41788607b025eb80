/** The CLI's tables: as cli-table3 lays them out, in time linear in their rows. */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { jsonOr, table } from '../src/format.ts'

const Table = createRequire(import.meta.url)('cli-table3') as typeof import('cli-table3')

/** The table as cli-table3 itself prints it with the CLI's borderless style. */
function cliTable3 (head: string[], rows: string[][]): string {
  const chars = Object.fromEntries(['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right',
    'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid'].map((name) => [name, '']))
  const out = new Table({ head, chars: { ...chars, middle: '  ' }, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 } })
  out.push(...rows)
  return out.toString().split('\n').map((line) => line.trimEnd()).join('\n')
}

describe('table', () => {
  it.each([
    ['devices', ['GROUP', 'ADDRESS', 'NAME', 'ASSIGNABLE'], [['1', '0000:01:00.0', 'NVIDIA Corporation GA104 [GeForce RTX 3060 Ti Lite Hash Rate]', 'yes'], ['', '0000:01:00.1', 'NVIDIA Corpor…', 'no (boot-gpu)']]],
    ['no rows', ['VM', 'HOST'], []],
    ['empty cells and a column of them', ['A', '', 'C'], [['', '', 'x'], ['long cell', '', '']]],
    ['spaces inside, before and after', [' lead', 'trail ', 'mid dle'], [['  a', 'b  ', 'c']]],
    ['Latin-1 letters', ['VENDOR', 'ID'], [['Technische Universität München', '1234'], ['Señor Ñandú', '5678']]],
    ['wide characters (cli-table3 measures them)', ['NAME', 'HOST'], [['日本語のデバイス', 'h1'], ['abc', 'h2']]],
    ['a combining accent', ['NAME', 'X'], [['Cafe\u0301', 'y']]]
  ])('%s: as cli-table3 prints it', (_, head, rows) => {
    expect(table(head, rows)).toBe(cliTable3(head, rows))
  })

  // How fast is for npm run bench:cli to say (host inventory of the 2,081-device tree), not a test.
  it('2,081 rows (a host full of VFs), the same as cli-table3 prints them', () => {
    const rows = Array.from({ length: 2081 }, (_, i) => [String(i), `0000:b4:${(i % 256).toString(16).padStart(2, '0')}.${i % 8}`, 'nic', 'Intel Corporation 82599 Ethernet Controller Virtual…', 'yes'])
    const head = ['GROUP', 'ADDRESS', 'CLASS', 'NAME', 'ASSIGNABLE']
    const ours = table(head, rows)
    expect(ours.split('\n')).toHaveLength(1 + 2081) // the head, then a line a row
    // cli-table3 takes ~1 s for them all: its first 200 rows, which have the same column widths.
    expect(ours.split('\n').slice(0, 201).join('\n')).toBe(cliTable3(head, rows.slice(0, 200)))
  })
})

describe('jsonOr', () => {
  it('makes the text only when it prints it', () => {
    let made = 0
    const text = (): string => { made++; return 'text\n' }
    expect(jsonOr(true, { a: 1 }, text)).toBe('{\n  "a": 1\n}\n')
    expect(made).toBe(0)
    expect(jsonOr(undefined, { a: 1 }, text)).toBe('text\n')
    expect(made).toBe(1)
  })
})
