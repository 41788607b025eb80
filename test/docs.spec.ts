/**
 * The project documents itself: comments cite `docs/architecture.md §n`, never a document
 * outside the repository; every cited section exists; the architecture's package list names
 * every package, so a new one cannot go undocumented.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const top = new URL('..', import.meta.url).pathname
const ARCHITECTURE = 'docs/architecture.md'

/** Where the project's text lives; what is generated, installed or built is left out. */
const ROOTS = ['packages', 'scripts', 'test', 'deploy', 'proto', 'docs', '.ci', 'README.md']
const SKIP_DIRS = new Set(['node_modules', 'dist', '.fixtures', '.git'])
const SKIP_PATHS = new Set(['test/fixtures/generated'])
const MAX_TEXT_BYTES = 4 << 20

/** Every text file under the roots (symbolic links are not followed), by path from the top. */
function textFiles (): Array<{ path: string, text: string }> {
  const files: Array<{ path: string, text: string }> = []
  const visit = (path: string): void => {
    const full = join(top, path)
    let entries
    try {
      entries = readdirSync(full, { withFileTypes: true })
    } catch {
      const bytes = readFileSync(full)
      if (bytes.length <= MAX_TEXT_BYTES && !bytes.includes(0)) files.push({ path, text: bytes.toString('utf8') })
      return
    }
    for (const entry of entries) {
      const child = relative(top, join(full, entry.name))
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !SKIP_PATHS.has(child)) visit(child)
      else if (entry.isFile()) visit(child)
    }
  }
  for (const root of ROOTS) visit(root)
  return files
}

// Built from pieces, so that this file does not cite what it forbids.
const FORBIDDEN: Array<[string, RegExp]> = [
  ['a citation of the old design document', new RegExp(['DESIGN', ' §'].join(''))],
  ['a citation of the old style guide', new RegExp(['\\bSTY', 'LE [0-9]'].join(''))],
  ['a path outside the repository', new RegExp(['\\.\\.', '/shared'].join(''))],
  ['a document outside the repository', new RegExp(['\\b(DESIGN|STY', 'LE)\\.md'].join(''))]
]

/** `docs/architecture.md §2, §4` and the like: each cited section number, with where it is. */
const CITATION = /docs\/architecture\.md((?:,? ?§\d+)+)/g

const files = textFiles()
const architecture = readFileSync(join(top, ARCHITECTURE), 'utf8')

/** The numbered sections: `## 5. The scheduler` is section 5, with its text up to the next heading. */
function sections (markdown: string): Map<number, string> {
  const found = new Map<number, string>()
  const headings = [...markdown.matchAll(/^## (\d+)\. .*$/gm)]
  headings.forEach((heading, i) => {
    const end = i + 1 < headings.length ? headings[i + 1]!.index : markdown.length
    found.set(Number(heading[1]), markdown.slice(heading.index, end))
  })
  return found
}

const numbered = sections(architecture)

describe(ARCHITECTURE, () => {
  it('the tree is read (the walk found the sources and this file)', () => {
    const paths = files.map((f) => f.path)
    expect(paths).toContain('test/docs.spec.ts')
    expect(paths).toContain('README.md')
    expect(paths).toContain(ARCHITECTURE)
    expect(paths.some((p) => p.startsWith('packages/') && p.endsWith('/src/index.ts'))).toBe(true)
    expect(paths.some((p) => p.includes('node_modules') || p.startsWith('test/fixtures/generated/'))).toBe(false)
  })

  it('has its sections numbered 1, 2, 3... in order', () => {
    const order = [...architecture.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]))
    expect(order.length).toBeGreaterThan(0)
    expect(order).toEqual(order.map((_, i) => i + 1))
  })

  it('no file cites a document that is not in the repository', () => {
    const found = files.flatMap(({ path, text }) => text.split('\n').flatMap((line, i) =>
      FORBIDDEN.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${path}:${i + 1}: ${what}: ${line.trim()}`)))
    expect(found).toEqual([])
  })

  it('every citation names a section that exists', () => {
    const cited = files.flatMap(({ path, text }) => [...text.matchAll(CITATION)].flatMap((m) =>
      [...m[1]!.matchAll(/§(\d+)/g)].map((s) => ({ at: `${path}:${text.slice(0, m.index).split('\n').length}`, section: Number(s[1]) }))))
    // Its own cross-references, `(§5)`, as well.
    const inner = [...architecture.matchAll(/§(\d+)/g)].map((s) => ({ at: `${ARCHITECTURE}:${architecture.slice(0, s.index).split('\n').length}`, section: Number(s[1]) }))
    expect(cited.length).toBeGreaterThan(30)
    expect([...cited, ...inner].filter((c) => !numbered.has(c.section)).map((c) => `${c.at}: §${c.section}`)).toEqual([])
  })

  it('names every package in its package list (§2), and no package that is not there', () => {
    const list = numbered.get(2) ?? ''
    const packages = readdirSync(join(top, 'packages'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    expect(packages.length).toBeGreaterThan(0)
    expect(packages.filter((name) => !new RegExp(`\`packages/${name}\``).test(list))).toEqual([])
    const named = [...list.matchAll(/`packages\/([a-z0-9-]+)`/g)].map((m) => m[1]!)
    expect(named.filter((name) => !packages.includes(name))).toEqual([])
  })
})
