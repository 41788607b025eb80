/**
 * npm run build: bundles the `multiverse` command (packages/cli/src/main.ts, agent included)
 * with esbuild into dist/multiverse.mjs and the chunks it loads on demand, dist/chunks/*.mjs.
 * The agent started from the bundle loads a few files instead of ~1,500 modules, with no type
 * stripping: it starts faster and holds less memory (see the README's benchmark section). The
 * chunks are split where the CLI imports lazily (the agent, the scheduler, YAML), so that
 * `multiverse cluster status` loads ~0.2 MB of it and `multiverse agent` the rest (§10 of
 * docs/architecture.md: the CLI is a command people type). Native dependencies (classic-level,
 * under `level`) stay external and load from node_modules as before, so the bundle runs in
 * place, inside the repository (or an installed copy of it with its node_modules).
 *
 * `--if-stale` builds only when the bundle is missing or older than a source file it is made
 * from (what `npm ci` (prepare), bench:mesh and the lab run first); `--quiet` prints nothing when
 * all is well.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { Plugin } from 'esbuild'
import { BUNDLE, TOP, freshBundle } from '../packages/cli/bin/agent-launch.js'

export { BUNDLE }
const ENTRY = join(TOP, 'packages', 'cli', 'src', 'main.ts')
const CHUNKS = join(dirname(BUNDLE), 'chunks')
/** Loaded at run time from node_modules: native addons, and what finds files next to itself. */
const EXTERNAL = ['classic-level']
const DOMAIN_INDEX = join(TOP, 'packages', 'domain', 'src', 'index.ts')

/** Where the command's start-up imports the domain from: the CLI itself and the inventory. */
const START_UP = [join(TOP, 'packages', 'cli', 'src'), join(TOP, 'packages', 'inventory', 'src')]

/**
 * @multiverse/domain without its schemas, for the files of START_UP. The schemas are built with
 * zod when their module is evaluated (~45 ms of a 70 ms start here), and esbuild's chunks follow
 * imports, not use: every command importing one error class from the package would load them.
 * So those files get the package's own index less its `*-schema.ts` lines (the same modules,
 * so the same error classes); the agent and the scheduler, in their own chunks, get it whole.
 * A start-up file that imports a schema fails the build here, by name, instead of loading zod.
 */
const domainWithoutSchemas: Plugin = {
  name: 'domain-without-schemas',
  setup (b) {
    b.onResolve({ filter: /^@multiverse\/domain$/ }, (args) =>
      START_UP.some((dir) => args.importer.startsWith(dir)) ? { path: DOMAIN_INDEX, namespace: 'domain-without-schemas' } : undefined)
    b.onLoad({ filter: /.*/, namespace: 'domain-without-schemas' }, () => ({
      contents: readFileSync(DOMAIN_INDEX, 'utf8').split('\n').filter((line) => !/-schema\.ts'/.test(line)).join('\n'),
      loader: 'ts',
      resolveDir: dirname(DOMAIN_INDEX)
    }))
  }
}

/** Stale when older than a source it is made from, or than this script (how it is made): what the bin will not run. */
export function bundleIsStale (): boolean {
  return freshBundle() === undefined
}

/** Builds dist/multiverse.mjs and its chunks; resolves to their size in bytes. */
export async function buildBundle (): Promise<number> {
  // The bundle is dated when its sources were read: a source saved during the build is newer.
  const started = new Date()
  const result = await build({
    entryPoints: { multiverse: ENTRY },
    outdir: dirname(BUNDLE),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: EXTERNAL,
    plugins: [domainWithoutSchemas],
    // Dependencies that still call require() (CommonJS inside the ESM bundle) need one.
    banner: { js: "import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url);" },
    // Whitespace and syntax only: names stay as written, for stack traces and error names; the
    // source text V8 keeps is ~3 MB instead of ~4.5 MB.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false
  })
  // The chunks first, the entry last and by rename: a bundle that looks fresh (freshBundle(),
  // by the entry's mtime) always has its chunks, and no process reads half an entry. Chunks of
  // earlier builds go: they are named by content hash, and a running agent loaded its own at
  // start (it imports no chunk later).
  mkdirSync(CHUNKS, { recursive: true })
  const written = new Set<string>()
  let entry: Uint8Array | undefined
  for (const file of result.outputFiles) {
    if (file.path === BUNDLE) entry = file.contents
    else {
      writeFileSync(file.path, file.contents)
      written.add(file.path)
    }
  }
  if (entry === undefined) throw new Error(`esbuild made no ${BUNDLE}`)
  writeFileSync(`${BUNDLE}.tmp`, entry)
  utimesSync(`${BUNDLE}.tmp`, started, started)
  renameSync(`${BUNDLE}.tmp`, BUNDLE)
  for (const name of readdirSync(CHUNKS)) {
    if (!written.has(join(CHUNKS, name))) rmSync(join(CHUNKS, name), { force: true })
  }
  return result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0)
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quiet = process.argv.includes('--quiet')
  if (process.argv.includes('--if-stale') && !bundleIsStale()) {
    if (!quiet) console.log(`${BUNDLE} is up to date`)
  } else {
    const started = performance.now()
    const bytes = await buildBundle()
    if (!quiet) console.log(`${BUNDLE}: ${(bytes / 1024).toFixed(0)} KiB in ${(performance.now() - started).toFixed(0)} ms`)
  }
}
