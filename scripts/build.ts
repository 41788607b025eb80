/**
 * npm run build: bundles the `multiverse` command (packages/cli/src/main.ts, agent included)
 * into one ESM file, dist/multiverse.mjs, with esbuild. The agent started from the bundle loads
 * one file instead of ~1,500 modules, with no type stripping: it starts faster and holds less
 * memory (see the README's benchmark section). Native dependencies (classic-level, under
 * `level`) stay external and load from node_modules as before, so the bundle runs in place,
 * inside the repository (or an installed copy of it with its node_modules).
 *
 * `--if-stale` builds only when the bundle is missing or older than a source file it is made
 * from (what bench:mesh and the lab run first); `--quiet` prints nothing when all is well.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { BUNDLE, TOP, newestSource } from '../packages/cli/bin/agent-launch.js'

export { BUNDLE }
const ENTRY = join(TOP, 'packages', 'cli', 'src', 'main.ts')
/** Loaded at run time from node_modules: native addons, and what finds files next to itself. */
const EXTERNAL = ['classic-level']

/** Stale when older than a source it is made from, or than this script (how it is made). */
export function bundleIsStale (): boolean {
  try { return statSync(BUNDLE).mtimeMs < Math.max(newestSource(), statSync(fileURLToPath(import.meta.url)).mtimeMs) } catch { return true }
}

/** Builds dist/multiverse.mjs; resolves to its size in bytes. */
export async function buildBundle (): Promise<number> {
  const result = await build({
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: EXTERNAL,
    // Dependencies that still call require() (CommonJS inside the ESM bundle) need one.
    banner: { js: "import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url);" },
    // Whitespace and syntax only: names stay as written, for stack traces and error names; the
    // source text V8 keeps is ~3 MB instead of ~4.5 MB.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true
  })
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0)
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
