/**
 * How the bin starts `multiverse`: `--version`, and which code it runs. In a copy of the
 * repository's layout (sources, lock file, bin; node_modules linked), with a stand-in bundle
 * that says it ran, so that making it fresh or stale touches nothing of the real checkout.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { freshBundle } from '../bin/agent-launch.js'

const TOP = fileURLToPath(new URL('../../../', import.meta.url))
const BIN = join(TOP, 'packages/cli/bin/multiverse.js')
const { version } = JSON.parse(readFileSync(join(TOP, 'packages/cli/package.json'), 'utf8')) as { version: string }

function run (bin: string, args: string[], env: Record<string, string> = {}): { status: number | null, stdout: string, stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, MULTIVERSE_SOURCES: '', ...env } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('multiverse --version', () => {
  it.each([['--version'], ['-V']])('%s prints the version of packages/cli/package.json and exits 0', (flag) => {
    const { status, stdout, stderr } = run(BIN, [flag])
    expect(stderr).toBe('')
    expect(stdout).toBe(`${version}\n`)
    expect(status).toBe(0)
  })

  it('prints the same from the sources', () => {
    expect(run(BIN, ['--version'], { MULTIVERSE_SOURCES: '1' }).stdout).toBe(`${version}\n`)
  })

  it.skipIf(freshBundle() === undefined)('and from the bundle itself, when `npm run build` made a fresh one', () => {
    const launched = run(BIN, ['--version'], { MULTIVERSE_LAUNCH_DEBUG: '1' })
    expect(launched.stderr).toMatch(/running the bundle .*dist\/multiverse\.mjs/)
    expect(launched.stdout).toBe(`${version}\n`)
    expect(run(freshBundle()!, ['--version']).stdout).toBe(`${version}\n`)
  })
})

describe('the bin runs the bundle only when it is fresh', () => {
  const copy = mkdtempSync(join(tmpdir(), 'cli-launch-'))
  const bin = join(copy, 'packages/cli/bin/multiverse.js')
  const bundle = join(copy, 'dist/multiverse.mjs')
  // Taken again for each test, when its copy is made: the copied sources' mtimes are that time,
  // and a slow machine can take longer than the bundle's lead to reach a later test.
  let now = Date.now() / 1000
  /** Sets a file's mtime `seconds` from the time the test's copy was made. */
  const age = (file: string, seconds: number): void => { utimesSync(file, now + seconds, now + seconds) }

  beforeEach(() => {
    now = Date.now() / 1000
    rmSync(copy, { recursive: true, force: true })
    mkdirSync(join(copy, 'dist'), { recursive: true })
    for (const pkg of readdirSync(join(TOP, 'packages'))) {
      for (const part of ['src', 'package.json']) {
        if (existsSync(join(TOP, 'packages', pkg, part))) cpSync(join(TOP, 'packages', pkg, part), join(copy, 'packages', pkg, part), { recursive: true })
      }
    }
    cpSync(join(TOP, 'packages/cli/bin'), join(copy, 'packages/cli/bin'), { recursive: true })
    for (const file of ['package-lock.json', 'scripts/build.ts']) cpSync(join(TOP, file), join(copy, file))
    symlinkSync(join(TOP, 'node_modules'), join(copy, 'node_modules'))
    // What the bin needs of a bundle: run(argv) when imported, and running itself when started.
    writeFileSync(bundle, [
      "import { fileURLToPath } from 'node:url'",
      'export async function run (args) {',
      // eslint-disable-next-line no-template-curly-in-string -- the bundle's own source text
      "  const flags = process.execArgv.length > 0 ? ` (with ${process.execArgv.join(' ')})` : ''",
      // eslint-disable-next-line no-template-curly-in-string -- the bundle's own source text
      "  process.stdout.write(`the bundle ran: ${args.join(' ')}${flags}\\n`)",
      '  return 0',
      '}',
      'if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await run(process.argv.slice(2))'
    ].join('\n'))
    age(bundle, 10)
  })
  afterAll(() => { rmSync(copy, { recursive: true, force: true }) })

  it('a bundle newer than every source: the bundle', () => {
    const { status, stdout, stderr } = run(bin, ['--version'], { MULTIVERSE_LAUNCH_DEBUG: '1' })
    expect(stderr).toMatch(/^multiverse: running the bundle .*\/dist\/multiverse\.mjs on Node v2\d/)
    expect(stdout).toBe('the bundle ran: --version\n')
    expect(status).toBe(0)
  })

  it.each([
    ['a source', 'packages/domain/src/errors.ts'],
    ['the CLI\'s package.json (its version)', 'packages/cli/package.json'],
    ['the lock file', 'package-lock.json'],
    ['the build script', 'scripts/build.ts']
  ])('%s newer than the bundle: the sources, never the stale bundle', (_, file) => {
    age(join(copy, file), 20)
    const { status, stdout, stderr } = run(bin, ['--version'], { MULTIVERSE_LAUNCH_DEBUG: '1' })
    expect(stderr).toMatch(/^multiverse: running the sources .*\/packages\/cli\/src\/main\.ts/)
    expect(stdout).toBe(`${version}\n`)
    expect(status).toBe(0)
  })

  it('no bundle, or MULTIVERSE_SOURCES=1: the sources', () => {
    expect(run(bin, ['--version'], { MULTIVERSE_SOURCES: '1' }).stdout).toBe(`${version}\n`)
    rmSync(bundle)
    expect(run(bin, ['--version']).stdout).toBe(`${version}\n`)
  })

  it('multiverse agent: Node started again on the fresh bundle, with the agent\'s V8 flags', () => {
    const { v8Flags } = JSON.parse(readFileSync(join(TOP, 'packages/cli/bin/agent-runtime.json'), 'utf8')) as { v8Flags: string[] }
    const { stdout, stderr } = run(bin, ['agent', '--help'], { MULTIVERSE_LAUNCH_DEBUG: '1' })
    expect(stderr).toMatch(/running the bundle/)
    expect(stdout).toBe(`the bundle ran: agent --help (with ${v8Flags.join(' ')})\n`)
  })

  it('run as a command, with only the machine\'s node on PATH: node@22 of node_modules, no second Node', () => {
    const stderr = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { PATH: '/usr/bin:/bin', MULTIVERSE_LAUNCH_DEBUG: '1' } }).stderr
    expect(stderr).toMatch(/running the bundle .* on Node v22\./)
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { PATH: '/usr/bin:/bin' } })).toBe('the bundle ran: --version\n')
  })
})
